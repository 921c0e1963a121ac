"""Quantities: values, units, modifiers, counts, and what is not a quantity."""

from __future__ import annotations

import pytest

from chronist.document import Document
from chronist.quantities import QuantitiesStage, build_stage


@pytest.fixture(scope="session")
def stages() -> dict[str, QuantitiesStage]:
    return {lang: build_stage(lang) for lang in ("de", "en")}


def _find(stages: dict[str, QuantitiesStage], lang: str, text: str) -> list[tuple]:
    doc = stages[lang](Document(text=text, language=lang))
    return [(q.text, q.value, q.unit, q.attributes.get("counts")) for q in doc.quantities]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Der Fonds hat 4,2 Milliarden Euro.", ("4,2 Milliarden Euro", 4200000000, "EUR")),
        ("de", "Es kamen 1.259 Gäste.", ("1.259 Gäste", 1259, "people")),
        ("de", "Die Partei kam auf knapp 12 Prozent.", ("knapp 12 Prozent", 12, "percent")),
        ("de", "Er war zweieinhalb Jahre im Amt.", ("zweieinhalb Jahre", 2.5, "years")),
        ("de", "Dreiundzwanzig Länder stimmten zu.", ("Dreiundzwanzig", 23, None)),
        ("de", "Das kostet 500 Mio. Euro.", ("500 Mio. Euro", 500000000, "EUR")),
        ("de", "Es fehlen 10 000 Wohnungen.", ("10 000", 10000, None)),
        ("en", "The bank lent $1.5bn to them.", ("$1.5bn", 1500000000, "USD")),
        ("en", "It raised €500m last year.", ("€500m", 500000000, "EUR")),
        ("en", "Some 3.2 million people voted.", ("Some 3.2 million people", 3200000, "people")),
        ("en", "Turnout was 40% overall.", ("40%", 40, "percent")),
        ("en", "They sent two dozen observers.", ("two dozen", 24, None)),
        ("en", "The fine was £3,200.50 in total.", ("£3,200.50", 3200.5, "GBP")),
    ],
)
def test_finder_value_and_unit(stages, lang, text, expected) -> None:
    assert [found[:3] for found in _find(stages, lang, text)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "modifier", "approximate"),
    [
        ("de", "Rund 300 Menschen kamen.", "about", True),
        ("de", "Mehr als 20 Staaten sind dabei.", "more than", None),
        ("de", "Mindestens 8 Busse fuhren.", "at least", None),
        ("en", "At least 12 ships sank.", "at least", None),
        ("en", "Nearly 40 percent agreed.", "almost", True),
    ],
)
def test_finder_modifier(stages, lang, text, modifier, approximate) -> None:
    doc = stages[lang](Document(text=text, language=lang))
    (quantity,) = doc.quantities
    assert quantity.attributes.get("modifier") == modifier
    assert quantity.attributes.get("approximate") == approximate


@pytest.mark.parametrize(
    ("lang", "text", "counts"),
    [
        ("de", "Bei dem Anschlag wurden mindestens 30 Menschen getötet.", ["dead"]),
        ("de", "Es gab 12 Tote und 40 Verletzte.", ["dead", "injured"]),
        ("de", "Die Polizei hat 15 Demonstranten festgenommen.", ["arrested"]),
        ("de", "Die Zahl der Toten stieg auf 30.", ["dead"]),
        ("en", "The strike killed 30 civilians and injured 50.", ["dead", "injured"]),
        ("en", "Police arrested 45 protesters on the square.", ["arrested"]),
        ("en", "Hundreds of refugees crossed the border.", ["refugees"]),
        ("en", "The ministry sent 1,200 troops.", ["soldiers"]),
    ],
)
def test_finder_counts(stages, lang, text, counts) -> None:
    assert [found[3] for found in _find(stages, lang, text)] == counts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am 7. Oktober 2023 begann der Krieg."),
        ("de", "Das Treffen beginnt um 14.30 Uhr am 12.03.2024."),
        ("de", "Nach Artikel 5 des Vertrags flog die F-35 wegen Covid-19 zur G7."),
        ("de", "Er landete auf dem 3. Platz."),
        ("de", "Im Jahr 1990 fiel die Mauer."),
        ("en", "On October 7, 2023 and on Jan. 5 the talks resumed."),
        ("en", "The 21st century began in 2001 at 10 a.m. with 5G."),
        ("en", "A man walked in."),
    ],
)
def test_finder_not_quantities(stages, lang, text) -> None:
    assert _find(stages, lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("de", "Zwischen 2 und 3 Milliarden Euro fehlen.",
         [(2000000000, "EUR"), (3000000000, "EUR")]),
        ("de", "Es sind 10 bis 15 Prozent.", [(10, "percent"), (15, "percent")]),
        ("en", "Prices rose 10-15% this year.", [(10, "percent"), (15, "percent")]),
    ],
)
def test_finder_range_shares_unit(stages, lang, text, values) -> None:
    assert [(v, u) for _, v, u, _ in _find(stages, lang, text)] == values


def test_finder_offsets_point_into_text(stages) -> None:
    text = "Vorher. Dann kamen rund 300 Menschen."
    doc = stages["de"](Document(text=text, language="de"))
    for quantity in doc.quantities:
        assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Ein zehnjähriges Kind spielte.", ("zehnjähriges", 10, "years")),
        ("de", "Es gab eine 24-stündige Mahnwache.", ("24-stündige", 24, "hours")),
        ("en", "It was an eight-week sprint.", ("eight-week", 8, "weeks")),
        ("en", "They spent hundreds of millions of dollars.",
         ("hundreds of millions of dollars", 200000000, "USD")),
        ("en", "The reporter Issam Abdallah, 37, was killed.", ("37", 37, "years")),
        ("de", "Rund 1100 Anhänger kamen.", ("Rund 1100 Anhänger", 1100, "people")),
    ],
)
def test_finder_compounds_ages_and_counts(stages, lang, text, expected) -> None:
    assert [found[:3] for found in _find(stages, lang, text)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Phase six of the plan began."),
        ("de", "Im Jahr 1989 fiel die Mauer."),
    ],
)
def test_finder_labels_and_years_with_words(stages, lang, text) -> None:
    assert _find(stages, lang, text) == []


def test_finder_label_lists_are_not_quantities(stages) -> None:
    text = "Sections 21, 24, and 26 of the bill and Section 14(1) apply to 30 firms."
    assert [found[:2] for found in _find(stages, "en", text)] == [("30", 30)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es kamen 300 Lehrerinnen und Lehrer.", (300, "people", None)),
        ("Im Lager leben 2.000 Kriegs-Geflüchtete.", (2000, "people", "refugees")),
        ("Vor Ort waren 40 Polizeibeamte.", (40, "people", None)),
        ("Gemeldet sind 900, und 500 von ihnen arbeiten.", (500, "people", None)),
        ("Es gab 12 Spinnen im Keller.", (12, None, None)),
    ],
)
def test_finder_person_noun_morphology(stages, text, expected) -> None:
    found = [(q[1], q[2], q[3]) for q in _find(stages, "de", text)]
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Das Rentenalter soll von 63 auf 65 Jahre steigen.", ["years", "years"]),
        ("Sie gehen mit 63 in den Ruhestand. Doch 63 ist zu früh.", ["years", "years"]),
        ("Der Index lag bei einem Wert ab 27 oder mehr.", [None]),
        ("Er kam mit 30 Helfern.", ["people"]),
    ],
)
def test_finder_ages_after_prepositions(stages, text, units) -> None:
    assert [q[2] for q in _find(stages, "de", text)] == units
