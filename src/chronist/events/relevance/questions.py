"""Questions: what is asked about is not reported.

A sentence ending in a question mark ("Will Iran retaliate?"), an explainer's headline
("Warum …", "How the war began"), an indirect yes/no question ("unklar, ob Iran
zurückschlägt", also a German "ob" clause the parser hung elsewhere), a verb of asking with a
question as its object ("asked him if …": asking, no request) and a journalist's question
("Asked to comment, the army said …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from chronist.events.relevance.data import Relevance
from chronist.events.relevance.syntax import ADVERBIAL_DEPS, SUBJECT_DEPS, _clause_heads
from chronist.events.triggers import lemma_of, word_in

QUOTE_CLOSERS = frozenset({'"', "'", "”", "’", "»", "«", "“", "‘", ")"})


def _asked_question(trigger: Token, cues: Relevance) -> bool:
    """"Party leaders asked each other questions", "I asked him if he had read the report",
    "she was asked how she would treat the president": a verb of asking with a question as
    its object or an indirect question as its clause asks something, no request ("asked
    Germany to send tanks" is one)."""
    if lemma_of(trigger) not in cues.interview_verbs or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if trigger.dep_ == "acl" and word_in(trigger.head, cues.question_nouns):
        return True  # "the question asked of the court", "questions asked by reporters"
    for child in trigger.children:
        if child.dep_ in {"dobj", "obj", "dative", "oa"} and word_in(child, cues.question_nouns):
            return True
        if child.dep_ in {"ccomp", "advcl", "oc"}:
            first = min(child.subtree, key=lambda t: t.i)
            if first.i > trigger.i and first.lower_ in cues.interrogative_openers:
                return True
    return False


def _clause_question(trigger: Token, sent: Span, cues: Relevance) -> bool:
    """German verb-final clauses: an act in a clause opened by "ob" after a comma ("Die
    Frage, ob die Schweiz Spione ausgewiesen hat, blieb offen") is asked about, whatever
    the parser hung "ob" on."""
    if trigger.doc.lang_ != "de" or trigger.pos_ != "VERB":
        return False
    i = trigger.i - 1
    while i > sent.start and sent.doc[i].text not in {",", ";", ":", "(", "–"}:
        i -= 1
    opener = sent.doc[i + 1] if sent.doc[i].text in {",", ";", ":", "(", "–"} else sent.doc[i]
    return opener.i < trigger.i and opener.lower_ in cues.question_complementizers


def _embedded_question(trigger: Token, cues: Relevance) -> bool:
    """An act in an indirect yes/no question ("hasn't said whether he will sign the bill",
    "unklar, ob Iran zurückschlägt") is asked about, not reported."""
    # Also a verb above ("hasn't said whether he will sign a bill that could make it
    # easier to ban books"): the whole clause is asked about; an event noun in it may be
    # a fact presupposed ("whether she would challenge him about U.S. backing of Israel").
    above = (
        a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"} and trigger.pos_ == "VERB"
    )
    verbs = [*_clause_heads(trigger), *above]
    return any(
        c.dep_ in {"mark", "cp"} and lemma_of(c) in cues.question_complementizers
        for verb in verbs
        for c in verb.children
    )


def _interviewed(trigger: Token, cues: Relevance) -> bool:
    """"Asked to comment, the army said …", "Asked whether he supports …": a bare participle
    of a verb of asking that opens a clause without a subject of its own tells the
    journalist's question, no request between actors."""
    if lemma_of(trigger) not in cues.interview_verbs or trigger.dep_ not in ADVERBIAL_DEPS:
        return False
    if "Part" not in trigger.morph.get("VerbForm") and trigger.tag_ not in {"VBN", "VVPP"}:
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in trigger.children)


def _question(sent: Span, cues: Relevance) -> bool:
    """The sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(sent):
        if token.is_space or token.text in QUOTE_CLOSERS:
            continue
        return token.text in cues.question_marks
    return False


def _explainer(sent: Span, cues: Relevance) -> bool:
    """An explainer's headline: "Warum Ambrosia zur Bedrohung wird", "How the war began"."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in cues.question_words
