"""The public API: analyse(), Report and to_dict()."""

import json

import readability.core as core
from readability.core import Report, analyse
from readability.core.jargon import MEDICAL_TERM, RARE


def test_public_names():
    for name in ("analyse", "Report", "SentenceReport", "JargonHit", "Metrics", "build_index"):
        assert hasattr(core, name)


def test_report_shape_and_json():
    report = analyse("<p>Tetraplegia is <b>rare</b>. Walking improved.</p>", html=True)
    assert isinstance(report, Report)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["text"] == report.text == "Tetraplegia is rare. Walking improved."
    assert data["grade"] == round(report.grade, 1)
    assert data["metrics"]["sentences"] == 2
    assert [s["text"] for s in data["sentences"]] == ["Tetraplegia is rare.", "Walking improved."]
    assert data["jargon"][0]["reason"] in (RARE, MEDICAL_TERM)
    for key in (
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "smog",
        "dale_chall",
        "automated_readability_index",
        "coleman_liau",
        "words",
        "sentences",
        "syllables",
        "polysyllables",
        "long_words",
        "complex_words",
        "rare_words",
    ):
        assert key in data["metrics"]


def test_empty_and_blank_input_never_raise():
    for text in ("", "   \n\n ", None, "<p></p>", "...", "!!! ???"):
        report = analyse(text, html=text == "<p></p>")
        assert report.grade == 0
        assert report.sentences == []
        json.dumps(report.to_dict())


def test_one_megabyte_input_is_handled():
    # Not timed here: speed is checked by benchmarks/readability_speed.py.
    paragraph = (
        "Mesenchymal stem cells (MSCs) were given to 45 people (p < 0.05; 95% CI 0.6 to 0.8). "
        "Most of them walked a little better after a year. "
    )
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    report = analyse(text)
    assert len(text) >= 1_000_000
    assert report.metrics.sentences == 2 * (1_000_000 // len(paragraph) + 1)
    assert report.grade > 0
