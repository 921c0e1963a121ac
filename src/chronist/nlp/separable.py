"""German separable verbs: the particle at the clause end joins the finite verb's lemma.

In a main clause the finite verb stands second and its particle goes to the end
("Die Regierung weist die Vorwürfe zurück"); the verb's dictionary form is
particle + infinitive ("zurückweisen"), and that is what the event coder looks up.
Where the parser attached the particle (`compound:prt`) to a finite lexical verb we
take that verb. Otherwise we pair the particle (STTS PTKVZ) with the closest finite
lexical verb to its left that is in a main clause: a comma-separated stretch that
opens with a subordinating conjunction or a relative pronoun is a dependent clause,
whose verb has its particle attached already ("..., weil sie die Vorwürfe zurückwies").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

PARTICLE = "PTKVZ"
LEXICAL_FINITE = frozenset({"VVFIN", "VVIMP"})
SUBORDINATE_OPENERS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "-", "(", ")"})


class SeparableVerbs:
    """Rewrites `lemma_` of finite verbs whose particle stands apart from them."""

    def __call__(self, doc: Doc) -> Doc:
        for sentence in doc.sents:
            for particle in sentence:
                # A particle is one word ("zurück"), never a compound ("Ampel-Aus").
                if particle.tag_ == PARTICLE and particle.is_alpha:
                    verb = finite_verb_for(particle, sentence)
                    if verb is not None:
                        verb.lemma_ = particle.lower_ + verb.lemma_
        return doc


def finite_verb_for(particle: Token, sentence: Span) -> Token | None:
    """The main-clause finite verb a clause-final particle belongs to, if any."""
    if particle.dep_ == "compound:prt" and particle.head.tag_ in LEXICAL_FINITE:
        return particle.head if particle.head.i < particle.i else None
    for segment in reversed(_segments(sentence, particle.i)):
        if _is_subordinate(segment):
            continue
        verbs = [t for t in segment if t.tag_ in LEXICAL_FINITE]
        if verbs:
            return verbs[-1]
        if any(t.tag_.endswith("FIN") for t in segment):
            # The nearest main clause has only an auxiliary or modal: no verb to join.
            return None
    return None


def _segments(sentence: Span, end: int) -> list[list[Token]]:
    """The sentence up to `end`, cut at commas and other clause punctuation."""
    segments: list[list[Token]] = [[]]
    for token in sentence.doc[sentence.start:end]:
        if token.text in CLAUSE_PUNCT:
            segments.append([])
        else:
            segments[-1].append(token)
    return [s for s in segments if s]


def _is_subordinate(segment: list[Token]) -> bool:
    first = segment[0]
    if first.tag_ in SUBORDINATE_OPENERS:
        return True
    # "..., mit dem er ...": preposition + relative pronoun.
    return len(segment) > 1 and first.tag_ == "APPR" and segment[1].tag_ in SUBORDINATE_OPENERS


@Language.factory("chronist_de_separable")
def make_separable(nlp: Language, name: str) -> SeparableVerbs:
    return SeparableVerbs()
