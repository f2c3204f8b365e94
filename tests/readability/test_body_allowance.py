"""What the longer-text limits let through: a body field may keep two very hard
sentences, so the check must at least name them to the writer and the reviewer."""

import pytest

from readability.assessment import thresholds_for_site
from readability.core import analyse, evaluate
from readability.core.severity import ERROR, WARNING
from readability.declarations import BODY

pytestmark = pytest.mark.django_db

DENSE = (
    "Allogeneic mesenchymal stromal cell transplantation was associated with a "
    "statistically significant improvement in ASIA motor scores (MD 4.2, 95% CI 1.1 to "
    "7.3; p = 0.008; I2 = 41%), although heterogeneity and risk of bias were substantial."
)
PLAIN = "We asked people how they felt. Most said they felt a bit better. Some did not. "


def judge(text):
    limits = thresholds_for_site()[BODY]
    report = analyse(text, limits=limits.sentence_limits)
    return report, evaluate({"body": report}, {"body": limits})


# Plain sentences around them, or filler: one-word sentences bring the page's grade
# (a mean) down from 25 to under the limit. The filler is visible to the reviewer; the
# check's part is to name the two sentences.
@pytest.mark.parametrize("padding", [PLAIN * 12, " Good." * 150, " Yes." * 200])
def test_two_very_hard_sentences_in_easy_surroundings_get_through_but_are_named(tree, padding):
    report, verdict = judge(DENSE + " " + DENSE + " " + padding)
    assert not [reason for reason in verdict.reasons if reason.severity == ERROR]
    named = [r for r in verdict.reasons if r.code == "very_hard_sentence" and r.start is not None]
    assert [r.severity for r in named] == [WARNING, WARNING]
    assert [report.text[r.start : r.end] for r in named] == [DENSE, DENSE]


def test_a_third_very_hard_sentence_fails_however_much_plain_text_surrounds_it(tree):
    _, verdict = judge((DENSE + " ") * 3 + PLAIN * 40)
    errors = {reason.code for reason in verdict.reasons if reason.severity == ERROR}
    assert "very_hard_sentence" in errors
