"""A typographic apostrophe ("it’s", "don’t") is read as the straight one the English
model was trained on: same tags and lemmas, the text as written."""

from __future__ import annotations

import pytest

from chronist.nlp import analyse

SENTENCES = [
    "I'm sure the minister's visit won't be cancelled.",
    "They're ready, she's said, and we've agreed they'll sign.",
    "He didn't say whether O'Neill's party would've backed it.",
]


def _readings(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.tag_, t.pos_, t.lemma_.replace("’", "'"), t.dep_) for t in analyse(text, "en")]


@pytest.mark.parametrize("straight", SENTENCES)
def test_typographic_apostrophe_reads_as_straight(straight: str) -> None:
    typographic = straight.replace("'", "’")
    assert _readings(typographic) == _readings(straight)


def test_typographic_text_kept_and_clitics_lemmatised() -> None:
    doc = analyse("I’m told they don’t know.", "en")
    assert doc.text == "I’m told they don’t know."
    by_text = {t.text: t for t in doc}
    assert (by_text["’m"].lemma_, by_text["’m"].tag_) == ("be", "VBP")
    assert (by_text["n’t"].lemma_, by_text["n’t"].tag_) == ("not", "RB")
