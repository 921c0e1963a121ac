"""A role noun that names several people, no office holder to resolve: English plurals
("presidents", "spokesmen"), a plural determiner ("beide Regierungschefs", "both
leaders"), German plural articles ("die Nachwuchspolitiker") and bare plurals
("traditionell gehen Präsidenten … vor")."""

from __future__ import annotations

import re

from chronist.actors.kb import KnowledgeBase, Target
from chronist.actors.passage import Passage
from chronist.actors.scan import Hit, plain
from chronist.actors.schema import ContextWords


class Plurals:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, passage: Passage) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.words = words
        self.passage = passage
        self.articles_folded = words.word_set("articles", fold=True)
        self.indefinite = words.word_set("indefinite")
        self.plural_determiners = words.word_set("plural_determiners")
        self.feminine = tuple(kb.morphology.feminine_endings)

    def plural_role(self, text: str, hit: Hit, noun: Target) -> bool:
        """English "presidents" names several office holders, and so does a noun after
        a plural determiner ("beide Regierungschefs", "both leaders"): never one person."""
        if noun.kind != "role":
            return False
        before = re.findall(r"\w+", text[max(0, hit.start - 20) : hit.start])
        if before and before[-1] in self.plural_determiners:
            return True
        if self.lang != "en":
            return (
                self._feminine_plural(text, hit)
                or self._plural_article(text, hit)
                or self._bare_plural(text, hit, noun)
            )
        surface = text[hit.start : hit.end].casefold()
        if surface.endswith("s") and any(
            t.kind == "role" for t in self.kb.gazetteer.lookup(surface[:-1])
        ):
            return True
        # "spokesmen", "secretaries": the tagger knows plurals the "-s" test misses.
        span = (
            self.passage.analysis.char_span(hit.start, hit.end, alignment_mode="expand")
            if self.passage.analysis is not None
            else None
        )
        return span is not None and len(span) > 0 and span[-1].tag_ in ("NNS", "NNPS")

    def _feminine_plural(self, text: str, hit: Hit) -> bool:
        """German "-innen" ("Ministerinnen", "Minister*innen") is always the plural."""
        plural = self.words.feminine_plural_ending
        return bool(plural) and plain(text[hit.start : hit.end]).endswith(plural)

    def _bare_plural(self, text: str, hit: Hit, noun: Target) -> bool:
        """German "traditionell gehen Präsidenten … vor": an inflected role noun ("-en",
        not feminine "-innen") with no determiner, possessor or name of its own is a
        plural; a singular count noun takes an article."""
        surface = text[hit.start : hit.end]
        if self.passage.analysis is None or not surface.endswith("en") or surface.endswith("innen"):
            return False
        if not any(
            t.kind == "role" and t.key == noun.key
            for base in (surface[:-2], surface[:-1])
            for t in self.kb.gazetteer.lookup(base)
        ):
            return False  # the base form itself ends in "-en"
        span = self.passage.analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        token = span[0]
        if any(
            c.pos_ in ("DET", "PRON")
            or c.dep_ in ("det", "nmod:poss", "flat", "appos")
            or c.pos_ == "PROPN"
            for c in token.children
        ):
            return False
        before = re.findall(r"[\w-]+", text[max(0, hit.start - 30) : hit.start])
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return not (nxt is not None and nxt.pos_ == "PROPN") and not (
            before
            and (before[-1].casefold() in self.articles_folded or before[-1] in self.indefinite)
        )

    def _plural_article(self, text: str, hit: Hit) -> bool:
        """German "die Nachwuchspolitiker", "die jungen Abgeordneten", "die
        EU-Außenminister": the feminine article before a role noun that is neither
        feminine in form ("-in") nor a nominalised adjective in "-e" ("die Vorsitzende")
        is the plural article."""
        articles = self.words.gendered_articles.get("f")
        surface = text[hit.start : hit.end]
        endings = (*self.feminine, self.words.gendered_article_ending or "\0")
        if not articles or surface.endswith(endings):
            return False
        words = re.findall(r"[\w-]+|[,;(]", text[max(0, hit.start - 40) : hit.start])
        while words and (
            words[-1].endswith("-") or (words[-1][:1].islower() and words[-1].endswith("en"))
        ):
            words = words[:-1]  # "die jungen …", "die EU-…"
        if not words or words[-1] not in articles or (len(words) > 1 and words[-2] in ",;("):
            return False  # "Die Hilfe, die Präsident Macron versprach": a relative pronoun
        return not self.passage.name_follows(hit)
