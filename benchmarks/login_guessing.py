"""A bounded password-guessing run against the admin sign-in, to see the lockout work.

Three attacks, each from one address: many guesses at one account (the issue's "30 wrong
passwords in 6 seconds"), one guess at each of many accounts, and then the right
password. Prints, for each, the attempts made, how many the lockout refused (HTTP 429)
and at which attempt the lock started.

    .venv/bin/python benchmarks/login_guessing.py                    # Django test client
    .venv/bin/python benchmarks/login_guessing.py --url http://127.0.0.1:8000 \\
        --username admin --password admin-demo-pass                   # a local dev server

The test client runs on an in-memory database with the test settings (a fast password
hasher). A server is only ever 127.0.0.1 or localhost; its lockout rows are left for the
"Login lockouts" report (clear them there). Bounded: at most --attempts per attack and
--max-seconds in all.
"""

import argparse
import http.cookiejar
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")

LOGIN = "/admin/login/"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


class TestClientTarget:
    """In process: each attack gets its own client and address (REMOTE_ADDR)."""

    def __init__(self, username: str, password: str):
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        from tests.factories import UserFactory

        UserFactory(username=username, password=password, is_superuser=True, is_staff=True)

    def session(self, address: str):
        from django.test import Client

        client = Client(REMOTE_ADDR=address)

        def post(username: str, password: str) -> int:
            data = {"username": username, "password": password}
            return client.post(LOGIN, data).status_code

        return post


class ServerTarget:
    """A running server on this machine. Every attack comes from 127.0.0.1, so they add
    up towards the per-address limit; with --forwarded (for a server started with
    TRUSTED_PROXY_COUNT=1) each attack names its own address in X-Forwarded-For."""

    def __init__(self, url: str, forwarded: bool):
        host = urllib.parse.urlsplit(url).hostname
        if host not in LOCAL_HOSTS:
            sys.exit(f"Refusing to send guesses to {host}: only 127.0.0.1 or localhost.")
        self.url = url.rstrip("/")
        self.forwarded = forwarded

    def session(self, address: str):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

        def post(username: str, password: str) -> int:
            page = opener.open(self.url + LOGIN, timeout=10).read().decode()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
            data = urllib.parse.urlencode(
                {
                    "username": username,
                    "password": password,
                    "csrfmiddlewaretoken": token.group(1) if token else "",
                }
            ).encode()
            headers = {"Referer": self.url + LOGIN}
            if self.forwarded:
                headers["X-Forwarded-For"] = address
            request = urllib.request.Request(self.url + LOGIN, data=data, headers=headers)
            try:
                return opener.open(request, timeout=10).status
            except urllib.error.HTTPError as error:
                return error.code

        return post


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def attack(name: str, post, tries: list[tuple[str, str]], deadline: float) -> None:
    started = time.perf_counter()
    statuses = []
    for username, password in tries:
        if time.perf_counter() > deadline:
            break
        statuses.append(post(username, password))
    elapsed = time.perf_counter() - started
    refused = statuses.count(429)
    first = statuses.index(429) + 1 if refused else None
    others = sorted({status for status in statuses if status != 429})
    print(f"{name}")
    print(f"  attempts made: {len(statuses)} in {elapsed:.2f} s")
    print(f"  refused by the lockout (429): {refused}")
    print(f"  lock started at attempt: {first or 'never'}")
    print(f"  other answers: {others} (200 = the form again, 302 = signed in)")
    if 500 in statuses:
        print("  !! a server error (500) was returned")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a local server, e.g. http://127.0.0.1:8000")
    parser.add_argument(
        "--forwarded", action="store_true", help="send X-Forwarded-For (server: proxy count 1)"
    )
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", default="a-password-the-bot-does-not-know")
    parser.add_argument("--attempts", type=int, default=30, help="per attack, at most 100")
    parser.add_argument("--max-seconds", type=float, default=60)
    args = parser.parse_args()
    attempts = max(1, min(args.attempts, 100))

    if args.url:
        target = ServerTarget(args.url, args.forwarded)
    else:
        target = TestClientTarget(args.username, args.password)
    deadline = time.perf_counter() + args.max_seconds
    attack(
        f"1. {attempts} wrong passwords for {args.username!r} from one address",
        target.session("203.0.113.1"),
        [(args.username, f"guess-{n}") for n in range(attempts)],
        deadline,
    )
    attack(
        f"2. one wrong password each for {attempts} usernames from one address",
        target.session("203.0.113.2"),
        [(f"user{n}", "password1") for n in range(attempts)],
        deadline,
    )
    attack(
        f"3. the right password for {args.username!r}, from the first attack's address",
        target.session("203.0.113.1"),
        [(args.username, args.password)],
        deadline,
    )
    attack(
        f"4. the right password for {args.username!r}, from another address",
        target.session("203.0.113.3"),
        [(args.username, args.password)],
        deadline,
    )


if __name__ == "__main__":
    main()
