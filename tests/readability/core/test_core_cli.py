"""python -m readability.core: FILE, --html, --json, --jsonl (with a bad line), exit codes."""

import io
import json
import subprocess
import sys
from pathlib import Path

from readability.core.cli import main

REPO = Path(__file__).resolve().parents[3]
TEXT = "Mesenchymal stem cells were injected into people with tetraplegia. They walked.\n"


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_human_report_for_a_file(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, _ = run([str(path)])
    assert code == 0
    assert out.startswith("Grade ")
    assert "Flesch-Kincaid" in out
    assert "'tetraplegia'" in out
    assert "\033[" not in out  # no colour when not a terminal


def test_each_sentence_to_look_at_says_why():
    _, out, _ = run(["-"], stdin="The drug was given to people with tetraplegia (p < 0.05).\n")
    assert "    - passive voice: 'was given'\n" in out
    assert "    - statistics: 'p < 0.05'\n" in out


def test_colour_on_request(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert "\033[" in run(["--color", "always", str(path)])[1]


def test_stdin_and_json():
    code, out, _ = run(["--json", "-"], stdin=TEXT)
    assert code == 0
    data = json.loads(out)
    assert data["text"] == TEXT
    assert {"grade", "metrics", "sentences", "jargon"} <= set(data)


def test_html_by_flag_or_extension(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<h1>Title</h1><p>Walking <b>improved</b>.</p>", encoding="utf-8")
    data = json.loads(run(["--json", str(path)])[1])
    assert data["html"] is True
    assert data["text"] == "Title\nWalking improved."
    data = json.loads(run(["--json", "--html", "-"], stdin="<p>Hi <i>there</i>.</p>")[1])
    assert data["text"] == "Hi there."


def test_jsonl_with_a_bad_line_goes_on():
    lines = "\n".join(
        [
            json.dumps({"id": "a", "text": "SCI is common."}),
            "this is not json",
            json.dumps({"id": 7, "text": 5}),
            json.dumps({"id": "d", "text": "<p>Plain words.</p>", "html": True}),
        ]
    )
    code, out, _ = run(["--jsonl"], stdin=lines)
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [result.get("id") for result in results] == ["a", None, 7, "d"]
    assert results[0]["jargon"][0]["text"] == "SCI"
    assert isinstance(results[0]["grade"], float)
    assert results[1]["line"] == 2 and "error" in results[1]
    assert results[2]["line"] == 3 and "error" in results[2]
    assert "error" not in results[3] and results[3]["jargon"] == []


def test_max_grade_exit_code(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert run(["--max-grade", "40", str(path)])[0] == 0
    assert run(["--max-grade", "1", str(path)])[0] == 3


def test_usage_errors():
    assert run([])[0] == 2
    assert run(["/no/such/file.txt"])[0] == 2
    assert run(["--no-such-option"])[0] == 2


def test_extra_terms_and_allow(tmp_path):
    terms = tmp_path / "glossary.json"
    terms.write_text(json.dumps({"terms": [{"term": "wibble", "plain": "wobble"}]}))
    data = json.loads(run(["--json", "--terms", str(terms), "-"], stdin="A wibble.")[1])
    assert data["jargon"][0]["plain"] == "wobble"
    data = json.loads(run(["--json", "--allow", "tetraplegia", "-"], stdin="Tetraplegia.")[1])
    assert data["jargon"] == []


def test_module_runs_as_a_program(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "readability.core", "--json", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["metrics"]["sentences"] == 2
