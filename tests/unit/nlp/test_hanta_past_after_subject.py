"""A weak past tense that HanTa took for an attributive participle is the finite verb
after the subject (data/nlp/tag-rules-de.yaml, rule past-after-subject); participles
inside a noun phrase stay adjectives. Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronist.nlp.datafiles import tag_rules
from chronist.nlp.hanta import HantaTagger


@pytest.fixture(scope="session")
def tagger() -> HantaTagger:
    return HantaTagger("de")


def _tag(tagger: HantaTagger, sentence: str, word: str) -> tuple[str, str]:
    """STTS tag and HanTa lemma of `word` in `sentence` (split at blanks)."""
    words = sentence.split()
    tagged = tagger._tag_words(tuple(words))
    _, lemma, tag = tagged[words.index(word)]
    return tagger.tags[tag].stts, lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Die Luftwaffe bombardierte Ziele in Syrien .", "bombardierte", "bombardieren"),
        ("Die Polizei verhaftete Demonstranten in Minsk .", "verhaftete", "verhaften"),
        ("Die Behörden in Teheran verhafteten Journalisten .", "verhafteten", "verhaften"),
        ("Polen verstärkte seine Truppen an der Grenze .", "verstärkte", "verstärken"),
        ("In der Nacht verlegte Russland Kampfflugzeuge nach Belarus .", "verlegte", "verlegen"),
        ("Der Streik gefährdete Lieferungen in ganz Europa .", "gefährdete", "gefährden"),
        ("Die Armee zerstörte Brücken im Norden , die Rebellen flohen .", "zerstörte", "zerstören"),
    ],
)
def test_weak_past_after_subject_is_finite(
    tagger: HantaTagger, sentence: str, word: str, lemma: str
) -> None:
    assert _tag(tagger, sentence, word) == ("VVFIN", lemma)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Hunderte verletzte Menschen wurden versorgt .", "verletzte"),  # count noun
        ("Der verhaftete Journalist ist frei .", "verhaftete"),  # after an article
        ("Die Regierung kritisierte die gewählte Präsidentin .", "gewählte"),  # finite verb
        ("Die Zahl getöteter Zivilisten stieg .", "getöteter"),  # no past ending
        ("Sie sahen zerstörte Häuser in Charkiw .", "zerstörte"),  # finite verb in clause
        ("Das von Kanada gelieferte Material", "gelieferte"),  # article + preposition
        ("Erneut gewählte Präsidentin", "gewählte"),  # ge-participle
    ],
)
def test_attributive_participles_stay_adjectives(
    tagger: HantaTagger, sentence: str, word: str
) -> None:
    assert _tag(tagger, sentence, word)[0] == "ADJA"


def test_tag_rules_file_loads() -> None:
    (rule,) = tag_rules("de")
    assert (rule.from_tag, rule.to_tag) == ("ADJA", "VVFIN")
    assert tag_rules("en") == ()
