"""HTML extraction quality on real news pages (../shared/corpora/news-pages).

For every page in MANIFEST.tsv, run chronist's ingestion (`parse_html` + `to_document`) and
compare with the expectation fundus' tests hold for it:

- title: exact match after whitespace normalisation;
- authors: the same set of names (case-insensitive) as fundus lists;
- date: `document.published` equals the date part of the expected `publishing_date`;
- body: token-level F1 (bag of lower-cased word tokens) between the body and heading
  paragraphs of `document.text` and the expected summary + section headlines + paragraphs
  (captions are compared with nothing: fundus keeps them out of the body too);
- captions: recall of the image captions fundus lists (a caption paragraph with token
  F1 >= 0.8 against it), and the share of our caption paragraphs that match a caption
  or image description fundus lists (a lower bound: fundus does not list every image);
- credit leaks: pages where a photo credit fundus lists for an image (its `authors`)
  still stands at the start or end of a paragraph of `document.text` (inside running
  text a credit's words are often just a name: "said Tanner Fischer, …").

    .venv/bin/python benchmarks/ingest/news_pages.py [--corpus DIR] [--show-worst N]

Prints a table and writes benchmarks/ingest/results.json (figures only, no page text).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from chronist.document import Document
from chronist.errors import InputError
from chronist.ingest import to_document
from chronist.ingest.html import parse_html

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1].parent / "shared" / "corpora" / "news-pages"
GERMAN_COUNTRIES = {"de", "at", "ch"}
_TOKEN = re.compile(r"\w+")
# Credit marks that should never survive in document.text, written independently of
# chronist's own credit patterns (data/ingest/credits.yaml) so as not to grade itself.
CREDIT_MARKS = re.compile(
    r"\b(?:Foto|Fotos|Bild|Photo|Image|Picture|Credit|Credits|Photograph)\s*:|©|/\s*dpa\b"
    r"|\bdpa\s*/|Getty Images|picture alliance|\bIMAGO\b|REUTERS/|/\s*REUTERS\b|/\s*AFP\b"
    r"|\bAFP\s*/|\bAP Photo\b|Shutterstock|\biStock"
)
# A credit shorter than this ("AP", "dpa") ends sentences as an agency name.
_MIN_CREDIT_CHARS = 6
_CAPTION_MATCH_F1 = 0.8


@dataclass(slots=True)
class Page:
    country: str
    file: str
    key: str
    language: str
    path: Path
    expected: dict


@dataclass(slots=True)
class PageScore:
    page: str
    language: str
    title_match: bool
    authors_match: bool
    date_match: bool
    date_found: bool
    body_precision: float
    body_recall: float
    body_f1: float
    credit_leaks: int
    credit_marks: int = 0
    captions_expected: int = 0
    captions_found: int = 0
    captions_ours: int = 0
    captions_ours_matched: int = 0
    error: str | None = None


def load_pages(corpus: Path) -> list[Page]:
    """Every page listed in MANIFEST.tsv with the expectation under its version key."""
    pages: list[Page] = []
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            country, file = row["country"], row["html_file"]
            publisher = file.split("_", 1)[0]
            expectations = json.loads((corpus / country / f"{publisher}.json").read_text("utf-8"))
            key = row["expectation_key_in_<Publisher>.json"]
            language = "de" if country in GERMAN_COUNTRIES else "en"
            pages.append(Page(country, file, key, language, corpus / country / file,
                              expectations[key]))
    return pages


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def token_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the bag of word tokens."""
    got, want = tokens(predicted), tokens(expected)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def expected_body(expected: dict) -> str:
    body = expected.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n\n".join(parts)


def document_body(doc: Document) -> str:
    """The running text and headings of a document, without captions."""
    return "\n\n".join(
        doc.text[p.start : p.end] for p in doc.paragraphs if p.kind in ("body", "heading")
    )


def _normalise(text: str | None) -> str:
    return " ".join((text or "").split())


def _author_set(names: list[str] | None) -> set[str]:
    return {_normalise(name).casefold() for name in names or []}


def credits_of(expected: dict) -> set[str]:
    found: set[str] = set()
    for image in expected.get("images") or []:
        for credit in image.get("authors") or []:
            credit = _normalise(credit)
            if len(credit) >= _MIN_CREDIT_CHARS:
                found.add(credit)
    return found


def paragraph_texts(doc: Document, *kinds: str) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.paragraphs if not kinds or p.kind in kinds]


def credit_leaks(doc: Document, credits: set[str]) -> int:
    paragraphs = paragraph_texts(doc)
    return sum(
        1 for credit in credits
        if any(p.startswith(credit) or p.endswith(credit) for p in paragraphs)
    )


def _matches(text: str, candidates: list[str]) -> bool:
    return any(token_prf(text, c)[2] >= _CAPTION_MATCH_F1 for c in candidates)


def expected_caption(image: dict) -> str:
    """An image's caption as fundus has it, minus the credit fundus lists for the image
    (some publishers' captions include it, chronist cuts it)."""
    caption = _normalise(image.get("caption"))
    for credit in image.get("authors") or []:
        caption = caption.replace(_normalise(credit), " ")
    return _normalise(caption)


def caption_counts(doc: Document, expected: dict) -> tuple[int, int, int, int]:
    """(expected captions, of them found, our caption paragraphs, of them matched)."""
    images = expected.get("images") or []
    wanted = [caption for caption in map(expected_caption, images)
              if len(caption.split()) >= 2]
    known = wanted + [_normalise(i.get("description")) for i in images if i.get("description")]
    ours = paragraph_texts(doc, "caption")
    found = sum(_matches(caption, ours) for caption in set(wanted))
    matched = sum(_matches(caption, known) for caption in ours)
    return len(set(wanted)), found, len(ours), matched


def read_page(page: Page) -> str:
    return gzip.decompress(page.path.read_bytes()).decode("utf-8", errors="replace")


def score_page(page: Page) -> PageScore:
    html = read_page(page)
    name = f"{page.country}/{page.file}"
    want_date = str(page.expected.get("publishing_date") or "")[:10]
    try:
        doc = to_document(parse_html(html), language=page.language)
    except InputError as error:
        return PageScore(name, page.language, False, False, False, False, 0.0, 0.0, 0.0, 0,
                         error=str(error))
    precision, recall, f1 = token_prf(document_body(doc), expected_body(page.expected))
    leaks = credit_leaks(doc, credits_of(page.expected))
    marks = sum(1 for paragraph in paragraph_texts(doc) if CREDIT_MARKS.search(paragraph))
    wanted, found, ours, matched = caption_counts(doc, page.expected)
    return PageScore(
        page=name,
        language=page.language,
        title_match=_normalise(doc.title) == _normalise(page.expected.get("title")),
        authors_match=_author_set(doc.authors) == _author_set(page.expected.get("authors")),
        date_match=bool(want_date) and doc.published == want_date,
        date_found=doc.published is not None,
        body_precision=precision,
        body_recall=recall,
        body_f1=f1,
        credit_leaks=leaks,
        credit_marks=marks,
        captions_expected=wanted,
        captions_found=found,
        captions_ours=ours,
        captions_ours_matched=matched,
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def summarise(scores: list[PageScore]) -> dict[str, float | int]:
    n = len(scores) or 1
    return {
        "pages": len(scores),
        "title_exact": sum(s.title_match for s in scores) / n,
        "authors_exact": sum(s.authors_match for s in scores) / n,
        "date_accuracy": sum(s.date_match for s in scores) / n,
        "date_found": sum(s.date_found for s in scores) / n,
        "body_precision": sum(s.body_precision for s in scores) / n,
        "body_recall": sum(s.body_recall for s in scores) / n,
        "body_f1": sum(s.body_f1 for s in scores) / n,
        "pages_body_f1_below_0.8": sum(s.body_f1 < 0.8 for s in scores),
        "pages_with_credit_leak": sum(s.credit_leaks > 0 for s in scores),
        "paragraphs_with_credit_mark": sum(s.credit_marks for s in scores),
        "caption_recall": _ratio(sum(s.captions_found for s in scores),
                                 sum(s.captions_expected for s in scores)),
        "caption_precision_lb": _ratio(sum(s.captions_ours_matched for s in scores),
                                       sum(s.captions_ours for s in scores)),
        "errors": sum(s.error is not None for s in scores),
    }


def by_language(scores: list[PageScore]) -> Iterator[tuple[str, list[PageScore]]]:
    yield "all", scores
    for language in ("de", "en"):
        yield language, [s for s in scores if s.language == language]


def print_table(summary: dict[str, dict[str, float | int]]) -> None:
    columns = list(summary)
    print(f"{'metric':<26}" + "".join(f"{c:>10}" for c in columns))
    for metric in summary["all"]:
        cells = []
        for column in columns:
            value = summary[column][metric]
            cells.append(f"{value:>10.3f}" if isinstance(value, float) else f"{value:>10}")
        print(f"{metric:<26}" + "".join(cells))


def write_results(path: Path, summary: dict, seconds: float, scores: list[PageScore]) -> None:
    """Figures only (no page text); one line per page keeps diffs between runs readable."""
    pages = ",\n".join("  " + json.dumps(_rounded(asdict(s))) for s in scores)
    head = json.dumps({"summary": summary, "seconds": round(seconds, 1)}, indent=1)
    path.write_text(head[:-2] + ',\n "pages": [\n' + pages + "\n ]\n}\n", encoding="utf-8")


def _rounded(record: dict) -> dict:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in record.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-worst", type=int, default=0, metavar="N",
                        help="also list the N pages with the lowest body F1 and every date miss")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    if not (args.corpus / "MANIFEST.tsv").is_file():
        print(f"no news-pages corpus at {args.corpus}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    scores = [score_page(page) for page in load_pages(args.corpus)]
    seconds = time.perf_counter() - started
    summary = {language: summarise(group) for language, group in by_language(scores)}
    print_table(summary)
    print(f"{len(scores)} pages in {seconds:.1f} s")
    if args.show_worst:
        for s in sorted(scores, key=lambda s: s.body_f1)[: args.show_worst]:
            print(f"F1 {s.body_f1:.3f} P {s.body_precision:.3f} R {s.body_recall:.3f} "
                  f"{s.page} {s.error or ''}")
        for s in scores:
            if not s.date_match:
                print(f"date miss {s.page}")
            if s.credit_leaks or s.credit_marks:
                print(f"credit leak {s.page} ({s.credit_leaks} fundus, {s.credit_marks} marks)")
            if not s.title_match:
                print(f"title miss {s.page}")
    write_results(args.output, summary, seconds, scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
