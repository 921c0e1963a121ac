"""A German participle needs a finite auxiliary: where the parser hangs "war" on a noun as
its copula ("Eine Runde war Ende Oktober … zu Ende gegangen"), it is still the participle's
auxiliary, and the clause a past perfect that goes back behind the story's present: its
time moves the story no further. Sentences written for these tests (2025-11-05 is a
Wednesday)."""

from __future__ import annotations

from dating import analysed, date_of


def test_clauses_a_copula_hung_on_a_noun_makes_a_past_perfect():
    doc = analysed("Titel\n\nDie Regierung protestierte am Dienstag gegen die Angriffe. Eine "
                   "erste Runde war Ende Oktober ohne Ergebnis zu Ende gegangen. Die Türkei "
                   "rief beide Seiten zur Zurückhaltung auf.", "de", "2025-11-05")
    assert date_of(doc, "gegangen") == "2025-10"
    assert date_of(doc, "rief") == "2025-11-04"


def test_clauses_a_plain_copula_stays_a_copula():
    doc = analysed("Titel\n\nDie Grenze war am Montag geschlossen. Die Händler warteten.",
                   "de", "2025-11-05")
    assert date_of(doc, "geschlossen") == "2025-11-03"
