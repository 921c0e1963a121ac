"""Bytes -> text: refuse what is not text, decode what is, whatever its encoding."""

from __future__ import annotations

import re

from chronist.errors import BinaryInputError, EmptyInputError, InputTooLargeError

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""A news page is well under 5 MB; past 20 MB the input is a dump, not an article
(JSONL dumps are read line by line and checked per line)."""

_BINARY_SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean: not a text file."""
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode_bytes(data: bytes, *, limit: int | None = MAX_INPUT_BYTES, what: str = "input") -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM), else the declared
    charset of an HTML page, else Windows-1252 (a superset of Latin-1 for text)."""
    if not data.strip():
        raise EmptyInputError(f"{what} is empty")
    if limit is not None and len(data) > limit:
        raise InputTooLargeError(
            f"{what} is {len(data) / 1e6:.1f} MB; an article is at most {limit / 1e6:.0f} MB "
            "(split dumps into JSONL, one article per line)"
        )
    if looks_binary(data):
        raise BinaryInputError(f"{what} is a binary file, not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    for encoding in (declared, "cp1252", "latin-1"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")  # never fails: every byte is a code point


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096].lower()
    marker = head.find(b"charset=")
    if marker < 0:
        return None
    match = re.match(rb"[\"' ]*([a-z0-9_-]+)", head[marker + 8 : marker + 48])
    return match.group(1).decode("ascii") if match else None
