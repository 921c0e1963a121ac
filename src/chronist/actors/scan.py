"""Gazetteer scan: every longest knowledge-base surface form in the text.

The scan works on words of the text itself (not tokens), so that German hyphen
compounds kept whole by the tokenizer ("US-Streitkräfte", "Hamas-Kämpfer") are found
as their parts; the linker joins the parts again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronist.actors import forms
from chronist.actors.kb import HOME_DEFAULT, Gazetteer, Target

WORD = re.compile(r"\w+")
# German gender-inclusive spellings glue a mark and the feminine ending to a noun
# ("Minister*innen", "Politiker:innen", "Bürgermeister_innen"): one word, looked up
# without the mark.
GENDER_WORD = re.compile(r"\w+(?:[*:·](?=in(?:nen)?\b)\w+)?")
GENDER_MARK = re.compile(r"(?<=[a-zäöüß])[*:_·](?=in(?:nen)?\b)")


def plain(surface: str) -> str:
    """The surface without a German gender mark ("Minister*innen" -> "Ministerinnen")."""
    return GENDER_MARK.sub("", surface)


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    targets: list[Target]
    prefix_country: str | None = None
    """For a closed compound ("Russlandexperte"): the country its first part names."""

    def of_kind(self, *kinds: str) -> list[Target]:
        return [t for t in self.targets if t.kind in kinds]


def scan(text: str, gazetteer: Gazetteer, *, compounds: bool = False) -> list[Hit]:
    """Longest gazetteer matches, left to right. With `compounds` (German), a word the
    gazetteer lacks is tried as <country>+<noun> or <anything>+<noun>: "Russlandexperte",
    "Landesregierung" (the noun part must be a role or organ noun)."""
    pattern = GENDER_WORD if compounds else WORD
    words = [(m.start(), m.end()) for m in pattern.finditer(text)]
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        hit = _longest_at(text, words, i, gazetteer)
        if hit is None and compounds:
            hit = _compound_at(text, words[i], gazetteer)
        if hit is None:
            i += 1
            continue
        hit_obj, used = hit
        hits.append(hit_obj)
        i += used
    return hits


def _longest_at(
    text: str, words: list[tuple[int, int]], i: int, gazetteer: Gazetteer
) -> tuple[Hit, int] | None:
    start = words[i][0]
    for n in range(min(gazetteer.max_words, len(words) - i), 0, -1):
        end = words[i + n - 1][1]
        surface = text[start:end]
        if "\n" in surface:
            continue
        # A form written with a final period ("U.S.") is tried first.
        if end < len(text) and text[end] == ".":
            targets = gazetteer.lookup(" ".join((surface + ".").split()))
            if targets:
                return Hit(start, end + 1, targets), n
        targets = gazetteer.lookup(plain(" ".join(surface.split())))
        if targets:
            return Hit(start, end, targets), n
    return None


MIN_HEAD = 5


def _compound_at(text: str, word: tuple[int, int], gazetteer: Gazetteer) -> tuple[Hit, int] | None:
    start, end = word
    surface = plain(text[start:end])
    if not surface[:1].isupper():
        return None
    abstract = frozenset(forms.german().abstract_compound_heads)
    for cut in range(2, len(surface) - MIN_HEAD + 1):
        head = surface[cut:]
        if head[:1].upper() + head[1:] in abstract and not gazetteer.lookup(
            surface[:cut].removesuffix("s")
        ):
            return None  # "Selbstjustiz", "Gesinnungsjustiz": a kind of justice
        targets = [
            t
            for t in gazetteer.lookup(head[:1].upper() + head[1:])
            if t.kind in ("role", "organ") and t.form == "noun"
        ]
        if not targets:
            continue
        federal = forms.german().federal_prefix
        if federal and surface.startswith(federal) and cut >= len(federal):
            # "Bundesentwicklungsministerin": a federal office of the home country, like
            # the federal forms of the KB's own nouns ("Bundesaußenminister").
            targets = [
                Target(t.kind, t.key, "fixed", country=HOME_DEFAULT, home=True) for t in targets
            ]
        return Hit(start, end, targets, _country_prefix(surface[:cut], gazetteer)), 1
    return None


def _country_prefix(prefix: str, gazetteer: Gazetteer) -> str | None:
    """ "Russland" in "Russlandexperte", "Irans" in "Iransprecher"."""
    for candidate in (prefix, prefix.removesuffix("s")):
        for target in gazetteer.lookup(candidate):
            if target.kind == "country" and target.form == "name":
                return target.key
    return None
