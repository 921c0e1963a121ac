"""What kind of input is this: HTML, JSON Lines or plain text? Decided from content."""

from __future__ import annotations

import json
import re
from typing import Literal

InputKind = Literal["html", "jsonl", "text"]

_HTML_MARKERS = re.compile(
    r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]",
    re.IGNORECASE,
)


def detect_kind(text: str) -> InputKind:
    body = text.lstrip()
    head = body[:4096]
    if head.startswith("{"):
        # The whole first line: a JSONL record that carries an HTML page is far longer
        # than any head we would sniff, and cut short it is no JSON.
        end = body.find("\n")
        first_line = body if end < 0 else body[:end]
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    if _HTML_MARKERS.search(head) or _HTML_MARKERS.search(text[:200_000]):
        return "html"
    return "text"
