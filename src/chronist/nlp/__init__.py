"""The NLP backbone: one spaCy pipeline per language, loaded once per process.

    load(language)            -> spacy.Language (cached)
    analyse(text, language)   -> spacy.tokens.Doc over exactly `text`
    build_stage(language)     -> the pipeline stage `nlp` (assigns doc.analysis)

Everything runs from installed packages and files inside chronist: nothing is
downloaded. What the Doc carries is the `nlp` row of the stage contract in
DEVELOPERS.md: sentences, `tag_`/`pos_`/`lemma_`, `morph`, `dep_`/`head` where a
parser is loaded, and `ents` labelled PER/LOC/ORG/MISC.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from chronist.document import Document
from chronist.errors import UnsupportedLanguageError
from chronist.nlp.ops import use_single_thread_blas

__all__ = ["LANGUAGES", "NlpStage", "analyse", "build_stage", "load"]


def _builders() -> dict[str, Callable[[], Language]]:
    # Imported lazily: building one language must not load the other's model.
    from chronist.nlp.english import build_english
    from chronist.nlp.german import build_german

    return {"de": build_german, "en": build_english}


LANGUAGES = ("de", "en")
# Ingestion caps inputs well below this; spaCy's default (1M characters) is too low
# for a long document dump, and our components are linear in the text length.
MAX_LENGTH = 5_000_000
# spaCy's tokenizer memoises the split of each whitespace-separated chunk, but only the
# first 10,000 chunks it sees (nothing is evicted). Building the knowledge-base name
# matcher tokenises more names than that, so no word of a document was memoised, and
# news text has more distinct chunks than 10,000 anyway (21,000 on the 94 German pages).
# A chunk costs some 50 bytes in the memo: 200,000 of them stay under 10 MB.
TOKENIZER_CACHE = 200_000


@cache
def load(language: str) -> Language:
    """The spaCy pipeline for `language` ("de" or "en"), built once per process."""
    if language not in LANGUAGES:
        raise UnsupportedLanguageError(
            f"no NLP pipeline for language {language!r} (supported: {', '.join(LANGUAGES)})"
        )
    nlp = _builders()[language]()
    nlp.max_length = MAX_LENGTH
    _reset_tokenizer_cache(nlp)
    use_single_thread_blas(nlp)
    _freeze_loaded_objects()
    return nlp


def _reset_tokenizer_cache(nlp: Language) -> None:
    """Empty the tokenizer's memo of what building the pipeline tokenised and let it hold
    TOKENIZER_CACHE chunks (a memo: the tokens are the same with or without it)."""
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "max_cache_size") and hasattr(tokenizer, "_flush_cache"):
        tokenizer.max_cache_size = TOKENIZER_CACHE
        tokenizer._flush_cache()


def _freeze_loaded_objects() -> None:
    """Exempt everything loaded so far (models, lexicons, knowledge base: objects that
    live as long as the process) from the cyclic garbage collector's full passes.

    Each full pass walks every container object in the process; with the German models
    loaded that cost 10 % of the `nlp` stage's CPU time on news pages (gc callbacks,
    0.9 of 9.0 s), most of it re-walking objects that are never garbage. Collecting first
    means only live objects are frozen."""
    gc.collect()
    gc.freeze()


# A line with the line breaks after it: titles, captions and paragraphs often end without
# a full stop, and a parser that reads on runs them into the next sentence.
_LINE = re.compile(r"[^\n]*\n*")


def analyse(text: str, language: str) -> Doc:
    """Analyse `text`; token offsets (`token.idx`) are offsets into `text`."""
    return analyse_with(load(language), text)


def lines_of(text: str) -> list[str]:
    """The lines of `text`, each with the line breaks after it (they join back to it)."""
    return [match.group() for match in _LINE.finditer(text) if match.group()]


def analyse_with(nlp: Language, text: str) -> Doc:
    """Each line (paragraph, title, caption) analysed on its own, so that no sentence
    spans a line break, then joined into one Doc over exactly `text`."""
    lines = lines_of(text)
    with _without_cyclic_gc():
        if len(lines) <= 1:
            return nlp(text)
        return Doc.from_docs(list(nlp.pipe(lines)), ensure_whitespace=False)


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while one document is analysed.

    The pipeline allocates millions of small objects per document (HanTa's searches, the
    models' layers), almost all freed by reference counting; their allocations alone set
    off the collector some ten times per German news page, and its passes re-walk the
    analyses memoised so far (5 % of the German stage's CPU time: 1.2 of 22.9 s on the
    94 pages). Paused, the garbage of one document (a few cycles at most) is collected
    at the first pass after it. Where the caller paused the collector, it stays paused."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class NlpStage:
    """Pipeline stage 1: `doc.analysis` = the spaCy Doc over `doc.text`."""

    name = "nlp"
    requires = ("text", "language")
    assigns = ("analysis",)

    def __init__(self, language: str) -> None:
        self.language = language
        self.nlp = load(language)

    def __call__(self, doc: Document) -> Document:
        doc.analysis = analyse_with(self.nlp, doc.text)
        return doc


def build_stage(language: str) -> NlpStage:
    return NlpStage(language)
