"""Training data for the German distillation trial (training/de_distil.cfg): raw German
sentences labelled with chronist's HanTa component (STTS tag, UPOS, lemma).

    python training/distil_de.py     # -> training/corpus/de-distil-{train,dev}.spacy

Text whose licence allows a shipped model (CC BY 4.0): GermEval 2014 dev and test
sentences 1-3100 (test 3101-5100 is the NER held-out set and stays out) and Legal NER
dev + test; PUD 501-1000 (the UPOS/lemma held-out set) is not used. Dev = the last 300
GermEval dev sentences. Sentences keep their corpus tokenisation.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

from spacy.tokens import Doc, DocBin

from chronist.nlp import load

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
DEV_SENTENCES = 300


def germeval(path: Path, first: int = 0, last: int | None = None) -> list[list[str]]:
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
            continue
        words.append(line.split("\t")[1])
    if words:
        sentences.append(words)
    return sentences[first:last]


def conll(path: Path) -> list[list[str]]:
    sentences, words = [], []
    for line in gzip.open(path, "rt", encoding="utf-8"):
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
            continue
        words.append(line.split(" ")[0])
    if words:
        sentences.append(words)
    return sentences


def label(sentences: list[list[str]]) -> DocBin:
    nlp = load("de")
    hanta = nlp.get_pipe("chronist_hanta")
    docs = DocBin(attrs=["TAG", "LEMMA", "POS", "MORPH", "SENT_START"])
    for words in sentences:
        words = [w for w in words if w.strip()]
        if words:
            doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
            docs.add(hanta(doc))
    return docs


def main() -> None:
    dev = germeval(CORPORA / "germeval2014-ner" / "NER-de-dev.tsv")
    test = germeval(CORPORA / "germeval2014-ner" / "NER-de-test.tsv", 0, 3100)
    ler = [s for name in ("ler_dev", "ler_test")
           for s in conll(CORPORA / "legal-ner-de" / f"{name}.conll.gz")]  # fmt: skip
    train = dev[:-DEV_SENTENCES] + test + ler
    random.Random(0).shuffle(train)
    for name, sentences in (("dev", dev[-DEV_SENTENCES:]), ("train", train)):
        label(sentences).to_disk(HERE / "corpus" / f"de-distil-{name}.spacy")


if __name__ == "__main__":
    main()
