"""The ClearNLP -> UD v2 head conversion used to score the English parse against UD EWT
(training/ud_heads.py), on hand-built parses of our own sentences."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.tokens import Doc

from script_loader import load_script

TRAINING = Path(__file__).resolve().parents[3] / "training"


@pytest.fixture(scope="module")
def ud_heads() -> ModuleType:
    return load_script(TRAINING / "ud_heads.py", "ud_heads")


VOCAB = spacy.blank("en").vocab


Row = tuple[str, int, str, str] | tuple[str, int, str, str, str]


def parse(rows: list[Row], ents: list[str] | None = None) -> Doc:
    """rows: (word, head index, ClearNLP label, UPOS[, Penn tag]); lemmas are the
    lower-cased words, except that forms of "be" get "be"; "to" gets the Penn tag TO."""
    words = [r[0] for r in rows]
    be = {"is", "was", "are", "were"}
    return Doc(
        VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
        pos=[r[3] for r in rows], lemmas=["be" if w in be else w.lower() for w in words],
        tags=[r[4] if len(r) > 4 else "TO" if r[0] == "to" else "XX" for r in rows],
        ents=ents,
    )


def converted(module: ModuleType, doc: Doc) -> list[tuple[int, str]]:
    return [(t.head.i, t.dep_) for t in module.to_ud(doc)]


CASES = {
    # "The cat slept on the mat ."
    "preposition on a verb": (
        [("The", 1, "det", "DET"), ("cat", 2, "nsubj", "NOUN"), ("slept", 2, "ROOT", "VERB"),
         ("on", 2, "prep", "ADP"), ("the", 5, "det", "DET"), ("mat", 3, "pobj", "NOUN"),
         (".", 2, "punct", "PUNCT")],
        [(1, "det"), (2, "nsubj"), (2, "ROOT"), (5, "case"), (5, "det"), (2, "obl"),
         (2, "punct")],
    ),
    # "She read books about birds ."
    "preposition on a noun": (
        [("She", 1, "nsubj", "PRON"), ("read", 1, "ROOT", "VERB"), ("books", 1, "dobj", "NOUN"),
         ("about", 2, "prep", "ADP"), ("birds", 3, "pobj", "NOUN"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (1, "dobj"), (4, "case"), (2, "nmod"), (1, "punct")],
    ),
    # "A mouse came from under the sofa ."
    "nested prepositions": (
        [("A", 1, "det", "DET"), ("mouse", 2, "nsubj", "NOUN"), ("came", 2, "ROOT", "VERB"),
         ("from", 2, "prep", "ADP"), ("under", 3, "pcomp", "ADP"), ("the", 6, "det", "DET"),
         ("sofa", 4, "pobj", "NOUN"), (".", 2, "punct", "PUNCT")],
        [(1, "det"), (2, "nsubj"), (2, "ROOT"), (6, "case"), (6, "case"), (6, "det"),
         (2, "obl"), (2, "punct")],
    ),
    # "She lived in Rome and in Paris ."
    "coordinated prepositional phrases": (
        [("She", 1, "nsubj", "PRON"), ("lived", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
         ("Rome", 2, "pobj", "PROPN"), ("and", 2, "cc", "CCONJ"), ("in", 2, "conj", "ADP"),
         ("Paris", 5, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (3, "case"), (1, "obl"), (6, "cc"), (6, "case"),
         (3, "conj"), (1, "punct")],
    ),
    # "He stayed because of the rain ."
    "multi-word preposition": (
        [("He", 1, "nsubj", "PRON"), ("stayed", 1, "ROOT", "VERB"), ("because", 1, "prep", "SCONJ"),
         ("of", 2, "pcomp", "ADP"), ("the", 5, "det", "DET"), ("rain", 3, "pobj", "NOUN"),
         (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (5, "case"), (2, "fixed"), (5, "det"), (1, "obl"),
         (1, "punct")],
    ),
    # "He left after eating ."
    "preposition before a clause": (
        [("He", 1, "nsubj", "PRON"), ("left", 1, "ROOT", "VERB"), ("after", 1, "prep", "ADP"),
         ("eating", 2, "pcomp", "VERB"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (3, "mark"), (1, "advcl"), (1, "punct")],
    ),
    # "The bill was signed by the mayor ."
    "passive agent": (
        [("The", 1, "det", "DET"), ("bill", 3, "nsubjpass", "NOUN"),
         ("was", 3, "auxpass", "AUX"), ("signed", 3, "ROOT", "VERB"), ("by", 3, "agent", "ADP"),
         ("the", 6, "det", "DET"), ("mayor", 4, "pobj", "NOUN"), (".", 3, "punct", "PUNCT")],
        [(1, "det"), (3, "nsubjpass"), (3, "auxpass"), (3, "ROOT"), (6, "case"), (6, "det"),
         (3, "obl:agent"), (3, "punct")],
    ),
    # "The soup was not hot ."
    "adjectival predicate": (
        [("The", 1, "det", "DET"), ("soup", 2, "nsubj", "NOUN"), ("was", 2, "ROOT", "AUX"),
         ("not", 2, "neg", "PART"), ("hot", 2, "acomp", "ADJ"), (".", 2, "punct", "PUNCT")],
        [(1, "det"), (4, "nsubj"), (4, "cop"), (4, "neg"), (4, "ROOT"), (4, "punct")],
    ),
    # "She is in Rome ."
    "prepositional predicate": (
        [("She", 1, "nsubj", "PRON"), ("is", 1, "ROOT", "AUX"), ("in", 1, "prep", "ADP"),
         ("Rome", 2, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")],
        [(3, "nsubj"), (3, "cop"), (3, "case"), (3, "ROOT"), (3, "punct")],
    ),
    # "The plan is to wait ."
    "clausal predicate": (
        [("The", 1, "det", "DET"), ("plan", 2, "nsubj", "NOUN"), ("is", 2, "ROOT", "AUX"),
         ("to", 4, "aux", "PART"), ("wait", 2, "xcomp", "VERB"), (".", 2, "punct", "PUNCT")],
        [(1, "det"), (4, "nsubj"), (4, "cop"), (4, "mark"), (4, "ROOT"), (4, "punct")],
    ),
    # "It is clear that he left ."
    "extraposed clause": (
        [("It", 1, "nsubj", "PRON"), ("is", 1, "ROOT", "AUX"), ("clear", 1, "acomp", "ADJ"),
         ("that", 5, "mark", "SCONJ"), ("he", 5, "nsubj", "PRON"), ("left", 2, "ccomp", "VERB"),
         (".", 1, "punct", "PUNCT")],
        [(2, "expl"), (2, "cop"), (2, "ROOT"), (5, "mark"), (5, "nsubj"), (2, "ccomp"),
         (2, "punct")],
    ),
    # "There is a problem ."
    "expletive there": (
        [("There", 1, "expl", "PRON"), ("is", 1, "ROOT", "VERB"), ("a", 3, "det", "DET"),
         ("problem", 1, "attr", "NOUN"), (".", 1, "punct", "PUNCT")],
        [(1, "expl"), (1, "ROOT"), (3, "det"), (1, "nsubj"), (1, "punct")],
    ),
    # "We sell tea , coffee and milk ."
    "coordination": (
        [("We", 1, "nsubj", "PRON"), ("sell", 1, "ROOT", "VERB"), ("tea", 1, "dobj", "NOUN"),
         (",", 2, "punct", "PUNCT"), ("coffee", 2, "conj", "NOUN"), ("and", 4, "cc", "CCONJ"),
         ("milk", 4, "conj", "NOUN"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (1, "dobj"), (2, "punct"), (2, "conj"), (6, "cc"),
         (2, "conj"), (1, "punct")],
    ),
    # "We hoped to win ."
    "infinitive marker": (
        [("We", 1, "nsubj", "PRON"), ("hoped", 1, "ROOT", "VERB"), ("to", 3, "aux", "PART"),
         ("win", 1, "xcomp", "VERB"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (3, "mark"), (1, "xcomp"), (1, "punct")],
    ),
    # "They met last week ."
    "bare noun phrase adverbial": (
        [("They", 1, "nsubj", "PRON"), ("met", 1, "ROOT", "VERB"), ("last", 3, "amod", "ADJ"),
         ("week", 1, "npadvmod", "NOUN"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (3, "amod"), (1, "obl"), (1, "punct")],
    ),
    # "They made him leave ."
    "object of a bare infinitive clause": (
        [("They", 1, "nsubj", "PRON"), ("made", 1, "ROOT", "VERB"), ("him", 3, "nsubj", "PRON"),
         ("leave", 1, "ccomp", "VERB", "VB"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (1, "obj"), (1, "xcomp"), (1, "punct")],
    ),
    # "I hope you can stay ." (a modal makes the clause finite: it keeps its subject)
    "finite clause with a modal": (
        [("I", 1, "nsubj", "PRON"), ("hope", 1, "ROOT", "VERB"), ("you", 4, "nsubj", "PRON"),
         ("can", 4, "aux", "AUX"), ("stay", 1, "ccomp", "VERB", "VB"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (4, "nsubj"), (4, "aux"), (1, "ccomp"), (1, "punct")],
    ),
    # '" It rains , " she said .'
    "quoted speech before its verb": (
        [('"', 2, "punct", "PUNCT"), ("It", 2, "nsubj", "PRON"), ("rains", 6, "ccomp", "VERB"),
         (",", 6, "punct", "PUNCT"), ('"', 6, "punct", "PUNCT"), ("she", 6, "nsubj", "PRON"),
         ("said", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT")],
        [(2, "punct"), (2, "nsubj"), (6, "ccomp"), (6, "punct"), (6, "punct"), (6, "nsubj"),
         (6, "ROOT"), (6, "punct")],
    ),
    # "It will rain , I think ."
    "reporting clause after its complement": (
        [("It", 2, "nsubj", "PRON"), ("will", 2, "aux", "AUX"), ("rain", 5, "ccomp", "VERB"),
         (",", 5, "punct", "PUNCT"), ("I", 5, "nsubj", "PRON"), ("think", 5, "ROOT", "VERB"),
         (".", 5, "punct", "PUNCT")],
        [(2, "nsubj"), (2, "aux"), (2, "ROOT"), (5, "punct"), (5, "nsubj"), (2, "parataxis"),
         (5, "punct")],
    ),
    # "They went out ."
    "adverb particle": (
        [("They", 1, "nsubj", "PRON"), ("went", 1, "ROOT", "VERB"), ("out", 1, "prt", "ADV"),
         (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (1, "advmod"), (1, "punct")],
    ),
    # "Who did you talk to ?"
    "stranded preposition": (
        [("Who", 3, "dobj", "PRON"), ("did", 3, "aux", "AUX"), ("you", 3, "nsubj", "PRON"),
         ("talk", 3, "ROOT", "VERB"), ("to", 3, "prep", "ADP", "IN"), ("?", 3, "punct", "PUNCT")],
        [(3, "dobj"), (3, "aux"), (3, "nsubj"), (3, "ROOT"), (3, "obl"), (3, "punct")],
    ),
    # "We met on May 3 , 2021 ."
    "date": (
        [("We", 1, "nsubj", "PRON"), ("met", 1, "ROOT", "VERB"), ("on", 1, "prep", "ADP"),
         ("May", 2, "pobj", "PROPN"), ("3", 3, "nummod", "NUM"), (",", 3, "punct", "PUNCT"),
         ("2021", 3, "nummod", "NUM"), (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (4, "case"), (4, "nmod"), (1, "obl"), (4, "punct"),
         (4, "nmod"), (1, "punct")],
    ),
    # "He became mayor ."
    "predicate of a verb other than be": (
        [("He", 1, "nsubj", "PRON"), ("became", 1, "ROOT", "VERB"), ("mayor", 1, "attr", "NOUN"),
         (".", 1, "punct", "PUNCT")],
        [(1, "nsubj"), (1, "ROOT"), (1, "xcomp"), (1, "punct")],
    ),
}


@pytest.mark.parametrize("rows, expected", CASES.values(), ids=CASES.keys())
def test_ud_heads_conversion(
    ud_heads: ModuleType, rows: list[Row], expected: list[tuple[int, str]]
) -> None:
    assert converted(ud_heads, parse(rows)) == expected


# "Ann Lee Smith met Acme Steel ."
NAMES = [("Ann", 2, "compound", "PROPN"), ("Lee", 2, "compound", "PROPN"),
         ("Smith", 3, "nsubj", "PROPN"), ("met", 3, "ROOT", "VERB"),
         ("Acme", 5, "compound", "PROPN"), ("Steel", 3, "dobj", "PROPN"),
         (".", 3, "punct", "PUNCT")]


def test_ud_heads_conversion_flattens_person_names_only(ud_heads: ModuleType) -> None:
    doc = parse(NAMES, ents=["B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"])
    assert converted(ud_heads, doc) == [
        (3, "nsubj"), (0, "flat"), (0, "flat"), (3, "ROOT"), (5, "compound"), (3, "dobj"),
        (3, "punct"),
    ]


def test_ud_heads_conversion_makes_a_title_before_a_name_nmod(ud_heads: ModuleType) -> None:
    # "President Ann Lee spoke ."
    rows: list[Row] = [
        ("President", 2, "compound", "PROPN"), ("Ann", 2, "compound", "PROPN"),
        ("Lee", 3, "nsubj", "PROPN"), ("spoke", 3, "ROOT", "VERB"), (".", 3, "punct", "PUNCT")]
    doc = parse(rows, ents=["O", "B-PER", "I-PER", "O", "O"])
    assert converted(ud_heads, doc) == [
        (1, "nmod"), (3, "nsubj"), (1, "flat"), (3, "ROOT"), (3, "punct")]


def test_ud_heads_conversion_leaves_the_parse_unchanged(ud_heads: ModuleType) -> None:
    rows, _ = CASES["adjectival predicate"]
    doc = parse(rows)
    ud_heads.to_ud(doc)
    assert [(t.head.i, t.dep_) for t in doc] == [(r[1], r[2]) for r in rows]
