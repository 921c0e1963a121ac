"""spaCy's attribute ruler, same output, with its one-token patterns looked up.

The English model's attribute ruler (tag map, morphology and lemma exceptions: 179
rules) runs a Matcher with all its patterns over every token; it cost 10-14 % of the
English pipeline. Nearly all patterns test one token's TAG, LOWER, DEP or IS_SPACE,
so which of them apply to a token depends on those four values alone: they are
evaluated once per combination and memoised. The other patterns (several tokens, or
a REGEX) still go through a Matcher. As in spaCy's AttributeRuler, every rule that
matches is applied in rule order (a later rule overrides an earlier one's attributes).
All matches are found before any attribute is set, so a token's final attributes are
the rule-order merge of the attributes of the rules whose target it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a looked-up pattern may test, in the order of the lookup key.
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Test = Callable[[tuple], bool]


class IndexedAttributeRuler(AttributeRuler):
    """AttributeRuler whose one-token patterns are evaluated once per token kind."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._index: tuple[list[tuple[int, Test]], Matcher] | None = None
        # lookup key -> (the one-token rules that apply, their merged attributes)
        self._memo: dict[tuple, tuple[list[int], dict | None]] = {}
        self._lowers: frozenset[int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        single, matcher = self._compiled()
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        strings = self.vocab.strings
        targets: dict[int, list[int]] = {}
        for match_id, start, end in matcher(doc, allow_missing=True, as_spans=False):
            rule = int(strings[match_id])
            target = range(start, end)[self.indices[rule]]
            targets.setdefault(target, []).append(rule)
        lowers = self._lowers
        for i, (tag, lower, dep, space) in enumerate(keys):
            # A form no pattern names matches no LOWER test: one memo entry for all.
            key = (tag, lower if lowers is None or lower in lowers else 0, dep, space)
            memo = self._memo.get(key)
            if memo is None:
                rules = [rule for rule, test in single if test(self._values(key))]
                memo = self._memo[key] = (rules, self._merged(rules))
            rules, attrs = memo
            extra = targets.get(i)
            if extra is not None:
                attrs = self._merged(rules + extra)
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _values(self, key: tuple) -> tuple:
        strings = self.vocab.strings
        return (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))

    def _merged(self, rules: list[int]) -> dict | None:
        merged: dict = {}
        for rule in sorted(rules):
            merged.update(self.attrs[rule])
        return merged or None

    def _compiled(self) -> tuple[list[tuple[int, Test]], Matcher]:
        if self._index is None:
            single: list[tuple[int, Test]] = []
            matcher = Matcher(self.vocab, validate=False)
            for rule in range(len(self.attrs)):
                patterns = self.matcher.get(str(rule))[1]
                tests = [_single_test(p) for p in patterns]
                if all(t is not None for t in tests):
                    single.append((rule, _any(tests)))
                else:
                    matcher.add(str(rule), patterns)
            self._index = (single, matcher)
            self._lowers = _named_lowers(self.vocab, self.patterns)
            self._memo.clear()
        return self._index

    # Patterns added after the first document are compiled again.
    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None


def _named_lowers(vocab: Any, rules: list[dict]) -> frozenset[int] | None:
    """Hashes of the LOWER values the patterns test for, or None when a pattern tests
    LOWER by NOT_IN or names the empty string (then every form counts)."""
    named: set[str] = set()
    for rule in rules:
        for pattern in rule["patterns"]:
            for token in pattern:
                value = token.get("LOWER")
                if isinstance(value, dict):
                    if "IN" not in value:
                        if "NOT_IN" in value:
                            return None
                        continue  # REGEX: such patterns go through the Matcher
                    named.update(value["IN"])
                elif value is not None:
                    named.add(value)
    if "" in named:
        return None
    return frozenset(vocab.strings.add(v) for v in named)


def _any(tests: list[Test]) -> Test:
    return lambda values: any(test(values) for test in tests)


def _single_test(pattern: list[dict]) -> Test | None:
    """A test on (tag, lower, dep, is_space) equivalent to a one-token Matcher pattern,
    or None if the pattern needs the Matcher (several tokens, other attributes or
    operators)."""
    if len(pattern) != 1:
        return None
    checks = []
    for attr, value in pattern[0].items():
        if attr not in KEY_ATTRS:
            return None
        position = KEY_ATTRS.index(attr)
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
                return None
            (operator, options), = value.items()
            allowed = frozenset(options)
            checks.append((position, operator == "IN", allowed))
        else:
            checks.append((position, True, frozenset([value])))

    def test(values: tuple) -> bool:
        return all((values[p] in allowed) == inside for p, inside, allowed in checks)

    return test


@Language.factory(
    "chronist_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool,
                                 scorer: Callable | None) -> IndexedAttributeRuler:  # fmt: skip
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler by an IndexedAttributeRuler with the same
    patterns in the same order."""
    patterns = nlp.get_pipe(name).patterns
    ruler = nlp.replace_pipe(name, "chronist_attribute_ruler")
    ruler.add_patterns(patterns)
