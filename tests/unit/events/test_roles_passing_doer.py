"""A domestic-looking act (nobody named with a country, no other country in its sentence)
concerns the doer's own country, unless the doer only passes through a story about
another country (fills._story_of): a foreign ministry's appeal to "all sides" in a story
about Cameroon is to Cameroon's parties. A story led by the doer's own country keeps the
doer's country. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest


def _pair(events: list, event_type: str, trigger: str) -> tuple[str | None, str | None]:
    event = next(e for e in events if e.type == event_type and e.trigger.text == trigger)
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "language", "trigger", "pair"),
    [
        ("Cameroon's opposition leader said the vote was rigged. Police in Yaounde detained "
         "dozens of his supporters. Cameroon's government denied any fraud. The State "
         "Department called on all sides to exercise restraint.", "en", "called", ("USA", "CMR")),
        ("In Georgien gingen erneut Tausende gegen die Regierung auf die Straße. Die georgische "
         "Polizei setzte Wasserwerfer ein. Der georgische Regierungschef lehnte einen Rücktritt "
         "ab. Die Bundesregierung rief alle Seiten zur Mäßigung auf.", "de", "rief",
         ("DEU", "GEO")),
        ("Das Parlament in Lima setzte den Präsidenten ab. Die peruanische Polizei nahm "
         "Demonstranten fest. Perus Kabinett trat zurück. Das Auswärtige Amt forderte alle "
         "Beteiligten zur Zurückhaltung auf.", "de", "forderte", ("DEU", "PER")),
    ],
)  # fmt: skip
def test_passing_doer_acts_on_the_story_country(
    events_of, text: str, language: str, trigger: str, pair
) -> None:
    assert _pair(events_of(text, language), "REQUEST", trigger) == pair


def test_doer_of_the_story_country_keeps_its_own(events_of) -> None:
    text = ("Die Bundesregierung beschloss den Haushalt. Die Gewerkschaften kritisierten die "
            "Kürzungen. Kanzler Merz verteidigte die Pläne. Die SPD forderte höhere Renten.")
    assert _pair(events_of(text, "de"), "REQUEST", "forderte") == ("DEU", "DEU")
