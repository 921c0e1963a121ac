"""Draft gold annotations for one page: the linker's mentions per paragraph, to be
corrected by hand before they go into tests/data/actors_gold.yaml.

    .venv/bin/python benchmarks/actors/draft.py de/DW_2023_06_05.html.gz de [--show]

Writes YAML to stdout (locating words + offsets only); --show prints the paragraphs
to stderr for the annotator (never into the gold file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS, load_document  # noqa: E402

LOCATE_WORDS = 6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("language")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    doc = load_document(CORPUS, {"file": args.file, "language": args.language})
    paragraphs = []
    for index, p in enumerate(doc.paragraphs):
        if p.kind not in ("body", "title", "heading"):
            continue
        text = doc.text[p.start:p.end]
        mentions = [
            {"at": m.start - p.start, "text": m.text, "entity": m.entity, "country": m.country,
             "sector": m.sector}
            for m in doc.actor_mentions
            if p.start <= m.start < p.end and m.kind != "place" and m.type != "PLACE"
        ]
        if args.show:
            print(f"\n[{index}] {text}", file=sys.stderr)
            for m in mentions:
                print(f"    {m}", file=sys.stderr)
        paragraphs.append({"locate": " ".join(text.split()[:LOCATE_WORDS]), "index": index,
                           "mentions": mentions})
    page = {"file": args.file, "language": args.language, "published": doc.published,
            "paragraphs": paragraphs}
    yaml.safe_dump(page, sys.stdout, allow_unicode=True, sort_keys=False, width=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
