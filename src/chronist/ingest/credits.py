"""Photo credits: recognise them and cut them out of captions and running text.

The vocabulary (credit markers such as "Foto:"/"Photo by", copyright symbols, agency
and picture-library names) is data: `chronist/data/ingest/credits.yaml`. From it we
compile three patterns:

- a bracketed credit anywhere: "(Foto: REUTERS)", "[Bild: dpa]", "(Robert Roe / AP)";
- a credit introduced by a marker or symbol at the end of a caption:
  "… Foto: Peter Kneffel/dpa", "… Photo by Jane Roe/AFP via Getty Images", "… © Reuters";
- a bare credit at the end of a caption, names and agencies joined by "/" or "via",
  also when glued to the last word: "… in BerlinMichael Kappeler/dpa".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from chronist.ingest.datafiles import load_data_file

_STRICT = ConfigDict(extra="forbid", frozen=True)


class Marker(BaseModel):
    model_config = _STRICT
    id: str
    lang: Literal["de", "en", "mul"]
    forms: list[str] = Field(min_length=1)
    joiners: list[Literal[":", "by"]] = Field(min_length=1)
    photo: bool = True


class Agency(BaseModel):
    model_config = _STRICT
    id: str
    names: list[str] = Field(min_length=1)
    photo_only: bool = False

    @field_validator("names")
    @classmethod
    def _no_blank_names(cls, names: list[str]) -> list[str]:
        if any(not name.strip() for name in names):
            raise ValueError("agency names must not be blank")
        return names


class CreditVocabulary(BaseModel):
    model_config = _STRICT
    kind: Literal["credits"]
    lang: Literal["mul"]
    schema_version: Literal[1]
    markers: list[Marker] = Field(min_length=1)
    symbols: list[str] = Field(min_length=1)
    caption_labels: list[str] = Field(default_factory=list)
    agencies: list[Agency] = Field(min_length=1)

    @field_validator("agencies")
    @classmethod
    def _unique_ids(cls, agencies: list[Agency]) -> list[Agency]:
        seen: set[str] = set()
        duplicates = {a.id for a in agencies if a.id in seen or seen.add(a.id)}
        if duplicates:
            raise ValueError(f"duplicate agency ids: {', '.join(sorted(duplicates))}")
        return agencies


def load_vocabulary(path: Path | None = None) -> CreditVocabulary:
    """Read and validate a credits file; every problem is reported in one DataFileError."""
    return load_data_file(CreditVocabulary, "credits.yaml", path)


def _alternation(words: list[str]) -> str:
    # Longest first, so that "Getty Images" wins over "Getty".
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len,
                                                                    reverse=True))
    return "|".join(escaped)


# A capitalised name token ("Kappeler", "O'Neil", "F.", "Müller-Lüdenscheidt") or a
# particle inside a name. A token never holds a lower->upper switch ("BerlinMichael"):
# that is where a glued credit begins.
_NAME_TOKEN = (
    r"(?:[A-ZÄÖÜÉ]\.(?!\w)"  # an initial: "F."
    r"|[A-ZÄÖÜÉ](?:[a-zäöüßéèáàóòíìúùçñ'’]+|[A-ZÄÖÜ]+(?![a-zäöüß]))?(?:-[A-ZÄÖÜ][a-zäöüß'’]+)?)"
)
_PARTICLE = r"(?:von|van|de|der|den|di|da|du|la|le|del|bin|al|zu)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,2}}"
_JOIN = r"(?:\s*/\s*(?:via\s+)?|\s*\|\s*|\s+via\s+|\s*,\s*|\s+for\s+|\s+für\s+)"
# Where a bare credit may begin: text start, after sentence punctuation or a bracket,
# or glued to a lower-case letter or digit.
_HARD_START = r"(?:^|(?<=[.!?:;)\]»«“”\"'’])\s*|(?<=[a-zäöüß0-9]))"


_MAX_MARKED_CREDIT_WORDS = 10
# "[1/5] Soldiers at …": a gallery's image counter before the caption.
_GALLERY_COUNTER = re.compile(r"^\s*\[?\d{1,3}\s*/\s*\d{1,3}\]\s*|^\s*\d{1,3}\s*/\s*\d{1,3}\s+")
_MAX_CREDIT_CHARS = 600
_TAIL_WINDOW = 240


_MAX_LOWER_SHARE = 0.15


def _names_only(text: str) -> bool:
    """(Nearly) every word capitalised: a list of names and roles ("Fotos: JANE ROE
    Styling: … mit Dank an …"), not a sentence (even German has its verbs and articles
    in lower case)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    lower = sum(1 for word in words if word[0].islower())
    return bool(words) and lower <= _MAX_LOWER_SHARE * len(words)


class CreditCutter:
    """Compiled credit patterns for one vocabulary."""

    def __init__(self, vocabulary: CreditVocabulary) -> None:
        agencies = [n for a in vocabulary.agencies for n in a.names]
        photo = [n for a in vocabulary.agencies if a.photo_only for n in a.names]
        agency = rf"(?:{_alternation(agencies)})(?![\w-])"
        segment = rf"(?:{agency}|{_NAME})"
        chain = rf"{segment}(?:{_JOIN}{segment})*"
        # A chain counts as a credit only if an agency is in it, or names are joined
        # by "/" (the photographer/agency convention).
        credit = (rf"(?:(?=[^()\[\]]*?(?:{agency}|/)){chain}"
                  rf"|(?<=\s)/\s*(?=[^()\[\]]*?{agency}){chain}"
                  rf"|(?<=[.!?]\s)/\s*{chain})")
        forms = [f for m in vocabulary.markers for f in m.forms]
        by_forms = [f for m in vocabulary.markers if "by" in m.joiners for f in m.forms]
        marker = rf"(?:(?:{_alternation(forms)})\s*:|(?:{_alternation(by_forms)})\s+by\b)"
        symbol = _alternation(vocabulary.symbols)
        marked = rf"(?:{marker}|{symbol})[^()\[\]]{{1,120}}"
        # In a caption a bracket may hold just an agency or a bare marker: "(AP)", "(Archivbild)".
        # A bracketed chain needs an agency in it: "(CDU/CSU)" is a party, not a credit.
        with_agency = rf"(?=[^()\[\]]*?{agency})(?:{chain})"
        self._bracketed = re.compile(
            rf"\s*[(\[]\s*(?:{marked}|{with_agency}|(?:{_alternation(forms + agencies)}))"
            rf"\s*[)\]]"
        )
        # In running text "(Reuters)" is a dateline, not a credit: only a marker or a
        # photographer/agency chain in brackets is cut there.
        slashed = rf"(?=[^()\[\]]*?/)(?=[^()\[\]]*?{agency})(?:{chain})"
        self._bracketed_strict = re.compile(rf"\s*[(\[]\s*(?:{marked}|{slashed})\s*[)\]]")
        self._marked_tail = re.compile(
            rf"(?:^|(?<=[^\w])|(?<=[a-zäöüß0-9]))(?:{marker}|{symbol})[^\n]{{0,160}}$"
        )
        self._bare_tail = re.compile(rf"{_HARD_START}{credit}\s*[.;]?\s*$")
        # After a plain space a credit needs an agency, a "/" and at most a two-word name
        # before it ("… Fashion Week Stefan Rousseau/via Reuters", not "in Berlin/Brandenburg").
        short_name = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN})?"
        self._soft_tail = re.compile(
            rf"(?<=\s)(?=[^()\[\]]*?{agency})(?:{short_name}|{agency})\s*/\s*(?:via\s+)?{segment}"
            rf"(?:{_JOIN}{segment})*\s*[.;]?\s*$"
        )
        self._photo_tail = re.compile(
            rf"(?:(?<=\s)|{_HARD_START})(?:{_NAME}{_JOIN})?(?:{_alternation(photo)})(?![\w-])"
            rf"(?:{_JOIN}{segment})*\s*[.;]?\s*$"
        )
        # Every credit pattern needs one of these; most text has none, and this one
        # search is much cheaper than the patterns themselves.
        self._hint = re.compile(
            rf"/|{symbol}|(?:{_alternation(forms + by_forms)})\s*:|\bby\b|{agency}"
        )
        self._marker = re.compile(rf"(?:{marker}|{symbol})")
        self._leading = re.compile(rf"^\s*(?:{marker}|{symbol})")
        labels = vocabulary.caption_labels
        # "Legende: …", "Archivbild (16.08.2024): …"
        self._label = re.compile(
            rf"^\s*(?:{_alternation(labels)})(?:\s*\([^()]{{1,30}}\))?\s*:\s*"
        ) if labels else None
        # A running-text paragraph that ends in a marked credit after its last sentence
        # ("… im Regionalverkehr. Bild: Max Muster") is a caption the page did not mark.
        photo_forms = [f for m in vocabulary.markers if m.photo for f in m.forms]
        photo_by = [f for m in vocabulary.markers if m.photo and "by" in m.joiners
                    for f in m.forms]
        photo_marker = (rf"(?:(?:{_alternation(photo_forms)})\s*:"
                        rf"|(?:{_alternation(photo_by)})\s+by\b)")
        self._photo_leading = re.compile(rf"^\s*(?:{photo_marker})")
        self._sentence_credit = re.compile(
            rf"(?:(?<=[.!?“”\"'’])\s*|(?<=[a-zäöüß]))(?:{photo_marker}|{symbol})\s*"
            rf"[^.!?:]{{1,80}}?(?:[.!?:][^.!?:\s][^.!?:]*?)?\s*$"
        )

    def strip_caption(self, text: str) -> str:
        """A caption without its credits: bracketed ones anywhere, marked or bare ones at
        the end (repeatedly: "… (AP) Foto: dpa")."""
        text = _GALLERY_COUNTER.sub("", self._bracketed.sub("", text))
        if self._label is not None:
            text = self._label.sub("", text)
        while True:
            cut = self._cut_tail(text)
            if cut == text:
                return " ".join(text.split()).strip(" |/–-")
            text = cut.rstrip()

    def _cut_tail(self, text: str) -> str:
        # The earliest start wins: "John Doe/via Reuters" rather than "/via Reuters".
        # Credits are short: only the end of the text is searched (lookbehinds still see
        # the characters before `window`, and "^" keeps meaning the text's start).
        window = max(0, len(text) - _TAIL_WINDOW)
        if not self._hint.search(text, window):
            return text
        starts = [
            match.start()
            for pattern in (self._marked_tail, self._bare_tail, self._soft_tail, self._photo_tail)
            if (match := pattern.search(text, window))
        ]
        return text[: min(starts)] if starts else text

    def strip_running_text(self, text: str) -> str:
        """Running text keeps agency names ("LONDON (Reuters) -"); only bracketed credits
        with a marker or a photographer/agency chain are cut."""
        return " ".join(self._bracketed_strict.sub("", text).split())

    def starts_with_photo_marker(self, text: str) -> bool:
        """"Image: Jane Roe", "Foto: dpa": a line that credits the picture above it."""
        return self._photo_leading.match(text) is not None

    def mentions_credit(self, text: str) -> bool:
        """Does `text` hold an agency name, a credit marker or a "/" chain?"""
        return self._hint.search(text) is not None

    def has_marker(self, text: str) -> bool:
        """Does `text` hold a credit marker ("Image:", "Foto:", "©")?"""
        return self._marker.search(text) is not None

    def split_trailing_credit(self, text: str) -> tuple[str, bool]:
        """(running text, True) if `text` ends in a marked credit after a sentence:
        the paragraph is really a caption, returned without its credit."""
        match = self._sentence_credit.search(text, max(0, len(text) - _TAIL_WINDOW))
        if not match or match.start() == 0:
            return text, False
        return self.strip_caption(text[: match.start()]), True

    def is_credit(self, text: str) -> bool:
        """A paragraph that is nothing but a credit ("Foto: picture alliance / dpa",
        "Michael Kappeler/dpa", "© Reuters", "Image: Jane Roe")."""
        text = " ".join(text.split())
        if not text or len(text) > _MAX_CREDIT_CHARS:
            return False
        if self._leading.match(text) and (
            len(text.split()) <= _MAX_MARKED_CREDIT_WORDS or _names_only(text)
        ):
            return True
        if len(text) > _TAIL_WINDOW:
            return False
        return not re.search(r"\w", self.strip_caption(text))


@cache
def default_cutter() -> CreditCutter:
    return CreditCutter(load_vocabulary())
