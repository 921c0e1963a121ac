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


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Augsburg", ["Augsburger"]),
        ("Moskau", ["Moskauer"]),   # -au takes the ending despite the vowel
        ("Jena", []),               # other vowels do not
        ("Bad Ems", []),            # several words: listed in the data if at all
    ],
)
def test_forms_german_city_adjective(name, expected):
    assert forms.german_city_adjectives(name) == expected


@pytest.mark.parametrize(
    ("ending", "rule_forms", "word", "expected"),
    [
        ("e", ["", "n", "-in"], "Däne", ["Däne", "Dänen", "Dänin"]),
        ("ender", ["-ende"], "Vorsitzender", ["Vorsitzende"]),
        ("", ["in"], "Richter", ["Richterin"]),
    ],
)
def test_forms_inflection_rule(ending, rule_forms, word, expected):
    from chronist.actors.schema import Inflection

    rule = Inflection(ending=ending, forms=rule_forms)
    assert rule.matches(word)
    assert rule.apply(word) == expected


def test_forms_inflection_empty_ending_skips_acronyms():
    from chronist.actors.schema import Inflection

    assert not Inflection(ending="", forms=["in"]).matches("BND")


def test_forms_morphology_file_has_no_rules_for_english():
    from chronist.actors.loading import load_morphology

    languages = load_morphology().languages
    assert languages["de"].city_adjective == "er"
    assert not languages["en"].noun_rules
