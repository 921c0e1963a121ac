"""Offline language identification (lingua), restricted to the languages chronist reads
plus their common neighbours, so that an unsupported language is named, not guessed."""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from chronist.errors import UnsupportedLanguageError

SUPPORTED = ("de", "en")
# Languages we recognise in order to refuse them clearly: the news languages of Europe and
# of the countries whose English-language press also prints other languages (South Africa,
# India, East Africa …). A language missing here is silently mistaken for its nearest
# candidate — a Xhosa page once passed for German — so the list errs on the long side.
_CANDIDATES = (
    Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
    Language.DUTCH, Language.PORTUGUESE, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
    Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.SWEDISH, Language.DANISH,
    Language.BOKMAL, Language.FINNISH, Language.CZECH, Language.SLOVAK, Language.HUNGARIAN,
    Language.ROMANIAN, Language.CROATIAN, Language.SERBIAN, Language.SLOVENE,
    Language.BULGARIAN, Language.GREEK, Language.LATVIAN, Language.LITHUANIAN,
    Language.ESTONIAN, Language.ALBANIAN, Language.CATALAN, Language.PERSIAN, Language.HEBREW,
    Language.HINDI, Language.JAPANESE, Language.KOREAN, Language.INDONESIAN, Language.MALAY,
    Language.AFRIKAANS, Language.ZULU, Language.XHOSA, Language.SOTHO, Language.TSWANA,
    Language.TSONGA, Language.SWAHILI, Language.SOMALI, Language.YORUBA,
)
_SAMPLE_CHARS = 3000


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CANDIDATES).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None if it cannot be told."""
    language = _detector().detect_language_of(text[:_SAMPLE_CHARS])
    return language.iso_code_639_1.name.lower() if language else None


def require_supported(text: str, given: str | None = None) -> str:
    """The language to process `text` in; raise if it is not one chronist reads."""
    language = (given or detect_language(text) or "").lower()
    if language not in SUPPORTED:
        name = language or "an unidentified language"
        try:
            name = Language.from_iso_code_639_1(IsoCode639_1.from_str(language)).name.title()
        except (ValueError, AttributeError):
            pass
        raise UnsupportedLanguageError(
            f"the text is in {name}; chronist reads {' and '.join(SUPPORTED)} "
            "(use --lang to override a wrong guess)"
        )
    return language
