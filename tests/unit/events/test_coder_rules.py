"""Coder rules beyond plain roles: complements, crowds, strict and negative frames,
German compounds, merging of weak dates, Konjunktiv II in reported speech."""

from __future__ import annotations

import pytest
from event_builders import document, english, german, mention

from chronist.document import ActorRef, Event, Span
from chronist.events import EventCoder
from chronist.events.merge import merge_events


@pytest.fixture(scope="module")
def coders() -> dict[str, EventCoder]:
    return {"de": EventCoder("de"), "en": EventCoder("en")}


def _code(coder: EventCoder, doc, mentions, language: str) -> list:
    return coder.code(document(doc, mentions, language))


DEMAND_THAT = [
    ("China", "PROPN", "NNP", "China", 1, "nsubj"),
    ("demanded", "VERB", "VBD", "demand", 1, "ROOT"),
    ("that", "SCONJ", "IN", "that", 5, "mark"),
    ("the", "DET", "DT", "the", 4, "det"),
    ("US", "PROPN", "NNP", "US", 5, "nsubj"),
    ("cancel", "VERB", "VB", "cancel", 1, "ccomp"),
    ("plans", "NOUN", "NNS", "plan", 5, "dobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
THREATEN_TO = [
    ("Pakistan", "PROPN", "NNP", "Pakistan", 1, "nsubj"),
    ("threatened", "VERB", "VBD", "threaten", 1, "ROOT"),
    ("to", "PART", "TO", "to", 3, "aux"),
    ("break", "VERB", "VB", "break", 1, "xcomp"),
    ("relations", "NOUN", "NNS", "relation", 3, "dobj"),
    ("with", "ADP", "IN", "with", 3, "prep"),
    ("Congo", "PROPN", "NNP", "Congo", 5, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "expected"),
    [
        (DEMAND_THAT, [(0, 1, "CHN"), (4, 5, "USA")], ("REQUEST", "CHN", "USA")),
        (THREATEN_TO, [(0, 1, "PAK"), (6, 7, "COG")], ("THREATEN", "PAK", "COG")),
    ],
    ids=["demand-that", "threaten-to"],
)
def test_rules_recipient_from_complement(coders, rows, mentions, expected) -> None:
    doc = english(rows)
    built = [mention(doc, s, e, c) for s, e, c in mentions]
    event = _code(coders["en"], doc, built, "en")[0]
    assert (event.type, event.source.country, event.target.country) == expected


CROWD = (
    "Tausende;NOUN;NN;Tausend;Case=Nom|Number=Plur "
    "demonstrierten;VERB;VVFIN;demonstrieren;Mood=Ind|Tense=Past|VerbForm=Fin "
    "in;ADP;APPR;in; Tiflis;PROPN;NE;Tiflis;Case=Dat|Number=Sing .;PUNCT;$.;."
)


def test_rules_crowd_takes_country_of_place(coders) -> None:
    doc = german(CROWD)
    tiflis = mention(doc, 3, 4, "GEO", type="PLACE", kind="place", name="Tbilisi")
    event = _code(coders["de"], doc, [tiflis], "de")[0]
    assert (event.type, event.source.country, event.source.sector) == ("PROTEST", "GEO", "CVL")
    assert event.target.country == "GEO"


STRICT = (
    "Die;DET;ART;der;Case=Nom|Number=Sing Armee;NOUN;NN;Armee;Case=Nom|Number=Sing "
    "traf;VERB;VVFIN;treffen;Mood=Ind|Tense=Past|VerbForm=Fin "
    "einen;DET;ART;ein;Case=Acc|Number=Sing Raum;NOUN;NN;Raum;Case=Acc|Number=Sing .;PUNCT;$.;."
)
MEETING = STRICT.replace(
    "einen;DET;ART;ein;Case=Acc|Number=Sing Raum;NOUN;NN;Raum", "Putin;PROPN;NE;Putin"
)


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"),
    [(STRICT, [], []), (MEETING, [(3, 4, "RUS")], ["CONSULT"])],
    ids=["thing-is-no-meeting", "person-is"],
)
def test_rules_strict_frames_need_an_actor(coders, spec, mentions, expected) -> None:
    doc = german(spec)
    built = [mention(doc, s, e, c, type="PERSON") for s, e, c in mentions]
    assert [e.type for e in _code(coders["de"], doc, built, "de")] == expected


TOLL = (
    "Der;DET;ART;der;Case=Nom|Number=Sing Angriff;NOUN;NN;Angriff;Case=Nom|Number=Sing "
    "Russlands;PROPN;NE;Russland;Case=Gen|Number=Sing "
    "forderte;VERB;VVFIN;fordern;Mood=Ind|Tense=Past|VerbForm=Fin "
    "elf;NUM;CARD;elf; Tote;NOUN;NN;Tote;Case=Acc|Number=Plur .;PUNCT;$.;."
)
COMPOUND_FRAME = (
    "Japan;PROPN;NE;Japan;Case=Nom|Number=Sing "
    "stoppte;VERB;VVFIN;stoppen;Mood=Ind|Tense=Past|VerbForm=Fin "
    "die;DET;ART;der;Case=Acc|Number=Sing "
    "Wirtschaftshilfe;NOUN;NN;Wirtschaftshilfe;Case=Acc|Number=Sing "
    "für;ADP;APPR;für; Serbien;PROPN;NE;Serbien;Case=Acc|Number=Sing .;PUNCT;$.;."
)


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"),
    [
        (TOLL, [(2, 3, "RUS")], "ASSAULT"),
        (COMPOUND_FRAME, [(0, 1, "JPN"), (5, 6, "SRB")], "SANCTION"),
    ],
    ids=["toll-is-no-demand", "compound-frame-word"],
)
def test_rules_frame_words(coders, spec, mentions, expected) -> None:
    doc = german(spec)
    built = [mention(doc, s, e, c) for s, e, c in mentions]
    assert [e.type for e in _code(coders["de"], doc, built, "de")] == [expected]


def _event(start: int, date: str, basis: str) -> Event:
    return Event(
        id=f"e{start}",
        type="ACCUSE",
        source=ActorRef(name="DEU", country="DEU"),
        target=ActorRef(name="TUR", country="TUR"),
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 1, start + 4, "x"),
        date=date,
        date_basis=basis,
    )


def test_rules_publication_date_does_not_split_a_happening() -> None:
    merged = merge_events(
        [_event(0, "2026-03-11", "explicit"), _event(50, "2026-03-12", "document")]
    )
    assert len(merged) == 1
    assert (merged[0].date, merged[0].date_basis) == ("2026-03-11", "explicit")


REPORTED_PAST = (
    "Die;DET;ART;der;Case=Nom|Number=Plur Journalisten;NOUN;NN;Journalist;Case=Nom|Number=Plur "
    "hätten;AUX;VAFIN;haben;Mood=Sub|Tense=Past|VerbForm=Fin "
    "Russland;PROPN;NE;Russland;Case=Acc|Number=Sing "
    "unterstützt;VERB;VVPP;unterstützen;VerbForm=Part ,;PUNCT;$,;, "
    "erklärte;VERB;VVFIN;erklären;Mood=Ind|Tense=Past|VerbForm=Fin "
    "ein;DET;ART;ein;Case=Nom|Number=Sing "
    "Sprecher;NOUN;NN;Sprecher;Case=Nom|Number=Sing .;PUNCT;$.;."
)


def test_rules_konjunktiv_ii_in_reported_speech_is_not_hypothetical(coders) -> None:
    doc = german(REPORTED_PAST)
    event = _code(coders["de"], doc, [mention(doc, 3, 4, "RUS")], "de")[0]
    assert (event.type, event.factuality) == ("SUPPORT", "asserted")
    assert event.reported_by["name"] == "Sprecher"


VETO = (
    "Die;DET;ART;der;Case=Nom|Number=Sing Präsidentin;NOUN;NN;Präsidentin;Case=Nom|Number=Sing "
    "wolle;VERB;VMFIN;wollen;Mood=Sub|Tense=Pres|VerbForm=Fin "
    "Russland;PROPN;NE;Russland;Case=Acc|Number=Sing "
    "kritisieren;VERB;VVINF;kritisieren;VerbForm=Inf .;PUNCT;$.;."
)
NOT_THE_ATTACK = (
    "Seit;ADP;APPR;seit; dem;DET;ART;der;Case=Dat|Number=Sing "
    "russischen;ADJ;ADJA;russisch;Case=Dat|Number=Sing "
    "Angriff;NOUN;NN;Angriff;Case=Dat|Number=Sing "
    "gab;VERB;VVFIN;geben;Mood=Ind|Tense=Past|VerbForm=Fin es;PRON;PPER;es;Case=Nom|Number=Sing "
    "keine;DET;PIAT;kein;Case=Acc|Number=Plur "
    "Proteste;NOUN;NN;Protest;Case=Acc|Number=Plur .;PUNCT;$.;."
)


def test_rules_planning_modal_in_clause(coders) -> None:
    doc = german(VETO)
    event = _code(coders["de"], doc, [mention(doc, 3, 4, "RUS")], "de")[0]
    assert (event.type, event.factuality) == ("ACCUSE", "planned")


def test_rules_negation_of_another_noun_leaves_event_asserted(coders) -> None:
    doc = german(NOT_THE_ATTACK)
    russian = mention(doc, 2, 3, "RUS", kind="adjective", type=None)
    events = {e.type: e.factuality for e in _code(coders["de"], doc, [russian], "de")}
    assert events["ASSAULT"] == "asserted"


DEMAND_RELEASE = [
    ("Workers", "NOUN", "NNS", "worker", 1, "nsubj"),
    ("demanded", "VERB", "VBD", "demand", 1, "ROOT"),
    ("that", "SCONJ", "IN", "that", 4, "mark"),
    ("Chile", "PROPN", "NNP", "Chile", 4, "nsubj"),
    ("free", "VERB", "VB", "free", 1, "ccomp"),
    ("the", "DET", "DT", "the", 6, "det"),
    ("sailors", "NOUN", "NNS", "sailor", 4, "dobj"),
    ("from", "ADP", "IN", "from", 4, "prep"),
    ("Peru", "PROPN", "NNP", "Peru", 7, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def test_rules_depth_counts_steps_to_the_root() -> None:
    from chronist.events.roles_dep import _depth

    doc = english(DEMAND_RELEASE)
    # spaCy hands out a new Token object per access: the root is found by index.
    assert [_depth(doc[i]) for i in (1, 4, 6, 8)] == [0, 1, 2, 3]

EXPEL_AFTER_THREAT = [
    ("Peru", "PROPN", "NNP", "Peru", 1, "nsubj"),
    ("expelled", "VERB", "VBD", "expel", 1, "ROOT"),
    ("diplomats", "NOUN", "NNS", "diplomat", 1, "dobj"),
    ("after", "SCONJ", "IN", "after", 5, "mark"),
    ("Chile", "PROPN", "NNP", "Chile", 5, "nsubj"),
    ("threatened", "VERB", "VBD", "threaten", 1, "advcl"),
    ("Lima", "PROPN", "NNP", "Lima", 5, "dobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def test_rules_main_predicate_outranks_a_subordinate_act(coders) -> None:
    # "Peru expelled Chilean diplomats after Chile threatened Lima": the expulsion is the
    # news, the threat its background (the parse's depth was 10 for every word).
    doc = english(EXPEL_AFTER_THREAT)
    built = [mention(doc, 0, 1, "PER"), mention(doc, 2, 3, "CHL"), mention(doc, 4, 5, "CHL"),
             mention(doc, 6, 7, "PER")]
    events = {e.trigger.text: e for e in _code(coders["en"], doc, built, "en")}
    assert events["expelled"].type == "SANCTION"
    assert events["threatened"].type == "THREATEN"
    assert events["expelled"].confidence > events["threatened"].confidence


STAGED_TO_DEMAND = [
    ("Chilean", "ADJ", "JJ", "chilean", 1, "amod"),
    ("students", "NOUN", "NNS", "student", 2, "nsubj"),
    ("staged", "VERB", "VBD", "stage", 2, "ROOT"),
    ("demonstrations", "NOUN", "NNS", "demonstration", 2, "dobj"),
    ("to", "PART", "TO", "to", 5, "aux"),
    ("demand", "VERB", "VB", "demand", 2, "advcl"),
    ("reforms", "NOUN", "NNS", "reform", 5, "dobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]


def test_rules_support_verbs_clause_completes_its_event_noun(coders) -> None:
    # "staged demonstrations to demand reforms": the demand is the protest's aim, told by
    # the clause the parser hung on the support verb.
    doc = english(STAGED_TO_DEMAND)
    events = _code(coders["en"], doc, [mention(doc, 0, 1, "CHL", kind="adjective")], "en")
    assert [e.type for e in events] == ["PROTEST"]


def test_a_person_known_by_name_only_gives_no_political_identity(events_of) -> None:
    # The actor stage gives a new private person the story's one country; that country is
    # no political identity of the person's own: a courier meeting a friend is no event.
    private = (
        "Chicago, Illinois. Jody Exampleton delivers packages to customers every morning. "
        "On Monday Exampleton met Sam Sampleman at a cafe."
    )
    assert events_of(private, "en") == []
    # A person with a political role still acts for the state.
    public = "Senator Jane Doeman met Prime Minister Keir Starmer in London on Monday."
    assert [e.type for e in events_of(public, "en")] == ["CONSULT"]
