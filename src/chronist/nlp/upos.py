"""Universal POS conventions: rules from `data/nlp/upos-rules-<lang>.yaml` applied after
the trained morphologizer (and the parser, whose relations some rules read).

The German morphologizer learned from two UD treebanks that annotate some word classes
differently (GSD: adverbial adjectives ADJ, "als" ADP; PUD: ADV, CCONJ); HanTa's STTS
tag and the parse tell the cases apart, and the rules give UD's guideline tags.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronist.nlp.datafiles import UposRule, upos_rules


class UposRules:
    def __init__(self, lang: str) -> None:
        self.rules = [
            (rule, frozenset(rule.tags), frozenset(w.lower() for w in rule.words),
             frozenset(rule.deps), frozenset(rule.child_tags), frozenset(rule.child_deps),
             frozenset(rule.head_lemmas), re.compile(rule.pattern) if rule.pattern else None)
            for rule in upos_rules(lang)
        ]  # fmt: skip
        # Fine tag -> the rules whose tag condition it meets, in their order: most
        # tokens meet none or one, so the other conditions are read for few rules.
        self._rules_by_tag: dict[str, list[tuple]] = {}

    def _rules_for_tag(self, tag: str) -> list[tuple]:
        rules = self._rules_by_tag.get(tag)
        if rules is None:
            rules = [r for r in self.rules if not r[1] or tag in r[1]]
            self._rules_by_tag[tag] = rules
        return rules

    def rule_for(self, token: Token) -> UposRule | None:
        rules = self._rules_for_tag(token.tag_)
        if not rules:
            return None
        lower = token.lower_
        for rule, _, words, deps, child_tags, child_deps, heads, pattern in rules:
            if (
                (not words or lower in words)
                and (not deps or token.dep_ in deps)
                and (not heads or token.head.lemma_ in heads)
                and (pattern is None or pattern.fullmatch(token.text) is not None)
                and (not (child_tags or child_deps) or _has_child(token, child_tags, child_deps))
            ):
                return rule
        return None

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_space:
                # the morphologizer has no class for whitespace ("\n\n" came out VERB)
                token.pos_ = "SPACE"
                continue
            rule = self.rule_for(token)
            if rule is not None:
                token.pos_ = rule.upos
        return doc


def _has_child(token: Token, tags: frozenset[str], deps: frozenset[str]) -> bool:
    return any(
        (not tags or c.tag_ in tags) and (not deps or c.dep_ in deps) for c in token.children
    )


@Language.factory("chronist_upos_rules", default_config={"lang": "de"})
def make_upos_rules(nlp: Language, name: str, lang: str) -> UposRules:
    return UposRules(lang)
