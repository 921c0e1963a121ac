"""Matching tokens against the predicate lexicon."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Token

from chronist.events.data import Entry, Lexicon

__all__ = [
    "adverbial_clause",
    "appositive_headline",
    "headline_verb",
    "hyphenated",
    "lemma_of",
    "match",
    "obligation_modals",
    "passive_adjunct",
    "present",
    "verbless",
    "word_in",
]

REFLEXIVE_LEMMAS = frozenset({"sich", "itself", "themselves", "himself", "herself"})
# Past tense (Penn tag) and the perfect auxiliary: a subordinate clause that tells what
# happened, not what may or usually happens ("until a government takes over").
PAST_TAG = "VBD"
PERFECT_AUX = "have"
# The simple present (Penn tags), which tells what happened in a headline.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Common nouns (Penn tags) and the relations of a verb's clause no noun takes (spaCy English).
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
CLAUSE_DEPS = frozenset({"nsubj", "dobj", "mark"})


# The German tag of an adjective used as a predicate or adverb ("sei inakzeptabel"), which
# the tagger may give the adverb's part of speech.
PREDICATIVE_ADJECTIVE_TAG = "ADJD"


def lemma_of(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def verbless(tokens: Iterable[Token]) -> bool:
    """Has the sentence no finite verb, as a headline that leaves out the auxiliary ("Three
    soldiers killed in ambush", "Oppositionsführer freigelassen")?"""
    return not any("Fin" in t.morph.get("VerbForm") for t in tokens)


def headline_verb(token: Token) -> bool:
    """A common noun the parse gives a clause's subject, object or conjunction ("Protesters
    storm embassy", "… after Togo expels diplomats"): in a headline, a verb in the simple
    present without auxiliary or article around it, which the tagger took for a noun."""
    if token.tag_ not in COMMON_NOUN_TAGS:
        return False
    return any(c.dep_ in CLAUSE_DEPS for c in token.children) or appositive_headline(token)


# Modifiers before a noun that a headline's subject is parsed as ("Pakistan summons …").
HEADLINE_SUBJECT_DEPS = frozenset({"compound", "amod"})


def appositive_headline(token: Token) -> bool:
    """"Pakistan summons Afghan envoy": a headline verb that is also a plural noun, its
    subject parsed as a capitalised modifier before it and its object as an apposition."""
    return any(c.dep_ == "appos" for c in token.rights) and any(
        c.dep_ in HEADLINE_SUBJECT_DEPS and c.text[:1].isupper() for c in token.lefts
    )


def word_in(token: Token, words: Collection[str]) -> bool:
    """Is the token, by its lemma or its lower-cased form, one of `words`?"""
    return lemma_of(token) in words or token.lower_ in words


# A clause with one of these (a subject, a conjunction) is no bare participle adjunct.
ADJUNCT_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "mark"})
# Dependencies of an adjective that is the predicate of a copula (spaCy English, TIGER).
PREDICATIVE_DEPS = frozenset({"acomp", "pd"})


def trigger_pos(token: Token) -> str | None:
    """'verb' or 'noun' for a token that can trigger an event, else None."""
    if token.pos_ == "VERB":
        return "verb"
    adjective = token.pos_ == "ADJ" or token.tag_ == PREDICATIVE_ADJECTIVE_TAG
    if token.pos_ == "NOUN" or (adjective and _predicative(token)):
        # A predicative adjective judges like a predicate noun ("The move was reckless",
        # "Das sei inakzeptabel"): the lexicon lists it with the nouns.
        return "noun"
    return None


def _predicative(token: Token) -> bool:
    """The predicate of a copula: spaCy's English attaches it to the copula, UD-style
    German parses attach the copula to it."""
    return token.dep_ in PREDICATIVE_DEPS or any(c.dep_ == "cop" for c in token.children)


def hyphenated(token: Token) -> str | None:
    """The lemma of a hyphenated word the tokenizer split ("sit-in", "U-turn" as "sit",
    "-", "in"): the words before the hyphen joined to the token's lemma, or None."""
    doc = token.doc
    start = token.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    if start == token.i:
        return None
    return "".join(t.lower_ + t.whitespace_ for t in doc[start : token.i]) + lemma_of(token)


def obligation_modals(token: Token, modals: Collection[str]) -> list[str]:
    """The modals of obligation on a verb ("Iran must allow …"), as lemmas the lexicon may
    list: a duty laid on the verb's subject is a demand whatever the verb is, when someone
    says it. Not a perfect ("must have known": an inference about the past)."""
    auxiliaries = [c for c in token.children if c.dep_ == "aux"]
    if any(lemma_of(c) == PERFECT_AUX for c in auxiliaries):
        return []
    return [lemma_of(c) for c in auxiliaries if lemma_of(c) in modals]


def adverbial_clause(
    token: Token,
    conditions: frozenset[str] = frozenset(),
    standing: frozenset[str] = frozenset(),
    heading: bool = False,
) -> str | None:
    """How an adverbial clause headed by `token` reports an act of its own, or None.

    "finite": a past or perfect subordinate clause opened by a conjunction ("…, days after
    Brussels imposed tariffs on …", "as the police cracked down"), not a condition
    (`conditions`: "if", "unless"); "participle": a present-participle clause that adds a
    second act of the same doer ("…, accusing the agency of …"); "passive": a passive
    participle clause telling an act of another doer done to the main clause's subject
    (`passive_adjunct`; not one of the `standing` participles of a relation, "Backed by
    Iran, the Houthis …"). A purpose infinitive ("… to demand reforms") is what the main
    act is for, no act of its own. In a `heading` the simple present tells the past as well
    ("Haiti recalls envoy as Dominican Republic steps up deportations").
    """
    misread = heading and headline_verb(token)
    if token.dep_ != "advcl" or (token.pos_ not in {"VERB", "AUX"} and not misread):
        return None
    children = list(token.children)
    marks = [lemma_of(c) for c in children if c.dep_ == "mark"]
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return None
    if marks:
        if any(mark in conditions for mark in marks):
            return None
        verbs = [token, *(c for c in children if c.dep_ in {"aux", "auxpass"})]
        past = any(v.tag_ == PAST_TAG or lemma_of(v) == PERFECT_AUX for v in verbs)
        headline_present = heading and verbs == [token] and (
            token.tag_ in PRESENT_TAGS or misread
        )
        return "finite" if past or headline_present else None
    if token.tag_ == "VBG":
        return "participle"
    if passive_adjunct(token) and token.lower_ not in standing:
        return "passive"
    return None


def passive_adjunct(token: Token) -> bool:
    """A past participle heading an adverbial clause with a by-agent and no subject,
    auxiliary or conjunction of its own ("Accused by Washington of …, Iran denied …"): a
    passive whose patient is the main clause's subject, an act of its own (English tags)."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in token.children)
        and not any(c.dep_ in ADJUNCT_OWN_DEPS or c.dep_.startswith("aux") for c in token.children)
    )


def match(
    lexicon: Lexicon,
    pos: str,
    lemmas: Iterable[str],
    context: set[str],
    attached: set[str],
) -> tuple[Entry, bool] | None:
    """The most specific entry for one of `lemmas` whose frame words are present.

    `context` holds the lower-cased lemmas and word forms of the clause, `attached` those of
    the trigger's own dependents. Returns the entry and whether it matched through a
    German compound's head noun.
    """
    reflexive = bool(context & REFLEXIVE_LEMMAS)
    # German compounds carry their head's meaning: "Wirtschaftshilfe" is a "Hilfe".
    compounds = lexicon.language == "de"
    lemmas = _spellings(lemmas) if compounds else list(lemmas)
    for lemma in lemmas:
        entry = _first_fitting(
            lexicon.candidates(pos, lemma), context, attached, reflexive, compounds,
            lexicon.suffixes,
        )
        if entry:
            return entry, False
    if pos == "noun" and compounds:
        for lemma in lemmas:
            head = lexicon.compound_head(lemma)
            if head:
                candidates = lexicon.candidates(pos, head)
                entry = _first_fitting(
                    candidates, context, attached, reflexive, compounds, lexicon.suffixes
                )
                if entry:
                    return entry, True
    return None


def _spellings(lemmas: Iterable[str]) -> list[str]:
    """German lemmas and their reformed spelling: the lemmatizer gives some nouns in the
    spelling before 1996 ("Beschuß", "Prozeß"), the lexicon has today's ("Beschuss")."""
    spellings: list[str] = []
    for lemma in lemmas:
        spellings.append(lemma)
        if "ß" in lemma:
            spellings.append(lemma.replace("ß", "ss"))
    return spellings


def present(
    words: frozenset[str],
    context: set[str],
    compounds: bool,
    suffixes: frozenset[str] = frozenset(),
) -> bool:
    """Is one of `words` in `context`? With `compounds` (German), also as the head of a
    compound in it: "Friedensgespräche" holds "gespräche", but "Botschaft" no "haft": a
    word is no compound of a frame word that is only the end of its derivational suffix."""
    if words & context:
        return True
    return compounds and any(
        c.endswith(w) and not _inside_suffix(c, w, suffixes)
        for c in context
        for w in words
        if len(w) >= 4
    )


def _inside_suffix(word: str, head: str, suffixes: frozenset[str]) -> bool:
    """The frame word `head` ends only a derivational suffix of `word`, no compound's last
    part ("Botschaft" ends in "haft" as "-schaft": no custody)."""
    return any(len(s) > len(head) and s.endswith(head) and word.endswith(s) for s in suffixes)


def _first_fitting(
    candidates: list[Entry],
    context: set[str],
    attached: set[str],
    reflexive: bool,
    compounds: bool,
    suffixes: frozenset[str] = frozenset(),
) -> Entry | None:
    for entry in candidates:
        if entry.with_all and not all(w in attached for w in entry.with_all):
            continue
        if entry.with_any and not present(entry.with_any, context, compounds, suffixes):
            continue
        if entry.without and present(entry.without, context, compounds, suffixes):
            continue
        if entry.reflexive and not reflexive:
            continue
        return entry
    return None
