"""A noun the gazetteer knows that is no actor where it stands: part of a proper name
("Surgeon General"), of a work's title ("his book The Government"), a thing rather than
a body ("in sozialen Medien"), or the head of a longer title ("undersecretary general")."""

from __future__ import annotations

import re

from chronist.actors.kb import KnowledgeBase, Target
from chronist.actors.passage import Passage
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords


class NounUses:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, passage: Passage) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.words = words
        self.passage = passage
        self.postpositives = words.word_set("title_postpositives")
        self.articles = {w.casefold() for w in words.word_set("articles")}

    def in_work_title(self, text: str, hit: Hit) -> bool:
        """English: a capitalised organ noun after a capitalised function word inside a
        sentence ("about On Leadership", "his book The Government") is a title."""
        if self.lang != "en" or not text[hit.start : hit.start + 1].isupper():
            return False
        match = re.search(r"(\S+) $", text[max(0, hit.start - 20) : hit.start])
        if match is None or match.group(1) not in self.words.not_names:
            return False
        previous = text[max(0, hit.start - 40) : hit.start - len(match.group(1)) - 1].rstrip()
        return bool(previous) and previous[-1:] not in '.!?:"“”—–-\n'

    def thing_reading(self, text: str, hit: Hit, noun: Target) -> bool:
        organ = self.kb.organs[noun.key]
        before = re.findall(r"[\w-]+", text[max(0, hit.start - 40) : hit.start])
        words = organ.not_after.for_lang(self.lang)
        # past the noun's article and country adjective: "auf der armenischen Seite"
        while len(before) > 1 and before[-1] not in words and self._qualifying(before[-1]):
            before.pop()
        if bool(before) and text[: hit.start].endswith(" ") and before[-1] in words:
            return True
        beside = organ.only_beside.for_lang(self.lang)
        if beside and not _joined_to(text, hit, beside, self.words.list_connectors):
            return True  # "aufs Land ziehen": no government
        if organ.not_compound_head and text[: hit.start].endswith("-"):
            return True  # "Arbeiter-Samariter-Bund": the head of a name
        # "opposition to wider security moves": the act of opposing
        after = re.match(r" ([\w-]+)( [A-ZÄÖÜ])?", text[hit.end : hit.end + 30])
        if after is None:
            return False
        if after.group(2) and after.group(1) in organ.name_before_capital.for_lang(self.lang):
            return True  # "Bund für Vogelschutz"
        return after.group(1) in organ.not_before.for_lang(self.lang)

    def _qualifying(self, word: str) -> bool:
        """An article or a country adjective, between a preposition and its noun."""
        return word.casefold() in self.articles or any(
            t.kind == "country" and t.form == "adj" for t in self.kb.gazetteer.lookup(word)
        )

    def postpositive(self, text: str, hit: Hit) -> bool:
        """English "general" after a common noun that names no office we know of
        ("undersecretary general", "director general") closes that longer title."""
        if self.lang != "en" or text[hit.start : hit.end].casefold() not in self.postpositives:
            return False
        match = re.search(r"([A-Za-z-]+) $", text[max(0, hit.start - 30) : hit.start])
        if match is None or not match.group(1).islower():
            return False
        word = match.group(1)
        if any(t.kind == "organ" for t in self.kb.gazetteer.lookup(word)):
            return False  # "army general": a rank of that army
        if self.passage.analysis is not None:
            span = self.passage.analysis.char_span(hit.start - len(word) - 1, hit.start - 1)
            if span is not None and span.root.tag_ not in ("NN", "NNS"):
                return False  # "a top general", "the retired general"
        return True

    def inside_name(self, text: str, hit: Hit) -> bool:
        """English: a capitalised role noun right after a capitalised word that is no
        knowledge-base form, inside a sentence, is part of a proper name ("Military
        Advocate General's Corps", "Surgeon General")."""
        if self.lang != "en" or not text[hit.start : hit.start + 1].isupper():
            return False
        if re.match(r" [A-Z]", text[hit.end : hit.end + 2]):
            return False  # a title before a name ("News Director Phil Chetwynd")
        match = re.search(r"(\S+)\s$", text[max(0, hit.start - 30) : hit.start])
        if match is None or not match.group(1)[:1].isupper() or not match.group(1).isalpha():
            return False
        previous = text[max(0, hit.start - 30) : hit.start - len(match.group(1)) - 1]
        stripped = previous.rstrip()
        # a line break ends a sentence too (a headline has no full stop)
        sentence_start = (
            not stripped
            or "\n" in previous[len(stripped) :]
            or stripped[-1:] in '.!?:"“”—–-'
        )
        return not sentence_start and not self.kb.gazetteer.lookup(match.group(1))


def _joined_to(text: str, hit: Hit, words: list[str], connectors: list[str]) -> bool:
    """The noun and one of the words joined by a list connector (context.yaml
    `list_connectors`: "und", "oder", ...) in either order ("Land und Bund", "Bund oder
    Länder")."""
    alternatives = "|".join(map(re.escape, words))
    joint = rf"(?:{'|'.join(map(re.escape, connectors))})"
    return bool(
        re.match(rf" {joint} (?:{alternatives})(?![\w-])", text[hit.end : hit.end + 40])
        or re.search(
            rf"(?<![\w-])(?:{alternatives}) {joint} $", text[max(0, hit.start - 40) : hit.start]
        )
    )
