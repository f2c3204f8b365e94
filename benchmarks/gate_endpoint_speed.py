"""Server time of the editor's live plain-language check on a 2,000-word summary.

Builds a summary in an in-memory database, then posts the editor's form to the check
endpoint the way the page editor does, with the text changed a little each time so no
cache helps. Prints the median and the 95th percentile of the endpoint's own timing
(the `server_ms` it reports, also in its Server-Timing header). Target: <= 100 ms.

    .venv/bin/python benchmarks/gate_endpoint_speed.py [--runs 30]
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")

SENTENCES = [
    "People with a spinal cord injury took part in a walking program for twelve weeks.",
    "The team measured how fast each person could walk ten metres.",
    "Some people used a wearable robot, called an exoskeleton, during training.",
    "Others trained with a therapist on a treadmill, with part of their weight held up.",
    "After the program, more people in the robot group could walk outside their home.",
    "The study was small, so the results may not apply to everyone.",
    "Nobody had a serious injury during the training sessions.",
    "The researchers suggest larger studies over a longer time.",
]


def paragraph(words: int, seed: int) -> str:
    rng = random.Random(seed)
    out, count = [], 0
    while count < words:
        sentence = rng.choice(SENTENCES)
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    from tests.admin_forms import summary_form_data_from
    from tests.conftest import build_tree
    from tests.factories import ResearchSummaryPageFactory, UserFactory

    tree = build_tree()
    page = ResearchSummaryPageFactory(
        parent=tree.category,
        live=False,
        simple_explanation=paragraph(150, 1),
        key_findings=[("finding", paragraph(60, n)) for n in range(5)],
        research_summary="".join(f"<p>{paragraph(230, 10 + n)}</p>" for n in range(5)),
        practical_implications=[
            ("implication", {"heading": f"Point {n}", "text": paragraph(80, 20 + n)})
            for n in range(3)
        ],
        study_limitations=[("limitation", paragraph(50, 30 + n)) for n in range(3)],
    )
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = f"/admin/plain-language/check/{page.pk}/"

    words = None
    server, wall = [], []
    for run in range(args.runs + 3):
        data = summary_form_data_from(page, simple_explanation=paragraph(150, 100 + run))
        started = time.perf_counter()
        payload = client.post(url, data).json()
        elapsed = (time.perf_counter() - started) * 1000
        if run >= 3:  # the first calls load the word lists and templates
            server.append(payload["server_ms"])
            wall.append(elapsed)
        words = sum(field["words"] for field in payload["fields"])

    server.sort()
    print(f"plain-language words checked per call: {words}")
    print(
        f"endpoint server time: median {statistics.median(server):.1f} ms, "
        f"p95 {server[int(len(server) * 0.95) - 1]:.1f} ms over {len(server)} calls"
    )
    print(f"request round trip (test client): median {statistics.median(wall):.1f} ms")


if __name__ == "__main__":
    main()
