"""The teaser (lead) paragraph under the headline, which trafilatura often leaves out
because it sits in the page header rather than the article body.

A page declares its summary as a description (JSON-LD, og:/twitter:/meta description);
when the same text is also *visible* in the page body, it is the teaser and belongs to
the article. A description that is not visible is an SEO summary and is not used.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from chronist.ingest.article import Block

_KEY_CHARS = 60
_MIN_KEY_CHARS = 30
_PROBE_CHARS = 40
_SKIPPED = {"script", "style", "noscript", "template", "head", "title", "meta"}
# A visible element is the teaser if it is no longer than this many times the description
# (it may hold the full text of a truncated description, not a whole article section).
_MAX_GROWTH = 3
_TRUNCATED = re.compile(r"(\.\.\.|…)\s*$")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _visible_text(tree: HtmlElement, key: str, limit: int) -> str | None:
    """The text of the innermost body element whose own text starts like `key`."""
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        if any(a.tag in _SKIPPED for a in element.iterancestors()):
            continue
        if element.text and _squeeze(element.text).startswith(key[:_MIN_KEY_CHARS]):
            text = " ".join(element.text_content().split())
            if len(text) <= limit:
                return text
    return None


def _already_present(squeezed: str, present: str) -> bool:
    """Start, middle or end of the description found among the blocks: the text has it
    (perhaps behind a dateline, "Berlin (dpa) - …", that the description lacks)."""
    probes = (squeezed[:_PROBE_CHARS], squeezed[len(squeezed) // 2 :][:_PROBE_CHARS],
              squeezed[-_PROBE_CHARS:])
    return any(len(probe) >= _MIN_KEY_CHARS and probe in present for probe in probes)


def find_lead(tree: HtmlElement, stream: str, descriptions: list[str],
              blocks: list[Block]) -> str | None:
    """The teaser text, if a description is visible in the page (`stream`: its body text
    without whitespace) and not yet among the article's blocks."""
    present = _squeeze(" ".join(block.text for block in blocks))
    for description in descriptions:
        truncated = bool(_TRUNCATED.search(description))
        text = _TRUNCATED.sub("", description)
        squeezed = _squeeze(text)
        key = squeezed[:_KEY_CHARS]
        if len(key) < _MIN_KEY_CHARS:
            continue
        if _already_present(squeezed, present):
            return None  # the teaser is already in the text
        if key not in stream:
            continue
        visible = _visible_text(tree, key, _MAX_GROWTH * len(description))
        if visible and _squeeze(visible)[: len(key)] == key:
            return visible
        if not truncated:
            return text
    return None


def insert_lead(blocks: list[Block], lead: str) -> list[Block]:
    """The lead goes after the headline (and anything before the first paragraph)."""
    position = next((i for i, block in enumerate(blocks) if block.kind == "body"), len(blocks))
    return [*blocks[:position], Block(lead, "body"), *blocks[position:]]
