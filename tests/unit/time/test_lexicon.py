"""The time rules files: validated on load, all problems reported at once."""

from __future__ import annotations

import pytest

from chronist.errors import DataFileError
from chronist.time import load_lexicon, parse_lexicon
from chronist.time.resolve import easter

GOOD = """
kind: time
lang: xx
schema_version: 1
tables:
  month: {entries: {mai: 5}}
rules:
  - {id: xx-month, type: DATE, pattern: "im {month} {year}", resolve: absolute}
"""


def test_lexicon_parses_a_valid_file():
    lexicon = parse_lexicon(GOOD)
    assert [rule.id for rule in lexicon.rules] == ["xx-month"]


@pytest.mark.parametrize(
    ("broken", "messages"),
    [
        (GOOD.replace("resolve: absolute", "resolve: guess"), ["resolve"]),
        (GOOD.replace("{month}", "{monat}"), ["unknown placeholder {monat}"]),
        (GOOD + "  - {id: xx-month, type: DATE, pattern: x, resolve: absolute}\n",
         ["duplicate id"]),
        (GOOD.replace("schema_version: 1", "schema_version: 1\ncolour: blue"), ["colour"]),
        (GOOD.replace("im {month} {year}", "im ({month} {year}"), ["bad pattern"]),
    ],
)
def test_lexicon_rejects_broken_files(broken, messages):
    with pytest.raises(DataFileError) as error:
        parse_lexicon(broken, "broken.yaml")
    for message in messages:
        assert message in str(error.value)


def test_lexicon_reports_every_problem_at_once():
    broken = GOOD.replace("{month}", "{monat}").replace("type: DATE", "type: MOMENT")
    with pytest.raises(DataFileError) as error:
        parse_lexicon(broken)
    assert "type" in str(error.value)


@pytest.mark.parametrize("language", ["de", "en"])
def test_lexicon_shipped_files_load(language):
    lexicon = load_lexicon(language)
    assert lexicon.lang == language and len(lexicon.rules) > 30


@pytest.mark.parametrize(("year", "day"), [(2024, "2024-03-31"), (2025, "2025-04-20"),
                                           (2026, "2026-04-05")])
def test_easter_dates(year, day):
    assert easter(year).isoformat() == day
