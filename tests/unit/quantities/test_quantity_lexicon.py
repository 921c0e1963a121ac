"""The quantities lexicon loads, and a broken file is reported with all its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronist.errors import DataFileError
from chronist.quantities.lexicon import QuantitiesFile, load_data_file, load_lexicon


@pytest.mark.parametrize("lang", ["de", "en"])
def test_lexicon_loads(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon.units and lexicon.number_words and lexicon.count_cues


def test_lexicon_reports_all_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("kind: quantities\nlang: de\nschema_version: 2\nextra_key: 1\n", "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data_file(path, QuantitiesFile)
    message = str(caught.value)
    assert "schema_version" in message and "extra_key" in message and "units" in message


def test_lexicon_unknown_language() -> None:
    with pytest.raises(DataFileError):
        load_lexicon("xx")
