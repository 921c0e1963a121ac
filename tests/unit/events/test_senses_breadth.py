"""Breadth of the predicate lexicons (issue #5, session 13): frequent news predicates of
each PLOVER type, on our own sentences."""

from __future__ import annotations

import pytest


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("The Danish government backtracked on Tuesday after a week of criticism.", "en",
         "backtracked", "CONCEDE"),
        ("The Finnish ministry rescinded the ban on Friday.", "en", "rescinded", "CONCEDE"),
        ("The World Bank disbursed $200 million to Kenya last week.", "en", "disbursed", "AID"),
        ("Greek forces disengaged from the border area on Monday.", "en", "disengaged",
         "RETREAT"),
        ("The Austrian chancellor hit out at the European Commission on Monday.", "en",
         "hit", "ACCUSE"),
        ("The Polish parliament voted to impeach the president on Friday.", "en", "impeach",
         "ACCUSE"),
        ("Hungary balked at the new sanctions package on Thursday.", "en", "balked", "REJECT"),
        ("The Peruvian president tore up the agreement with Chile.", "en", "tore", "REJECT"),
        ("Police in Belarus locked up three opposition activists on Sunday.", "en", "locked",
         "COERCE"),
        ("Rebels overran the army base near the border on Saturday.", "en", "overran",
         "ASSAULT"),
        ("The impeachment of the Korean president was approved by parliament.", "en",
         "impeachment", "ACCUSE"),
        ("Die dänische Regierung ruderte am Dienstag zurück.", "de", "ruderte", "CONCEDE"),
        ("Der polnische Präsident drang auf eine schnelle Entscheidung der EU.", "de", "drang",
         "REQUEST"),
        ("Das Amtsenthebungsverfahren der Opposition gegen den Präsidenten läuft seit Mai.",
         "de", "Amtsenthebungsverfahren", "ACCUSE"),
        ("Der ungarische Ministerpräsident verwahrte sich gegen die Vorwürfe aus Brüssel.", "de",
         "verwahrte", "REJECT"),
        ("Die Regierung in Warschau kündigte das Abkommen mit Minsk auf.", "de", "kündigte",
         "REJECT"),
        ("Die Polizei nahm den Oppositionsführer in Gewahrsam.", "de", "nahm", "COERCE"),
        ("Die Militärjunta in Myanmar stellte die frühere Regierungschefin unter Hausarrest.",
         "de", "Hausarrest", "COERCE"),
        ("Das Einfuhrverbot Chinas gegen australischen Wein gilt seit Mai.", "de",
         "Einfuhrverbot", "SANCTION"),
        ("Frankreich und Deutschland stimmen sich eng miteinander ab.", "de", "stimmen",
         "COOPERATE"),
    ],
)  # fmt: skip
def test_a_frequent_predicate_gives_its_type(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected


def test_the_breadth_entries_are_in_the_lexicons() -> None:
    from chronist.events.data import load_lexicon

    de = {entry.lemma for entry in load_lexicon("de").entries}
    en = {entry.lemma for entry in load_lexicon("en").entries}
    for lemma in ("zurückrudern", "amtsenthebungsverfahren", "einfuhrverbot", "säbelrasseln"):
        assert lemma in de
    for lemma in ("backtrack", "disburse", "impeachment", "skirmish"):
        assert lemma in en
