"""The dev gold files the benchmarks read are well-formed and cover PLOVER."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronist.events.data import load_ontology

GOLD = Path(__file__).resolve().parents[3] / "benchmarks" / "events"
FILES = sorted(GOLD.glob("gold_*.yaml"))
ISO3 = 3


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_files_are_valid(path: Path) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    types = set(load_ontology().types)
    ids = [item["id"] for item in spec["items"]]
    assert len(ids) == len(set(ids))
    for item in spec["items"]:
        assert item["type"] in types, item["id"]
        assert ("text" in item) != ("page" in item), item["id"]
        assert all(len(c) == ISO3 and c.isupper() for c in item["source"] + item["target"])
        # Pages are located, never copied: a few words only.
        assert len(item.get("locate", "").split()) <= 15, item["id"]


def test_gold_german_covers_all_types_and_size() -> None:
    items = []
    for path in GOLD.glob("gold_de_*.yaml"):
        items += yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    assert len(items) >= 200
    assert {i["type"] for i in items} == set(load_ontology().types)


PAGE_FOLDERS = sorted(p for p in GOLD.glob("pages-*") if p.is_dir())
MAX_LOCATE_WORDS = 12


@pytest.mark.parametrize("folder", PAGE_FOLDERS, ids=[p.name for p in PAGE_FOLDERS])
def test_page_article_gold_is_valid_and_copies_no_page(folder: Path) -> None:
    manifest = yaml.safe_load((folder / "articles.yaml").read_text(encoding="utf-8"))
    gold = yaml.safe_load((folder / "events_gold.yaml").read_text(encoding="utf-8"))
    types = set(load_ontology().types)
    pages = {a["id"]: a for a in manifest["articles"]}
    assert {a["split"] for a in pages.values()} == {"dev", "heldout"}
    assert all("/" in a["page"] for a in pages.values())
    assert {a["id"] for a in gold["articles"]} <= set(pages)
    ids = [e["id"] for a in gold["articles"] for e in a.get("events") or []]
    assert len(ids) == len(set(ids))
    for article in gold["articles"]:
        for event in article.get("events") or []:
            assert {event["type"], *(event.get("also") or [])} <= types, event["id"]
            assert all(len(c) == ISO3 and c.isupper() for c in event["source"] + event["target"])
            # Pages are located, never copied: a few words per sentence only.
            assert all(len(m.split()) <= MAX_LOCATE_WORDS for m in event["mentions"]), event["id"]
