"""German NER errors by kind on development data (never the held-out sets).

    python training/ner_errors.py de-ner-dev [--examples 15]

Every gold or predicted PER/LOC/ORG entity that is not matched exactly falls in one
kind: `label` (same span, other label), `boundary` (overlapping span, same label),
`boundary+label`, `missed` (no predicted entity overlaps) or `spurious` (no gold entity
overlaps). Gold labels are mapped with the language's entity-label table, as in
evaluate.py; gold MISC (OTH, LOCderiv) counts as "no entity" for spurious predictions.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from evaluate import NER_LABELS, pipeline, predict, read  # type: ignore[import-not-found]

from chronist.nlp.datafiles import entity_labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="e.g. de-ner-dev")
    parser.add_argument("--examples", type=int, default=12)
    args = parser.parse_args()
    language = args.corpus.split("-")[0]
    nlp = pipeline(language, None)
    table = entity_labels(language)
    examples, _ = predict(nlp, read(args.corpus, nlp), ud=False)
    kinds: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for eg in examples:
        gold = [(e.start_char, e.end_char, table.get(e.label_, "MISC"), e.text)
                for e in eg.reference.ents]
        pred = [(e.start_char, e.end_char, e.label_, e.text) for e in eg.predicted.ents]
        exact = {g[:3] for g in gold} & {p[:3] for p in pred}
        for g in gold:
            if g[2] not in NER_LABELS or g[:3] in exact:
                continue
            overlap = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if not overlap:
                kind = f"missed {g[2]}"
            elif any((p[0], p[1]) == (g[0], g[1]) for p in overlap):
                kind = f"label {g[2]}->{overlap[0][2]}"
            elif any(p[2] == g[2] for p in overlap):
                kind = f"boundary {g[2]}"
            else:
                kind = f"boundary+label {g[2]}->{overlap[0][2]}"
            kinds[kind] += 1
            shown[kind][f"{g[3]} | {' / '.join(p[3] for p in overlap)}"] += 1
        for p in pred:
            if p[2] not in NER_LABELS or p[:3] in exact:
                continue
            overlap = [g for g in gold if g[0] < p[1] and p[0] < g[1]]
            if not overlap:
                kinds[f"spurious {p[2]}"] += 1
                shown[f"spurious {p[2]}"][p[3]] += 1
            elif all(g[2] not in NER_LABELS for g in overlap):
                kind = f"gold MISC, predicted {p[2]}"
                kinds[kind] += 1
                shown[kind][f"{p[3]} | {overlap[0][3]}"] += 1
    for kind, count in kinds.most_common():
        words = "; ".join(f"{w} ({n})" if n > 1 else w
                          for w, n in shown[kind].most_common(args.examples))
        print(f"{count:4}  {kind}: {words}")


if __name__ == "__main__":
    main()
