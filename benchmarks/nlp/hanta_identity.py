"""HanTa with chronist's fast searches (`chronist.nlp.hanta_fast`) against HanTa as shipped.

For every sentence HanTa is given in the German pipeline on the news pages (the words
of each sentence after tokenisation, compound splitting and sentence ends, as
`chronist_hanta` hands them over), and for every sentence of UD German GSD dev/test and
PUD (gold word forms), compares:

- `tag_sent` (word, lemma, tag) of the whole sentence;
- `analyze_forward` (tag log probs, exact floats) of every word form outside HanTa's lexicon;
- `_analyze` at taglevel 3 (stem, morphemes, tag) of every word under each tag
  `analyze_forward` or the lexicon offers (what compound lemmas and stem checks read).

Both taggers run without memos, so every call is computed. With `--table`, the shipped
table of precomputed analyses (`chronist.nlp.hanta_table`) is checked too: every entry
against HanTa as shipped, and the fast tagger reads the table as the pipeline does.
Prints counts and the first mismatches; exits 1 on any mismatch.

    .venv/bin/python benchmarks/nlp/hanta_identity.py [--pages N] [--skip-ud] [--table]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from HanTa.HanoverTagger import HanoverTagger

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import DEFAULT_CORPUS, news_texts  # noqa: E402

from chronist.nlp.hanta import HANTA_MODEL, hanta_model_path  # noqa: E402
from chronist.nlp.hanta_fast import FastHanta  # noqa: E402
from chronist.nlp.hanta_table import AnalysisTable  # noqa: E402

UD = DEFAULT_CORPUS.parent
UD_FILES = [
    UD / "ud-german-gsd" / "de_gsd-ud-dev.conllu",
    UD / "ud-german-gsd" / "de_gsd-ud-test.conllu",
    UD / "ud-german-pud" / "de_pud-ud-test.conllu",
]


def page_sentences(pages: int) -> Iterator[list[str]]:
    """The word lists `chronist_hanta` receives on the news pages."""
    from chronist.nlp import lines_of, load

    nlp = load("de")
    before = []
    for name, component in nlp.pipeline:
        if name == "chronist_hanta":
            break
        before.append(component)
    for text in news_texts(DEFAULT_CORPUS, "de", pages):
        for line in lines_of(text):
            doc = nlp.make_doc(line)
            for component in before:
                doc = component(doc)
            spans = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
            for sentence in spans:
                words = [t.text for t in sentence if not t.is_space]
                if words:
                    yield words


def ud_sentences(path: Path) -> Iterator[list[str]]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield words
            words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():  # words, not multi-word token ranges or empty nodes
                words.append(cols[1])
    if words:
        yield words


class Comparison:
    def __init__(self, table: AnalysisTable | None = None) -> None:
        self.plain = HanoverTagger(HANTA_MODEL)
        self.fast = HanoverTagger(HANTA_MODEL)
        fast = FastHanta.for_model(self.fast)
        if fast is None:
            sys.exit("the model lacks a property the fast searches rely on: HanTa runs as is")
        fast.install()
        if table is not None:
            table.install(self.fast)
        self.counts = {"sentences": 0, "tokens": 0, "forms": 0, "analyses": 0}
        self.mismatches: list[str] = []
        self._forms: set[str] = set()
        self._analyses: set[tuple[str, int]] = set()

    def sentence(self, words: list[str]) -> None:
        self.counts["sentences"] += 1
        self.counts["tokens"] += len(words)
        expected = self.plain.tag_sent(words, taglevel=1)
        got = self.fast.tag_sent(words, taglevel=1)
        if got != expected:
            self._mismatch(f"tag_sent {words!r}: {expected!r} != {got!r}")
        for word in words:
            self.word(word)

    def word(self, word: str) -> None:
        form = self.plain.normalize(word)
        if form not in self._forms:
            self._forms.add(form)
            tags = [t for t, _ in self.plain.cache.get(form, [])]
            if form not in self.plain.cache:
                self.counts["forms"] += 1
                expected = self.plain.analyze_forward(form)
                got = self.fast.analyze_forward(form)
                if repr(got) != repr(expected):
                    self._mismatch(f"analyze_forward {form!r}: {expected!r} != {got!r}")
                tags = [t for t, _ in expected]
            for tag in tags:
                self.analysis(word, tag)

    def analysis(self, word: str, tag: int) -> None:
        if (word, tag) in self._analyses:
            return
        self._analyses.add((word, tag))
        self.counts["analyses"] += 1
        expected = self.plain._analyze(word, tag, taglevel=3)
        got = self.fast._analyze(word, tag, taglevel=3)
        if got != expected:
            self._mismatch(f"_analyze {word!r} {tag}: {expected!r} != {got!r}")

    def table(self, table: AnalysisTable) -> None:
        """Every entry of the table against HanTa as shipped."""
        for form, target in table.keys():
            if target is None:
                self.counts["table forward"] = self.counts.get("table forward", 0) + 1
                expected = self.plain.analyze_forward(form)
                got = table.forward(form)
                if repr(got) != repr(expected):
                    self._mismatch(f"table forward {form!r}: {expected!r} != {got!r}")
            else:
                self.counts["table segmentations"] = self.counts.get("table segmentations", 0) + 1
                expected_path = self.plain.analyze_viterbi(form, target)
                got_path = table.viterbi(form, target)
                if got_path != expected_path:
                    self._mismatch(
                        f"table viterbi {form!r} {target}: {expected_path!r} != {got_path!r}"
                    )

    def _mismatch(self, text: str) -> None:
        self.mismatches.append(text)
        if len(self.mismatches) <= 20:
            print("MISMATCH", text[:500])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=0, help="at most N pages (0: all)")
    parser.add_argument("--skip-ud", action="store_true")
    parser.add_argument("--table", action="store_true",
                        help="check the shipped table and read it in the fast tagger")
    args = parser.parse_args()
    table = AnalysisTable.load(hanta_model_path()) if args.table else None
    if args.table and table is None:
        sys.exit("no table for this HanTa model")
    comparison = Comparison(table)
    if table is not None:
        start = time.perf_counter()
        comparison.table(table)
        elapsed = time.perf_counter() - start
        print(f"table: {len(table)} lines checked ({elapsed:.0f} s)", flush=True)
    sources: list[tuple[str, Iterator[list[str]]]] = [("news pages", page_sentences(args.pages))]
    if not args.skip_ud:
        sources += [(path.name, ud_sentences(path)) for path in UD_FILES]
    for name, sentences in sources:
        start = time.perf_counter()
        before = dict(comparison.counts)
        for words in sentences:
            comparison.sentence(words)
        done = {k: comparison.counts[k] - before[k] for k in before}
        print(f"{name}: {done} ({time.perf_counter() - start:.0f} s)", flush=True)
    print(f"mismatches: {len(comparison.mismatches)}")
    sys.exit(1 if comparison.mismatches else 0)


if __name__ == "__main__":
    main()
