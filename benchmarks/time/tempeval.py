"""English temporal tagging on TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT), evaluation only.

Reads the archive in ../shared/corpora/tempeval3-tbaq-en, tags each document's
TEXT with chronist's English rules anchored at the document creation time
(DCT), and scores extents and values against the gold TIMEX3s (the DCT itself
excluded). HeidelTime's published TempEval-3 figure is ~0.78 value F1.

    .venv/bin/python benchmarks/time/tempeval.py [--corpus DIR] [--errors N]

Prints a table; writes benchmarks/time/results-tempeval.json (figures only).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

from scoring import Score, Timex, table

from chronist.document import Document
from chronist.time import TimeTagger, build_stage, load_lexicon
from chronist.time.values import parse_iso

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpora" / "tempeval3-tbaq-en"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def documents(archive: Path) -> Iterator[tuple[str, str, str, list[Timex]]]:
    """(name, DCT value, plain TEXT, gold TIMEX3s with offsets into that text)."""
    with tarfile.open(archive) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith(".tml"):
                continue
            raw = tar.extractfile(member).read().decode("utf-8")
            dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
            body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
            if not dct or not body:
                continue
            text, gold = _strip(body.group(1))
            yield Path(member.name).name, dct.group(1), text, gold


def _strip(markup: str) -> tuple[str, list[Timex]]:
    pieces: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(pieces)[start:length]
            gold.append(Timex(start, length, attrs.get("type", ""), attrs.get("value"), text))
            open_timex = None
    pieces.append(html.unescape(markup[position:]))
    return "".join(pieces), gold


time_stage = build_stage("en")


def _nlp_stage():
    from chronist.nlp import build_stage as build_nlp

    return build_nlp("en")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", type=int, default=0, help="print N errors")
    parser.add_argument("--nlp", action="store_true",
                        help="run chronist's English nlp stage first (sentences, verb tenses)")
    args = parser.parse_args()
    tagger = TimeTagger(load_lexicon("en"))
    nlp = _nlp_stage() if args.nlp else None
    score = Score()
    began = time.perf_counter()
    count = 0
    for name, dct, text, gold in documents(args.corpus / "TBAQ-cleaned.tar.gz"):
        if nlp is None:
            times = tagger.tag(text, parse_iso(dct))
        else:
            doc = nlp(Document(text=text, language="en", published=dct[:10]))
            times = time_stage(doc).times
        system = [Timex(t.start, t.end, t.type, t.value, t.text) for t in times]
        score.add(gold, system, name)
        count += 1
    seconds = time.perf_counter() - began
    figures = score.figures()
    print(table([("tempeval3-en", figures)]))
    print(f"{count} documents in {seconds:.1f} s")
    for error in score.errors[: args.errors]:
        print(json.dumps(error, ensure_ascii=False))
    result = {"corpus": "tempeval3-tbaq-en", "documents": count, "nlp": args.nlp, **figures}
    (HERE / "results-tempeval.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
