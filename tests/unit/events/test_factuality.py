"""Factuality and attribution on hand-built Docs."""

from __future__ import annotations

import pytest
from event_builders import document, english, german, mention

from chronist.document import Quote
from chronist.events import EventCoder


@pytest.fixture(scope="module")
def coders() -> dict[str, EventCoder]:
    return {"de": EventCoder("de"), "en": EventCoder("en")}


def _en(verb_rows: list, mentions: list[tuple]) -> tuple:
    doc = english(verb_rows)
    return doc, [mention(doc, s, e, c) for s, e, c in mentions]


def _accuse(aux: list[tuple[str, str, str, str, str]], verb_lemma: str = "accuse") -> list:
    """'Russia <aux…> accuse Ukraine .' with the auxiliaries attached to the verb."""
    verb = 1 + len(aux)
    rows = [("Russia", "PROPN", "NNP", "Russia", verb, "nsubj")]
    rows += [(w, p, t, lemma, verb, dep) for w, p, t, lemma, dep in aux]
    rows += [
        (verb_lemma, "VERB", "VB", verb_lemma, verb, "ROOT"),
        ("Ukraine", "PROPN", "NNP", "Ukraine", verb, "dobj"),
        (".", "PUNCT", ".", ".", verb, "punct"),
    ]
    return rows


@pytest.mark.parametrize(
    ("aux", "expected"),
    [
        ([], "asserted"),
        ([("did", "AUX", "VBD", "do", "aux"), ("not", "PART", "RB", "not", "neg")], "negated"),
        ([("never", "ADV", "RB", "never", "neg")], "negated"),
        ([("could", "AUX", "MD", "could", "aux")], "possible"),
        ([("may", "AUX", "MD", "may", "aux")], "possible"),
        ([("would", "AUX", "MD", "would", "aux")], "possible"),
        ([("will", "AUX", "MD", "will", "aux")], "planned"),
    ],
    ids=["asserted", "not", "never", "could", "may", "would", "will"],
)
def test_factuality_en_auxiliaries(coders, aux, expected) -> None:
    rows = _accuse(aux)
    doc = english(rows)
    last = len(rows) - 2
    mentions = [mention(doc, 0, 1, "RUS"), mention(doc, last, last + 1, "UKR")]
    event = coders["en"].code(document(doc, mentions, "en"))[0]
    assert event.factuality == expected


@pytest.mark.parametrize(
    ("governor", "verb", "expected"),
    [
        ("plan", "accuse", ("ACCUSE", "planned", None)),
        # A plan of the actor's own stays the planned act (PLOVER's reading kept).
        ("plan", "invade", ("ASSAULT", "planned", None)),
        ("plan", "help", ("AID", "planned", None)),
        # A decision commits the actor: a threat, a promise.
        ("decide", "invade", ("THREATEN", "asserted", "ASSAULT")),
        ("prepare", "help", ("AGREE", "asserted", "AID")),
        ("refuse", "meet", ("REJECT", "asserted", None)),
    ],
    ids=["planned", "planned-attack", "planned-aid", "decided-attack-is-threat",
         "prepared-aid-is-agree", "refusal"],
)
def test_factuality_en_governing_verb(coders, governor, verb, expected) -> None:
    rows = [
        ("Russia", "PROPN", "NNP", "Russia", 1, "nsubj"),
        (governor + "s", "VERB", "VBZ", governor, 1, "ROOT"),
        ("to", "PART", "TO", "to", 3, "aux"),
        (verb, "VERB", "VB", verb, 1, "xcomp"),
        ("Ukraine", "PROPN", "NNP", "Ukraine", 3, "dobj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    doc = english(rows)
    mentions = [mention(doc, 0, 1, "RUS"), mention(doc, 4, 5, "UKR")]
    event = coders["en"].code(document(doc, mentions, "en"))[0]
    original = event.attributes.get("recoded_from", {}).get("type")
    assert (event.type, event.factuality, original) == expected
    assert event.source.country == "RUS"


def test_factuality_en_according_to_sets_reported_by(coders) -> None:
    rows = [
        ("According", "VERB", "VBG", "accord", 4, "prep"),
        ("to", "ADP", "IN", "to", 0, "prep"),
        ("Kyiv", "PROPN", "NNP", "Kyiv", 1, "pobj"),
        (",", "PUNCT", ",", ",", 4, "punct"),
        ("Russia", "PROPN", "NNP", "Russia", 5, "nsubj"),
        ("attacked", "VERB", "VBD", "attack", 5, "ROOT"),
        ("Ukraine", "PROPN", "NNP", "Ukraine", 5, "dobj"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    rows[4] = ("Russia", "PROPN", "NNP", "Russia", 5, "nsubj")
    rows[0] = ("According", "VERB", "VBG", "accord", 5, "prep")
    rows[3] = (",", "PUNCT", ",", ",", 5, "punct")
    doc = english(rows)
    mentions = [
        mention(doc, 2, 3, "UKR", entity="Q1899", name="Kyiv"),
        mention(doc, 4, 5, "RUS"),
        mention(doc, 6, 7, "UKR"),
    ]
    event = coders["en"].code(document(doc, mentions, "en"))[0]
    assert event.reported_by == {"entity": "Q1899", "name": "Kyiv"}


def test_factuality_quote_speaker_is_reported_by(coders) -> None:
    doc = english(_accuse([]))
    mentions = [mention(doc, 0, 1, "RUS"), mention(doc, 2, 3, "UKR")]
    built = document(doc, mentions, "en")
    built.quotes = [
        Quote(0, len(doc.text), doc.text, "direct", {"entity": None, "name": "Zelensky"})
    ]
    event = coders["en"].code(built)[0]
    assert event.reported_by["name"] == "Zelensky"


KONJUNKTIV = (
    "Teheran;PROPN;NE;Teheran;Case=Nom|Number=Sing "
    "habe;AUX;VAFIN;haben;Mood=Sub|Tense=Pres|VerbForm=Fin "
    "die;DET;ART;der;Case=Acc,Nom|Number=Plur Gespräche;NOUN;NN;Gespräch;Case=Acc,Nom|Number=Plur "
    "abgebrochen;VERB;VVPP;abbrechen;VerbForm=Part ,;PUNCT;$,;, "
    "sagte;VERB;VVFIN;sagen;Mood=Ind|Tense=Past|VerbForm=Fin "
    "der;DET;ART;der;Case=Nom|Number=Sing "
    "Sprecher;NOUN;NN;Sprecher;Case=Nom|Number=Sing .;PUNCT;$.;."
)
NEGATED_DE = (
    "Russland;PROPN;NE;Russland;Case=Nom|Number=Sing "
    "kritisierte;VERB;VVFIN;kritisieren;Mood=Ind|Tense=Past|VerbForm=Fin "
    "die;DET;ART;der;Case=Acc|Number=Sing Ukraine;PROPN;NE;Ukraine;Case=Acc|Number=Sing "
    "nicht;PART;PTKNEG;nicht; .;PUNCT;$.;."
)
KONJUNKTIV_II = (
    "Russland;PROPN;NE;Russland;Case=Nom|Number=Sing "
    "würde;AUX;VAFIN;werden;Mood=Sub|Tense=Past|VerbForm=Fin "
    "die;DET;ART;der;Case=Acc|Number=Sing Ukraine;PROPN;NE;Ukraine;Case=Acc|Number=Sing "
    "kritisieren;VERB;VVINF;kritisieren;VerbForm=Inf .;PUNCT;$.;."
)
FUTURE_DE = KONJUNKTIV_II.replace(
    "würde;AUX;VAFIN;werden;Mood=Sub|Tense=Past", "wird;AUX;VAFIN;werden;Mood=Ind|Tense=Pres"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(NEGATED_DE, "negated"), (KONJUNKTIV_II, "possible"), (FUTURE_DE, "planned")],
    ids=["nicht", "konjunktiv-ii", "future"],
)
def test_factuality_de(coders, spec, expected) -> None:
    doc = german(spec)
    mentions = [mention(doc, 0, 1, "RUS"), mention(doc, 3, 4, "UKR")]
    event = coders["de"].code(document(doc, mentions, "de"))[0]
    assert (event.type, event.factuality) == ("ACCUSE", expected)


def test_factuality_de_konjunktiv_i_is_reported_speech(coders) -> None:
    doc = german(KONJUNKTIV)
    mentions = [mention(doc, 0, 1, "IRN", kind="metonym")]
    event = coders["de"].code(document(doc, mentions, "de"))[0]
    assert (event.type, event.source.country, event.factuality) == ("REJECT", "IRN", "asserted")
    assert event.reported_by == {"entity": None, "name": "Sprecher"}
    assert event.attributes["reported_speech"] is True
