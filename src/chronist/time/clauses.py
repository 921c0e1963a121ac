"""Clauses from the dependency parse: which verb a word's clause hangs on, its tense,
and whether the clause tells background (a relative clause, a participle, a plan).

A time belongs to the verb that governs it: "Ana Ruiz, who fled abroad in May, thanked …"
dates the flight, not the thanks; "das im Mai geschlossene Abkommen"
dates the signing; "agrees to raise quotas from June" dates the raise. Such
times date neither the clause around them nor a later event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

_VERBS = ("VERB", "AUX")
_AUX_DEPS = ("aux", "aux:pass", "auxpass")
_SUBJECTS = ("nsubj", "nsubjpass", "nsubj:pass", "expl")
_PASSIVE_AUX_DEPS = ("aux:pass", "auxpass")
_INFINITIVE_TAGS = ("VB", "VVINF", "VAINF", "VMINF")
_OBJECTS = ("dobj", "obj")
_INFINITIVE_COMPLEMENTS = ("xcomp",)


@dataclass(frozen=True, slots=True)
class ClauseLexicon:
    """The part of the language's time lexicon that reading clauses needs: lemmas of the
    auxiliaries of the future, the perfect, a possibility and mere tense support; the
    relations of background and reported clauses; participles, invitations and plans."""

    future: frozenset[str]
    perfect: frozenset[str]
    possibility: frozenset[str] = frozenset()
    support: frozenset[str] = frozenset()
    background: frozenset[str] = frozenset()
    participle: re.Pattern[str] | None = None
    """Lemmas of participles where the tagger gives adjectives no VerbForm (German)."""
    adverbial_tags: frozenset[str] = frozenset()
    """Tags of adjectives standing as adverbs ("erneut"): no attributive participle."""
    invitation_verbs: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    """Lemmas of verbs whose bare infinitive lies ahead ("promised to present")."""
    invitation_prepositions: frozenset[str] = frozenset()
    reported: frozenset[str] = frozenset()
    """Relations of a clause telling what someone said (its past perfect is shifted back)."""
    subordinators: frozenset[str] = frozenset()
    """Conjunctions of a clause of time or cause ("nachdem", "after"): no report."""
    anterior: frozenset[str] = frozenset()
    """Conjunctions of a clause of what happened before the clause above ("after")."""
    scheduling: frozenset[str] = frozenset()
    """Lemmas of verbs whose object is a happening set for later ("planned a march")."""
    stative: frozenset[str] = frozenset()
    """Perfect auxiliaries that with a participle of scheduling tell a state ("ist für
    Freitag angesetzt"): no perfect, nothing has happened."""
    concessive: frozenset[str] = frozenset()
    """Prepositions of a phrase that tells what the clause happens in spite of ("despite
    the talks resumed last year"): a time inside it dates that, not the clause."""
    attributes: frozenset[str] = frozenset()
    """Prepositions of a noun's attribute naming its time ("der Vertrag von 1920"): a
    year there dates the noun, not the clause."""
    purposes: frozenset[str] = frozenset()
    """Prepositions of the period a noun is for ("Quoten für 2026"): a year there dates
    the noun, not the clause."""
    saying_adverbials: frozenset[str] = frozenset()
    """Relations of a phrase the parser hangs on a reported verb though it stands before
    that clause's subject ("said [on Monday] it would …"): it belongs to the saying."""
    misread_subjects: frozenset[str] = frozenset()
    """Relations of a noun that is the subject of a trailing clause of saying the parser
    read as a participle ("…, the presidency announced on Saturday")."""


@dataclass(frozen=True, slots=True)
class Clause:
    """The clause a word stands in."""

    head: int
    """Offset of the clause's verb (or attributive participle)."""
    tense: str
    """"Past", "Pres", "Fut" (also a possibility: "could", "könnten"), "Pqp" or ""."""
    chain: tuple[int, ...]
    """Offsets of this clause's head and of the heads of the clauses above it."""
    background: bool
    """The clause, or one it stands in, tells background about a noun or looks ahead."""
    ahead: bool = False
    """The clause itself looks ahead: a plan, a possibility, the meeting one is invited
    to ("will meet", "could test", "promised to present", "to talks on Friday")."""
    attached: tuple[int, ...] = ()
    """Offsets of the words between the head and the clause above: the noun a relative
    clause or participle tells about ("curbs … imposed in November")."""
    done: bool = False
    """The clause tells what has happened: a past or perfect tense ("agreed", "has
    agreed", "hat zugesagt", "ist verlegt worden"), which no day after the writing dates."""
    flashback: bool = False
    """A past perfect that goes back behind the story's present ("hatte … vermittelt"),
    not one a report shifted back ("said the state had drawn a blank")."""
    reported: bool = False
    """The clause, or one it stands in, tells what someone said (a reported relation or
    the Konjunktiv: "er sei am Montag in Berlin"): its present is the speaker's."""
    told_past: bool = False
    """The verb or its auxiliary is a finite past ("signed", "was signed", "hatte
    unterzeichnet"), not a present passive whose participle the tagger calls past ("is
    expected")."""
    anterior: bool = False
    """A conjunction opens the clause as what happened before the clause above ("summoned
    the envoy on Thursday after a court refused", "nachdem … abgelehnt hatte")."""


def clauses(analysis: Any, lexicon: ClauseLexicon) -> dict[int, Clause]:
    """Token offset -> the clause it stands in; empty without a dependency parse."""
    if analysis is None or not hasattr(analysis, "has_annotation") \
            or not analysis.has_annotation("DEP"):
        return {}
    builder = _Builder(lexicon)
    found = {token.idx: builder.clause(builder.head_of(token)) for token in analysis}
    for token in analysis:
        for offset in _inside_attribute(token, lexicon):
            found[offset] = builder.clause(token)
        if (verb := builder.inviting_verb(token)) is not None:
            for offset in _after_meeting(token, verb):
                found[offset] = builder.clause(token)
    for token in analysis:
        if (noun := _conceded(token, lexicon)) is not None:
            clause = builder.clause(builder.head_of(noun.head))
            _background(found, clause, noun, head=token, attached=noun)
    for token in analysis:
        if (noun := _dated_noun(token, lexicon)) is not None:
            # The year tells about the noun, as a relative clause would: it dates the noun
            # ("criticised the deal of 2015" when the deal is the event), not the clause.
            _background(found, found[token.idx], token, head=noun, attached=noun)
    for token in analysis:
        if (noun := _purpose_noun(token, lexicon)) is not None:
            # "Fangquoten für 2026": the year says which quota is meant, not when the
            # clause happened.
            _background(found, found[token.idx], token, head=noun, attached=noun)
    for token in analysis:
        if (verb := _saying_before_subject(token, lexicon)) is not None:
            # "said on Monday it would provide …": the parser hangs the day on the
            # reported verb; it stands before that clause's subject, in the saying.
            saying = builder.clause(builder.head_of(verb))
            for word in token.subtree:
                found[word.idx] = saying
    return found


def _purpose_noun(time: Any, lexicon: ClauseLexicon) -> Any | None:
    """The noun a time belongs to as the period it is for ("die Quoten für 2026", "the
    budget for 2027": a year in figures after one of the lexicon's prepositions right
    after the noun, however the parser hung it); None for any other word."""
    doc = time.doc
    if time.shape_ != "dddd" or not time.like_num or time.i < 2:
        return None
    preposition, noun = doc[time.i - 1], doc[time.i - 2]
    if preposition.lower_ not in lexicon.purposes or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _saying_before_subject(phrase: Any, lexicon: ClauseLexicon) -> Any | None:
    """The verb of saying a phrase belongs to when the parser hung it on the reported
    verb below it although it stands between the two, before the reported clause's
    subject ("said [on Monday] it would …"): the verb of saying, else None."""
    verb = phrase.head
    if phrase.dep_ not in lexicon.saying_adverbials or verb.dep_ not in lexicon.reported \
            or not verb.head.i < phrase.i < verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not phrase.right_edge.i < subject.left_edge.i:
        return None
    return verb.head


def _background(found: dict[int, Clause], clause: Clause, phrase: Any, head: Any,
                attached: Any) -> None:
    """The words of `phrase` that stand in `clause` (not in a clause of their own) stand
    in a background clause headed by `head` and attached to `attached` instead: what it
    dates is not the clause around it."""
    background = replace(clause, head=head.idx, chain=(head.idx, *clause.chain),
                         background=True, ahead=False, attached=(attached.idx,),
                         done=False, flashback=False)
    for word in phrase.subtree:
        if found[word.idx].chain == clause.chain:
            found[word.idx] = background


def _dated_noun(year: Any, lexicon: ClauseLexicon) -> Any | None:
    """The noun a year in figures is the attribute of, after one of the lexicon's
    prepositions ("der Vertrag von 1920", "the treaty of 1920"); not a year a time noun
    takes ("im Jahr 2020") nor one the verb governs ("signed in 2015"). A year before
    its noun stays the clause's: "a 2013 ruling stripped them of …" tells when."""
    if year.shape_ != "dddd" or not year.like_num or year.head.i == year.i:
        return None
    head = year.head
    if year.dep_ == "pobj" and head.lemma_.lower() in lexicon.attributes:
        noun = head.head  # spaCy English: the preposition hangs on the noun
    elif any(child.dep_ == "case" and child.lemma_.lower() in lexicon.attributes
             for child in year.children):
        noun = head  # UD: the year hangs on the noun, the preposition marks it
    else:
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < year.i else None


def _conceded(preposition: Any, lexicon: ClauseLexicon) -> Any | None:
    """The noun of a concessive phrase ("despite the resumption of talks last year",
    "trotz der Einigung"), which the preposition governs (English) or marks (UD German)."""
    if preposition.lemma_.lower() not in lexicon.concessive or preposition.pos_ != "ADP":
        return None
    if preposition.dep_ == "case":
        noun = preposition.head
    else:
        noun = next((c for c in preposition.children if c.dep_ in ("pobj", "obj")), None)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") \
        and noun.head.i != noun.i else None


def _after_meeting(noun: Any, verb: Any) -> list[int]:
    """Offsets of the phrase right after the meeting someone is invited to ("lud … zu
    Gesprächen [am Donnerstag] ein"): it tells the meeting's day, even where the parser
    hung it on the verb."""
    if noun.i + 1 >= len(noun.doc):
        return []
    word = noun.doc[noun.i + 1]
    phrase = word if word.head.i == verb.i else word.head
    if phrase.head.i != verb.i or phrase.left_edge.i != noun.i + 1 or phrase.pos_ in _VERBS:
        return []
    return [w.idx for w in phrase.subtree]


def _inside_attribute(adjective: Any, lexicon: ClauseLexicon) -> list[int]:
    """Offsets of the words between an article and the attributive participle after it:
    "den [im Dezember in Genf] geschlossenen Vertrag". They belong to the participle
    whatever the parser hung them on (it often takes "im Dezember" for the verb's)."""
    if not _attributive(adjective, lexicon) or adjective.head.i <= adjective.i:
        return []
    words = []
    for word in reversed(adjective.doc[adjective.sent.start:adjective.i]):
        if _fused_article(word) and word.head.i == adjective.head.i:
            # a preposition fused with the article of the participle's own noun opens its
            # phrase: "im vergangenen Monat" is a time, nothing before it the participle's
            # ("hat den Staat im vergangenen Monat anerkannt")
            return []
        if word.pos_ == "DET" and not _inner(word, adjective):
            return [w.idx for w in reversed(words)] if len(words) > 1 else []
        if word.pos_ in (*_VERBS, "PUNCT", "SCONJ", "PRON") \
                or (word.pos_ == "CCONJ" and word.dep_ == "cc"):  # not "mehr als"
            return []
        words.append(word)
    return []


def _inner(article: Any, adjective: Any) -> bool:
    """An article of a noun inside the phrase before the participle ("des [vor einem Jahr]
    gekaperten Frachters"), not that of the participle's own noun or of one before it."""
    return article.i < article.head.i < adjective.i


def _fused_article(word: Any) -> bool:
    """A preposition fused with its article ("im", "am", "zum"; UD PronType=Art)."""
    return word.pos_ == "ADP" and "Art" in word.morph.get("PronType")


class _Builder:
    def __init__(self, lexicon: ClauseLexicon) -> None:
        self.lexicon = lexicon
        self.built: dict[int, Clause] = {}

    def head_of(self, token: Any) -> Any:
        """The verb governing `token` (itself if a verb), or an attributive participle
        that a word below it hangs on."""
        verb = token
        # Bounded walk: a repaired parse may hold a cycle, which must not hang the stage.
        for _ in range(len(token.sent)):
            if verb.pos_ in _VERBS or verb.head.i == verb.i:
                break
            if verb is not token and (
                    self.meeting(verb) or _attributive(verb, self.lexicon)):
                # "das im Mai geschlossene Abkommen", "invited … to talks on Friday"
                return verb
            verb = verb.head
        if verb.dep_ in _AUX_DEPS and verb.head.pos_ in _VERBS:
            verb = verb.head  # a phrase the parser hung on the auxiliary: its verb's
        return verb

    def clause(self, head: Any, depth: int = 0) -> Clause:
        if head.i in self.built:
            return self.built[head.i]
        parent: Clause | None = None
        attached: list[int] = []
        if head.head.i != head.i and depth < len(head.sent):
            upper = self.head_of(head.head)
            if upper.i != head.i:
                parent = self.clause(upper, depth + 1)
                word = head.head
                for _ in range(len(head.sent)):
                    if word.i == upper.i:
                        break
                    attached.append(word.idx)
                    word = word.head
        meeting = self.meeting(head)
        tense = "Fut" if meeting else verb_tense(head, self.lexicon)
        ahead = meeting or self._looks_ahead(head, tense) or self._scheduled(head)
        own = ahead or (head.dep_ in self.lexicon.background and not self._saying(head))
        reports = self._reports(head)
        clause = Clause(
            head.idx, tense, (head.idx, *(parent.chain if parent else ())),
            own or bool(parent and parent.background), ahead, tuple(attached),
            not ahead and _happened(head, tense, self.lexicon),
            tense == "Pqp" and not reports,
            reports or _subjunctive(head) or bool(parent and parent.reported),
            _finite_past(head), self._opened_by(head, self.lexicon.anterior))
        self.built[head.i] = clause
        return clause

    def _reports(self, head: Any) -> bool:
        """The clause tells what someone said: a reported relation, unless a conjunction
        of time or cause opens it ("erst eingelenkt, nachdem Brüssel … zugesichert hatte",
        which the parser may take for a complement)."""
        return head.dep_ in self.lexicon.reported \
            and not self._opened_by(head, self.lexicon.subordinators)

    @staticmethod
    def _opened_by(head: Any, conjunctions: frozenset[str]) -> bool:
        """Whether one of `conjunctions` opens the clause of `head`."""
        return any(child.dep_ == "mark" and child.lemma_.lower() in conjunctions
                   for child in head.children)

    def _saying(self, participle: Any) -> bool:
        """A trailing clause of saying the parser read as a participle on its subject
        ("Iran freed them, the presidency announced on Saturday": the noun hung on the
        main verb before it as an adverbial, the participle right after the noun and
        without an object of its own)."""
        noun = participle.head
        verb = noun.head
        return noun.dep_ in self.lexicon.misread_subjects and verb.pos_ in _VERBS \
            and verb.i < noun.i == participle.i - 1 and "Part" in participle.morph.get("VerbForm") \
            and not any(child.dep_ in _OBJECTS for child in participle.children)

    def meeting(self, noun: Any) -> bool:
        """The meeting someone is invited to ("invited the envoys to talks on Friday"):
        it lies ahead of the invitation, and its day is not the invitation's."""
        return self.inviting_verb(noun) is not None

    def inviting_verb(self, noun: Any) -> Any | None:
        """The verb inviting to `noun` through a preposition: hung on the preposition
        ("invite … to talks", spaCy English) or with the preposition as its case marker
        ("zu Gesprächen einladen", UD German)."""
        if noun.pos_ != "NOUN" or noun.head.i == noun.i:
            return None
        prepositions = self.lexicon.invitation_prepositions
        verbs = self.lexicon.invitation_verbs
        head = noun.head
        if head.lemma_.lower() in prepositions and head.head.lemma_.lower() in verbs:
            return head.head
        marked = any(child.dep_ == "case" and child.lemma_.lower() in prepositions
                     for child in noun.children)
        return head if marked and head.lemma_.lower() in verbs else None

    def _scheduled(self, verb: Any) -> bool:
        """A happening planned or scheduled as the verb's object ("planned a march on
        Saturday", "has scheduled a news conference Thursday"): its day lies ahead. Not
        a plan to do something ("planned to pay on Friday": the infinitive's clause)."""
        children = list(verb.children)
        return verb.lemma_.lower() in self.lexicon.scheduling and not _negated(verb) \
            and any(child.dep_ in _OBJECTS for child in children) \
            and not any(child.dep_ in _INFINITIVE_COMPLEMENTS for child in children)

    def _looks_ahead(self, verb: Any, tense: str) -> bool:
        """An infinitive clause that is a plan or a possibility: "will meet", "could
        conduct", "werde aufstocken", "soll aufnehmen", "to resume" — not one whose
        auxiliary only carries tense ("did not meet") or a past fact ("musste zurücktreten")."""
        if verb.pos_ not in _VERBS:
            return False
        if tense == "Fut":
            return True
        # a passive infinitive carries its infinitive on the auxiliary ("to be abolished")
        if not any(map(_infinitive, _with_auxiliaries(verb))) or _negated(verb):
            return False  # "could not reach the village on Monday": a past inability
        # the passive's auxiliary ("be", "werden") is no modal: it plans nothing
        modals = [child for child in verb.children
                  if child.dep_ in _AUX_DEPS and child.dep_ not in _PASSIVE_AUX_DEPS
                  and child.pos_ == "AUX"]
        for aux in modals:
            lemma = aux.lemma_.lower()
            if lemma in self.lexicon.support or lemma in self.lexicon.perfect:
                return False
            if "Past" in aux.morph.get("Tense") and "Sub" not in aux.morph.get("Mood"):
                return False
        # a bare (to-/zu-) infinitive lies ahead only after a verb of planning or promising
        # ("promised to present", "beschloss, … zu entsenden"), not after "began", "was
        # allowed", nor in a purpose clause ("to mark the entry on Friday")
        return bool(modals) or (verb.head.i != verb.i
                                and verb.head.lemma_.lower() in self.lexicon.plans)


def _attributive(adjective: Any, lexicon: ClauseLexicon) -> bool:
    """An attributive participle ("das im Mai geschlossene Abkommen"), not
    any adjective a parser hung a time on ("am Freitag weitere Systeme")."""
    return adjective.pos_ == "ADJ" and adjective.dep_ in lexicon.background \
        and adjective.tag_ not in lexicon.adverbial_tags and _participle(adjective, lexicon)


def _participle(word: Any, lexicon: ClauseLexicon) -> bool:
    """A participle by its features, its tag, or (German adjectives carry neither) the
    form of its lemma ("unterzeichnet", "geschlossen", "andauernd", not "weit")."""
    return "Part" in word.morph.get("VerbForm") or word.tag_ in ("VBN", "VBG") or bool(
        lexicon.participle and lexicon.participle.fullmatch(word.lemma_.lower()))


def _happened(verb: Any, tense: str, lexicon: ClauseLexicon) -> bool:
    """A past tense, or a participle with a perfect auxiliary ("has agreed", "hat
    zugesagt", "ist … verlegt worden"): the clause tells what has happened."""
    if verb.pos_ not in _VERBS:
        return False
    if tense in ("Past", "Pqp"):
        return True
    participle = "Part" in verb.morph.get("VerbForm") or verb.tag_ == "VBN"
    # "ist für Freitag angesetzt" is the state of being set, not a perfect
    scheduled = verb.lemma_.lower() in lexicon.scheduling
    return participle and any(child.lemma_.lower() in lexicon.perfect
                              and not (scheduled and child.lemma_.lower() in lexicon.stative)
                              for child in _auxiliaries(verb))


def _with_auxiliaries(verb: Any) -> list[Any]:
    """The verb and its auxiliaries ("hatte … unterzeichnet", "was signed")."""
    return [verb, *_auxiliaries(verb)]


def _auxiliaries(verb: Any) -> list[Any]:
    """The verb's auxiliaries. A participle without one is no predicate alone: a finite
    copula the parser hung on one of its words is its auxiliary ("Bereits 2005 war ein
    Trawler … geflohen", "Eine Runde war Ende Oktober … zu Ende gegangen": 'war' as the
    copula of the noun)."""
    found = [child for child in verb.children if child.dep_ in _AUX_DEPS]
    if found or "Part" not in verb.morph.get("VerbForm"):
        return found
    copulas = [word for child in verb.children for word in child.children
               if word.dep_ == "cop" and word.pos_ == "AUX" and "Fin" in word.morph.get("VerbForm")]
    if copulas:
        return copulas
    return _shared_auxiliaries(verb)


def _shared_auxiliaries(participle: Any) -> list[Any]:
    """The auxiliaries of the participle a bare participle is coordinated with: "hatten
    ihre Zustimmung blockiert und erst eingelenkt", "had blocked the deal and relented"
    tell both in the past perfect."""
    first = participle.head
    if participle.dep_ != "conj" or first.i > participle.i \
            or "Part" not in first.morph.get("VerbForm"):
        return []
    return [child for child in first.children if child.dep_ in _AUX_DEPS]


def _stranded_auxiliary(participle: Any, lexicon: ClauseLexicon) -> Any | None:
    """The finite perfect auxiliary a participle without one of its own hangs on, where
    the parser took the auxiliary for the clause's verb ("Im Oktober hatten … Menschen
    … demonstriert" with "hatten" as the root): the participle's auxiliary."""
    head = participle.head
    if head.i == participle.i or head.i > participle.i \
            or "Part" not in participle.morph.get("VerbForm") or participle.pos_ != "VERB" \
            or participle.dep_ in lexicon.background:
        return None
    if head.lemma_.lower() not in lexicon.perfect or "Fin" not in head.morph.get("VerbForm") \
            or any(child.dep_ in _AUX_DEPS for child in participle.children):
        return None
    return head


def _stranded_participle(auxiliary: Any, lexicon: ClauseLexicon) -> Any | None:
    """The participle a finite perfect auxiliary taken for the clause's verb governs
    (see `_stranded_auxiliary`)."""
    return next((child for child in auxiliary.children
                 if _stranded_auxiliary(child, lexicon) is not None), None)


def _finite_past(verb: Any) -> bool:
    return any("Past" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm")
               for token in _with_auxiliaries(verb))


def _subjunctive(verb: Any) -> bool:
    """The verb or one of its auxiliaries is in the subjunctive (Konjunktiv)."""
    return any("Sub" in token.morph.get("Mood") for token in _with_auxiliaries(verb))


def _negated(verb: Any) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _infinitive(verb: Any) -> bool:
    return "Inf" in verb.morph.get("VerbForm") or verb.tag_ in _INFINITIVE_TAGS


def verb_tense(verb: Any, lexicon: ClauseLexicon) -> str:
    """The tense of a clause's verb from its auxiliaries and features: a future
    auxiliary ("will", "werden" + infinitive) or a possibility ("could test", the
    Konjunktiv II "könnten … beginnen") make it "Fut", a past perfect auxiliary with a
    participle ("hatte … ausgewiesen", "had expelled") "Pqp"."""
    auxiliaries = _auxiliaries(verb)
    if not auxiliaries and (stranded := _stranded_auxiliary(verb, lexicon)) is not None:
        auxiliaries = [stranded]
    elif (participle := _stranded_participle(verb, lexicon)) is not None:
        verb, auxiliaries = participle, [verb]
    # "werden" is future only with an infinitive ("wird reisen", "wird gewählt werden"),
    # not in the passive ("wurde gewählt")
    infinitive = any(_infinitive(token) for token in [verb, *auxiliaries])
    if infinitive and any(aux.lemma_.lower() in lexicon.future for aux in auxiliaries):
        return "Fut"
    perfect = any(aux.lemma_.lower() in lexicon.perfect for aux in auxiliaries)
    # "could not reach the village on Monday" is a past inability, not a possibility
    if infinitive and not perfect and not _negated(verb) and any(
            aux.lemma_.lower() in lexicon.possibility
            or ("Sub" in aux.morph.get("Mood") and "Past" in aux.morph.get("Tense"))
            for aux in auxiliaries):
        return "Fut"
    if "Part" in verb.morph.get("VerbForm") and any(
            aux.lemma_.lower() in lexicon.perfect and "Past" in aux.morph.get("Tense")
            for aux in auxiliaries):
        return "Pqp"
    for token in [verb, *auxiliaries]:
        if tense := token.morph.get("Tense"):
            return tense[0]
    return ""


def tenses(found: Mapping[int, Clause]) -> dict[int, str]:
    """Token offset -> the tense of the verb governing it."""
    return {offset: clause.tense for offset, clause in found.items()}
