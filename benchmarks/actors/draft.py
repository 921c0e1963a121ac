"""Draft gold annotations for one page: the linker's mentions per paragraph, to be
corrected by hand before they go into tests/data/actors_gold.yaml.

    .venv/bin/python benchmarks/actors/draft.py de/DW_2023_06_05.html.gz de [--show]

Writes YAML to stdout (locating words + offsets only); --show prints the paragraphs
to stderr for the annotator (never into the gold file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS, load_document, occurrences  # noqa: E402

LOCATE_WORDS = 6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("language")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--paragraphs", type=int, nargs="*", help="paragraph indices to keep")
    args = parser.parse_args()
    doc = load_document(CORPUS, {"file": args.file, "language": args.language})
    paragraphs = []
    for index, p in enumerate(doc.paragraphs):
        if p.kind not in ("body", "title", "heading"):
            continue
        if args.paragraphs and index not in args.paragraphs:
            continue
        text = doc.text[p.start:p.end]
        mentions = [
            {"text": m.text,
             "n": occurrences(doc.text, m.text, p.start, p.end).index(m.start)
             if m.start in occurrences(doc.text, m.text, p.start, p.end) else 0,
             "entity": m.entity,
             "country": m.country, "sector": m.sector}
            for m in doc.actor_mentions
            if p.start <= m.start < p.end and m.kind != "place" and m.type != "PLACE"
        ]
        if args.show:
            print(f"\n[{index}] {text}", file=sys.stderr)
        paragraphs.append({"locate": " ".join(text.split(" ")[:LOCATE_WORDS]),
                           "mentions": mentions})
    print(f"- file: {args.file}\n  language: {args.language}\n  paragraphs:")
    for paragraph in paragraphs:
        print(f"  - locate: {json.dumps(paragraph['locate'], ensure_ascii=False)}")
        print("    mentions:")
        for m in paragraph["mentions"]:
            fields = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}"
                               for k, v in m.items() if v is not None and (k != "n" or v))
            print(f"    - {{{fields}}}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
