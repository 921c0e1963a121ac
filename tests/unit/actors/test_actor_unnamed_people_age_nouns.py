"""References back to people: "die 29-Jährige" is singular by its article and ending
whatever the tagger says; a person brought in unnamed ("Ein Winzer aus …", "a nurse")
is the one a later pronoun or age noun takes up, not someone named before; a plural role
noun before a comma and a name ("Speaking to reporters, Sandu said") is no title of the
person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


def test_a_feminine_age_noun_after_the_verb_refers_back(stages):
    text = ("Die Juristin Katharina Holm leitet das Labor. „Wir brauchen mehr Zeit“, sagte "
            "die 41-Jährige am Montag.")
    mentions = found(link(stages, text, "de"), "41-Jährige")
    assert [m.entity for m in mentions] == ["chronist:katharina-holm"]


@pytest.mark.parametrize(("text", "lang", "surfaces"), [
    ("Verbandschef Lukas Brandt sprach in Mainz. Ein Winzer aus der Pfalz rechnet vor, "
     "dass ihn die Auflagen viel Geld kosten. „Das lohnt sich nicht mehr“, sagte der "
     "61-Jährige.", "de", ("ihn", "61-Jährige")),
    ("Mayor Tom Reilly opened the market. A farmer who sells there said the new hall "
     "would help. He said traders had waited for years.", "en", ("He",)),
])
def test_a_person_brought_in_unnamed_is_not_the_one_named_before(stages, text, lang,
                                                                  surfaces):
    doc = link(stages, text, lang)
    for surface in surfaces:
        assert all(m.entity is None for m in found(doc, surface)), surface


def test_a_named_person_after_the_unnamed_one_is_taken_up(stages):
    text = ("Ein Winzer aus der Pfalz klagte über die Auflagen. Verbandschef Lukas Brandt "
            "gab ihm recht. Er forderte eine Ausnahme.")
    mentions = found(link(stages, text, "de"), "Er")
    assert [m.entity for m in mentions] == ["chronist:lukas-brandt"]


def test_a_plural_role_before_a_name_is_no_title(stages):
    doc = link(stages, "Speaking to reporters, Sandu said the troops must leave.", "en")
    assert all(m.entity is None for m in found(doc, "reporters"))
    assert [m.sector for m in found(doc, "Sandu")] == ["GOV"]
