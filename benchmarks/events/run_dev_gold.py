"""Score the event coder on chronist's dev gold (German; English page sentences if present).

    .venv/bin/python benchmarks/events/run_dev_gold.py [--lang de]

Gold files (ours, CC BY-SA 4.0): gold_<lang>_translations.yaml (sentences with text and a
publication date) and gold_<lang>_pages.yaml (a news page in ../shared/corpora/news-pages
plus a few words that locate the sentence in chronist's ingested text). Each sentence runs
through chronist's pipeline (a page as a whole article, so narrative time applies) and is
scored on the events whose trigger lies in it: type of the top event, type recall,
source/target state countries (exact set; overlap) and date (predicted date starts with the
gold date; items with a null gold date are not scored), factuality of the event of the gold
type, and items of type NONE (sentences that must code no event: other senses of trigger
words). Writes results/dev_<lang>.{json,md}; `--gold FILE` scores other gold files (the
blind probes in probe/) and names the results after the first.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from scoring import (
    Tally,
    confusion_markdown,
    date_matches,
    has_type,
    pick,
    plover_reading,
    predicted_countries,
)

from chronist.document import Document
from chronist.events import EventCoder
from chronist.ingest import read_articles, to_document
from chronist.pipeline import default_pipeline

HERE = Path(__file__).resolve().parent
PAGES = HERE.parents[1].parent / "shared" / "corpora" / "news-pages"
NO_EVENT = "NONE"  # gold type of a sentence that must code no event (a probe of precision)


class Runner:
    def __init__(self, language: str) -> None:
        self.language = language
        self.pipeline = default_pipeline(language, skip=("events",))
        self.coder = EventCoder(language)
        self._pages: dict[str, Document] = {}

    def analyse(self, doc: Document) -> list[dict[str, Any]]:
        self.pipeline(doc)
        return [e.as_dict() for e in self.coder.code(doc)]

    def sentence_events(self, item: dict[str, Any], published: str | None) -> list[dict] | None:
        if "text" in item:
            doc = Document(text=item["text"], language=self.language, published=published)
            return self.analyse(doc)
        doc, events = self._page(item["page"])
        start = doc.text.find(item["locate"])
        if start < 0:
            return None
        sentence = next(s for s in doc.analysis.sents if s.start_char <= start < s.end_char)
        return [
            e
            for e in events
            if any(
                sentence.start_char <= m["trigger"]["start"] < sentence.end_char
                for m in e.get("mentions", [])
            )
        ]

    def _page(self, page: str) -> tuple[Document, list[dict]]:
        if page not in self._pages:
            data = gzip.decompress((PAGES / f"{page}.html.gz").read_bytes())
            article = next(read_articles(data, name=page))
            doc = to_document(article, language=self.language)
            self._pages[page] = (doc, self.analyse(doc))
        return self._pages[page]


def summary_of(events: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [e["type"], sorted(predicted_countries(e["source"])),
         sorted(predicted_countries(e["target"])), e.get("date"),
         e["factuality"], e["trigger"]["text"]]
        for e in events
    ]  # fmt: skip


def score(runner: Runner, path: Path, tally: Tally, rows: list[dict]) -> int:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    unlocated = 0
    for item in spec["items"]:
        events = runner.sentence_events(item, spec.get("published"))
        if events is None:
            unlocated += 1
            continue
        events = plover_reading(events)
        if item["type"] == NO_EVENT:
            tally.no_event_items += 1
            tally.no_event_clean += not events
            rows.append({"id": item["id"], "gold": [NO_EVENT], "predicted": summary_of(events)})
            continue
        top, same = pick(events, item["type"])
        tally.n += 1
        tally.no_event += top is None
        tally.type_top += has_type(top, item["type"])
        tally.type_any += same is not None
        tally.confusion[(item["type"], top["type"] if top else "-")] += 1
        chosen = same or top
        tally.roles(set(item["source"]), predicted_countries(chosen and chosen["source"]), "source")
        tally.roles(set(item["target"]), predicted_countries(chosen and chosen["target"]), "target")
        if same:
            tally.factuality_n += 1
            tally.factuality_ok += same["factuality"] == item.get("factuality", "asserted")
        if item.get("date"):
            tally.date_n += 1
            tally.date_ok += bool(chosen and date_matches(chosen.get("date"), item["date"]))
        rows.append(
            {
                "id": item["id"],
                "gold": [item["type"], item["source"], item["target"], item.get("date")],
                "predicted": summary_of(events),
            }
        )  # fmt: skip
    return unlocated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="de")
    parser.add_argument(
        "--gold",
        type=Path,
        action="append",
        help="score these gold files instead of gold_<lang>_*.yaml (repeatable); "
        "results go to results/<first file's stem>.{json,md}",
    )
    args = parser.parse_args()
    files = args.gold or sorted(HERE.glob(f"gold_{args.lang}_*.yaml"))
    missing = [str(path) for path in files if not path.exists()]
    if not files or missing:
        print(f"no gold files for {args.lang}: {' '.join(missing)}", file=sys.stderr)
        return 1
    name = files[0].stem if args.gold else f"dev_{args.lang}"
    runner = Runner(args.lang)
    started = time.perf_counter()
    summaries = {}
    all_tally, all_rows, unlocated = Tally(), [], 0
    for path in files:
        tally, rows = Tally(), []
        if "pages" in path.name and not PAGES.exists():
            continue
        unlocated += score(runner, path, tally, rows)
        summaries[path.stem] = tally.summary()
        all_rows += rows
        score_into(all_tally, tally)
    summary = all_tally.summary() | {
        "unlocated": unlocated,
        "seconds": round(time.perf_counter() - started, 1),
    }
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    result = {"summary": summary, "parts": summaries, "records": all_rows}
    (out / f"{name}.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    (out / f"{name}.md").write_text(
        f"# Dev gold ({args.lang})\n\n```\n"
        + json.dumps({"all": summary, **summaries}, indent=1)
        + "\n```\n\nConfusion (gold type x type of the top event):\n\n"
        + confusion_markdown(all_tally.confusion)
        + "\n",
        encoding="utf-8",
    )
    print(json.dumps({"all": summary, **summaries}, indent=1))
    return 0


def score_into(total: Tally, part: Tally) -> None:
    for name, value in vars(part).items():
        if name == "confusion":
            total.confusion.update(value)
        else:
            setattr(total, name, getattr(total, name) + value)


if __name__ == "__main__":
    raise SystemExit(main())
