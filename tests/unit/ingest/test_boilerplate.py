"""Boilerplate lines among the paragraphs: dropped; the patterns file is validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronist.errors import DataFileError
from chronist.ingest.boilerplate import default_filter, load_boilerplate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stand: 22.04.2024, 06:00 Uhr", True),
        ("Link zum YouTube-Inhalt", True),
        ("Quellen:", True),
        ("Lesen Sie auch: Was der Haushalt für Familien bedeutet", True),
        ("Got a story? Get in touch with our news team by emailing us.", True),
        ("MORE : Ten things you missed this week", True),
        ("Follow The Example Times on Twitter and Facebook for the latest news.", True),
        ("Advertisement", True),
        ("16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten", True),
        ("Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.", True),
        ("Aus dem Englischen von Max Muster", True),
        ("Von Lena Hoffmann", True),
        ("By Jane Roe", True),
        ("Audio: Radio Beispiel | 24.04.2024 | Max Muster", True),
        ("01:48 min Ergebnisse der Wahl im Überblick", True),
        ("Von Berlin aus fuhr die Delegation am Morgen weiter nach Warschau.", False),
        ("By the end of the week, talks had collapsed.", False),
        # running text that merely starts like boilerplate stays
        ("Stand der Verhandlungen ist, dass beide Seiten weiter reden wollen.", False),
        ("More than 300 people were evacuated on Tuesday.", False),
        ("Quellen aus dem Ministerium bestätigten den Bericht.", False),
        ("Von Berlin nach Paris", False),
        ("By the numbers", False),
        ("Die App kann man vier Wochen kostenlos testen.", False),
        ("The company asked users to subscribe to its newsletter and to share it widely.", False),
        ("Writing by hand is good for the brain, researchers said.", False),
        ("Published in 2019, the report found nothing new.", False),
        ("Updated: March 7, 2024 at 10:15 am EST", True),
    ],
)
def test_boilerplate_is_boilerplate(text: str, expected: bool) -> None:
    assert default_filter().is_boilerplate(text) is expected


def test_boilerplate_file_reports_all_errors(tmp_path: Path) -> None:
    path = tmp_path / "boilerplate.yaml"
    path.write_text(
        "kind: boilerplate\nlang: mul\nschema_version: 2\n"
        "patterns: [{id: a, lang: de, pattern: '(unclosed'}, {id: b, lang: xx, pattern: 'x'}]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as error:
        load_boilerplate(path)
    message = str(error.value)
    for part in ("schema_version", "patterns.0.pattern", "patterns.1.lang"):
        assert part in message


@pytest.mark.parametrize(
    "text",
    [
        "2 Wochen kostenlos testen",
        "Our Standards: The Example Trust Principles.",
        "Reporting by Jane Roe in Beirut; Editing by Max Muster",
        "Ground Game: Sign up for our weekly politics newsletter to get it every Monday.",
        "Today’s news: Follow live updates from the campaign trail.",
    ],
)
def test_boilerplate_promotions_and_signoffs(text: str) -> None:
    assert default_filter().is_boilerplate(text)
