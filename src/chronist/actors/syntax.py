"""Dependency labels and walks over a parse that several linker steps share (spaCy's
English labels, Universal Dependencies, and TIGER for German), and the alternation their
patterns build from a list of words."""

from __future__ import annotations

import re

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "sb", "sbp"})
# Direct objects (UD, spaCy English and TIGER).
DIRECT_OBJECT_DEPS = frozenset({"obj", "dobj", "oa"})
# Dependencies of a conjunct on the word it is joined to (UD, spaCy English and German).
CONJUNCT_DEPS = frozenset({"conj", "cj", "cd"})
# Dependencies that open a clause of its own (UD and spaCy English labels).
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl:relcl", "csubj", "parataxis"})
# Dependencies of a complement whose subject is the governing clause's ("willing to
# meet", "versprach, … zu treffen").
CONTROLLED = frozenset({"xcomp", "acomp"})


def clause_head(token):
    """The verb heading the token's own clause (a complement, adverbial or relative
    clause, a coordinated verb), or the sentence root."""
    while token.head is not token and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return token
        token = token.head
    return token


def clause_subject_span(token) -> tuple[int, int]:
    """Character span of the subject of the pronoun's own clause (binding: "Putin lobte
    ihn" - "ihn" is not Putin), or an empty span."""
    head = token.head
    for _ in range(4):
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS and child.i != token.i:
                subtree = list(child.subtree)
                return subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
        # A controlled infinitive has its subject in the clause above ("he would be
        # willing to meet him", "versprach, ihn zu treffen").
        if head.dep_ not in CONTROLLED or head.head is head:
            break
        head = head.head
    return (0, 0)


def governing_preposition(token) -> tuple:
    """The preposition governing a noun and the word its phrase attaches to: spaCy
    English hangs the noun under the preposition ("for" -> "farmers"), Universal
    Dependencies hangs the preposition under the noun as `case` ("für" <- "Landwirte")."""
    if token.head.pos_ == "ADP" and token.head is not token:
        return token.head, (token.head.head if token.head.head is not token.head else None)
    case = next(
        (child for child in token.children if child.dep_ == "case" and child.pos_ == "ADP"), None
    )
    return (case, token.head if token.head is not token else None) if case else (None, None)


def token_before(analysis, start: int):
    """The token ending right before `start` with one space between, if any."""
    span = analysis.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    token = analysis[span.start - 1]
    return token if token.idx + len(token.text) + 1 == start and token.whitespace_ else None


# A lower-case word and the one space before `start` ("a company spokesman").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*) $")


def lower_word_before(text: str, start: int) -> tuple[int, str] | None:
    """The lower-case word right before `start` with one space between, as (offset, word):
    English writes a compound's modifier apart ("company" in "a company spokesman")."""
    begin = max(0, start - 30)
    match = _LOWER_WORD_BEFORE.search(text[begin:start])
    return None if match is None else (begin + match.start(1), match.group(1))


def alternation(words: list[str]) -> str:
    """A regex alternation of the words, literally; one that never matches if there are none."""
    return "|".join(map(re.escape, words)) or "(?!)"
