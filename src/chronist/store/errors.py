"""The store's error: a `ChronistError`, so the CLI reports it in one line."""

from __future__ import annotations

from chronist.errors import ChronistError


class StoreError(ChronistError):
    """The store cannot be opened, migrated or written."""

    code = "store"
