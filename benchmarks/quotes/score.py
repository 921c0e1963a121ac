"""Quotes and quantities against a hand-made gold set on real news pages.

The gold (benchmarks/quotes/gold-<lang>.yaml) names a page of ../shared/corpora/news-pages
and, per quote or quantity, the few words that locate it (`at`, with `n` for the n-th
occurrence) plus our annotation; it holds no article text. The scorer re-reads each page
through chronist's ingestion, runs nlp (+ actors when registered) + quotes + quantities, and
compares:

- quotes: a predicted quote matches a gold one of the same kind when the gold location lies
  inside it; precision/recall per kind and overall, and speaker accuracy over matched quotes
  with a gold speaker (names compared case-insensitively; a surname alone matches the full
  name);
- quantities: a predicted quantity matches when the spans overlap; precision/recall, then
  value accuracy, unit accuracy and `counts` accuracy over matches.

    .venv/bin/python benchmarks/quotes/score.py [--corpus DIR] [--lang de|en] [--errors]
    .venv/bin/python benchmarks/quotes/score.py --draft de/WAZ_2023_06_29.html.gz

Writes benchmarks/quotes/results.json (figures only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chronist.document import Document
from chronist.errors import ChronistError
from chronist.ingest import to_document
from chronist.ingest.html import parse_html
from chronist.pipeline import STAGE_FACTORIES, _factory

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1].parent / "shared" / "corpora" / "news-pages"
# Stages the quote and quantity stages need, in pipeline order (actors only once it exists).
NEEDED = ("nlp", "actors", "quotes", "quantities")


def build_pipeline(language: str) -> list[Any]:
    stages = []
    for name in NEEDED:
        spec = STAGE_FACTORIES.get(name)
        if spec is None and name in ("quotes", "quantities"):
            spec = f"chronist.{name}:build_stage"
        if spec is None:
            continue
        try:
            stages.append(_factory(spec)(language))
        except ChronistError as error:
            if name != "actors":
                raise
            # Quotes degrade to speaker names from the text when the actor layer is absent.
            print(f"note: running without actors ({error})", file=sys.stderr)
            stages.append(_NoActors())
    return stages


class _NoActors:
    name = "actors"

    def __call__(self, doc: Document) -> Document:
        return doc


def load_document(corpus: Path, page: str, language: str) -> Document:
    html = gzip.decompress((corpus / page).read_bytes()).decode("utf-8", errors="replace")
    return to_document(parse_html(html), language=language)


def run(stages: list[Any], doc: Document) -> Document:
    for stage in stages:
        stage(doc)
    return doc


def locate(text: str, at: str, n: int = 1) -> int | None:
    position = -1
    for _ in range(n):
        position = text.find(at, position + 1)
        if position == -1:
            return None
    return position


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, amount: int = 1) -> None:
        self.extra[key] = self.extra.get(key, 0) + amount

    def figures(self) -> dict[str, Any]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out: dict[str, Any] = {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        }
        for key, value in sorted(self.extra.items()):
            out[key] = value
        return out


def same_speaker(gold: str | None, predicted: dict[str, Any] | None) -> bool:
    """The name matches, or the name as the article writes it (`text`)."""
    if predicted and predicted.get("text") and _same_name(gold, predicted["text"]):
        return True
    return _same_name(gold, (predicted or {}).get("name"))


def _same_name(gold: str | None, name: str | None) -> bool:
    if gold is None or name is None:
        return gold is None and name is None
    g, p = gold.casefold().split(), str(name).casefold().split()
    if not g or not p:
        return False
    # A surname alone matches the full name; a genitive ending ("Landesamtes") its base form.
    same_last = g[-1] == p[-1] or (len(g[-1]) > 4 and p[-1].startswith(g[-1]))
    return same_last or " ".join(g) in " ".join(p) or " ".join(p) in " ".join(g)


def score_quotes(doc: Document, gold: list[dict[str, Any]], tallies: dict[str, Tally],
                 errors: list[str]) -> None:
    used: set[int] = set()
    for kind in ("direct", "indirect", "all"):
        tallies[kind].predicted += sum(1 for q in doc.quotes if kind in ("all", q.kind))
    for entry in gold:
        offset = locate(doc.text, entry["at"], entry.get("n", 1))
        kind = entry["kind"]
        for key in (kind, "all"):
            tallies[key].gold += 1
        if offset is None:
            errors.append(f"  gold not found: {entry['at']!r}")
            continue
        match = next((i for i, q in enumerate(doc.quotes) if i not in used
                      and q.kind == kind and _inside(offset, q)), None)
        if match is None:
            errors.append(f"  missed {kind}: {entry['at']!r} ({entry.get('speaker')})")
            continue
        used.add(match)
        quote = doc.quotes[match]
        for key in (kind, "all"):
            tallies[key].matched += 1
            if "speaker" in entry:
                tallies[key].add("speaker_gold")
                if same_speaker(entry["speaker"], quote.speaker):
                    tallies[key].add("speaker_right")
        if "speaker" in entry and not same_speaker(entry["speaker"], quote.speaker):
            errors.append(f"  speaker {entry['at']!r}: gold {entry['speaker']!r}, "
                          f"got {(quote.speaker or {}).get('name')!r}")
    for i, quote in enumerate(doc.quotes):
        if i not in used:
            errors.append(f"  extra {quote.kind}: {quote.text[:60]!r} "
                          f"({(quote.speaker or {}).get('name')}) [{quote.attributes.get('rule')}]")


def _inside(offset: int, quote: Any) -> bool:
    return quote.start <= offset < max(quote.end, quote.start + 1)


def score_quantities(doc: Document, gold: list[dict[str, Any]], tally: Tally,
                     errors: list[str]) -> None:
    used: set[int] = set()
    tally.predicted += len(doc.quantities)
    for entry in gold:
        tally.gold += 1
        offset = locate(doc.text, entry["at"], entry.get("n", 1))
        if offset is None:
            errors.append(f"  gold quantity not found: {entry['at']!r}")
            continue
        end = offset + len(entry["at"])
        match = next((i for i, q in enumerate(doc.quantities)
                      if i not in used and q.start < end and offset < q.end), None)
        if match is None:
            errors.append(f"  missed quantity: {entry['at']!r}")
            continue
        used.add(match)
        quantity = doc.quantities[match]
        tally.matched += 1
        checks = {
            "value_right": _same_value(entry["value"], quantity.value),
            "unit_right": entry.get("unit") == quantity.unit,
            "counts_right": entry.get("counts") == quantity.attributes.get("counts"),
        }
        for key, right in checks.items():
            tally.add(key, int(right))
        if not all(checks.values()):
            errors.append(f"  quantity {entry['at']!r}: gold {entry['value']} {entry.get('unit')} "
                          f"{entry.get('counts')}, got {quantity.value} {quantity.unit} "
                          f"{quantity.attributes.get('counts')}")
    for i, quantity in enumerate(doc.quantities):
        if i not in used:
            errors.append(f"  extra quantity: {quantity.text!r}")


def _same_value(gold: float, predicted: float | None) -> bool:
    return predicted is not None and abs(float(gold) - float(predicted)) <= 1e-6 * max(
        1.0, abs(float(gold)))


def score(corpus: Path, language: str, show_errors: bool, split: str = "gold") -> dict[str, Any]:
    gold = yaml.safe_load((HERE / f"{split}-{language}.yaml").read_text("utf-8"))
    stages = build_pipeline(language)
    tallies = {kind: Tally() for kind in ("direct", "indirect", "all")}
    quantities = Tally()
    started = time.perf_counter()
    for page in gold["pages"]:
        doc = run(stages, load_document(corpus, page["page"], language))
        errors: list[str] = []
        # A page annotated for one layer only is not scored on the other.
        if "quotes" in page:
            score_quotes(doc, page["quotes"], tallies, errors)
        if "quantities" in page:
            score_quantities(doc, page["quantities"], quantities, errors)
        if show_errors and errors:
            print(page["page"], file=sys.stderr)
            print("\n".join(errors), file=sys.stderr)
    figures: dict[str, Any] = {"pages": len(gold["pages"]),
                               "seconds": round(time.perf_counter() - started, 1)}
    for kind, tally in tallies.items():
        figures[f"quotes_{kind}"] = tally.figures()
        right, total = tally.extra.get("speaker_right", 0), tally.extra.get("speaker_gold", 0)
        figures[f"quotes_{kind}"]["speaker_accuracy"] = round(right / total, 3) if total else None
    figures["quantities"] = quantities.figures()
    matched = quantities.matched or 1
    for key in ("value_right", "unit_right", "counts_right"):
        figures["quantities"][key.replace("_right", "_accuracy")] = round(
            quantities.extra.get(key, 0) / matched, 3)
    return figures


def draft(corpus: Path, page: str) -> None:
    """Print a gold draft for a page from the current system output (to be corrected by
    reading the page: add misses, delete false hits, fix speakers)."""
    language = "de" if page.split("/")[0] in ("de", "at", "ch") else "en"
    doc = run(build_pipeline(language), load_document(corpus, page, language))
    entries = {"page": page, "quotes": [], "quantities": []}
    for quote in doc.quotes:
        entries["quotes"].append({"at": " ".join(quote.text.split()[:4]), "kind": quote.kind,
                                  "speaker": (quote.speaker or {}).get("name")})
    for quantity in doc.quantities:
        entry = {"at": quantity.text, "value": quantity.value, "unit": quantity.unit}
        if quantity.attributes.get("counts"):
            entry["counts"] = quantity.attributes["counts"]
        entries["quantities"].append(entry)
    print(yaml.safe_dump([entries], allow_unicode=True, sort_keys=False, width=200))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--lang", choices=("de", "en"), action="append")
    parser.add_argument("--errors", action="store_true", help="list misses and false hits")
    parser.add_argument("--draft", metavar="PAGE", help="print a gold draft for one page")
    parser.add_argument("--split", choices=("gold", "test"), default="gold",
                        help="gold: the dev set the rules were tuned on; test: held out")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus}")
    if args.draft:
        draft(args.corpus, args.draft)
        return
    results = {lang: score(args.corpus, lang, args.errors, args.split)
               for lang in args.lang or ("de", "en")}
    print(json.dumps(results, indent=2))
    if not args.lang:
        name = "results.json" if args.split == "gold" else "results-test.json"
        (HERE / name).write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
