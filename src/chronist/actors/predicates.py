"""A role noun that says what someone is rather than naming an actor: a predicate after
"als", "as", "zum … gewählt", a verb-final "… Ministerin war", a copula's complement
("Davor war sie Chefin …"), or a group noun a copula predicates of a pronoun ("Wir sind
keine Extremisten")."""

from __future__ import annotations

import re

from chronist.actors.draft import parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.passage import Passage
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import SUBJECT_DEPS


class Predicates:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, passage: Passage) -> None:
        self.lang = kb.lang
        self.passage = passage
        self.articles = words.word_set("articles")
        self.before_words = words.word_set("predicates")
        self.after_words = words.word_set("predicates_after")

    def before(self, text: str, start: int) -> bool:
        # English predicates carry more words before the noun ("as an opposition
        # socialist lawmaker"); German "als" is also "when", so it stays close.
        reach = 5 if self.lang == "en" else 3
        # Within the phrase: "„… werden“, sagte der Regierungschef" is no predicate.
        before = re.split(r"[,;:.!?\"„“”«»()]", text[max(0, start - 60) : start])[-1]
        words = re.findall(r"[\w-]+", before)[-reach:]
        while words and (
            words[-1] in self.articles
            or words[-1][:1].islower()
            and words[-1] not in self.before_words
        ):
            words = words[:-1]
        return bool(words) and words[-1] in self.before_words

    def clause_subject(self, hit: Hit) -> bool:
        """The parse makes the noun the subject of its clause ("… as minister vows to
        act", "als der Minister kam", passive "als der Minister festgenommen wurde"): the
        word before is a conjunction, and the noun names someone acting or acted upon,
        not what someone is ("served as minister")."""
        root = parse_root(self.passage.analysis, hit.start, hit.end)
        return root is not None and root.dep_ in SUBJECT_DEPS and root.head.pos_ in ("VERB", "AUX")

    def after(self, text: str, end: int) -> bool:
        """German verb-final clauses: "…, die inzwischen Ministerin war, …"."""
        match = re.match(r"((?:\s+\w+){1,2})\s*(?:[,.;:)]|$)", text[end : end + 40])
        if match is None or not self.after_words:
            return False
        return all(w in self.after_words for w in match.group(1).split())

    def copular(self, hit: Hit) -> bool:
        """The parse makes the role noun the predicate of a copula ("Davor war sie
        Chefin der Sektion", "She is senior analyst at …"): it says what someone is."""
        root = parse_root(self.passage.analysis, hit.start, hit.end)
        if root is None:
            return False
        if root.dep_ in ("attr", "acomp") and root.head.lemma_ == "be":
            return True  # English: "is analyst"
        return any(child.dep_ == "cop" for child in root.children) and not any(
            child.dep_ in ("nsubj", "nsubj:pass") and child.i > root.i and child.pos_ == "PROPN"
            for child in root.children
        )

    def pronoun_is_group(self, hit: Hit) -> bool:
        """ "Wir sind keine Extremisten", "they are not terrorists": a group noun that a
        copula predicates of a pronoun says what the speakers are, no group acts."""
        if not self.copular(hit):
            return False
        root = parse_root(self.passage.analysis, hit.start, hit.end)
        clause = root.head if root.dep_ in ("attr", "acomp") else root
        return any(
            child.dep_ in ("nsubj", "sb") and child.pos_ == "PRON" for child in clause.children
        )
