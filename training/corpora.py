"""Training and evaluation corpora for chronist's German models, as spaCy DocBins.

Reads ../shared/corpora (never copied into the repository) and writes
training/corpus/*.spacy (git-ignored). Every split is fixed here, so a held-out set
is never trained on:

syntax (UD, CC BY-SA):  train = GSD dev + GSD test + PUD sentences 1-400
                        dev   = PUD 401-500 (checkpoint selection)
                        eval  = PUD 501-1000 (news/wiki; reported scores)
NER (CC BY):            train = GermEval dev 1-1700 + GermEval test 1-3100
                                + LER dev/test sentences with a person/place/org name
                        dev   = GermEval dev 1701-2200
                        eval  = GermEval test 3101-5100; Europarl (ixa) DE test
                                (evaluation only: no formal licence)
English:                eval = UD EWT test; Europarl (ixa) EN test
                        dev  = UD EWT dev (choosing rules and checkpoints)
                        train = UD EWT train (CC BY-SA; UPOS only, for tagger_ud)

Usage: python training/corpora.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SENTENCES_PER_DOC = 10

# GermEval keeps PER/LOC/ORG/OTH and place adjectives; the -part labels ("EU-weit")
# and other -deriv labels are too rare to learn from this little data.
GERMEVAL_LABELS = {"PER", "LOC", "ORG", "OTH", "LOCderiv"}
# GermEval sentences that train the NER: dev 1-1700 (dev 1701- chooses the checkpoint) and
# test 1-3100 (test 3101- is the held-out set).
GERMEVAL_DEV_TRAIN = 1700
GERMEVAL_TEST_TRAIN = 3100
# Legal NER (Leitner et al. 2019) fine classes -> GermEval classes; legal norms,
# decisions and literature have no GermEval counterpart and are left unlabelled.
LER_LABELS = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG",
    "MRK": "OTH",
}
EUROPARL_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

Sentence = list[tuple[str, str]]  # (word, IOB2 tag)


def conllu_sentences(path: Path) -> list[str]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return [b.strip("\n") for b in blocks if b.strip()]


def ud_docs(blocks: list[str], merge: bool = True) -> list[Doc]:
    """German multi-word tokens ("zum" = "zu dem") are merged: our tokenizer keeps them
    whole. English ones ("don't" = "do n't") stay split, as spaCy's tokenizer splits them."""
    text = "\n\n".join(blocks) + "\n\n"
    return list(
        conllu_to_docs(text, n_sents=SENTENCES_PER_DOC, merge_subtokens=merge, no_print=True)
    )


def without_morphology(docs: list[Doc]) -> list[Doc]:
    """The morphologizer learns UPOS only: features come from chronist's rules, and
    GSD and PUD annotate them differently."""
    for doc in docs:
        for token in doc:
            token.set_morph(None)
    return docs


def tsv_sentences(lines: Iterable[str], word_col: int, tag_col: int) -> Iterator[Sentence]:
    sentence: Sentence = []
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        sentence.append((cols[word_col], cols[tag_col]))
    if sentence:
        yield sentence


def relabel(sentence: Sentence, mapping: dict[str, str]) -> Sentence:
    """Map labels, drop unmapped ones, repair I- tags that lost their B-."""
    out: Sentence = []
    previous = "O"
    for word, tag in sentence:
        prefix, _, label = tag.partition("-")
        target = mapping.get(label) if tag != "O" else None
        if target is None:
            new = "O"
        elif prefix == "I" and previous.endswith(target):
            new = f"I-{target}"
        else:
            new = f"B-{target}"
        out.append((word, new))
        previous = new
    return out


def ner_docs(nlp: spacy.Language, sentences: list[Sentence]) -> list[Doc]:
    docs = []
    for i in range(0, len(sentences), SENTENCES_PER_DOC):
        group = sentences[i : i + SENTENCES_PER_DOC]
        words = [w for s in group for w, _ in s]
        tags = [t for s in group for _, t in s]
        starts = [j == 0 for s in group for j in range(len(s))]
        docs.append(Doc(nlp.vocab, words=words, ents=tags, sent_starts=starts))
    return docs


def has_entity(sentence: Sentence) -> bool:
    return any(tag != "O" for _, tag in sentence)


def save(name: str, docs: list[Doc]) -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(CORPUS / f"{name}.spacy")
    tokens = sum(len(d) for d in docs)
    print(f"{name:24} {len(docs):5} docs {tokens:8} tokens")


def build_syntax(corpora: Path) -> None:
    gsd = corpora / "ud-german-gsd"
    pud = conllu_sentences(corpora / "ud-german-pud" / "de_pud-ud-test.conllu")
    train = (
        conllu_sentences(gsd / "de_gsd-ud-dev.conllu")
        + conllu_sentences(gsd / "de_gsd-ud-test.conllu")
        + pud[:400]
    )
    save("de-syntax-train", without_morphology(ud_docs(train)))
    save("de-syntax-dev", without_morphology(ud_docs(pud[400:500])))
    save("de-syntax-eval", ud_docs(pud[500:]))


def read_germeval(corpora: Path, name: str) -> list[Sentence]:
    """A GermEval 2014 file's sentences with the labels we keep."""
    keep = {label: label for label in GERMEVAL_LABELS}
    with open(corpora / "germeval2014-ner" / name, encoding="utf-8") as lines:
        return [relabel(s, keep) for s in tsv_sentences(lines, 1, 2)]


def germeval_parts(corpora: Path) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """GermEval's train, dev and held-out parts as we split them (train = dev 1-1700 +
    test 1-3100, dev = dev 1701-, held-out = test 3101-)."""
    dev = read_germeval(corpora, "NER-de-dev.tsv")
    test = read_germeval(corpora, "NER-de-test.tsv")
    return (
        dev[:GERMEVAL_DEV_TRAIN] + test[:GERMEVAL_TEST_TRAIN],
        dev[GERMEVAL_DEV_TRAIN:],
        test[GERMEVAL_TEST_TRAIN:],
    )


def build_ner(corpora: Path) -> None:
    nlp = spacy.blank("de")
    train, dev, held_out = germeval_parts(corpora)
    legal: list[Sentence] = []
    for name in ("ler_dev.conll.gz", "ler_test.conll.gz"):
        with gzip.open(corpora / "legal-ner-de" / name, "rt", encoding="utf-8") as lines:
            mapped = (relabel(s, LER_LABELS) for s in tsv_sentences(lines, 0, 1))
            legal.extend(s for s in mapped if has_entity(s))
    save("de-ner-train", ner_docs(nlp, train + legal))
    save("de-ner-train-germeval", ner_docs(nlp, train))
    save("de-ner-dev", ner_docs(nlp, dev))
    save("de-ner-eval", ner_docs(nlp, held_out))
    europarl = corpora / "europarl-ner-eval-ixa" / "de-europarl.test.conll02"
    with open(europarl, encoding="utf-8") as lines:
        sentences = [relabel(s, EUROPARL_LABELS) for s in tsv_sentences(lines, 0, -1)]
    save("de-ner-eval-europarl", ner_docs(nlp, sentences))


def build_english(corpora: Path) -> None:
    """spaCy's published model plus chronist's UD tagger (trained on EWT train)."""
    ewt = conllu_sentences(corpora / "ud-english-ewt" / "en_ewt-ud-test.conllu")
    save("en-syntax-eval", ud_docs(ewt, merge=False))
    ewt_dev = conllu_sentences(corpora / "ud-english-ewt" / "en_ewt-ud-dev.conllu")
    save("en-syntax-dev", ud_docs(ewt_dev, merge=False))
    with gzip.open(corpora / "ud-english-ewt" / "en_ewt-ud-train.conllu.gz", "rt") as f:
        ewt_train = [b.strip("\n") for b in f.read().split("\n\n") if b.strip()]
    save("en-syntax-train", without_morphology(ud_docs(ewt_train, merge=False)))
    nlp = spacy.blank("en")
    europarl = corpora / "europarl-ner-eval-ixa" / "en-europarl.test.conll02"
    with open(europarl, encoding="utf-8") as lines:
        sentences = [relabel(s, EUROPARL_LABELS) for s in tsv_sentences(lines, 0, -1)]
    save("en-ner-eval-europarl", ner_docs(nlp, sentences))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    build_syntax(corpora)
    build_ner(corpora)
    build_english(corpora)


if __name__ == "__main__":
    main()
