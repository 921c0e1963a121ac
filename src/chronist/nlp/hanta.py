"""HanTa (Hanover Tagger, bundled German model) as a spaCy component.

HanTa tags and lemmatises a whole sentence at once (HMM over its morphological
analyses), so we hand it each sentence's words and copy its STTS tag, Universal POS,
lemma and the features the tag implies onto the spaCy tokens.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from functools import cache, lru_cache
from pathlib import Path

from HanTa import HanoverTagger
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from spacy.vocab import Vocab

from chronist.nlp.datafiles import TagEntry, TagRuleEntry, lemma_rules, tag_rules, tagset
from chronist.nlp.hanta_fast import FastHanta
from chronist.nlp.hanta_table import AnalysisTable

HANTA_MODEL = "morphmodel_ger.pgz"
# HanTa analyses each word form (morpheme Viterbi) anew in every sentence; the analyses
# depend on the form (and tag) alone, and word forms repeat (Zipf), so they are memoised.
CACHE_WORD_ANALYSES = 200_000
# Sentences repeat (training epochs, boilerplate lines in news feeds); HanTa's Viterbi
# is the slowest step of the German pipeline, so recent results are kept.
CACHE_SENTENCES = 20_000
_ROMAN = re.compile(r"[IVXLCDM]+")
# A tag set entry as a token stores it: tag (string id), UPOS (id), features or None.
_EntryIds = tuple[int, int, MorphAnalysis | None]


@cache
def hanta_tagger() -> HanoverTagger.HanoverTagger:
    """The HanTa model (0.15 s to load), once per process, with its per-word analyses
    memoised: tag probabilities of a form and the lemma of a form under a tag."""
    tagger = HanoverTagger.HanoverTagger(HANTA_MODEL)
    # HanTa's Viterbi searches over only the tags that can score (identical results).
    fast = FastHanta.for_model(tagger)
    if fast is not None:
        fast.install()
    # Frequent forms' analyses as HanTa computed them for the shipped table (the rest
    # computed as before).
    table = AnalysisTable.load(hanta_model_path())
    if table is not None:
        table.install(tagger)
    memo = lru_cache(maxsize=CACHE_WORD_ANALYSES)
    # Instance attributes shadow the methods, so HanTa's own calls go through the memo.
    tagger.analyze_forward = memo(tagger.analyze_forward)
    tagger._analyze = memo(tagger._analyze)
    # A form's segmentation under a tag, which `_analyze` finds anew for each spelling
    # ("Die", "die") and taglevel (lemma, stem check) of the same lower-cased form.
    tagger.analyze_viterbi = memo(tagger.analyze_viterbi)
    return tagger


def hanta_model_path() -> Path:
    """The model file HanoverTagger(HANTA_MODEL) reads: a file of that name in the working
    directory, else the one bundled with HanTa."""
    local = Path(HANTA_MODEL)
    return local if local.exists() else Path(HanoverTagger.__file__).parent / HANTA_MODEL


def known_to_hanta(word: str, tags: tuple[str, ...] = ("NE", "NN")) -> bool:
    """Whether HanTa's lexicon has `word` as a word it saw or a stem of one of `tags`."""
    tagger = hanta_tagger()
    lower = word.lower()
    return lower in tagger.cache or any(
        lower in tagger.LP_m_t.get(tagger.tag2int.get(tag), {}) for tag in tags
    )


class HantaTagger:
    """Writes `tag_` (STTS), `pos_` (UPOS), `lemma_` and tag features on German tokens."""

    def __init__(self, lang: str = "de") -> None:
        self.tags = tagset(lang)
        self.tag_rules = tag_rules(lang)
        self.tagger = hanta_tagger()
        self.space = self.tags["_SP"]
        rules = lemma_rules(lang)
        self.unknown_stem = rules.get("unknown-stem", {})
        self.keep_case = rules.get("keep-case", {})
        # STTS tag -> HanTa's name for it ("ADJA" -> "ADJ(A)"; "NN", not HanTa's NNA/NNI).
        self._hanta_tags: dict[str, str] = {}
        for tag, entry in self.tags.items():
            if tag in self.tagger.tag2int and self._hanta_tags.get(entry.stts) != entry.stts:
                self._hanta_tags[entry.stts] = tag
        self._cache: OrderedDict[tuple[str, ...], list[tuple[str, str, str]]] = OrderedDict()
        # A tag set entry's tag, UPOS and features as the ids a token stores, for the
        # vocab they were made in (`_entry_ids`): the strings are hashed and the
        # features parsed once, not for every token.
        self._vocab: Vocab | None = None
        self._ids: dict[int, _EntryIds] = {}
        # (form, HanTa's lemma, HanTa's tag, id of the tag set entry) -> final lemma:
        # a function of these alone, and word forms repeat.
        self._lemmas: dict[tuple[str, str, str, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        # Without sentence boundaries (NER training on pre-tokenised text, whose
        # sentence ends we must not impose) HanTa reads the whole Doc as one sequence.
        spans = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        if doc.vocab is not self._vocab:
            self._vocab, self._ids = doc.vocab, {}
        for sentence in spans:
            self._tag_sentence(sentence)
        return doc

    def _tag_sentence(self, sentence: Span) -> None:
        words = [t for t in sentence if not t.is_space]
        for token in sentence:
            if token.is_space:
                _apply(token, self._entry_ids(self.space), token.text)
        if not words:
            return
        tagged = self._tag_words(tuple(t.text for t in words))
        lemmas = self._lemmas
        if len(lemmas) > CACHE_WORD_ANALYSES:
            lemmas.clear()
        for token, (_, lemma, tag) in zip(words, tagged, strict=True):
            entry = self.tags.get(tag) or self.tags["UNKNOWN"]
            if token.is_punct and entry.upos != "PUNCT":
                # Typographic quotes and dashes are unknown to HanTa's model.
                entry = self.tags["$("]
            form = token.text
            key = (form, lemma, tag, id(entry))
            final = lemmas.get(key)
            if final is None:
                final = lemmas[key] = self._final_lemma(form, lemma, tag, entry)
            _apply(token, self._entry_ids(entry), final)

    def _entry_ids(self, entry: TagEntry) -> _EntryIds:
        ids = self._ids.get(id(entry))
        if ids is None:
            vocab = self._vocab
            assert vocab is not None
            # As `token.set_morph(feats or None)`: no features is the id 0, no analysis.
            morph = MorphAnalysis(vocab, entry.feats) if entry.feats else None
            ids = (vocab.strings.add(entry.stts), UPOS_IDS[entry.upos], morph)
            self._ids[id(entry)] = ids
        return ids

    def lemma(self, form: str, stts: str) -> str | None:
        """The lemma `__call__` gives `form` when HanTa tags it `stts` (None if HanTa has
        no such tag): for a word whose tag was chosen on other tokens."""
        tag = self._hanta_tags.get(stts)
        if tag is None:
            return None
        lemma = self.tagger._analyze(form, self.tagger.tag2int[tag], taglevel=1)[0]
        return self._final_lemma(form, lemma, tag, self.tags[tag])

    def _final_lemma(self, form: str, lemma: str, tag: str, entry: TagEntry) -> str:
        lemma = _lemma(form, lemma, entry)
        stts = entry.stts
        if lemma != form and (
            self._cut_unknown_stem(form, tag, stts) or self._lost_case(form, lemma, stts)
        ):
            return form
        return lemma

    def _lost_case(self, form: str, lemma: str, stts: str) -> bool:
        """A capitalised indeclinable word HanTa lower-cased ("Münchner" -> "münchner")."""
        endings = self.keep_case.get(stts)
        return bool(endings) and form[:1].isupper() and lemma == form.lower() and (
            form.endswith(endings)
        )

    def _cut_unknown_stem(self, form: str, tag: str, stts: str) -> bool:
        """Whether HanTa cut one of the endings `data/nlp/lemma-rules-<lang>.yaml` lists
        for `stts` off a stem its lexicon does not know ("Georgetown" -> "Georgetow")."""
        endings = self.unknown_stem.get(stts)
        tagger = self.tagger
        if not endings or tag not in tagger.tag2int or form.lower() in tagger.cache:
            return False  # HanTa saw the word itself in training: its lemma is learnt
        _, morphemes, _ = tagger._analyze(form, tagger.tag2int[tag], taglevel=3)
        suffixes = [m for m, t in morphemes if t.startswith("SUF")]
        if len(suffixes) != 1 or suffixes[0] not in endings:
            return False
        return any(m not in tagger.LP_m_t.get(tagger.tag2int[t], {}) for m, t in morphemes)

    def _past_after_subject(
        self, tagged: list[tuple[str, str, str]], rule: TagRuleEntry
    ) -> list[tuple[str, str, str]]:
        """`tagged` with the weak past tenses HanTa took for attributive participles
        retagged as finite verbs (data/nlp/tag-rules-<lang>.yaml, `TagRuleEntry`)."""
        verb = self._hanta_tags.get(rule.to_tag)
        if verb is None:
            return tagged
        stts = [self._stts(tag) for _, _, tag in tagged]
        fixed = list(tagged)
        for i, (form, lemma, _) in enumerate(tagged):
            if (
                stts[i] == rule.from_tag
                and i > 0
                and stts[i - 1] in rule.subject_tags
                and tagged[i - 1][0].lower() not in rule.count_words
                and self._weak_past_form(form, lemma, verb, rule)
                and not self._finite_in_stretch(stts, i, rule)
                and not self._attributive(stts, i, rule)
            ):
                tense = self.tagger._analyze(form, self.tagger.tag2int[verb], taglevel=1)[0]
                fixed[i] = (form, tense, verb)
        return fixed

    def _stts(self, tag: str) -> str:
        entry = self.tags.get(tag)
        return entry.stts if entry else tag

    def _weak_past_form(self, form: str, lemma: str, verb: str, rule: TagRuleEntry) -> bool:
        """Is `form` (lower case) the participle `lemma` plus a past ending, and no
        ge-participle of a verb not beginning with ge- ("gewählte")?"""
        if not form.islower() or not lemma.endswith("t"):
            return False
        if not any(form == lemma + ending for ending in rule.endings):
            return False
        _, morphemes, _ = self.tagger._analyze(form, self.tagger.tag2int[verb], taglevel=3)
        if not morphemes or not morphemes[0][1].startswith(rule.stem_tag):
            return False
        if rule.plain_prefix and form.startswith(rule.plain_prefix):
            return any(tag == verb for tag, _ in self.tagger.tag_word(form))
        return True

    @staticmethod
    def _stretch(stts: list[str], i: int, rule: TagRuleEntry) -> tuple[int, int]:
        """The span between the boundaries (commas, sentence ends) around `i`."""
        start = i
        while start > 0 and stts[start - 1] not in rule.boundary_tags:
            start -= 1
        end = i
        while end < len(stts) and stts[end] not in rule.boundary_tags:
            end += 1
        return start, end

    def _finite_in_stretch(self, stts: list[str], i: int, rule: TagRuleEntry) -> bool:
        start, end = self._stretch(stts, i, rule)
        return any(tag in rule.finite_tags for tag in stts[start:end])

    def _attributive(self, stts: list[str], i: int, rule: TagRuleEntry) -> bool:
        """An article before `i` followed by a preposition: "die von X produzierten"."""
        start, _ = self._stretch(stts, i, rule)
        for opener in range(start, i):
            if stts[opener] not in rule.opener_tags:
                continue
            after = opener + 1
            while after < i and stts[after] in rule.inner_tags:
                after += 1
            if after < i and stts[after] in rule.preposition_tags:
                return True
        return False

    def _tag_words(self, words: tuple[str, ...]) -> list[tuple[str, str, str]]:
        tagged = self._cache.get(words)
        if tagged is None:
            tagged = self.tagger.tag_sent(list(words), taglevel=1)
            for rule in self.tag_rules:
                tagged = self._past_after_subject(tagged, rule)
            self._cache[words] = tagged
            if len(self._cache) > CACHE_SENTENCES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(words)
        return tagged


def _lemma(form: str, lemma: str, entry: TagEntry) -> str:
    """HanTa's lemma, except where it damages the form.

    HanTa title-cases unknown words ("SPD" -> "Spd", "FC" -> "Fc"); a lemma that
    differs from the form only in case keeps the form's spelling, except for the
    lower-casing of sentence-initial function words ("Die" -> "der"). Number words
    are lower-cased ("Zwei", "Hundert" -> "zwei", "hundert"), Roman numerals kept.
    """
    if entry.upos == "NUM" and form.isalpha() and not _ROMAN.fullmatch(form):
        return form.lower()  # number words are lower-case lemmas in UD ("Zwei" -> zwei)
    if lemma.lower() == form.lower() and entry.upos in {"PROPN", "NOUN", "PUNCT", "NUM", "X"}:
        return form
    return lemma or form


def _apply(token: Token, ids: _EntryIds, lemma: str) -> None:
    tag, pos, morph = ids
    token.tag = tag
    token.pos = pos
    token.lemma_ = lemma
    if morph is None:
        token.set_morph(None)
    else:
        token.morph = morph


@Language.factory("chronist_hanta", default_config={"lang": "de"})
def make_hanta(nlp: Language, name: str, lang: str) -> HantaTagger:
    return HantaTagger(lang)
