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
            ("AID", "DEU", "TWN"),
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


def test_roles_de_announced_aid_is_planned_aid_read_as_agree(coder) -> None:
    # An announced gift is the act itself, planned; PLOVER's reading is the AGREE.
    mentions = [(0, 1, "DEU", {"kind": "metonym"}), (6, 7, "TWN", {"kind": "metonym"})]
    event = code(coder, INFINITIVE, mentions)[0]
    assert (event.type, event.factuality) == ("AID", "planned")
    assert event.attributes["plover_reading"] == {"type": "AGREE", "mode": None}
    assert "recoded_from" not in event.attributes


# "Lyon - Französische Polizisten verhafteten drei Demonstranten.": a dateline before a dash
DATELINE = (
    "Lyon;PROPN;NE;Lyon;Case=Nom|Number=Sing -;PUNCT;$(;- "
    "Französische;ADJ;ADJA;französisch;Case=Acc,Nom|Number=Plur "
    "Polizisten;NOUN;NN;Polizist;Case=Acc,Dat,Nom|Number=Plur "
    "verhafteten;VERB;VVFIN;verhaften;Mood=Ind|Tense=Past|VerbForm=Fin "
    "drei;NUM;CARD;drei; Demonstranten;NOUN;NN;Demonstrant;Case=Acc,Dat,Nom|Number=Plur "
    ".;PUNCT;$.;."
)
# "Deshalb haben polnische Politiker parteiübergreifend Sanktionen verlangt.": an adverbial
# adjective ends the subject's phrase.
ADVERBIAL = (
    "Deshalb;ADV;PROAV;deshalb; haben;AUX;VAFIN;haben;Mood=Ind|Tense=Pres|VerbForm=Fin "
    "polnische;ADJ;ADJA;polnisch;Case=Acc,Nom|Number=Plur "
    "Politiker;NOUN;NN;Politiker;Case=Acc,Gen,Nom|Number=Plur "
    "parteiübergreifend;ADJ;ADJD;parteiübergreifend; "
    "Sanktionen;NOUN;NN;Sanktion;Case=Acc,Nom|Number=Plur "
    "verlangt;VERB;VVPP;verlangen;VerbForm=Part .;PUNCT;$.;."
)
# "Am Montag hat die russische Armee Iwan Petrow entführt.": two actors side by side
TWO_ACTORS = (
    "Am;ADP;APPRART;an; Montag;NOUN;NN;Montag;Case=Dat|Number=Sing "
    "hat;AUX;VAFIN;haben;Mood=Ind|Tense=Pres|VerbForm=Fin "
    "die;DET;ART;der;Case=Acc,Nom|Number=Sing russische;ADJ;ADJA;russisch;Case=Acc,Nom|Number=Sing "
    "Armee;NOUN;NN;Armee;Case=Acc,Nom|Number=Sing Iwan;PROPN;NE;Iwan; Petrow;PROPN;NE;Petrow; "
    "entführt;VERB;VVPP;entführen;VerbForm=Part .;PUNCT;$.;."
)
# "Die UNO appellierte an Israel und die Hamas.": both are the preposition's objects
PREPOSITION_PAIR = (
    "Die;DET;ART;der;Case=Nom|Number=Sing UNO;PROPN;NE;UNO;Case=Nom|Number=Sing "
    "appellierte;VERB;VVFIN;appellieren;Mood=Ind|Tense=Past|VerbForm=Fin "
    "an;ADP;APPR;an; Israel;PROPN;NE;Israel;Case=Acc|Number=Sing und;CCONJ;KON;und; "
    "die;DET;ART;der;Case=Acc,Nom|Number=Sing Hamas;PROPN;NE;Hamas;Case=Acc,Nom|Number=Sing "
    ".;PUNCT;$.;."
)
# "Frankreich hat der Ukraine Raketen geliefert.": a name with its article is complete
DATIVE_NAME = (
    "Frankreich;PROPN;NE;Frankreich;Case=Nom|Number=Sing "
    "hat;AUX;VAFIN;haben;Mood=Ind|Tense=Pres|VerbForm=Fin "
    "der;DET;ART;der;Case=Dat,Gen|Number=Sing Ukraine;PROPN;NE;Ukraine;Case=Dat,Gen|Number=Sing "
    "Raketen;NOUN;NN;Rakete;Case=Acc,Nom|Number=Plur geliefert;VERB;VVPP;liefern;VerbForm=Part "
    ".;PUNCT;$.;."
)
# "Putins Drohung vom Abbruch der Gespräche": the genitive name is the doer
SAXON_GENITIVE = (
    "Putins;PROPN;NE;Putin; Drohung;NOUN;NN;Drohung;Case=Nom|Number=Sing "
    "vom;ADP;APPRART;von; Abbruch;NOUN;NN;Abbruch;Case=Dat|Number=Sing "
    "der;DET;ART;der;Case=Gen|Number=Plur Gespräche;NOUN;NN;Gespräch;Case=Gen|Number=Plur "
    "empörte;VERB;VVFIN;empören;Mood=Ind|Tense=Past|VerbForm=Fin "
    "Kiew;PROPN;NE;Kiew;Case=Acc|Number=Sing .;PUNCT;$.;."
)


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"),
    [
        (DATELINE, [(0, 1, "FRA", {"kind": "place", "type": "PLACE"}),
                    (2, 4, "FRA", {"kind": "organ", "type": "GROUP", "sector": "COP"})],
         ("COERCE", "Französische Polizisten", "FRA")),  # police act at home
        (ADVERBIAL, [(2, 4, "POL", {"kind": "role", "type": "GROUP", "sector": "GOV"})],
         ("REQUEST", "polnische Politiker", None)),
        (TWO_ACTORS, [(3, 6, "RUS", {"kind": "organ", "type": "GROUP", "sector": "MIL"}),
                      (6, 8, "UKR", {"type": "PERSON"})],
         ("ASSAULT", "die russische Armee", "UKR")),
        (PREPOSITION_PAIR, [(1, 2, None, {"type": "ORG", "sector": "IGO", "entity": "Q1065"}),
                            (4, 5, "ISR", {}), (7, 8, "PSE", {"type": "GROUP"})],
         ("REQUEST", "UNO", "ISR+PSE")),
        (DATIVE_NAME, [(0, 1, "FRA", {}), (3, 4, "UKR", {})], ("AID", "Frankreich", "UKR")),
        (SAXON_GENITIVE, [(0, 1, "RUS", {"type": "PERSON", "name": "Putin"}),
                          (8, 9, "UKR", {"kind": "metonym"})],
         # Kiew stays out of the noun's phrases; the one other country named is
         # whom the threat concerns (fills.ImpliedParties._counterpart).
         ("THREATEN", "Putin", "UKR")),
    ],
    ids=["dash-dateline", "adverbial-adjective", "two-actors-side-by-side",
         "coordinated-preposition-object", "article-and-name", "saxon-genitive"],
)  # fmt: skip
def test_roles_de_phrase_edges(coder, spec, mentions, expected) -> None:
    event = code(coder, spec, mentions)[0]
    target = event.target
    if target and target.members:
        countries = "+".join(sorted(m.country for m in target.members))
    else:
        countries = target and target.country
    assert (event.type, event.source.name, countries) == expected


# "Nach Berichten über den Streit und die Rolle Wiens als Vermittler haben Politiker
# Sanktionen verlangt.": a prepositional first constituent holds all its nouns.
VORFELD = (
    "Nach;ADP;APPR;nach; Berichten;NOUN;NN;Bericht;Case=Dat|Number=Plur "
    "über;ADP;APPR;über; den;DET;ART;der;Case=Acc|Number=Sing "
    "Streit;NOUN;NN;Streit;Case=Acc|Number=Sing "
    "und;CCONJ;KON;und; die;DET;ART;der;Case=Acc,Nom|Number=Sing "
    "Rolle;NOUN;NN;Rolle;Case=Acc,Nom|Number=Sing Wiens;PROPN;NE;Wien;Case=Gen|Number=Sing "
    "als;CCONJ;KOKOM;als; Vermittler;NOUN;NN;Vermittler;Case=Acc,Nom|Number=Sing "
    "haben;AUX;VAFIN;haben;Mood=Ind|Tense=Pres|VerbForm=Fin "
    "österreichische;ADJ;ADJA;österreichisch;Case=Acc,Nom|Number=Plur "
    "Politiker;NOUN;NN;Politiker;Case=Acc,Nom|Number=Plur "
    "Sanktionen;NOUN;NN;Sanktion;Case=Acc,Nom|Number=Plur "
    "verlangt;VERB;VVPP;verlangen;VerbForm=Part .;PUNCT;$.;."
)
# "Die Armee griff nach dem Beschuss Stellungen der Rebellen an.": a noun after an
# article+noun starts a new phrase.
NOUN_AFTER_NOUN = (
    "Die;DET;ART;der;Case=Nom|Number=Sing Armee;NOUN;NN;Armee;Case=Nom|Number=Sing "
    "griff;VERB;VVFIN;angreifen;Mood=Ind|Tense=Past|VerbForm=Fin "
    "nach;ADP;APPR;nach; dem;DET;ART;der;Case=Dat|Number=Sing "
    "Beschuss;NOUN;NN;Beschuss;Case=Dat|Number=Sing "
    "Stellungen;NOUN;NN;Stellung;Case=Acc,Nom|Number=Plur "
    "der;DET;ART;der;Case=Gen|Number=Plur Rebellen;NOUN;NN;Rebell;Case=Gen|Number=Plur "
    "an;ADP;PTKVZ;an; .;PUNCT;$.;."
)


def test_roles_de_prepositional_first_constituent_has_no_subject(coder) -> None:
    mentions = [(8, 9, "AUT", {"kind": "place", "type": "PLACE"}),
                (12, 14, "AUT", {"kind": "role", "type": "GROUP", "sector": "GOV"})]
    event = code(coder, VORFELD, mentions)[0]
    assert (event.type, event.source.name) == ("REQUEST", "österreichische Politiker")


def test_roles_de_noun_after_a_determined_noun_is_a_new_phrase(coder) -> None:
    mentions = [(0, 2, "MLI", {"kind": "organ", "type": "GROUP", "sector": "MIL"}),
                (7, 9, "MLI", {"kind": "organ", "type": "GROUP", "sector": "REB"})]
    event = code(coder, NOUN_AFTER_NOUN, mentions)[0]
    assert event.type == "ASSAULT"
    assert event.target is not None and event.target.sector == "REB"


# "Gestern hatte Pedro Sánchez, der spanische Regierungschef, Orbán scharf kritisiert."
APPOSITION = (
    "Gestern;ADV;ADV;gestern; hatte;AUX;VAFIN;haben;Mood=Ind|Tense=Past|VerbForm=Fin "
    "Pedro;PROPN;NE;Pedro; Sánchez;PROPN;NE;Sánchez; ,;PUNCT;$,;, "
    "der;DET;ART;der;Case=Nom|Number=Sing spanische;ADJ;ADJA;spanisch;Case=Nom|Number=Sing "
    "Regierungschef;NOUN;NN;Regierungschef;Case=Nom|Number=Sing ,;PUNCT;$,;, "
    "Orbán;PROPN;NE;Orbán; scharf;ADJ;ADJD;scharf; "
    "kritisiert;VERB;VVPP;kritisieren;VerbForm=Part .;PUNCT;$.;."
)


def test_roles_de_clause_goes_on_after_an_apposition(coder) -> None:
    mentions = [(2, 4, "ESP", {"type": "PERSON"}),
                (6, 8, "ESP", {"kind": "role", "type": "PERSON", "sector": "GOV"}),
                (9, 10, "HUN", {"type": "PERSON"})]
    event = code(coder, APPOSITION, mentions)[0]
    assert (event.type, event.source.country, event.target and event.target.country) == (
        "ACCUSE", "ESP", "HUN")
