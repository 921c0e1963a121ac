"""Recipe for src/chronist/nlp/models/de/hanta-analyses.tsv.gz: HanTa's word-level analyses
of frequent German word forms (see chronist.nlp.hanta_table).

Word forms: every form of corpora whose licence lets us ship derived data (UD German GSD
dev/test and PUD, CC BY-SA 4.0 / 3.0; GermEval 2014 NER dev/test, CC BY 4.0: attribution
in models/de/HANTA_TABLE.md), read from ../shared/corpora; the most frequent German words
of wordfreq's word list (its data CC BY-SA 4.0; `pip install wordfreq`), whose sources
(Wikipedia, subtitles, web and news text) cover most of the forms HanTa's lexicon lacks in
news; and every form of HanTa's own lexicon (HanTa's bundled model, LGPL-3.0-or-later).
Never the news pages.

For each form HanTa as shipped (no chronist speed-ups, no memos) computes:

- `analyze_forward(form)` for forms outside its lexicon (tag log probs, exact floats);
- `analyze_viterbi(form, -tag)` (the segmentation behind the lemma) for every tag the
  sentence Viterbi may choose for the form: the lexicon's tags of a known form, else
  the tags `_tag_word` keeps (cutoff 5) for the form capitalised or not, read
  case-sensitively or not. Tags HanTa treats as atomic need no segmentation.

Forms the table lacks, and other tags, are computed at run time as before.

    .venv/bin/python training/hanta_table.py [--shared ../shared] [--min-count N]
        [--frequent-words N] [--workers N]
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from HanTa.HanoverTagger import UNKNOWN, HanoverTagger

from chronist.nlp.hanta import HANTA_MODEL, hanta_model_path
from chronist.nlp.hanta_table import MAGIC, TABLE, encode_forward, encode_viterbi, model_digest

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
CONLLU = [
    "ud-german-gsd/de_gsd-ud-dev.conllu",
    "ud-german-gsd/de_gsd-ud-test.conllu",
    "ud-german-pud/de_pud-ud-test.conllu",
]
GERMEVAL = ["germeval2014-ner/NER-de-dev.tsv", "germeval2014-ner/NER-de-test.tsv"]
CUTOFF = 5  # HanTa's tag_sent_viterbi reads each word's tags within 5 of its best
# wordfreq's German words by frequency: the first 200,000 hold two thirds of the news
# words HanTa's lexicon and the corpora above lack; each costs some 0.3 KB of table.
FREQUENT_WORDS = 200_000


def conllu_words(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():  # words, not multi-word token ranges or empty nodes
                yield cols[1]


def germeval_words(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) > 1:
                yield cols[1]


def corpus_forms(shared: Path) -> Counter[str]:
    """Word forms as HanTa's `_analyze` reads them (lower case), with their counts."""
    counts: Counter[str] = Counter()
    corpora = shared / "corpora"
    for name in CONLLU:
        counts.update(w.lower() for w in conllu_words(corpora / name))
    for name in GERMEVAL:
        counts.update(w.lower() for w in germeval_words(corpora / name))
    return counts


def frequent_words(count: int) -> list[str]:
    """wordfreq's `count` most frequent German words (lower case, as `_analyze` reads
    forms; wordfreq writes "ß" as "ss")."""
    if not count:
        return []
    from wordfreq import top_n_list  # a recipe dependency only

    return top_n_list("de", count, wordlist="large")


def candidate_tags(tagger: HanoverTagger, form: str) -> list[int]:
    """The word tags HanTa's sentence Viterbi may choose for `form`, in a fixed order."""
    if form in tagger.cache:
        return [tag for tag, _ in tagger.cache[form]]
    tags: dict[int, None] = {}
    for variant in (form, form[:1].upper() + form[1:]):
        for casesensitive in (True, False):
            for tag, _ in tagger._tag_word(variant, cutoff=CUTOFF, casesensitive=casesensitive):
                tags[tag] = None
    return [t for t in tags if t != UNKNOWN]


def form_lines(forms: list[str]) -> tuple[list[str], int]:
    """The table's lines for `forms` (in their order) and the number of segmentations,
    computed by HanTa as shipped."""
    tagger = HanoverTagger(HANTA_MODEL)
    # HanTa's own analysis of a form, computed once (`_tag_word` asks for it per variant).
    tagger.analyze_forward = lru_cache(maxsize=None)(tagger.analyze_forward)
    lines = []
    viterbis = 0
    for form in forms:
        if "\t" in form or "\n" in form or " " in form or not form:
            continue
        if form == tagger.normalize(form) and form not in tagger.cache:
            lines.append(f"F\t{form}\t{encode_forward(tagger.analyze_forward(form))}")
        paths = {}
        for tag in candidate_tags(tagger, form):
            target = -tag
            if target in tagger.atomic_class:
                continue
            paths[target] = tagger.analyze_viterbi(form, target)
        if paths:
            lines.append(f"V\t{form}\t{encode_viterbi(paths)}")
            viterbis += len(paths)
    return lines, viterbis


def build(shared: Path, min_count: int, frequent: int, workers: int, out: Path) -> None:
    counts = corpus_forms(shared)
    forms = sorted(
        {f for f, n in counts.items() if n >= min_count}
        | set(frequent_words(frequent))
        | set(HanoverTagger(HANTA_MODEL).cache)
    )
    # Each form's analyses are HanTa's alone: chunks of forms are analysed apart.
    size = len(forms) // (workers * 8) + 1
    chunks = [forms[n : n + size] for n in range(0, len(forms), size)]
    lines = [f"{MAGIC} {model_digest(hanta_model_path())}"]
    viterbis = 0
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for chunk_lines, chunk_viterbis in pool.imap(form_lines, chunks):
            lines += chunk_lines
            viterbis += chunk_viterbis
    forwards = sum(1 for line in lines if line.startswith("F\t"))
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(forms)} forms: {forwards} forward analyses, {viterbis} segmentations; "
          f"{out} {out.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--min-count", type=int, default=1,
                        help="corpus forms seen at least N times (the lexicon's always)")
    parser.add_argument("--frequent-words", type=int, default=FREQUENT_WORDS,
                        help="wordfreq's N most frequent German words (0: none)")
    parser.add_argument("--workers", type=int, default=1, help="processes analysing forms")
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args()
    build(args.shared, args.min_count, args.frequent_words, args.workers, args.out)


if __name__ == "__main__":
    main()
