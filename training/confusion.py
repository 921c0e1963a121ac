"""Where chronist's German UPOS and lemmas differ from a UD treebank: confusion tables.

    python training/confusion.py ../shared/corpora/ud-german-gsd/de_gsd-ud-dev.conllu
    python training/confusion.py FILE --sentences 400:500 --top 25

For every (gold UPOS -> predicted UPOS) pair: the count and the most frequent
(form, STTS tag, relation) triples; for lemmas: the most frequent
(form, predicted lemma, gold lemma) errors by gold UPOS. Use it on development data only
(GSD dev, PUD 401-500), never on
the held-out PUD 501-1000. Tokens are aligned by character offsets, as in evaluate.py.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from corpora import conllu_sentences, ud_docs  # type: ignore[import-not-found]
from evaluate import NOT_IN_UD  # type: ignore[import-not-found]
from spacy.training import Example

from chronist.nlp import load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("conllu", type=Path)
    parser.add_argument("--sentences", default=":", help="a slice of the sentences, e.g. 400:500")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--examples", type=int, default=8)
    args = parser.parse_args()
    first, _, last = args.sentences.partition(":")
    blocks = conllu_sentences(args.conllu)[int(first or 0) : int(last) if last else None]
    nlp = load("de")
    gold_docs = ud_docs(blocks)
    disable = [n for n in NOT_IN_UD if n in nlp.pipe_names]
    predicted = nlp.pipe((d.text for d in gold_docs), disable=disable)
    upos: Counter[tuple[str, str]] = Counter()
    upos_words: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    lemmas: Counter[str] = Counter()
    lemma_words: dict[str, Counter[str]] = defaultdict(Counter)
    total = misaligned = 0
    for pred_doc, gold_doc in zip(predicted, gold_docs, strict=True):
        eg = Example(pred_doc, gold_doc)
        for gold in gold_doc:
            if gold.is_space:
                continue
            total += 1
            aligned = eg.alignment.y2x[gold.i]
            if len(aligned) != 1 or len(eg.alignment.x2y[int(aligned[0])]) != 1:
                misaligned += 1
                continue
            pred = pred_doc[int(aligned[0])]
            if pred.pos_ != gold.pos_:
                key = (gold.pos_, pred.pos_)
                upos[key] += 1
                upos_words[key][f"{pred.text}/{pred.tag_}/{pred.dep_}"] += 1
            if " " not in gold.lemma_ and pred.lemma_ != gold.lemma_:
                lemmas[gold.pos_] += 1
                lemma_words[gold.pos_][f"{pred.text}: {pred.lemma_} -> {gold.lemma_}"] += 1
    print(f"tokens {total}, misaligned {misaligned}")
    print(f"UPOS errors {sum(upos.values())} (gold -> predicted)")
    for key, count in upos.most_common(args.top):
        words = ", ".join(f"{w} {n}" for w, n in upos_words[key].most_common(args.examples))
        print(f"  {key[0]:>6} -> {key[1]:<6} {count:4}  {words}")
    print(f"lemma errors {sum(lemmas.values())} (by gold UPOS)")
    for pos, count in lemmas.most_common(args.top):
        words = "; ".join(f"{w} ({n})" for w, n in lemma_words[pos].most_common(args.examples))
        print(f"  {pos:>6} {count:4}  {words}")


if __name__ == "__main__":
    main()
