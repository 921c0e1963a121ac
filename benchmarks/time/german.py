"""German temporal tagging on real news pages: our gold set, scored.

benchmarks/time/gold-de.tsv holds, per expression, the page id, the publication
date ingestion gave the page, offsets, the expression text, its occurrence index,
TIMEX3 type and value (annotation rules: benchmarks/time/README.md). No page text
is stored: the pages are re-read from ../shared/corpora/news-pages through
chronist.ingest. Each page runs through the nlp and time stages (as in
`chronist extract`); `--no-nlp` runs the tagger alone on simple sentences.
Splits: `dev` pages were read while writing the rules, `test` pages were not.

    .venv/bin/python benchmarks/time/german.py [--split dev|test|all] [--no-nlp] [--errors N]

Prints a table per split; writes benchmarks/time/results-german.json (figures only).
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from pathlib import Path

from pages import CORPUS, locate, paragraph_prints, read_page
from scoring import Score, Timex, table

from chronist.time import TimeTagger, build_stage, load_lexicon
from chronist.time.publication import published_value

HERE = Path(__file__).resolve().parent


def load_gold(path: Path) -> dict[str, list[dict[str, str]]]:
    pages: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            pages[row["page"]].append(row)
    return pages


def load_prints(path: Path) -> dict[str, set[str]]:
    prints: dict[str, set[str]] = defaultdict(set)
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                prints[row["page"]].add(row["paragraph"])
    return prints


def system_times(
    page: str, published: str, use_nlp: bool, stages: dict, known: set[str]
) -> tuple[str, list[Timex], int]:
    """The page's text and the system's expressions in the paragraphs the gold set
    annotated (ingestion may since have added text, e.g. a lead), and how many
    expressions fell in unannotated paragraphs."""
    doc = read_page(page, stages["corpus"])
    doc.published = published or doc.published
    if use_nlp:
        doc = stages["time"](stages["nlp"](doc))
        times = doc.times
    else:
        times = stages["tagger"].tag(doc.text, published_value(doc.published))
    prints = paragraph_prints(doc)
    spans = [(p.start, p.end) for p, h in zip(doc.paragraphs, prints, strict=True)
             if not known or h in known]
    kept = [t for t in times if any(s <= t.start < e for s, e in spans)]
    found = [Timex(t.start, t.end, t.type, t.value, t.text) for t in kept]
    return doc.text, found, len(times) - len(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=HERE / "gold-de.tsv")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--split", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--no-nlp", action="store_true", help="tagger only, no spaCy")
    parser.add_argument("--errors", type=int, default=0, help="print N errors")
    args = parser.parse_args()
    stages: dict = {"corpus": args.corpus, "tagger": TimeTagger(load_lexicon("de"))}
    prints = load_prints(args.gold.with_name(args.gold.stem + "-paragraphs.tsv"))
    unannotated = gone = 0
    if not args.no_nlp:
        from chronist.nlp import build_stage as build_nlp

        stages["nlp"], stages["time"] = build_nlp("de"), build_stage("de")
    scores: dict[str, Score] = defaultdict(Score)
    began = time.perf_counter()
    for page, rows in load_gold(args.gold).items():
        split = rows[0]["split"]
        if args.split != "all" and split != args.split:
            continue
        text, system, outside = system_times(
            page, rows[0]["published"], not args.no_nlp, stages, prints.get(page, set())
        )
        unannotated += outside
        gold = []
        taken: set[tuple[int, int]] = set()
        for row in rows:
            span = locate(text, row["text"], int(row["start"]), int(row["occurrence"]),
                          row.get("left", ""), row.get("right", ""))
            if span is None:
                gone += 1  # ingestion no longer keeps this text
                continue
            if span in taken:
                gone += 1
                continue
            taken.add(span)
            gold.append(Timex(*span, row["type"], row["value"], row["text"]))
        for name in (split, "all"):
            scores[name].add(gold, system, page)
    seconds = time.perf_counter() - began
    rows = [(name, scores[name].figures()) for name in ("dev", "test", "all") if name in scores]
    print(table(rows))
    print(f"{seconds:.1f} s; ingestion changes since annotation: {gone} gold expressions "
          f"no longer in the text, {unannotated} system expressions in new paragraphs; "
          "both left out")
    for error in scores["all"].errors[: args.errors]:
        print(json.dumps(error, ensure_ascii=False))
    result = {"gold": args.gold.name, "nlp": not args.no_nlp, **dict(rows)}
    (HERE / "results-german.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
