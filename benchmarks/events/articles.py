"""Whole-article scoring of the event coder on written articles with complete event gold.

    .venv/bin/python benchmarks/events/articles.py [--split dev|heldout|all] [--refresh]

Articles: tests/data/articles/<id>.txt (headline, blank line, paragraphs), the manifest
articles.yaml ({id, language, published, split}) and events_gold.yaml (kind
event-gold-articles: per article every political event with `mentions`, locate strings of
each sentence reporting it, `trigger`, `type`, `also`, `source`, `target` (state countries),
`date`, `factuality`, `optional`). Each article runs through the full pipeline as plain text
with the manifest's date and language. `--articles DIR` scores another such folder; there a
manifest entry may name a real news page (`page: de/BR_2024_08_27`, read from
../shared/corpora/news-pages and ingested as HTML at its own date; skipped without ../shared)
instead of a .txt. Results of another folder go to results/articles-<folder>_<split>.*.

Matching: a predicted event matches a gold event when one of its mention triggers lies in a
sentence located by one of the gold event's mentions and its type (or PLOVER's reading of an
announced act, `plover_reading`) is the gold type or one of `also`. A predicted event may
match several gold events of one sentence: it takes the one whose trigger word it shares,
else one not yet matched. Per language and split:

- precision: predicted events that match a gold event / predicted events, leaving out those
  that match only optional gold events;
- recall: non-optional gold events matched by some predicted event;
- duplicates: further predicted events matching a gold event that another already matches;
- type accuracy: of the non-optional gold events with a predicted event whose trigger lies in
  one of their sentences (the one sharing the gold trigger word, else the most confident),
  those whose type is accepted;
- source/target country exact (as run_dev_gold: the predicted state countries = the gold set,
  scored where the gold names a state), date accuracy (predicted date starts with the gold
  date; null gold dates not scored) and factuality accuracy, on matched pairs.

Results: results/articles_<split>.{json,md}. Held-out articles are measured only: their run
writes the figures, never the per-event records (so nobody reads their errors).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import sys
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from precision import stages_digest
from scoring import date_matches, predicted_countries

from chronist.document import Document
from chronist.events import EventCoder
from chronist.ingest import read_articles, to_document
from chronist.pipeline import default_pipeline

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parents[1] / "tests" / "data" / "articles"
CACHE = Path("/tmp/chronist-articles")
PAGES = HERE.parents[1].parent / "shared" / "corpora" / "news-pages"


# ----------------------------------------------------------------------------- running


def article_bytes(folder: Path, entry: dict[str, Any]) -> bytes:
    """A written article's .txt, or a real news page's HTML (`page:`, read where it lies)."""
    if entry.get("page"):
        return gzip.decompress((PAGES / f"{entry['page']}.html.gz").read_bytes())
    return (folder / f"{entry['id']}.txt").read_bytes()


def analysed(folder: Path, entry: dict[str, Any], refresh: bool) -> Document:
    """The article after every stage but events, cached by its text and the other stages.

    A written article takes the manifest's date; a news page its own (the manifest may
    override it with `published`)."""
    article_id, language = entry["id"], entry["language"]
    published = str(entry["published"]) if entry.get("published") else None
    raw = article_bytes(folder, entry)
    digest = hashlib.sha1(raw + f"{language}:{published}".encode()).hexdigest()[:12]
    cache = CACHE / f"{article_id}_{digest}_{stages_digest()}.pickle"
    if cache.exists() and not refresh:
        return pickle.loads(cache.read_bytes())
    article = next(read_articles(raw, name=entry.get("page") or article_id))
    doc = to_document(article, published=published, language=language)
    default_pipeline(language, skip=("events",))(doc)
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(doc))
    return doc


def pieces(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans as the coder cuts them (no sentence crosses a paragraph edge)."""
    from chronist.events.coder import _paragraph_pieces

    return [(p.start_char, p.end_char) for p in _paragraph_pieces(doc)]


def locate(doc: Document, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences a locate string overlaps (all of them when it runs across one)."""
    start = doc.text.find(text)
    if start < 0:
        start = " ".join(doc.text.split()).find(" ".join(text.split()))
        if start < 0 or " ".join(doc.text.split()) != doc.text:
            return []
    end = start + len(text)
    return [(s, e) for s, e in spans if s < end and start < e]


# ----------------------------------------------------------------------------- scoring


def accepted_types(gold: dict[str, Any]) -> set[str]:
    return {gold["type"], *(gold.get("also") or [])}


def predicted_types(event: dict[str, Any]) -> set[str]:
    reading = event.get("plover_reading")
    return {event["type"]} | ({reading["type"]} if reading else set())


def trigger_starts(event: dict[str, Any]) -> list[int]:
    return [m["trigger"]["start"] for m in event.get("mentions", [])] or [event["trigger"]["start"]]


def trigger_texts(event: dict[str, Any]) -> list[str]:
    return [m["trigger"].get("text", "") for m in event.get("mentions", [])] + [
        event["trigger"]["text"]
    ]


def shares_trigger(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    words = {w.lower() for w in str(gold.get("trigger") or "").split()}
    return any(
        w.lower() in words or any(g.startswith(w.lower()[:5]) for g in words if len(w) >= 5)
        for text in trigger_texts(event)
        for w in text.split()
    )


def in_sentences(event: dict[str, Any], sentences: list[tuple[int, int]]) -> bool:
    return any(s <= t < e for t in trigger_starts(event) for s, e in sentences)


@dataclass
class Tally:
    articles: int = 0
    predicted: int = 0
    predicted_scored: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    duplicates: int = 0
    typed_n: int = 0
    typed_ok: int = 0
    source_n: int = 0
    source_ok: int = 0
    target_n: int = 0
    target_ok: int = 0
    date_n: int = 0
    date_ok: int = 0
    fact_n: int = 0
    fact_ok: int = 0
    unlocated: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if name == "by_type":
                for key, (a, b) in value.items():
                    self.by_type[key][0] += a
                    self.by_type[key][1] += b
            else:
                setattr(self, name, getattr(self, name) + value)

    def summary(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "articles": self.articles,
            "predicted": self.predicted,
            "precision": ratio(self.correct, self.predicted_scored),
            "precision_scored": self.predicted_scored,
            "gold_events": self.gold,
            "recall": ratio(self.found, self.gold),
            "duplicates": self.duplicates,
            "type_accuracy": ratio(self.typed_ok, self.typed_n),
            "type_scored": self.typed_n,
            "source_country_exact": ratio(self.source_ok, self.source_n),
            "source_scored": self.source_n,
            "target_country_exact": ratio(self.target_ok, self.target_n),
            "target_scored": self.target_n,
            "date_accuracy": ratio(self.date_ok, self.date_n),
            "date_scored": self.date_n,
            "factuality_accuracy": ratio(self.fact_ok, self.fact_n),
            "factuality_scored": self.fact_n,
            "unlocated_mentions": self.unlocated,
        }


def brief(event: dict[str, Any]) -> list[Any]:
    return [
        event["type"], event["trigger"]["text"], event["trigger"]["start"],
        sorted(predicted_countries(event.get("source"))),
        sorted(predicted_countries(event.get("target"))),
        event.get("date"), event.get("factuality"),
    ]  # fmt: skip


def best_gold(
    event: dict[str, Any],
    golds: list[dict[str, Any]],
    where: dict[str, list[tuple[int, int]]],
    matched: Mapping[str, Any],
) -> tuple[dict[str, Any] | None, bool]:
    """The gold event a coded event counts for (None: a false event) and whether every gold
    event it could count for is optional. Among the candidates (a mention in the event's
    sentences, an accepted type) one sharing the trigger wins, then one not yet matched."""
    candidates = [
        g for g in golds
        if in_sentences(event, where[g["id"]]) and predicted_types(event) & accepted_types(g)
    ]  # fmt: skip
    if not candidates:
        return None, False
    candidates.sort(
        key=lambda g: (not shares_trigger(event, g), bool(matched.get(g["id"])), g["id"])
    )
    return candidates[0], all(g.get("optional") for g in candidates)


def score_article(
    doc: Document, events: list[dict[str, Any]], golds: list[dict[str, Any]], tally: Tally
) -> dict[str, Any]:
    spans = pieces(doc)
    where: dict[str, list[tuple[int, int]]] = {}
    for gold in golds:
        found = []
        for text in gold.get("mentions") or []:
            located = locate(doc, text, spans)
            tally.unlocated += not located
            found += located
        where[gold["id"]] = found
    matched: dict[str, list[dict[str, Any]]] = defaultdict(list)
    false_events, optional_only = [], []
    for event in events:
        gold, optional = best_gold(event, golds, where, matched)
        if gold is None:
            false_events.append(event)
            continue
        matched[gold["id"]].append(event)
        if optional:
            optional_only.append(event)
    tally.articles += 1
    tally.predicted += len(events)
    tally.predicted_scored += len(events) - len(optional_only)
    tally.correct += sum(len(v) for v in matched.values()) - len(optional_only)
    records = []
    for gold in golds:
        hits = matched.get(gold["id"], [])
        if len(hits) > 1:
            tally.duplicates += len(hits) - 1
        if gold.get("optional"):
            continue
        tally.gold += 1
        tally.found += bool(hits)
        tally.by_type[gold["type"]][1] += 1
        tally.by_type[gold["type"]][0] += bool(hits)
        nearby = [e for e in events if in_sentences(e, where[gold["id"]])]
        if nearby:
            chosen = next(
                (e for e in nearby if shares_trigger(e, gold)),
                max(nearby, key=lambda e: e.get("confidence") or 0),
            )
            tally.typed_n += 1
            tally.typed_ok += bool(predicted_types(chosen) & accepted_types(gold))
        pair = hits[0] if hits else None
        if pair is not None:
            score_pair(pair, gold, tally)
        records.append(
            {
                "gold": gold["id"],
                "want": [gold["type"], gold.get("trigger"), gold.get("source"),
                         gold.get("target"), gold.get("date"), gold.get("factuality")],
                "got": [brief(e) for e in hits] or None,
                "nearby": [brief(e) for e in nearby if e not in hits],
            }
        )  # fmt: skip
    return {
        "golds": records,
        "false": [
            brief(e) + [" ".join(doc.text[e["sentence"]["start"] : e["sentence"]["end"]].split())]
            for e in false_events
        ],
    }


def score_pair(event: dict[str, Any], gold: dict[str, Any], tally: Tally) -> None:
    for role in ("source", "target"):
        want = set(gold.get(role) or [])
        if want:
            setattr(tally, f"{role}_n", getattr(tally, f"{role}_n") + 1)
            ok = predicted_countries(event.get(role)) == want
            setattr(tally, f"{role}_ok", getattr(tally, f"{role}_ok") + ok)
    if gold.get("date"):
        tally.date_n += 1
        tally.date_ok += date_matches(event.get("date"), str(gold["date"]))
    if gold.get("factuality"):
        tally.fact_n += 1
        tally.fact_ok += event.get("factuality") == gold["factuality"]


# ----------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="the article folder")
    args = parser.parse_args()
    folder = args.articles
    manifest = yaml.safe_load((folder / "articles.yaml").read_text(encoding="utf-8"))
    gold_spec = yaml.safe_load((folder / "events_gold.yaml").read_text(encoding="utf-8"))
    golds = {a["id"]: a.get("events") or [] for a in gold_spec["articles"]}
    coders: dict[str, EventCoder] = {}
    tallies: dict[str, Tally] = defaultdict(Tally)
    records: dict[str, Any] = {}
    for article in manifest["articles"]:
        split, language = article["split"], article["language"]
        if args.split != "all" and split != args.split:
            continue
        if article["id"] not in golds:
            print(f"{article['id']}: no gold yet", file=sys.stderr)
            continue
        if article.get("page") and not PAGES.exists():
            print(f"{article['id']}: {PAGES} is missing, skipped", file=sys.stderr)
            continue
        doc = analysed(folder, article, args.refresh)
        coder = coders.setdefault(language, EventCoder(language))
        events = [e.as_dict() for e in coder.code(doc)]
        tally = Tally()
        record = score_article(doc, events, golds[article["id"]], tally)
        tallies[f"{split}/{language}"].add(tally)
        tallies[f"{split}/all"].add(tally)
        if split != "heldout":
            records[article["id"]] = record
    summary = {name: tallies[name].summary() for name in sorted(tallies)}
    stem = "articles" if folder.resolve() == ARTICLES else f"articles-{folder.resolve().name}"
    by_type = {
        name: {t: f"{a}/{b}" for t, (a, b) in sorted(tallies[name].by_type.items())}
        for name in sorted(tallies)
    }
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    result = {"summary": summary, "recall_by_type": by_type}
    if records:
        result["records"] = records
    (out / f"{stem}_{args.split}.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out / f"{stem}_{args.split}.md").write_text(markdown(summary), encoding="utf-8")
    print(json.dumps(summary, indent=1))
    return 0


COLUMNS = (
    ("precision", "precision"), ("recall", "recall"), ("duplicates", "dup"),
    ("type_accuracy", "type"), ("source_country_exact", "source"),
    ("target_country_exact", "target"), ("date_accuracy", "date"),
    ("factuality_accuracy", "factuality"),
)  # fmt: skip


def markdown(summary: dict[str, Any]) -> str:
    lines = [
        "# Whole-article event scores (`benchmarks/events/articles.py`)\n",
        "| set | articles | predicted | gold | " + " | ".join(c for _, c in COLUMNS) + " |",
        "|---" * (4 + len(COLUMNS)) + "|",
    ]
    for name, s in summary.items():
        cells = [str(s[k]) for k, _ in COLUMNS]
        lines.append(
            f"| {name} | {s['articles']} | {s['predicted']} | {s['gold_events']} | "
            + " | ".join(cells) + " |"
        )  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
