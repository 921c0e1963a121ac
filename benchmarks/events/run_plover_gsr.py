"""Score the event coder on the English PLOVER gold standard records.

    .venv/bin/python benchmarks/events/run_plover_gsr.py [--limit N]

Reads ../shared/corpora/plover-gsr/PLOVER_GSR_CAMEO.txt (CC BY-SA 4.0; v0.5b1 labels mapped
to PLOVER 0.8), runs chronist's pipeline on each sentence as a one-sentence document, and
writes benchmarks/events/results/plover_gsr_en.{json,md}: type accuracy of the top event,
type recall over all events, source/target country accuracy (exact set and overlap; state
actors only) and a confusion table. Gold dates are all 2000-01-01, so dates are not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from scoring import (
    Tally,
    confusion_markdown,
    gold_countries,
    has_type,
    pick,
    plover_reading,
    predicted_countries,
    v08,
)

from chronist.document import Document
from chronist.events import EventCoder
from chronist.pipeline import default_pipeline

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1].parent / "shared" / "corpora" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


def run(language: str, texts: list[str]) -> list[list[dict]]:
    pipeline = default_pipeline(language, skip=("events",))
    coder = EventCoder(language)
    results = []
    for text in texts:
        doc = Document(text=text, language=language)
        pipeline(doc)
        results.append([e.as_dict() for e in coder.code(doc)])
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if not GOLD.exists():
        print(f"gold records not found: {GOLD}", file=sys.stderr)
        return 1
    records = [r for r in json.loads(GOLD.read_text(encoding="utf-8")) if r.get("text")]
    if args.limit:
        records = records[: args.limit]
    started = time.perf_counter()
    predictions = run("en", [r["text"] for r in records])
    elapsed = time.perf_counter() - started
    tally = Tally()
    rows = []
    for record, raw in zip(records, predictions, strict=True):
        events = plover_reading(raw)
        gold_type = v08(record["event"])
        top, same = pick(events, gold_type)
        tally.n += 1
        tally.no_event += top is None
        tally.type_top += has_type(top, gold_type)
        tally.type_any += same is not None
        tally.confusion[(gold_type, top["type"] if top else "-")] += 1
        chosen = same or top
        gold_source = gold_countries(record.get("source"))
        gold_target = gold_countries(record.get("target"))
        tally.roles(gold_source, predicted_countries(chosen and chosen["source"]), "source")
        tally.roles(gold_target, predicted_countries(chosen and chosen["target"]), "target")
        rows.append(
            {
                "id": record["id"],
                "gold": [gold_type, sorted(gold_source), sorted(gold_target)],
                "predicted": [
                    [e["type"], sorted(predicted_countries(e["source"])),
                     sorted(predicted_countries(e["target"])), e["trigger"]["text"]]
                    for e in events
                ],
            }
        )  # fmt: skip
    summary = tally.summary() | {"seconds": round(elapsed, 1)}
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "plover_gsr_en.json").write_text(
        json.dumps({"summary": summary, "records": rows}, indent=1), encoding="utf-8"
    )
    (out / "plover_gsr_en.md").write_text(
        "# PLOVER GSR (English)\n\n```\n"
        + json.dumps(summary, indent=1)
        + "\n```\n\nConfusion (gold type x type of the top event):\n\n"
        + confusion_markdown(tally.confusion)
        + "\n",
        encoding="utf-8",
    )
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
