"""Generated surface forms: German inflection from base forms."""

from __future__ import annotations

import pytest

from chronist.actors import forms


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("türkisch", {"türkisch", "türkische", "türkischen", "türkischer", "türkisches",
                      "türkischem"}),
        ("russisch", {"russische", "russischen", "russischem"}),
    ],
)
def test_forms_german_adjective(stem, expected):
    assert expected <= set(forms.german_adjective_forms(stem))


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Putin", "de", ["Putins"]),
        ("Russland", "de", ["Russlands"]),
        ("Macron", "de", ["Macrons"]),
        ("Paris", "de", ["Paris'"]),
        ("Putin", "en", []),
    ],
)
def test_forms_genitive(name, lang, expected):
    assert forms.genitive_forms(name, lang) == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("Präsident", {"Präsident", "Präsidenten", "Präsidentin", "Präsidentinnen"}),
        ("Außenminister", {"Außenministers", "Außenministerin", "Außenministerinnen"}),
        ("Sprecher", {"Sprecherin", "Sprechers"}),
        ("Abgeordneter", {"Abgeordnete", "Abgeordneten"}),
    ],
)
def test_forms_german_noun(noun, expected):
    assert expected <= set(forms.german_noun_forms(noun))


@pytest.mark.parametrize(
    ("demonym", "expected"),
    [
        ("Türke", {"Türke", "Türken", "Türkin", "Türkinnen"}),
        ("Israeli", {"Israeli", "Israelis"}),
        ("Amerikaner", {"Amerikaner", "Amerikanerin", "Amerikanern"}),
    ],
)
def test_forms_german_demonym(demonym, expected):
    assert expected <= set(forms.german_demonym_forms(demonym))


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("army", ["army", "armies"]), ("spokesman", ["spokesman", "spokesmen"]),
     ("Turk", ["Turk", "Turks"]), ("Swiss", ["Swiss"])],
)
def test_forms_english(noun, expected):
    assert forms.english_demonym_forms(noun) == expected
