"""The pipeline version stamped on every stored row.

It changes when chronist's version, the list of stages, any shipped data file or any
stage's trained model changes, so `--reprocess` finds exactly the documents coded by
an older pipeline.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from chronist import __version__
from chronist.pipeline import STAGE_FACTORIES

PACKAGE = Path(__file__).resolve().parent.parent
DATA = PACKAGE / "data"
# Large binary models are fingerprinted by name and size: hashing them on every start
# would cost seconds, and a retrained model changes its size in practice.
_HASHED_SUFFIXES = {".yaml", ".yml", ".tsv", ".json", ".txt", ".cfg"}


def _data_fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(root)).encode())
            if path.suffix in _HASHED_SUFFIXES:
                digest.update(path.read_bytes())
            else:
                digest.update(str(path.stat().st_size).encode())
    return digest.hexdigest()


@cache
def pipeline_version() -> str:
    """E.g. `0.1.0+3f2a9c1d04`: the package version and a fingerprint of stages and data."""
    digest = hashlib.sha256()
    digest.update("|".join(f"{k}={v}" for k, v in STAGE_FACTORIES.items()).encode())
    # Linguistic data and the trained models of every stage (`<stage>/models/`).
    for root in [DATA, *sorted(PACKAGE.glob("*/models"))]:
        digest.update(_data_fingerprint(root).encode())
    return f"{__version__}+{digest.hexdigest()[:10]}"
