"""Contest words in sports reports: "Spain beat Italy 2-1" is a match, not an attack.

A paragraph with enough sport words and scores is a sports report; a contest type
(`sport_types`) in it is dropped (the coder asks only when no actor is a state organ).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance

SCORE = re.compile(r"(?<![\d.,:])\d{1,2}\s?[-:–]\s?\d{1,2}(?![\d,:%]|\.\d)")
# Inflection endings a sport word may carry ("Spiels", "Trainers", "matches", "leagues").
ENDINGS = r"(?:s|es|e|en|n|er|ern)?"


@cache
def _sport_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b({alternatives}){ENDINGS}\b", re.IGNORECASE)


def sports_contest(sent: Span, frame: Frame, cues: Relevance) -> bool:
    """A contest word ("beat", "attack", "defend") in a sports report (the coder asks this
    only when no actor is a state organ: "authorities jailed 52 members … for playing in a
    football tournament" is an arrest)."""
    return frame.entry.type in cues.sport_types and _sports_report(sent, cues)


def _sports_report(sent: Span, cues: Relevance) -> bool:
    """Does the sentence's paragraph (a line of the text) read as a sports report?"""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    paragraph = text[start : end if end >= 0 else len(text)]
    found = {m.group(1).lower() for m in _sport_pattern(cues.sport_words).finditer(paragraph)}
    if SCORE.search(paragraph):
        found.add("<score>")
    return len(found) >= cues.sport_evidence
