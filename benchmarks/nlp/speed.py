"""Speed and memory of each language's full NLP pipeline on real news text.

Reads the pages in ../shared/corpora/news-pages (MANIFEST.tsv), extracts their text
with chronist's ingestion, and for each language runs in a fresh process:

- baseline: spaCy's blank tokenizer for the language (what any pipeline pays at least);
- pipeline: the `nlp` stage as chronist runs it (`chronist.nlp.analyse_with`: each line
  of a document analysed on its own, the lines of one document piped together), one
  document at a time (`words_per_cpu_s`), and batched across documents (all lines of all
  documents through one `nlp.pipe`, `batched_words_per_cpu_s`), each mode in its own
  process with its own baseline.

Texts are extracted in the parent process; each language is measured in a fresh
child process. Words are non-space, non-punctuation tokens of the baseline tokenizer. Words per
second per core = words / CPU seconds of the process (so the figure does not depend on
other load on the machine); wall-clock figures are reported too. Peak memory is the
process's maximum resident set size after loading and running.

    .venv/bin/python benchmarks/nlp/speed.py [--corpus DIR] [--languages de en] [--pages N]

Prints a table and writes benchmarks/nlp/results.json (figures only, no text).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import multiprocessing
import resource
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1].parent / "shared" / "corpora" / "news-pages"
GERMAN_COUNTRIES = {"de", "at", "ch"}


def news_texts(corpus: Path, language: str, pages: int) -> list[str]:
    from chronist.errors import InputError
    from chronist.ingest import read_articles, to_document

    texts = []
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            page_language = "de" if row["country"] in GERMAN_COUNTRIES else "en"
            if page_language != language or (pages and len(texts) >= pages):
                continue
            data = gzip.decompress((corpus / row["country"] / row["html_file"]).read_bytes())
            for article in read_articles(data, name=row["html_file"]):
                if isinstance(article, InputError):
                    continue
                try:
                    texts.append(to_document(article, language=language).text)
                except InputError:
                    continue
    return texts


def _words(docs) -> int:
    return sum(1 for doc in docs for t in doc if not (t.is_space or t.is_punct))


def _timed(run) -> tuple[object, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = run()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def _batched(nlp, texts: list[str]) -> list:
    """All lines of all documents through one nlp.pipe, joined back per document
    (what a batched nlp stage would do; analyses identical to analyse_with's)."""
    from spacy.tokens import Doc

    from chronist.nlp import lines_of

    lines = [lines_of(t) for t in texts]
    analysed = iter(nlp.pipe(line for ls in lines for line in ls))
    docs = []
    for ls in lines:
        parts = [next(analysed) for _ in ls]
        docs.append(parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False))
    return docs


def measure(
    language: str, texts: list[str], batched: bool, queue: multiprocessing.Queue
) -> None:
    """One language and mode in a fresh process (texts extracted by the parent), so
    peak memory is this pipeline's alone, not ingestion's, and neither mode profits
    from the other's warm caches."""
    import chronist  # noqa: F401, I001 (first, as in the API and CLI: its settings precede numpy)
    import spacy

    from chronist.nlp import analyse_with, load

    blank = spacy.blank(language)
    docs, base_cpu, base_wall = _timed(lambda: [blank(t) for t in texts])
    words = _words(docs)
    nlp, load_cpu, load_wall = _timed(lambda: load(language))
    # One document at a time, as the nlp stage runs (memory then stays per article),
    # or all documents' lines through one nlp.pipe.
    if batched:
        _, cpu, wall = _timed(lambda: _batched(nlp, texts))
    else:
        _, cpu, wall = _timed(lambda: [analyse_with(nlp, t) for t in texts])
    queue.put(
        {
            "language": language,
            "pages": len(texts),
            "words": words,
            "load_s": round(load_wall, 2),
            "words_per_cpu_s": round(words / cpu),
            "words_per_wall_s": round(words / wall),
            "baseline_words_per_cpu_s": round(words / base_cpu),
            "ratio_to_baseline": round((words / cpu) / (words / base_cpu), 4),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "pipeline": list(nlp.pipe_names),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--languages", nargs="+", default=["de", "en"])
    parser.add_argument("--pages", type=int, default=0, help="at most N pages per language")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    results = []
    for language in args.languages:
        texts = news_texts(args.corpus, language, args.pages)
        runs = []
        for batched in (False, True):
            queue = context.Queue()
            worker = context.Process(target=measure, args=(language, texts, batched, queue))
            worker.start()
            runs.append(queue.get())
            worker.join()
        result, batched_run = runs
        result["batched_words_per_cpu_s"] = batched_run["words_per_cpu_s"]
        result["batched_ratio_to_baseline"] = batched_run["ratio_to_baseline"]
        results.append(result)
    print(f"{'lang':5} {'pages':>5} {'words':>7} {'words/s/core':>12} {'batched':>8} "
          f"{'baseline':>9} {'ratio':>7} {'peak MB':>7} {'load s':>6}")
    for r in results:
        print(f"{r['language']:5} {r['pages']:5} {r['words']:7} {r['words_per_cpu_s']:12} "
              f"{r['batched_words_per_cpu_s']:8} {r['baseline_words_per_cpu_s']:9} "
              f"{r['ratio_to_baseline']:7} "
              f"{r['peak_rss_mb']:7} {r['load_s']:6}")
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
