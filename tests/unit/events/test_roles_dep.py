"""Role assignment from a dependency parse, on hand-built English Docs."""

from __future__ import annotations

import pytest
from event_builders import document, english, mention

from chronist.events import EventCoder

ACTIVE = [
    ("Israeli", "ADJ", "JJ", "israeli", 1, "amod"),
    ("jets", "NOUN", "NNS", "jet", 2, "nsubj"),
    ("bombed", "VERB", "VBD", "bomb", 2, "ROOT"),
    ("Gaza", "PROPN", "NNP", "Gaza", 2, "dobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
PASSIVE = [
    ("Gaza", "PROPN", "NNP", "Gaza", 2, "nsubjpass"),
    ("was", "AUX", "VBD", "be", 2, "auxpass"),
    ("bombed", "VERB", "VBN", "bomb", 2, "ROOT"),
    ("by", "ADP", "IN", "by", 2, "agent"),
    ("Israel", "PROPN", "NNP", "Israel", 3, "pobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
POSSESSIVE = [
    ("Macron", "PROPN", "NNP", "Macron", 2, "poss"),
    ("'s", "PART", "POS", "'s", 0, "case"),
    ("visit", "NOUN", "NN", "visit", 5, "nsubj"),
    ("to", "ADP", "IN", "to", 2, "prep"),
    ("Beijing", "PROPN", "NNP", "Beijing", 3, "pobj"),
    ("ended", "VERB", "VBD", "end", 5, "ROOT"),
    (".", "PUNCT", ".", ".", 5, "punct"),
]
SUPPORT_VERB = [
    ("The", "DET", "DT", "the", 1, "det"),
    ("EU", "PROPN", "NNP", "EU", 2, "nsubj"),
    ("imposed", "VERB", "VBD", "impose", 2, "ROOT"),
    ("sanctions", "NOUN", "NNS", "sanction", 2, "dobj"),
    ("on", "ADP", "IN", "on", 3, "prep"),
    ("Russia", "PROPN", "NNP", "Russia", 4, "pobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
COORDINATED = [
    ("Hungary", "PROPN", "NNP", "Hungary", 3, "nsubj"),
    ("and", "CCONJ", "CC", "and", 0, "cc"),
    ("Romania", "PROPN", "NNP", "Romania", 0, "conj"),
    ("agreed", "VERB", "VBD", "agree", 3, "ROOT"),
    (".", "PUNCT", ".", ".", 3, "punct"),
]
EMBEDDED = [
    ("Russia", "PROPN", "NNP", "Russia", 1, "nsubj"),
    ("threatened", "VERB", "VBD", "threaten", 1, "ROOT"),
    ("to", "PART", "TO", "to", 3, "aux"),
    ("attack", "VERB", "VB", "attack", 1, "xcomp"),
    ("Ukraine", "PROPN", "NNP", "Ukraine", 3, "dobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def _country(name: str) -> dict[str, str | None]:
    return {"type": "COUNTRY"}


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder("en")


def code(coder: EventCoder, rows: list, mentions: list[tuple]) -> list:
    doc = english(rows)
    built = [mention(doc, start, end, country, **kw) for start, end, country, kw in mentions]
    return coder.code(document(doc, built, "en"))


@pytest.mark.parametrize(
    ("rows", "mentions", "expected"),
    [
        (
            ACTIVE,
            [
                (0, 1, "ISR", {"kind": "adjective", "type": None, "sector": "MIL"}),
                (3, 4, "PSE", {"type": "PLACE"}),
            ],
            ("ASSAULT", "aerial", "ISR", "PSE"),
        ),
        (
            PASSIVE,
            [(0, 1, "PSE", {"type": "PLACE"}), (4, 5, "ISR", {})],
            ("ASSAULT", "aerial", "ISR", "PSE"),
        ),
        (
            POSSESSIVE,
            [(0, 1, "FRA", {"type": "PERSON"}), (4, 5, "CHN", {"type": "PLACE"})],
            ("CONSULT", "visit", "FRA", "CHN"),
        ),
        (
            SUPPORT_VERB,
            [(1, 2, None, {"type": "ORG", "sector": "IGO", "entity": "Q458"}), (5, 6, "RUS", {})],
            ("SANCTION", None, None, "RUS"),
        ),
    ],
    ids=["active", "passive-by", "possessive-nominalisation", "support-verb"],
)
def test_roles_dep_source_and_target(coder, rows, mentions, expected) -> None:
    events = code(coder, rows, mentions)
    event = events[0]
    got = (event.type, event.mode, event.source.country, event.target and event.target.country)
    assert got == expected


def test_roles_dep_support_verb_subject_is_the_source(coder) -> None:
    mentions = [(1, 2, None, {"type": "ORG", "sector": "IGO", "entity": "Q458"}), (5, 6, "RUS", {})]
    assert code(coder, SUPPORT_VERB, mentions)[0].source.entity == "Q458"


def test_roles_dep_coordinated_subjects_are_members(coder) -> None:
    events = code(coder, COORDINATED, [(0, 1, "HUN", {}), (2, 3, "ROU", {})])
    assert len(events) == 1
    assert {m.country for m in events[0].source.members} == {"HUN", "ROU"}


def test_roles_dep_embedded_trigger_yields_to_governing_one(coder) -> None:
    events = code(coder, EMBEDDED, [(0, 1, "RUS", {}), (4, 5, "UKR", {})])
    assert [e.type for e in events] == ["THREATEN"]


# "Russia threatened to stop the talks if America goes ahead."
CONDITION = [
    ("Russia", "PROPN", "NNP", "Russia", 1, "nsubj"),
    ("threatened", "VERB", "VBD", "threaten", 1, "ROOT"),
    ("to", "PART", "TO", "to", 3, "aux"),
    ("stop", "VERB", "VB", "stop", 1, "xcomp"),
    ("the", "DET", "DT", "the", 5, "det"),
    ("talks", "NOUN", "NNS", "talk", 3, "dobj"),
    ("if", "SCONJ", "IN", "if", 8, "mark"),
    ("America", "PROPN", "NNP", "America", 8, "nsubj"),
    ("proceeds", "VERB", "VBZ", "proceed", 3, "advcl"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "France threatened to impose restrictions against German goods."
COMPLEMENT_OBJECT = [
    ("France", "PROPN", "NNP", "France", 1, "nsubj"),
    ("threatened", "VERB", "VBD", "threaten", 1, "ROOT"),
    ("to", "PART", "TO", "to", 3, "aux"),
    ("impose", "VERB", "VB", "impose", 1, "xcomp"),
    ("restrictions", "NOUN", "NNS", "restriction", 3, "dobj"),
    ("against", "ADP", "IN", "against", 4, "prep"),
    ("German", "ADJ", "JJ", "german", 7, "amod"),
    ("goods", "NOUN", "NNS", "good", 5, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "Canada sends maps and intelligence to Latvia."
OBJECT_CONJUNCT = [
    ("Canada", "PROPN", "NNP", "Canada", 1, "nsubj"),
    ("sends", "VERB", "VBZ", "send", 1, "ROOT"),
    ("maps", "NOUN", "NNS", "map", 1, "dobj"),
    ("and", "CCONJ", "CC", "and", 2, "cc"),
    ("intelligence", "NOUN", "NN", "intelligence", 2, "conj"),
    ("to", "ADP", "IN", "to", 4, "prep"),
    ("Latvia", "PROPN", "NNP", "Latvia", 5, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "Jan Novak, the Czech envoy, criticised Hungary."
APPOSITION = [
    ("Jan", "PROPN", "NNP", "Jan", 1, "compound"),
    ("Novak", "PROPN", "NNP", "Novak", 7, "nsubj"),
    (",", "PUNCT", ",", ",", 1, "punct"),
    ("the", "DET", "DT", "the", 5, "det"),
    ("Czech", "ADJ", "JJ", "czech", 5, "amod"),
    ("envoy", "NOUN", "NN", "envoy", 1, "appos"),
    (",", "PUNCT", ",", ",", 1, "punct"),
    ("criticised", "VERB", "VBD", "criticise", 7, "ROOT"),
    ("Hungary", "PROPN", "NNP", "Hungary", 7, "dobj"),
    (".", "PUNCT", ".", ".", 7, "punct"),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "expected"),
    [
        (CONDITION, [(0, 1, "RUS", {}), (7, 8, "USA", {})], ("THREATEN", "RUS", "USA")),
        (
            COMPLEMENT_OBJECT,
            [(0, 1, "FRA", {}), (6, 7, "DEU", {"kind": "adjective", "type": None})],
            ("THREATEN", "FRA", "DEU"),
        ),
        (
            OBJECT_CONJUNCT,
            [(0, 1, "CAN", {}), (4, 5, None, {"type": "ORG", "sector": "SPY", "kind": "organ"}),
             (6, 7, "LVA", {"kind": "place"})],
            ("AID", "CAN", "LVA"),
        ),
        (
            APPOSITION,
            [(0, 2, None, {"type": "PERSON", "entity": "chronist:jan-novak"}),
             (4, 6, "CZE", {"kind": "role", "type": "PERSON", "sector": "GOV"}),
             (8, 9, "HUN", {})],
            ("ACCUSE", "CZE", "HUN"),
        ),
    ],
    ids=["condition-subject", "complement-object-preposition", "object-conjunct", "apposition"],
)  # fmt: skip
def test_roles_dep_recipients_beyond_the_frame(coder, rows, mentions, expected) -> None:
    event = code(coder, rows, mentions)[0]
    assert (event.type, event.source.country, event.target and event.target.country) == expected


# "Chile rejected a Peruvian proposal." (no mention for "Peruvian": a thing, no actor)
THING_OF_A_COUNTRY = [
    ("Chile", "PROPN", "NNP", "Chile", 1, "nsubj"),
    ("rejected", "VERB", "VBD", "reject", 1, "ROOT"),
    ("a", "DET", "DT", "a", 4, "det"),
    ("Peruvian", "ADJ", "JJ", "peruvian", 4, "amod"),
    ("proposal", "NOUN", "NN", "proposal", 1, "dobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "Chile rejected an anti-Peruvian proposal."
STANCE = [
    ("Chile", "PROPN", "NNP", "Chile", 1, "nsubj"),
    ("rejected", "VERB", "VBD", "reject", 1, "ROOT"),
    ("an", "DET", "DT", "an", 6, "det"),
    ("anti", "ADJ", "JJ", "anti", 5, "amod"),
    ("-", "PUNCT", "HYPH", "-", 5, "punct"),
    ("Peruvian", "ADJ", "JJ", "peruvian", 6, "amod"),
    ("proposal", "NOUN", "NN", "proposal", 1, "dobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "South Korean farmers blocked the port." (people described by a two-word adjective)
PEOPLE_OF_A_COUNTRY = [
    ("South", "PROPN", "NNP", "South", 1, "compound"),
    ("Korean", "ADJ", "JJ", "korean", 2, "amod"),
    ("farmers", "NOUN", "NNS", "farmer", 3, "nsubj"),
    ("blocked", "VERB", "VBD", "block", 3, "ROOT"),
    ("the", "DET", "DT", "the", 5, "det"),
    ("port", "NOUN", "NN", "port", 3, "dobj"),
    (".", "PUNCT", ".", ".", 3, "punct"),
]
# "Danish intelligence officials met Poland." ("officials": an organ without a country)
ORGAN_WITHOUT_COUNTRY = [
    ("Danish", "ADJ", "JJ", "danish", 2, "amod"),
    ("intelligence", "NOUN", "NN", "intelligence", 2, "compound"),
    ("officials", "NOUN", "NNS", "official", 3, "nsubj"),
    ("criticised", "VERB", "VBD", "criticise", 3, "ROOT"),
    ("Poland", "PROPN", "NNP", "Poland", 3, "dobj"),
    (".", "PUNCT", ".", ".", 3, "punct"),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "expected"),
    [
        (THING_OF_A_COUNTRY, [(0, 1, "CHL", {})], ("REJECT", "CHL", "PER")),
        (STANCE, [(0, 1, "CHL", {})], ("REJECT", "CHL", None)),
        (PEOPLE_OF_A_COUNTRY, [], ("PROTEST", "KOR", "KOR")),  # its own government
        (
            ORGAN_WITHOUT_COUNTRY,
            [(2, 3, None, {"type": "ORG", "sector": "GOV", "kind": "organ"}), (4, 5, "POL", {})],
            ("ACCUSE", "DNK", "POL"),
        ),
    ],
    ids=["thing-of-a-country", "anti-adjective", "two-word-adjective", "organ-without-country"],
)  # fmt: skip
def test_roles_dep_country_adjectives_the_actor_layer_left(coder, rows, mentions, expected) -> None:
    event = code(coder, rows, mentions)[0]
    got = (event.type, event.source and event.source.country, event.target and event.target.country)
    assert got == expected


# "Norway offered its jets to Estonia." ("its jets" is what is given)
OWN_OBJECT = [
    ("Norway", "PROPN", "NNP", "Norway", 1, "nsubj"),
    ("offered", "VERB", "VBD", "offer", 1, "ROOT"),
    ("its", "PRON", "PRP$", "its", 3, "poss"),
    ("jets", "NOUN", "NNS", "jet", 1, "dobj"),
    ("to", "ADP", "IN", "to", 1, "prep"),
    ("Estonia", "PROPN", "NNP", "Estonia", 4, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "Japan is providing maps to Fiji." with "to" parsed as a dative
DATIVE_TO = [
    ("Japan", "PROPN", "NNP", "Japan", 2, "nsubj"),
    ("is", "AUX", "VBZ", "be", 2, "aux"),
    ("providing", "VERB", "VBG", "provide", 2, "ROOT"),
    ("maps", "NOUN", "NNS", "map", 2, "dobj"),
    ("to", "ADP", "IN", "to", 2, "dative"),
    ("Fiji", "PROPN", "NNP", "Fiji", 4, "pobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
# "The union repeated its demand that Chile free the prisoners."
DEMAND_CLAUSE = [
    ("The", "DET", "DT", "the", 1, "det"),
    ("union", "NOUN", "NN", "union", 2, "nsubj"),
    ("repeated", "VERB", "VBD", "repeat", 2, "ROOT"),
    ("its", "PRON", "PRP$", "its", 4, "poss"),
    ("demand", "NOUN", "NN", "demand", 2, "dobj"),
    ("that", "SCONJ", "IN", "that", 7, "mark"),
    ("Chile", "PROPN", "NNP", "Chile", 7, "nsubj"),
    ("free", "VERB", "VB", "free", 2, "ccomp"),
    ("the", "DET", "DT", "the", 9, "det"),
    ("prisoners", "NOUN", "NNS", "prisoner", 7, "dobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
# "Canada began the withdrawal of its soldiers from Mali."
THEME_PREPOSITION = [
    ("Canada", "PROPN", "NNP", "Canada", 1, "nsubj"),
    ("began", "VERB", "VBD", "begin", 1, "ROOT"),
    ("the", "DET", "DT", "the", 3, "det"),
    ("withdrawal", "NOUN", "NN", "withdrawal", 1, "dobj"),
    ("of", "ADP", "IN", "of", 3, "prep"),
    ("its", "PRON", "PRP$", "its", 6, "poss"),
    ("soldiers", "NOUN", "NNS", "soldier", 4, "pobj"),
    ("from", "ADP", "IN", "from", 6, "prep"),
    ("Mali", "PROPN", "NNP", "Mali", 7, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "Farmers staged a march to demand the resignation of the Kenyan minister."
PURPOSE = [
    ("Farmers", "NOUN", "NNS", "farmer", 1, "nsubj"),
    ("staged", "VERB", "VBD", "stage", 1, "ROOT"),
    ("a", "DET", "DT", "a", 3, "det"),
    ("march", "NOUN", "NN", "march", 1, "dobj"),
    ("to", "PART", "TO", "to", 5, "aux"),
    ("demand", "VERB", "VB", "demand", 1, "advcl"),
    ("the", "DET", "DT", "the", 7, "det"),
    ("resignation", "NOUN", "NN", "resignation", 5, "dobj"),
    ("of", "ADP", "IN", "of", 7, "prep"),
    ("the", "DET", "DT", "the", 11, "det"),
    ("Kenyan", "ADJ", "JJ", "kenyan", 11, "amod"),
    ("minister", "NOUN", "NN", "minister", 8, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "trigger", "expected"),
    [
        (OWN_OBJECT, [(0, 1, "NOR", {}), (3, 4, "NOR", {"kind": "organ", "sector": "MIL"}),
                      (5, 6, "EST", {})], "offered", ("AGREE", "NOR", "EST")),
        (DATIVE_TO, [(0, 1, "JPN", {}), (3, 4, "JPN", {"kind": "organ", "sector": "SPY"}),
                     (5, 6, "FJI", {})], "providing", ("AID", "JPN", "FJI")),
        (DEMAND_CLAUSE, [(1, 2, None, {"type": "ORG", "sector": "LAB", "kind": "organ"}),
                         (6, 7, "CHL", {})], "demand", ("REQUEST", None, "CHL")),
        (THEME_PREPOSITION, [(0, 1, "CAN", {}), (6, 7, "CAN", {"kind": "organ", "sector": "MIL"}),
                             (8, 9, "MLI", {"kind": "place"})], "withdrawal",
         ("RETREAT", "CAN", "MLI")),
        (PURPOSE, [(10, 12, "KEN", {"kind": "role", "type": "PERSON", "sector": "GOV"})], "march",
         ("PROTEST", "KEN", "KEN")),  # protesters of the government addressed
    ],
    ids=["own-object-is-no-recipient", "dative-to", "demand-content-clause",
         "theme-preposition", "purpose-clause"],
)  # fmt: skip
def test_roles_dep_recipients_in_clauses(coder, rows, mentions, trigger, expected) -> None:
    event = next(e for e in code(coder, rows, mentions) if e.trigger.text == trigger)
    got = (event.type, event.source and event.source.country, event.target and event.target.country)
    assert got == expected


# "Chile said it is ready to withdraw its troops from Peru."
READY_TO = [
    ("Chile", "PROPN", "NNP", "Chile", 1, "nsubj"),
    ("said", "VERB", "VBD", "say", 1, "ROOT"),
    ("it", "PRON", "PRP", "it", 3, "nsubj"),
    ("is", "AUX", "VBZ", "be", 1, "ccomp"),
    ("ready", "ADJ", "JJ", "ready", 3, "acomp"),
    ("to", "PART", "TO", "to", 6, "aux"),
    ("withdraw", "VERB", "VB", "withdraw", 4, "xcomp"),
    ("its", "PRON", "PRP$", "its", 8, "poss"),
    ("troops", "NOUN", "NNS", "troop", 6, "dobj"),
    ("from", "ADP", "IN", "from", 6, "prep"),
    ("Peru", "PROPN", "NNP", "Peru", 9, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]
# "Farmers blocked roads to protest against the Kenyan government."
VERB_PURPOSE = [
    ("Farmers", "NOUN", "NNS", "farmer", 1, "nsubj"),
    ("blocked", "VERB", "VBD", "block", 1, "ROOT"),
    ("roads", "NOUN", "NNS", "road", 1, "dobj"),
    ("to", "PART", "TO", "to", 4, "aux"),
    ("show", "VERB", "VB", "show", 1, "advcl"),
    ("their", "PRON", "PRP$", "their", 6, "poss"),
    ("anger", "NOUN", "NN", "anger", 4, "dobj"),
    ("at", "ADP", "IN", "at", 4, "prep"),
    ("the", "DET", "DT", "the", 10, "det"),
    ("Kenyan", "ADJ", "JJ", "kenyan", 10, "amod"),
    ("government", "NOUN", "NN", "government", 7, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def test_roles_dep_subject_of_a_predicative_adjective(coder) -> None:
    mentions = [(0, 1, "CHL", {}), (8, 9, "CHL", {"kind": "organ", "sector": "MIL"}),
                (10, 11, "PER", {})]
    event = next(e for e in code(coder, READY_TO, mentions) if e.trigger.text == "withdraw")
    # A stated readiness is a promise: PLOVER AGREE.
    assert (event.type, event.source.country, event.target.country) == ("AGREE", "CHL", "PER")


def test_roles_dep_purpose_of_a_verb_names_its_target(coder) -> None:
    mentions = [(8, 11, "KEN", {"kind": "organ", "type": "ORG", "sector": "GOV"})]
    event = code(coder, VERB_PURPOSE, mentions)[0]
    assert (event.type, event.target and event.target.country) == ("PROTEST", "KEN")


# "Rebels in Mali rejected the plan." / "Troops in Mali rejected the plan."
def _in_mali(noun: str, lemma: str) -> list:
    return [
        (noun, "NOUN", "NNS", lemma, 3, "nsubj"),
        ("in", "ADP", "IN", "in", 0, "prep"),
        ("Mali", "PROPN", "NNP", "Mali", 1, "pobj"),
        ("rejected", "VERB", "VBD", "reject", 3, "ROOT"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("plan", "NOUN", "NN", "plan", 3, "dobj"),
        (".", "PUNCT", ".", ".", 3, "punct"),
    ]


@pytest.mark.parametrize(
    ("noun", "lemma", "sector", "expected"),
    [("Rebels", "rebel", "REB", "MLI"), ("Troops", "troop", "MIL", None)],
    ids=["group-in-a-country", "forces-may-be-stationed-abroad"],
)
def test_roles_dep_place_of_origin_after_the_head(coder, noun, lemma, sector, expected) -> None:
    mentions = [(0, 1, None, {"kind": "organ", "type": "GROUP", "sector": sector}),
                (2, 3, "MLI", {"kind": "place", "type": "COUNTRY"})]
    event = code(coder, _in_mali(noun, lemma), mentions)[0]
    assert (event.type, event.source.country) == ("REJECT", expected)


# "Chile granted asylum to three Bolivian officers hiding in its embassy.": the parser
# made "officers" the subject of the reduced relative and left "to" without an object.
STRANDED_PREPOSITION = [
    ("Chile", "PROPN", "NNP", "Chile", 1, "nsubj"),
    ("granted", "VERB", "VBD", "grant", 1, "ROOT"),
    ("asylum", "NOUN", "NN", "asylum", 1, "dobj"),
    ("to", "ADP", "IN", "to", 1, "prep"),
    ("three", "NUM", "CD", "three", 6, "nummod"),
    ("Bolivian", "ADJ", "JJ", "bolivian", 6, "amod"),
    ("officers", "NOUN", "NNS", "officer", 7, "nsubj"),
    ("hiding", "VERB", "VBG", "hide", 1, "advcl"),
    ("in", "ADP", "IN", "in", 7, "prep"),
    ("its", "PRON", "PRP$", "its", 10, "poss"),
    ("embassy", "NOUN", "NN", "embassy", 8, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def test_roles_dep_stranded_preposition_takes_the_reduced_relatives_subject(coder) -> None:
    event = code(coder, STRANDED_PREPOSITION, [(0, 1, "CHL", {}), (5, 7, "BOL", {})])[0]
    assert (event.type, event.source.country, event.target.country) == ("AID", "CHL", "BOL")


# "Rebels kidnapped up to 12 Chilean engineers.": the bound parsed as particle + preposition.
BOUNDED_OBJECT = [
    ("Rebels", "NOUN", "NNS", "rebel", 1, "nsubj"),
    ("kidnapped", "VERB", "VBD", "kidnap", 1, "ROOT"),
    ("up", "ADP", "RP", "up", 1, "prt"),
    ("to", "ADP", "IN", "to", 2, "prep"),
    ("12", "NUM", "CD", "12", 6, "nummod"),
    ("Chilean", "ADJ", "JJ", "chilean", 6, "amod"),
    ("engineers", "NOUN", "NNS", "engineer", 3, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def test_roles_dep_a_bound_number_is_the_object(coder) -> None:
    event = code(coder, BOUNDED_OBJECT, [(5, 7, "CHL", {"kind": "role", "type": "GROUP"})])[0]
    assert event.type == "ASSAULT"
    assert event.target is not None and event.target.country == "CHL"


# "Chile condemned as a crime Peru's expulsion of the envoys.": the object moved after the
# as-phrase and parsed as its apposition.
SHIFTED_OBJECT = [
    ("Chile", "PROPN", "NNP", "Chile", 1, "nsubj"),
    ("condemned", "VERB", "VBD", "condemn", 1, "ROOT"),
    ("as", "ADP", "IN", "as", 1, "prep"),
    ("a", "DET", "DT", "a", 4, "det"),
    ("crime", "NOUN", "NN", "crime", 2, "pobj"),
    ("Peru", "PROPN", "NNP", "Peru", 7, "poss"),
    ("'s", "PART", "POS", "'s", 5, "case"),
    ("expulsion", "NOUN", "NN", "expulsion", 4, "appos"),
    ("of", "ADP", "IN", "of", 7, "prep"),
    ("the", "DET", "DT", "the", 10, "det"),
    ("envoys", "NOUN", "NNS", "envoy", 8, "pobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def test_roles_dep_an_object_shifted_after_as_is_the_object(coder) -> None:
    events = code(coder, SHIFTED_OBJECT, [(0, 1, "CHL", {}), (5, 6, "PER", {})])
    event = next(e for e in events if e.trigger.text == "condemned")
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "CHL", "PER")
