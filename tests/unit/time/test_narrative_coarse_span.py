"""A year the story told holds for the next sentences only: three sentences on, a bare
month is this year's again, though none between told a time ("Im vergangenen Jahr …
damals … [three sentences] … erst im März"); right after, it is still that year's ("Im
Jahr 2019 eroberten … Im März verloren sie …"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from dating import analysed

PUBLISHED = "2025-09-10"


@pytest.mark.parametrize(
    ("language", "text", "month", "value"),
    [
        ("de", "Im vergangenen Jahr warf die Regierung dem Nachbarn vor, die Grenze zu "
         "verletzen; der Nachbar wies das damals zurück. Die Lage blieb gespannt. Beide "
         "Seiten verstärkten ihre Truppen. Viele Bauern verließen die Region. Die Staaten "
         "hatten erst im März einen Vertrag über die Grenze geschlossen.", "im März",
         "2025-03"),
        ("en", "Last year the government accused its neighbour of violating the border, which "
         "the neighbour denied at the time. Tensions remained high. Both sides reinforced "
         "their troops. Many farmers left the region. The two states signed a border treaty "
         "in March.", "March", "2025-03"),
        ("de", "Im Jahr 2019 eroberten die Rebellen die Stadt. Im März verloren sie sie "
         "wieder.", "Im März", "2019-03"),
    ],
)
def test_narrative_a_year_told_holds_for_the_next_sentences_only(language, text, month,
                                                                 value):
    doc = analysed(f"Headline\n\n{text}", language, PUBLISHED)
    assert next(t.value for t in doc.times if t.text == month) == value
