"""Dependency labels and parse helpers shared by several relevance mechanisms.

The parsers disagree on labels (UD, English spaCy, the German TIGER scheme), so each set
names all the labels of one grammatical relation. The helpers find a verb's first conjunct,
the heads a clause hangs on and whether a verb is a simple present; they live here so that
no mechanism module imports another.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from chronist.events.roles_dep import PASSIVE_MARKS

# Dependencies of a clause that modifies a noun (UD: acl, relcl; English spaCy: relcl).
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl", "rc"})
# Dependencies of an adverbial (conditional/temporal) clause.
ADVERBIAL_DEPS = frozenset({"advcl"})
# Dependencies of an infinitive complementing a noun or adjective.
INFINITIVE_DEPS = frozenset({"acl", "xcomp", "ccomp", "oc"})
# Subject dependencies (UD/English spaCy and the German TIGER scheme).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "sb"})
RELATIVE_PRONOUN_TAGS = frozenset({"PRELS", "PRELAT", "WDT", "WP", "WP$"})
POSSESSOR_DEPS = frozenset({"poss", "nmod:poss", "det:poss"})
OBJECT_DEPS = frozenset({"dobj", "obj", "oa"})
# Auxiliaries of tense, mood and voice (UD and English spaCy); a copula is apart.
AUXILIARY_DEPS = frozenset({"aux", "aux:pass"})
# A passive's auxiliary or subject (UD and English spaCy): the role layer's set.
PASSIVE_DEPS = PASSIVE_MARKS
# A negation particle (English spaCy "neg", TIGER "ng").
NEGATION_DEPS = frozenset({"neg", "ng"})


def _clause_heads(trigger: Token) -> list[Token]:
    """The trigger and the words its clause hangs on through infinitive complements,
    predicate adjectives and coordination ("whether the government is likely to meet …",
    "whenever residents attempt to protest or demand …"): they share its clause's
    conjunction."""
    heads, token = [trigger], trigger
    for _ in range(4):
        if token.dep_ not in {"conj", "xcomp", "acomp"} or token.head.i == token.i:
            break
        token = token.head
        heads.append(token)
    return heads


def first_conjunct(token: Token) -> Token:
    """"would be able to question … as well as demand …": the conjunct the others share
    their attachment with."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def auxiliaries(verbs: Iterable[Token], *, copula: bool = False) -> list[Token]:
    """The auxiliaries hanging on any of `verbs` (with `copula`, their copulas too)."""
    deps = AUXILIARY_DEPS | {"cop"} if copula else AUXILIARY_DEPS
    return [c for v in verbs for c in v.children if c.dep_ in deps]


def _simple_present(trigger: Token) -> bool:
    """A finite present-tense verb with no auxiliary of tense or voice ("restricts",
    "verbietet"), not "has restricted", "is restricting", "wurde verboten"."""
    morph = trigger.morph
    if "Pres" not in morph.get("Tense") or "Fin" not in morph.get("VerbForm"):
        return False
    if "Sub" in morph.get("Mood"):
        return False
    return not any(child.dep_ in {"aux", "aux:pass", "auxpass"} for child in trigger.children)


def _present_passive(trigger: Token) -> bool:
    """"wenn die Ware geliefert wird", "if it is attacked", "are often broken up": a
    participle whose only auxiliary is a present-tense passive one."""
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "aux:pass", "auxpass"}]
    return bool(auxiliaries) and all(
        c.dep_ in {"aux:pass", "auxpass"} and "Past" not in c.morph.get("Tense")
        for c in auxiliaries
    )
