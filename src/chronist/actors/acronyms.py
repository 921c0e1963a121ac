"""Acronyms defined in the text: "das Bundesverfassungsgericht (BVerfG)", "the UN Relief and
Works Agency for Palestine (UNRWA)", "European Center for … (ECCHR)".

A parenthesised acronym right after a name is that name's short form for the whole
document (Schwartz & Hearst 2003: the acronym's letters occur in order in the long form,
its first letter at the start of a word). The long form becomes one mention, and every
occurrence of the acronym links the way the long form does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chronist.actors.draft import Draft
from chronist.actors.syntax import alternation

DEFINITION = re.compile(r"\s\(([A-ZÄÖÜ](?:[A-Za-zÄÖÜäöü]|-(?=[A-ZÄÖÜ])){1,11})\)")
QUOTES = "\"'„“”«»‚‘’›‹"
ARTICLE_PHRASE = re.compile(
    r"(?<!\w)(?:der|die|das|des|dem|den|the|The|Der|Die|Das)\s+"
    r"([A-ZÄÖÜ][\w-]+(?:\s+(?:[A-ZÄÖÜ][\w-]+|für|und|of|for|and|on|de|des|der|zur|zum))"
    r"{0,5}\s+[A-ZÄÖÜ][\w-]+)$"
)
CLAUSE_BREAK = re.compile(r"[.;:!?\n()\"„“”]")


def long_form_start(short: str, long: str) -> int | None:
    """Offset in `long` where the long form of `short` starts (Schwartz & Hearst), or None."""
    s, pos = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].lower()
        if not char.isalnum():
            s -= 1
            continue
        while pos >= 0 and (
            long[pos].lower() != char or (s == 0 and pos > 0 and long[pos - 1].isalnum())
        ):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    start = pos + 1
    return long.rfind(" ", 0, start) + 1


def _candidate(text: str, end: int, short: str) -> tuple[int, str]:
    """The words before the parenthesis that may hold the long form (same clause, at
    most min(|A| + 5, 2|A|) words)."""
    limit = min(len(short) + 5, 2 * len(short))
    begin = max(0, end - 200)
    breaks = list(CLAUSE_BREAK.finditer(text, begin, end))
    if breaks:
        begin = breaks[-1].end()
    words = list(re.finditer(r"\S+", text[begin:end]))[-limit:]
    if not words:
        return end, ""
    start = begin + words[0].start()
    return start, text[start:end]


class AcronymLinker:
    def __init__(
        self,
        org_by_name: Callable[[str], str | None],
        org_sector: Callable[[str], str | None],
        list_connectors: list[str],
    ) -> None:
        self._org_by_name = org_by_name
        self._org_sector = org_sector
        # "the Dutch General Intelligence and Security Service, AIVD, said": an acronym set
        # off by commas right after a name, not opening a list ("…, ABB and Siemens").
        self._apposed_acronym = re.compile(
            rf",\s([A-ZÄÖÜ]{{2,6}}),(?!\s+(?:{alternation(list_connectors)})\s)"
        )

    def link(self, text: str, drafts: list[Draft]) -> list[Draft]:
        for match in DEFINITION.finditer(text):
            short = match.group(1)
            end = match.start()
            while end > 0 and text[end - 1] in QUOTES:
                end -= 1  # "»Deutsche Friedensgesellschaft« (DFG)"
            if sum(c.isupper() for c in short) < 2:
                # "des Staatssekretariats für Wirtschaft (Seco)": a short form written
                # like a word names only the organ named in full right before it, and
                # only where it is no mention of its own already ("(Schweiz)").
                defined = self._full_name_before(end, drafts)
                if defined is not None and not any(
                    d.overlaps(match.start(1), match.end(1)) for d in drafts
                ):
                    drafts = self._spread(text, short, defined, drafts)
                continue
            defined = (
                self._define(text, end, short, drafts)
                or self._named_before(end, drafts)
                or self._phrase_before(text, end, short, drafts)
            )
            if defined is not None and defined.entity and defined.entity[0] == "new_org":
                # An organisation the KB lacks is known by its acronym: the same in
                # every language ("ICMPD" for the German and English long forms).
                defined.entity = ("new_org", short)
            if defined is not None:
                drafts = self._spread(text, short, defined, drafts)
        return self._apposed(text, drafts)

    def _apposed(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """An acronym in commas right after an organisation's full name (three words or
        more) is its short form, also where its letters spell the name in another
        language; one the KB knows stays its own."""
        for match in self._apposed_acronym.finditer(text):
            short = match.group(1)
            defined = self._named_before(match.start(), drafts)
            if (
                defined is None
                or self._org_by_name(short) is not None
                or len(text[defined.start : defined.end].split()) < 3
            ):
                continue
            drafts = self._spread(text, short, defined, drafts)
        return drafts

    def _define(self, text: str, end: int, short: str, drafts: list[Draft]) -> Draft | None:
        begin, candidate = _candidate(text, end, short)
        offset = long_form_start(short, candidate)
        if offset is None:
            return None
        start = begin + offset
        while start < end and text[start] in QUOTES:
            start += 1
        if not text[start : start + 1].isupper() or end - start <= len(short):
            return None
        inside = [d for d in drafts if start <= d.start and d.end <= end and d.kind != "place"]
        covering = [d for d in drafts if d.start <= start and end <= d.end]
        if covering:
            return covering[0]  # the long form is one mention already
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            return inside[0]  # "das Bundesverfassungsgericht (BVerfG)"
        if not text[start:end].split()[-1][:1].isupper():
            return None
        known = self._org_by_name(short)
        if known is not None:
            draft = Draft(start, end, "name", entity=("org", known), entity_type="ORG")
        else:
            name = text[start:end]
            country = next((d.country for d in inside if d.country), None)
            draft = Draft(
                start,
                end,
                "name",
                entity=("new_org", name),
                country=country,
                sector=self._org_sector(name),
                entity_type="ORG",
            )
        for other in inside:
            drafts.remove(other)
        drafts.append(draft)
        return draft

    def _phrase_before(self, text: str, end: int, short: str, drafts: list[Draft]) -> Draft | None:
        """ "des Wiener Zentrums für Migrationspolitik (ICMPD)": after an article, a
        capitalised phrase right before an acronym it does not spell is still its name."""
        match = ARTICLE_PHRASE.search(text, max(0, end - 120), end)
        if match is None:
            return None
        start = match.start(1)
        if any(d.overlaps(start, end) and not (start <= d.start and d.end <= end) for d in drafts):
            return None
        inside = [d for d in drafts if start <= d.start and d.end <= end]
        if any(d.entity and d.entity[0] in ("person", "new_person") for d in inside):
            return None
        known = self._org_by_name(short)
        name = text[start:end]
        draft = (
            Draft(start, end, "name", entity=("org", known), entity_type="ORG")
            if known is not None
            else Draft(
                start,
                end,
                "name",
                entity=("new_org", name),
                sector=self._org_sector(name),
                entity_type="ORG",
            )
        )
        for other in inside:
            drafts.remove(other)
        drafts.append(draft)
        return draft

    @staticmethod
    def _full_name_before(end: int, drafts: list[Draft]) -> Draft | None:
        """A state organ or organisation of at least three words ending at `end`."""
        return next(
            (
                d
                for d in drafts
                if d.end == end
                and len(d.head or ()) == 2
                and d.kind == "organ"
                and d.head[1] < d.end
            ),
            None,
        )

    @staticmethod
    def _named_before(end: int, drafts: list[Draft]) -> Draft | None:
        """ "das Wiener Zentrum für Migrationspolitik (ICMPD)": an acronym in another
        language right after an organisation's name is that organisation."""
        return next((d for d in drafts if d.end == end and d.is_organisation()), None)

    @staticmethod
    def _spread(text: str, short: str, defined: Draft, drafts: list[Draft]) -> list[Draft]:
        """Every occurrence of the acronym links like its long form."""
        # Not as a compound modifier ("ICMPD-Staaten", "ICMPD-Chefin").
        pattern = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            same = [d for d in drafts if d.start == span[0] and d.end == span[1]]
            if any(d.overlaps(*span) and d not in same for d in drafts):
                continue  # inside a longer mention
            for old in same:
                drafts.remove(old)
            drafts.append(
                Draft(
                    span[0],
                    span[1],
                    defined.kind if defined.kind in ("organ", "name") else "name",
                    country=defined.country,
                    sector=defined.sector,
                    entity=defined.entity,
                    organ=defined.organ,
                    org=defined.org,
                    entity_type=defined.entity_type,
                )
            )
        return drafts
