"""The shipped table of HanTa's word-level analyses gives exactly what HanTa computes."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
from HanTa.HanoverTagger import HanoverTagger
from numpy import float64

from chronist.nlp.hanta import HANTA_MODEL, hanta_model_path, hanta_tagger
from chronist.nlp.hanta_table import (
    MAGIC,
    TABLE,
    AnalysisTable,
    _decode_pair,
    encode_forward,
    model_digest,
)

# Sentences written for these tests: everyday news words (most of them in the table),
# invented words and names (computed by HanTa at run time), capitalised sentence starts.
SENTENCES = [
    "Die Regierung kündigte am Montag neue Gespräche mit den Gewerkschaften an.",
    "Nach Angaben der Polizei wurden bei den Protesten mehrere Menschen verletzt.",
    "Der Bürgermeister wies die Vorwürfe der Opposition gestern entschieden zurück.",
    "Die Glimbelbetriebe der Kvelmora-Gruppe meldeten Verluste in Millionenhöhe.",
    "Wirtschaftsministerin Trabelfunk sagte, man werde die Hilfen verdoppeln.",
    "ÜBERRASCHUNG: Bundestag stimmt dem Haushalt zu",
]

pytestmark = pytest.mark.skipif(not TABLE.is_file(), reason="no shipped HanTa table")


@pytest.fixture(scope="module")
def table() -> AnalysisTable:
    found = AnalysisTable.load(hanta_model_path())
    assert found is not None, "the shipped table was written for another HanTa model"
    return found


@pytest.fixture(scope="module")
def plain() -> HanoverTagger:
    return HanoverTagger(HANTA_MODEL)


def test_hanta_table_entries_identical(table: AnalysisTable, plain: HanoverTagger) -> None:
    # A spread of entries (the benchmark hanta_identity.py --table checks all of them).
    keys = list(table.keys())
    sample = keys[:: max(1, len(keys) // 400)]
    assert any(target is None for _, target in sample)
    assert any(target is not None for _, target in sample)
    for form, target in sample:
        if target is None:
            assert repr(table.forward(form)) == repr(plain.analyze_forward(form)), form
        else:
            assert table.viterbi(form, target) == plain.analyze_viterbi(form, target), form


@pytest.mark.parametrize("sentence", SENTENCES)
def test_hanta_table_tag_sent_identical(plain: HanoverTagger, sentence: str) -> None:
    words = sentence.replace(",", " ,").replace(":", " :").replace(".", " .").split()
    tagger = hanta_tagger()  # fast searches, the table and the memos, as the pipeline
    for taglevel in (1, 3):
        assert tagger.tag_sent(words, taglevel=taglevel) == plain.tag_sent(words, taglevel)


def test_hanta_table_answers_frequent_forms(table: AnalysisTable) -> None:
    found = [form for form in ("regierung", "polizei", "gespräche") if table.viterbi(form, -20)]
    assert found == ["regierung", "polizei", "gespräche"]
    assert table.forward("qwxzvbnmtrabel") is None


def test_hanta_table_forms_sorted(table: AnalysisTable) -> None:
    # Forms are found by bisection: the recipe must write them in order, once each.
    forms = [form for form, target in table.keys() if target is None]
    assert forms == sorted(set(forms))
    assert table._forms == sorted(set(table._forms))


def test_hanta_table_finds_forms_by_bisection(tmp_path: Path) -> None:
    lines = [
        f"{MAGIC} {model_digest(hanta_model_path())}",
        "F\tabend\t3:-1.5",
        "V\tabend\t-20:20.5",
        "V\tbaum\t-20:20.4;-18:18.4",
        "F\tzwölf\t7:d-2.25 9:0",
        "",
    ]
    path = tmp_path / "table.tsv.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    small = AnalysisTable.load(hanta_model_path(), path)
    assert small is not None
    assert small.forward("abend") == [(3, -1.5)]
    assert small.forward("zwölf") == [(7, float64(-2.25)), (9, 0)]
    assert small.forward("baum") is None  # a segmentation, no forward analysis
    assert small.viterbi("baum", -18) == [(18, 4)]
    assert small.viterbi("baum", -5) is None
    assert small.viterbi("zwölf", -20) is None
    for absent in ("", "aaa", "abendx", "zzz", "ä"):
        assert small.forward(absent) is None
        assert small.viterbi(absent, -20) is None
    assert len(small) == 4
    assert list(small.keys()) == [
        ("abend", None), ("zwölf", None), ("abend", -20), ("baum", -20), ("baum", -18)
    ]


@pytest.mark.parametrize(
    "pairs",
    [
        [(3, float64(-2.5) + float64(1e-17)), (7, -13.123456789012345)],
        [(-5, 0)],
        [(12, -0.1), (4, float64(-1e-300))],
    ],
)
def test_hanta_table_numbers_read_back_with_their_type(pairs: list) -> None:
    read = [_decode_pair(item) for item in encode_forward(pairs).split(" ")]
    assert read == pairs
    assert [type(lp) for _, lp in read] == [type(lp) for _, lp in pairs]


def test_hanta_table_for_another_model_not_used(tmp_path: Path) -> None:
    lines = [f"{MAGIC} {'0' * 64}", "F\tqwxz\t3:-1.5", ""]
    other = tmp_path / "table.tsv.gz"
    other.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    assert AnalysisTable.load(hanta_model_path(), other) is None
    assert AnalysisTable.load(hanta_model_path(), tmp_path / "missing.tsv.gz") is None
    lines[0] = f"{MAGIC} {model_digest(hanta_model_path())}"
    other.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    same = AnalysisTable.load(hanta_model_path(), other)
    assert same is not None
    assert same.forward("qwxz") == [(3, -1.5)]
    assert list(itertools.islice(same.keys(), 5)) == [("qwxz", None)]
