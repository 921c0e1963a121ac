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
    head = text.lstrip()[:4096]
    if head.startswith("{"):
        first_line = head.split("\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    if _HTML_MARKERS.search(head) or _HTML_MARKERS.search(text[:200_000]):
        return "html"
    return "text"
