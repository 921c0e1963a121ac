from __future__ import annotations

import pytest

from chronist.errors import UnsupportedLanguageError
from chronist.ingest import detect_language
from chronist.ingest.language import require_supported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung hat am Montag den Botschafter einbestellt.", "de"),
        ("The foreign ministry summoned the ambassador on Monday.", "en"),
        ("De regering heeft maandag de ambassadeur op het matje geroepen.", "nl"),
        ("Ministerstwo spraw zagranicznych wezwało w poniedziałek ambasadora.", "pl"),
        ("Ministerstvo zahraničí v pondělí předvolalo velvyslance.", "cs"),
        ("Regeringen kallade på måndagen upp ambassadören till ett möte.", "sv"),
    ],
)
def test_language_detects_news_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_language_refusal_names_the_language() -> None:
    with pytest.raises(UnsupportedLanguageError, match="Dutch"):
        require_supported("De regering heeft maandag de ambassadeur op het matje geroepen.")


def test_language_given_language_wins() -> None:
    assert require_supported("Kurzer Text.", "en") == "en"
