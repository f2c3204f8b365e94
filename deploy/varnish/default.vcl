# Varnish 7.1 (Debian 12: apt-get install varnish) in front of the site's gunicorn.
#
# What it does:
# - Anonymous readers' GET and HEAD requests are served from the cache, for as long as the
#   application's Cache-Control allows (max-age or s-maxage), and then, while it fetches a
#   fresh copy in the background, for its stale-while-revalidate (Varnish's grace).
# - Nothing is cached that the application did not mark cacheable: a response without
#   Cache-Control, or with Set-Cookie, private, no-cache or no-store, goes straight through.
# - Requests with the session cookie (someone signed in), the admin (sign-in, two-step
#   code, previews), Wagtail's private-page routes under /_util/, and anything but GET
#   and HEAD are never cached.
# - PURGE and BAN are accepted only from the application's machines (acl purgers):
#     PURGE /path?any   drops /path and every query-string variant of it (?page=2, ?q=…)
#     BAN /prefix/      drops everything whose path starts with /prefix/ (BAN / is the site)
#   research.cache_purge.varnish.VarnishBackend sends them; see the README, "Page cache".
#
# Where the application is: change .host and .port below (gunicorn's bind in
# deploy/gunicorn.conf.py), or render the file, e.g. for gunicorn on port 9000:
#     sed -e 's/\.port = "8000"/.port = "9000"/' deploy/varnish/default.vcl > app.vcl
# (the test suite does the same to point it at its own server).

vcl 4.1;

import std;

backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
    # To have /.well-known/varnish-health report the application too, probe it. The
    # Host it sends must be one of the site's ALLOWED_HOSTS, or every probe fails and
    # Varnish stops sending readers to a healthy site:
    # .host_header = "example.org";
    # .probe = { .url = "/robots.txt"; .interval = 5s; .timeout = 2s; .window = 5; .threshold = 3; }
}

# The application's own addresses: the only clients whose PURGE and BAN are obeyed.
# Add the addresses of the application servers when they run on other machines.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app;

    # For a load balancer: is Varnish up (and its backend, when a probe is configured)?
    if (req.url == "/.well-known/varnish-health") {
        if (std.healthy(req.backend_hint)) {
            return (synth(200, "OK"));
        }
        return (synth(503, "Backend unhealthy"));
    }

    if (req.method == "PURGE" || req.method == "BAN") {
        call purge_or_ban;
    }

    # Forms (feedback votes, sign-ups, the contact form) and every other method go
    # straight to the application, cookies and all.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # The admin (sign-in, two-step code, previews, drafts) and Wagtail's own routes for
    # private pages are per person.
    if (req.url ~ "^/admin(/|\?|$)" || req.url ~ "^/_util/") {
        return (pass);
    }

    # Someone signed in (Django's session cookie), or a reader with a message waiting
    # from their last form (Django's messages cookie): their pages are their own.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }

    # Every other cookie (the CSRF cookie, analytics) is dropped, so that every anonymous
    # reader shares one cached copy; the application then sees a cookie-less request.
    unset req.http.Cookie;

    # Tracking parameters change nothing on the page: one copy for all of them. The
    # remaining parameters are sorted, so ?a=1&b=2 and ?b=2&a=1 share a copy.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    set req.url = std.querysort(req.url);

    # Compressed or not: two variants at most, whatever each browser lists.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
}

sub purge_or_ban {
    # client.ip is the address that opened the connection, never a header. A request
    # that came through another proxy on an allowed machine (a TLS terminator, which
    # adds itself to X-Forwarded-For) is a reader's, not the application's.
    if (client.ip !~ purgers || req.http.X-Forwarded-For ~ ",") {
        return (synth(403, "Forbidden"));
    }
    # The path alone: a purge of /research/sci/ also drops /research/sci/?page=2.
    set req.http.X-Purge-Path = regsub(req.url, "\?.*$", "");
    if (req.http.X-Purge-Path !~ "^/[^\s\x22]*$") {
        return (synth(400, "Bad path"));
    }
    # Bans test only what the stored object carries (obj.*), so Varnish's ban lurker
    # can clear them in the background instead of checking them at every lookup.
    if (req.method == "PURGE") {
        if (std.ban("obj.http.X-Path == " + req.http.X-Purge-Path)) {
            return (synth(200, "Purged"));
        }
    } else {
        # A prefix: regular-expression characters in it are escaped, so "." is a dot.
        if (std.ban("obj.http.X-Path ~ ^" +
                regsuball(req.http.X-Purge-Path, "([.+*?()\[\]{}|^$\\])", "\\\1"))) {
            return (synth(200, "Banned"));
        }
    }
    return (synth(400, std.ban_error()));
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_hit {
    if (obj.ttl > 0s) {
        set req.http.X-Cache = "HIT";
    } else {
        # Stale, within the application's stale-while-revalidate: served at once while
        # a fresh copy is fetched in the background.
        set req.http.X-Cache = "HIT-STALE";
    }
}

sub vcl_backend_response {
    # What a PURGE or BAN matches on: the path without its query string.
    set beresp.http.X-Path = regsub(bereq.url, "\?.*$", "");

    # A failed background refresh keeps the stale copy rather than caching the error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }

    # Cached only when the application says so. (Varnish already honours s-maxage,
    # max-age and stale-while-revalidate, which it turns into grace, and Varnish's
    # built-in rules refuse Set-Cookie, private, no-cache and no-store.)
    if (!bereq.uncacheable && !beresp.http.Cache-Control && !beresp.http.Expires) {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }

    # Text is sent compressed to readers on slow connections.
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(rss\+|atom\+)?xml|application/(ld\+)?json|application/javascript)") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.X-Cache;
    unset resp.http.X-Path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
