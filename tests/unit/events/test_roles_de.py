"""German role assignment from morphology and word order (no dependency parse)."""

from __future__ import annotations

import pytest
from event_builders import document, german, mention

from chronist.events import EventCoder


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder("de")


def code(coder: EventCoder, spec: str, mentions: list[tuple]) -> list:
    doc = german(spec)
    built = [mention(doc, start, end, country, **kw) for start, end, country, kw in mentions]
    return coder.code(document(doc, built, "de"))


BOTSCHAFTER = (
    "Den;DET;ART;der;Case=Acc|Gender=Masc|Number=Sing "
    "Botschafter;NOUN;NN;Botschafter;Case=Acc,Dat,Nom|Number=Sing "
    "bestellte;VERB;VVFIN;bestellen;Mood=Ind|Tense=Past|VerbForm=Fin "
    "das;DET;ART;der;Case=Acc,Nom|Gender=Neut|Number=Sing "
    "Auswärtige;ADJ;ADJA;auswärtig;Case=Acc,Nom|Number=Sing "
    "Amt;NOUN;NN;Amt;Case=Acc,Nom|Number=Sing "
    "ein;ADP;PTKVZ;ein;PartType=Vbp .;PUNCT;$.;."
)
PASSIVE_AGENT = (
    "Gaza;PROPN;NE;Gaza;Case=Acc,Dat,Nom|Number=Sing "
    "wurde;AUX;VAFIN;werden;Mood=Ind|Tense=Past|VerbForm=Fin "
    "von;ADP;APPR;von; israelischen;ADJ;ADJA;israelisch;Case=Dat|Number=Plur "
    "Kampfflugzeugen;NOUN;NN;Kampfflugzeug;Case=Dat|Number=Plur "
    "bombardiert;VERB;VVPP;bombardieren;VerbForm=Part .;PUNCT;$.;."
)
AGENTLESS = (
    "Im;ADP;APPRART;in; März;NOUN;NN;März;Case=Dat|Number=Sing "
    "wurden;AUX;VAFIN;werden;Mood=Ind|Tense=Past|VerbForm=Fin "
    "im;ADP;APPRART;in; iranischen;ADJ;ADJA;iranisch;Case=Dat|Number=Sing "
    "Täbris;PROPN;NE;Täbris;Case=Dat|Number=Sing 30;NUM;CARD;30;NumType=Card "
    "Briten;NOUN;NN;Brite; festgenommen;VERB;VVPP;festnehmen;VerbForm=Part .;PUNCT;$.;."
)
COORDINATED = (
    "Scholz;PROPN;NE;Scholz;Case=Nom|Number=Sing und;CCONJ;KON;und; "
    "Tusk;PROPN;NE;Tusk;Case=Nom|Number=Sing "
    "vereinbarten;VERB;VVFIN;vereinbaren;Mood=Ind|Tense=Past|VerbForm=Fin "
    "eine;DET;ART;ein;Case=Acc,Nom|Number=Sing engere;ADJ;ADJA;eng;Case=Acc,Nom|Number=Sing "
    "Zusammenarbeit;NOUN;NN;Zusammenarbeit;Case=Acc,Nom|Number=Sing .;PUNCT;$.;."
)
GENITIVE = (
    "Macrons;PROPN;NE;Macron;Case=Gen|Number=Sing Besuch;NOUN;NN;Besuch;Case=Nom|Number=Sing "
    "in;ADP;APPR;in; Peking;PROPN;NE;Peking;Case=Dat|Number=Sing "
    "sorgte;VERB;VVFIN;sorgen;Mood=Ind|Tense=Past|VerbForm=Fin für;ADP;APPR;für; "
    "Aufsehen;NOUN;NN;Aufsehen;Case=Acc|Number=Sing .;PUNCT;$.;."
)
INFINITIVE = (
    "Berlin;PROPN;NE;Berlin;Case=Nom|Number=Sing "
    "kündigte;VERB;VVFIN;ankündigen;Mood=Ind|Tense=Past|VerbForm=Fin an;ADP;PTKVZ;an; "
    ",;PUNCT;$,;, Hilfe;NOUN;NN;Hilfe;Case=Acc,Nom|Number=Sing für;ADP;APPR;für; "
    "Taipeh;PROPN;NE;Taipeh;Case=Acc|Number=Sing zu;PART;PTKZU;zu; "
    "leisten;VERB;VVINF;leisten;VerbForm=Inf .;PUNCT;$.;."
)
# "Bei einem Angriff russischer Truppen wurden zwölf Menschen getötet": the article-less
# plural after a determined noun is its genitive, not the passive subject's.
GENITIVE_PLURAL = (
    "Bei;ADP;APPR;bei; einem;DET;ART;ein;Case=Dat|Number=Sing "
    "Angriff;NOUN;NN;Angriff;Case=Dat|Number=Sing russischer;ADJ;ADJA;russisch; "
    "Truppen;NOUN;NN;Truppe; wurden;AUX;VAFIN;werden;Mood=Ind|Tense=Past|VerbForm=Fin "
    "zwölf;NUM;CARD;zwölf; Menschen;NOUN;NN;Mensch; getötet;VERB;VVPP;töten;VerbForm=Part"
)
ADJECTIVE_ACTOR = (
    "Syrischer;ADJ;ADJA;syrisch;Case=Nom|Gender=Masc|Number=Sing "
    "Beschuss;NOUN;NN;Beschuss;Case=Acc,Dat,Nom|Number=Sing "
    "tötete;VERB;VVFIN;töten;Mood=Ind|Tense=Past|VerbForm=Fin "
    "drei;NUM;CARD;drei; Zivilisten;NOUN;NN;Zivilist;Case=Acc|Number=Plur .;PUNCT;$.;."
)


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"),
    [
        (BOTSCHAFTER, [(3, 6, "DEU", {"sector": "GOV", "type": "ORG"})], ("ACCUSE", "DEU", None)),
        (
            PASSIVE_AGENT,
            [
                (0, 1, "PSE", {"type": "PLACE"}),
                (3, 4, "ISR", {"kind": "adjective", "type": None, "sector": "MIL"}),
            ],
            ("ASSAULT", "ISR", "PSE"),
        ),
        (
            AGENTLESS,
            [
                (4, 5, "IRN", {"kind": "adjective", "type": None}),
                (5, 6, "IRN", {"type": "PLACE", "name": "Tabriz"}),
                (7, 8, "GBR", {"kind": "description", "type": "GROUP"}),
            ],
            ("COERCE", "IRN", "GBR"),
        ),
        (
            GENITIVE,
            [(0, 1, "FRA", {"type": "PERSON"}), (3, 4, "CHN", {"type": "PLACE"})],
            ("CONSULT", "FRA", "CHN"),
        ),
        (
            INFINITIVE,
            [
                (0, 1, "DEU", {"kind": "metonym", "type": "PLACE"}),
                (6, 7, "TWN", {"kind": "metonym"}),
            ],
            ("AGREE", "DEU", "TWN"),
        ),
        (
            ADJECTIVE_ACTOR,
            [(0, 1, "SYR", {"kind": "adjective", "type": None})],
            ("ASSAULT", "SYR", None),
        ),
        (
            GENITIVE_PLURAL,
            [(4, 5, "RUS", {"kind": "organ", "type": "ORG", "sector": "MIL"})],
            ("ASSAULT", "RUS", None),
        ),
    ],
    ids=[
        "case-and-particle",
        "passive-von",
        "agentless-place",
        "genitive",
        "infinitive",
        "adjective",
        "genitive-plural",
    ],
)
def test_roles_de_source_and_target(coder, spec, mentions, expected) -> None:
    events = code(coder, spec, mentions)
    assert events, "no event"
    event = events[0]
    assert (event.type, event.source.country, event.target and event.target.country) == expected


def test_roles_de_agentless_passive_names_the_authorities(coder) -> None:
    mentions = [
        (4, 5, "IRN", {"kind": "adjective", "type": None}),
        (5, 6, "IRN", {"type": "PLACE", "name": "Tabriz"}),
    ]
    event = code(coder, AGENTLESS, mentions)[0]
    assert event.source.sector == "COP"
    assert event.attributes["implicit_source"] is True
    assert event.location["name"] == "Tabriz"


def test_roles_de_coordinated_actors_are_one_event(coder) -> None:
    mentions = [(0, 1, "DEU", {"type": "PERSON"}), (2, 3, "POL", {"type": "PERSON"})]
    events = code(coder, COORDINATED, mentions)
    assert len(events) == 1
    assert [m.country for m in events[0].source.members] == ["DEU", "POL"]
    assert events[0].target is None


def test_roles_de_announced_aid_is_an_agree(coder) -> None:
    mentions = [(0, 1, "DEU", {"kind": "metonym"}), (6, 7, "TWN", {"kind": "metonym"})]
    event = code(coder, INFINITIVE, mentions)[0]
    assert event.attributes["recoded_from"] == {
        "type": "AID",
        "mode": None,
        "factuality": "planned",
    }
