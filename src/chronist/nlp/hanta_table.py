"""HanTa's word-level analyses of frequent German word forms, precomputed and shipped.

HanTa's tagger is contextual only in its sentence Viterbi; what it computes for a word
form on its own is not: `analyze_forward(form)` (the tag log probs of a form outside its
lexicon) and `analyze_viterbi(form, tag)` (the morpheme segmentation behind the form's
lemma under a tag). Each process computed these anew for every form it met, the slowest
part of the German `nlp` stage. `training/hanta_table.py` runs HanTa as shipped over the
word forms of corpora whose licence lets us ship derived data (UD German GSD and PUD,
CC BY-SA; GermEval 2014, CC BY) and over HanTa's own lexicon, and writes HanTa's results
to `models/de/hanta-analyses.tsv.gz`; here they are read back (exact floats: Python's
repr of a float reads back as the same float) and HanTa computes only the forms and
tags the table lacks.

The table belongs to one HanTa model: its first line names the model's SHA-256, and a
table written for another model (or a missing table) is not used.

    # chronist-hanta-analyses 1 <sha256 of the model file>
    F <TAB> form <TAB> tag:logprob tag:logprob ...        analyze_forward, HanTa's order
    V <TAB> form <TAB> target:tag.end,tag.end;target:...   analyze_viterbi per target tag
"""

from __future__ import annotations

import gzip
import hashlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path

import numpy
from numpy import float64

TABLE = Path(__file__).resolve().parent / "models" / "de" / "hanta-analyses.tsv.gz"
MAGIC = "# chronist-hanta-analyses 1"

_FORWARD, _VITERBI = ord("F"), ord("V")
# Lines are found in pieces of the text, so the search's temporary array stays small.
_SCAN = 1 << 20

Forward = Callable[[str], list[tuple[int, float]]]
Viterbi = Callable[[str, int], list[tuple[int, int]]]


def model_digest(model_path: Path) -> str:
    return hashlib.sha256(model_path.read_bytes()).hexdigest()


class AnalysisTable:
    """The shipped analyses, kept as the table's text (one bytes object) with the offsets
    of each form's lines, and decoded when a form is first asked for.

    The recipe writes the forms sorted (as UTF-8 bytes, i.e. by code point), a form's
    forward line before its segmentation line, so a form is found by bisecting a list of
    the forms: a dict of some 300,000 forms to their lines' text would take three times
    the memory."""

    def __init__(self, text: bytes) -> None:
        self._text = text
        self._forms: list[bytes] = []
        # Offset of each form's forward and segmentation line (-1: none).
        self._forward = array("q")
        self._viterbi = array("q")
        forms = self._forms
        for start in _line_starts(text).tolist():
            kind = text[start]
            if kind != _FORWARD and kind != _VITERBI:
                continue
            form = text[start + 2 : text.index(b"\t", start + 2)]
            if not forms or forms[-1] != form:
                forms.append(form)
                self._forward.append(-1)
                self._viterbi.append(-1)
            (self._forward if kind == _FORWARD else self._viterbi)[-1] = start

    @classmethod
    def load(cls, model_path: Path, path: Path = TABLE) -> AnalysisTable | None:
        """The table for the HanTa model at `model_path`, or None (no table, or one
        written for another model)."""
        if not path.is_file():
            return None
        text = gzip.decompress(path.read_bytes())
        header = text[: text.find(b"\n")].decode("utf-8")
        if header != f"{MAGIC} {model_digest(model_path)}":
            return None
        return cls(text)

    def __len__(self) -> int:
        return sum(1 for s in self._forward if s >= 0) + sum(1 for s in self._viterbi if s >= 0)

    def keys(self) -> Iterator[tuple[str, int | None]]:
        """(form, None) for each forward analysis, (form, target) for each segmentation."""
        for form, start in zip(self._forms, self._forward, strict=True):
            if start >= 0:
                yield form.decode("utf-8"), None
        for form, start in zip(self._forms, self._viterbi, strict=True):
            if start >= 0:
                for part in self._analysis_at(start, len(form)).split(";"):
                    yield form.decode("utf-8"), int(part.partition(":")[0])

    def forward(self, form: str) -> list[tuple[int, float]] | None:
        """HanTa's `analyze_forward(form)`, or None if the table lacks the form."""
        text = self._find(self._forward, form)
        if text is None:
            return None
        return [_decode_pair(item) for item in text.split(" ")]

    def viterbi(self, form: str, target: int) -> list[tuple[int, int]] | None:
        """HanTa's `analyze_viterbi(form, target)`, or None if the table lacks it."""
        text = self._find(self._viterbi, form)
        if text is None:
            return None
        key = f"{target}:"
        for part in text.split(";"):
            if part.startswith(key):
                path = []
                for item in part[len(key):].split(","):
                    tag, _, end = item.partition(".")
                    path.append((int(tag), int(end)))
                return path
        return None

    def _find(self, starts: array, form: str) -> str | None:
        """The analysis on the line of `form` (its offset in `starts`), or None."""
        wanted = form.encode("utf-8")
        n = bisect_left(self._forms, wanted)
        if n == len(self._forms) or self._forms[n] != wanted or starts[n] < 0:
            return None
        return self._analysis_at(starts[n], len(wanted))

    def _analysis_at(self, start: int, form_length: int) -> str:
        begin = start + 3 + form_length
        return self._text[begin : self._text.index(b"\n", begin)].decode("ascii")

    def install(self, tagger: object) -> None:
        """Answer `tagger`'s `analyze_forward` and `analyze_viterbi` from the table where
        it has the form, through the tagger's own methods elsewhere (instance attributes
        shadow the methods, as FastHanta's do)."""
        compute_forward: Forward = tagger.analyze_forward  # type: ignore[attr-defined]
        compute_viterbi: Viterbi = tagger.analyze_viterbi  # type: ignore[attr-defined]

        @wraps(compute_forward)
        def analyze_forward(word: str) -> list[tuple[int, float]]:
            found = self.forward(word)
            return compute_forward(word) if found is None else found

        @wraps(compute_viterbi)
        def analyze_viterbi(word: str, targetpos: int) -> list[tuple[int, int]]:
            found = self.viterbi(word, targetpos)
            return compute_viterbi(word, targetpos) if found is None else found

        tagger.analyze_forward = analyze_forward  # type: ignore[attr-defined]
        tagger.analyze_viterbi = analyze_viterbi  # type: ignore[attr-defined]


def _line_starts(text: bytes) -> numpy.ndarray:
    """Offsets of the lines after the header (each line ends with a line break)."""
    data = numpy.frombuffer(text, dtype=numpy.uint8)
    starts = numpy.concatenate(
        [numpy.flatnonzero(data[begin : begin + _SCAN] == 10) + begin + 1
         for begin in range(0, len(data), _SCAN)] or [numpy.zeros(0, dtype=numpy.int64)]
    )
    return starts[starts < len(text)]


def _decode_pair(item: str) -> tuple[int, float]:
    """A forward pair read back with its type: HanTa sums a tag's paths with numpy's
    logaddexp (numpy float64, written with a leading "d"), keeps a single path's Python
    float, and gives the int 0 to a form it cannot analyse."""
    tag, _, lp = item.partition(":")
    if lp[0] == "d":
        return int(tag), float64(lp[1:])
    return int(tag), float(lp) if "." in lp or "e" in lp or "n" in lp else int(lp)


def encode_forward(pairs: list[tuple[int, float]]) -> str:
    return " ".join(f"{tag}:{_encode_number(lp)}" for tag, lp in pairs)


def _encode_number(lp: float) -> str:
    if isinstance(lp, float64):
        return "d" + repr(float(lp))
    if isinstance(lp, float):
        return repr(lp)
    if isinstance(lp, int):
        return str(lp)
    raise TypeError(f"unexpected log prob {lp!r}")


def encode_viterbi(paths: dict[int, list[tuple[int, int]]]) -> str:
    return ";".join(
        f"{target}:" + ",".join(f"{tag}.{end}" for tag, end in path)
        for target, path in paths.items()
    )
