"""The German (or English) `nlp` stage's full output on the news pages, for comparing two trees.

A speed change must leave the analyses as they were. This script runs `chronist.nlp`
(from PYTHONPATH, i.e. the tree under test) one document at a time on the news pages
speed.py reads and writes, per document, every token's text, offset, whitespace, tag,
UPOS, lemma, morphology, head, relation and sentence start, and the entities (start, end,
label) as JSON lines; `--compare OLD NEW` then counts the documents and tokens whose
analyses differ and exits 1 on any difference (it prints positions, never text).

    PYTHONPATH=<old tree>/src python benchmarks/nlp/nlp_identity.py --out /tmp/old.jsonl
    PYTHONPATH=<new tree>/src python benchmarks/nlp/nlp_identity.py --out /tmp/new.jsonl
    python benchmarks/nlp/nlp_identity.py --compare /tmp/old.jsonl /tmp/new.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import DEFAULT_CORPUS, news_texts  # noqa: E402


def analyses(doc) -> dict:  # noqa: ANN001 (a spaCy Doc)
    tokens = [
        [t.text, t.idx, t.whitespace_, t.tag_, t.pos_, t.lemma_, str(t.morph), t.head.i,
         t.dep_, bool(t.is_sent_start)]
        for t in doc
    ]  # fmt: skip
    return {"tokens": tokens, "ents": [[e.start, e.end, e.label_] for e in doc.ents]}


def write(language: str, pages: int, out: Path) -> None:
    from chronist.nlp import analyse_with, load

    nlp = load(language)
    with out.open("w", encoding="utf-8") as handle:
        for text in news_texts(DEFAULT_CORPUS, language, pages):
            handle.write(json.dumps(analyses(analyse_with(nlp, text)), ensure_ascii=False) + "\n")


def compare(old: Path, new: Path) -> int:
    """Number of documents whose analyses differ (positions printed, no text)."""
    old_docs = old.read_text(encoding="utf-8").splitlines()
    new_docs = new.read_text(encoding="utf-8").splitlines()
    if len(old_docs) != len(new_docs):
        print(f"document counts differ: {len(old_docs)} vs {len(new_docs)}")
        return max(len(old_docs), len(new_docs))
    differing = tokens = 0
    for n, (a, b) in enumerate(zip(old_docs, new_docs, strict=True)):
        if a == b:
            continue
        differing += 1
        first, second = json.loads(a), json.loads(b)
        # Token lists of different lengths: compared up to the shorter one.
        pairs = zip(first["tokens"], second["tokens"], strict=False)
        diff = [i for i, (x, y) in enumerate(pairs) if x != y]
        tokens += len(diff)
        print(f"document {n}: {len(diff)} tokens differ (first at {diff[:5]}), "
              f"token counts {len(first['tokens'])}/{len(second['tokens'])}, "
              f"entities equal: {first['ents'] == second['ents']}")
    total = sum(len(json.loads(d)["tokens"]) for d in old_docs)
    print(f"{len(old_docs)} documents, {total} tokens: {differing} documents and "
          f"{tokens} tokens differ")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--language", default="de")
    parser.add_argument("--pages", type=int, default=0, help="at most N pages (0: all)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)
    if args.out is None:
        parser.error("--out or --compare is required")
    write(args.language, args.pages, args.out)


if __name__ == "__main__":
    main()
