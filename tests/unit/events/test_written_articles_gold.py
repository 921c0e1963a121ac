"""The written evaluation articles (`tests/data/articles`) and their gold agree with each
other: every article has its text and one manifest entry, every event mention locates one
place of its article, every actor paragraph and mention can be found the way
`benchmarks/actors/score.py` finds it. A writer who mistypes a mention would otherwise
only learn it from a scorer run, as an unlocated mention or a missing paragraph."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from chronist.events.data import load_ontology

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
ISO3 = re.compile(r"[A-Z]{3}")
# An event's date has the precision the text gives it: a year, a month, an ISO week or a day.
EVENT_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?|-W(0[1-9]|[1-4]\d|5[0-3]))?")
FACTUALITY = {"asserted", "negated", "possible", "planned"}
SPLITS = {"dev", "heldout"}


def _load(name: str) -> dict:
    # The gold files are large: libyaml's loader reads them in a fraction of the time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((ARTICLES / name).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506


MANIFEST = {entry["id"]: entry for entry in _load("articles.yaml")["articles"]}
EVENT_GOLD = {article["id"]: article for article in _load("events_gold.yaml")["articles"]}
ACTOR_GOLD = {page["article"]: page for page in _load("actors_gold.yaml")["pages"]}


def _text(article_id: str) -> str:
    return (ARTICLES / f"{article_id}.txt").read_text(encoding="utf-8")


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


def _whole_words(text: str, needle: str, start: int, end: int) -> int:
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return sum(1 for _ in pattern.finditer(text, start, end))


def test_manifest_texts_and_gold_cover_the_same_articles() -> None:
    texts = {path.stem for path in ARTICLES.glob("*.txt")}
    assert set(MANIFEST) == texts
    assert set(EVENT_GOLD) <= texts
    assert set(ACTOR_GOLD) <= texts
    for article_id, entry in MANIFEST.items():
        assert entry["split"] in SPLITS, article_id
        assert entry["language"] == article_id.split("-")[0], article_id
        date.fromisoformat(entry["published"])


@pytest.mark.parametrize("article_id", sorted(EVENT_GOLD))
def test_event_gold_is_well_formed_and_located(article_id: str) -> None:
    text = _text(article_id)
    types = set(load_ontology().types)
    for event in EVENT_GOLD[article_id].get("events") or []:
        name = event["id"]
        assert name.startswith(f"{article_id}-e"), name
        assert {event["type"], *(event.get("also") or [])} <= types, name
        assert event["factuality"] in FACTUALITY, name
        assert all(ISO3.fullmatch(c) for c in event["source"] + event["target"]), name
        if event.get("date"):
            assert EVENT_DATE.fullmatch(event["date"]), name
            if len(event["date"]) == len("2026-01-01"):
                date.fromisoformat(event["date"])
        for mention in event["mentions"]:
            assert text.count(mention) == 1, (name, mention)


@pytest.mark.parametrize("article_id", sorted(ACTOR_GOLD))
def test_actor_gold_paragraphs_and_mentions_are_found(article_id: str) -> None:
    text = _text(article_id)
    starts = _paragraph_starts(text)
    ends = [*starts[1:], len(text)]
    for paragraph in ACTOR_GOLD[article_id]["paragraphs"]:
        spans = zip(starts, ends, strict=True)
        located = [(s, e) for s, e in spans if text.startswith(paragraph["locate"], s)]
        assert len(located) == 1, (article_id, paragraph["locate"])
        start, end = located[0]
        for mention in paragraph.get("mentions") or []:
            found = _whole_words(text, mention["text"], start, end)
            assert mention.get("n", 0) < found, (article_id, mention["text"])
            assert "entity" in mention or "sector" in mention or "country" in mention
