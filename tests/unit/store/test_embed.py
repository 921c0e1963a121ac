"""Event sentence embeddings: each distinct sentence is encoded once per process."""

from __future__ import annotations

import numpy as np
import pytest

from chronist.store import embed


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Replace the model by a fake that records every batch it is given."""
    calls: list[list[str]] = []

    def fake(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        rows = np.zeros((len(texts), embed.DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            rows[row, len(text) % embed.DIM] = 1.0
        return rows

    monkeypatch.setattr(embed, "_encode", fake)
    monkeypatch.setattr(embed, "_cache", embed.OrderedDict())
    return calls


def test_embed_texts_encodes_a_repeated_sentence_once(encoded: list[list[str]]) -> None:
    vectors = embed.embed_texts(["The army shelled the town.", "Talks resumed.",
                                 "The army shelled the town."])
    assert encoded == [["The army shelled the town.", "Talks resumed."]]
    assert vectors.shape == (3, embed.DIM)
    assert np.array_equal(vectors[0], vectors[2])
    assert not np.array_equal(vectors[0], vectors[1])


def test_embed_texts_serves_a_later_article_from_the_cache(encoded: list[list[str]]) -> None:
    first = embed.embed_texts(["Die Regierung trat zurück."])
    second = embed.embed_texts(["Die Regierung trat zurück.", "Der Minister reiste ab."])
    assert encoded == [["Die Regierung trat zurück."], ["Der Minister reiste ab."]]
    assert np.array_equal(first[0], second[0])


def test_embed_texts_cache_is_bounded(encoded: list[list[str]],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "CACHE_SIZE", 2)
    embed.embed_texts(["a.", "bb.", "ccc."])
    assert list(embed._cache) == ["bb.", "ccc."]
    embed.embed_texts(["a."])
    assert len(encoded) == 2


def test_embed_texts_of_nothing_is_empty(encoded: list[list[str]]) -> None:
    assert embed.embed_texts([]).shape == (0, embed.DIM)
    assert encoded == []
