"""Image captions from the page structure, placed among the article's text blocks.

trafilatura drops <figcaption>s (and sometimes keeps a caption <div> as if it were a
paragraph). We read captions from the DOM ourselves: <figcaption>, `itemprop=caption`,
and elements with a "caption" class inside a <figure> or next to an image. Credit
sub-elements (class "credit"/"copyright"/"source", `itemprop=copyrightHolder`, …) are
removed structurally; credits glued into the caption text are cut by `credits`.

A caption is placed after the text block that precedes it in the page, found by
matching block texts in the page's text stream (whitespace ignored, so markup that
splits words differently does not matter).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass

from lxml.html import HtmlElement

from chronist.ingest.article import Block
from chronist.ingest.credits import CreditCutter

# Class fragments that name a caption element ("article__caption", "bildunterschrift",
# "mediaSubtitleText"); such an element counts when it is in a <figure> or an image is
# near it (within three levels), so that a "caption" class on a link or form does not.
_CAPTION_CLASSES = ("caption", "bildunterschrift", "legend", "mediasubtitle", "image-subtitle",
                    "img-subtitle", "imagetext", "image-text", "bildtext")
_IMAGE_TAGS = ("img", "picture")
_NOT_CAPTIONS = {"body", "html", "figure", "a", "img", "picture", "script", "style"}
_NEAR_LEVELS = 3
_CAPTION_XPATH = ".//figcaption | .//*[@itemprop='caption' or @itemprop='caption description']"
# Class fragments and itemprops that mark a credit inside or beside a caption.
_CREDIT_CLASS = ("credit", "copyright", "source", "photographer", "rights", "license",
                 "licence", "urheber", "quelle", "fotograf", "author", "byline")
_CREDIT_PROPS = ("copyrightHolder", "creditText", "author", "copyrightNotice", "creator")
_SKIPPED = {"script", "style", "noscript", "template", "svg", "button", "iframe"}
_MIN_CAPTION_WORDS = 2
_MIN_CAPTION_CHARS = 8
# A lead image often stands just before the headline or teaser: captions this many
# (non-space) characters before the first block still belong to the article.
_LEAD_WINDOW = 1500
_KEY_CHARS = 40
_MAX_TAIL_CHARS = 80


@dataclass(slots=True)
class Caption:
    text: str
    offset: int
    """Position in the page's text stream (non-space characters before it)."""


def _near_image(element: HtmlElement) -> bool:
    """In a <figure>, or an image within three levels up."""
    node = element
    for _ in range(_NEAR_LEVELS):
        node = node.getparent()
        if node is None:
            return False
        if node.tag == "figure" or any(True for _ in node.iter(*_IMAGE_TAGS)):
            return True
    return any(ancestor.tag == "figure" for ancestor in node.iterancestors())


def _has_caption_class(element: HtmlElement) -> bool:
    return any(fragment in _classes(element) for fragment in _CAPTION_CLASSES)


def _classes(element: HtmlElement) -> str:
    return (element.get("class") or "").lower()


def is_credit_element(element: HtmlElement) -> bool:
    classes = _classes(element)
    itemprop = element.get("itemprop") or ""
    return any(part in classes for part in _CREDIT_CLASS) or any(
        prop in itemprop.split() for prop in _CREDIT_PROPS
    )


def _text(element: HtmlElement) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def credit_texts(tree: HtmlElement) -> set[str]:
    """Texts of the page's credit elements ("André Schmidt", "Lichtgut/Christoph
    Schmidt"): a text block equal to one of them is a credit, not a paragraph."""
    found: set[str] = set()
    for element in tree.iter():
        if isinstance(element.tag, str) and is_credit_element(element):
            text = _text(element)
            if 0 < len(text) <= 120:
                found.add(_squeeze(text))
    return found


def _caption_elements(tree: HtmlElement) -> list[HtmlElement]:
    """Outermost caption elements, in document order."""
    candidates = tree.xpath(_CAPTION_XPATH) + [
        element for element in tree.xpath(".//*[@class]")
        if _has_caption_class(element) and _near_image(element)
        # a wrapper holding the image itself ("figure.wp-caption") is not the caption
        and not any(True for _ in element.iter(*_IMAGE_TAGS))
    ]
    chosen = {
        element for element in candidates
        if element.tag not in _NOT_CAPTIONS and not is_credit_element(element)
    }
    outer = [
        element for element in chosen
        if not any(ancestor in chosen for ancestor in element.iterancestors())
    ]
    order = {element: index for index, element in enumerate(tree.iter())}
    return sorted(set(outer), key=order.__getitem__)


# A video caption's "05.09.2024 | 2:03 min" (date and running time) is player data.
_MEDIA_TAIL = re.compile(
    r"\s*(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s*\|\s*)?\d{1,3}:\d{2}\s*(?:min|Min)\.?\s*$"
)
# "(The Daily Example)": a caption that is only a bracketed source is a credit.
_ONLY_BRACKETED = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*$")


def _caption_text(element: HtmlElement, cutter: CreditCutter) -> str:
    clone = deepcopy(element)
    clone.tail = None
    for child in list(clone.iter()):
        if child is clone or not isinstance(child.tag, str):
            continue
        if child.tag in _SKIPPED or is_credit_element(child):
            parent = child.getparent()
            if parent is not None:
                child.drop_tree()
    text = _text(clone)
    if _ONLY_BRACKETED.match(text):
        return ""
    return cutter.strip_caption(_MEDIA_TAIL.sub("", text))


def _stream(tree: HtmlElement, captions: set[HtmlElement]) -> tuple[str, dict[HtmlElement, int]]:
    """The page's text without whitespace, and where each caption element stands in it.
    Captions' own text is left out of the stream (blocks are matched against it)."""
    parts: list[str] = []
    length = 0
    offsets: dict[HtmlElement, int] = {}

    def add(text: str | None) -> None:
        nonlocal length
        if text:
            squeezed = _squeeze(text)
            parts.append(squeezed)
            length += len(squeezed)

    def walk(element: HtmlElement) -> None:
        if isinstance(element.tag, str) and element.tag not in _SKIPPED:
            if element in captions:
                offsets[element] = length
            else:
                add(element.text)
                for child in element:
                    walk(child)
        add(element.tail)

    root = tree.find("body") if tree.find("body") is not None else tree
    walk(root)
    return "".join(parts), offsets


def _block_offsets(stream: str, blocks: list[Block]) -> list[int | None]:
    """Where each block starts in the stream, searching forward from the last one."""
    offsets: list[int | None] = []
    cursor = 0
    for block in blocks:
        key = _squeeze(block.text)[:_KEY_CHARS]
        found = stream.find(key, cursor)
        if found < 0:
            found = stream.find(key)
        offsets.append(found if found >= 0 else None)
        if found >= 0:
            cursor = found + len(key)
    return offsets


def find_captions(tree: HtmlElement, cutter: CreditCutter,
                  is_boilerplate: Callable[[str], bool] = lambda text: False,
                  ) -> tuple[list[Caption], str]:
    """The page's distinct captions (credits cut) and its text stream to place them in."""
    elements = _caption_elements(tree)
    stream, offsets = _stream(tree, set(elements))
    captions: list[Caption] = []
    seen: set[str] = set()
    for element in elements:
        text = _caption_text(element, cutter)
        key = _squeeze(text).lower()
        if len(text) < _MIN_CAPTION_CHARS or len(text.split()) < _MIN_CAPTION_WORDS:
            continue
        if is_boilerplate(text) or cutter.is_credit(text):
            continue  # figcaptions also hold bylines, reading times, newsletter notes
        if key in seen or element not in offsets:
            continue  # galleries repeat captions; an <svg> title is outside the text
        seen.add(key)
        captions.append(Caption(text, offsets[element]))
    return captions, stream


def _same_caption(block: Block, captions: list[Caption], cutter: CreditCutter,
                  credits: set[str]) -> Caption | None:
    """The caption a text block repeats: equal, or the caption plus a credit (one the
    credit patterns recognise, or the text of one of the page's credit elements). A
    paragraph that merely starts like a caption stays running text."""
    key = _squeeze(block.text).lower()
    stripped = _squeeze(cutter.strip_caption(block.text)).lower()
    for caption in captions:
        caption_key = _squeeze(caption.text).lower()
        if caption_key in (key, stripped):
            return caption
        if caption_key and stripped.startswith(caption_key):
            rest = stripped[len(caption_key):]
            # the rest is a credit element's text, or a short tail with an agency or
            # photographer chain in it ("REUTERS/Jane Roe Purchase Licensing Rights")
            if rest in credits or (len(rest) <= _MAX_TAIL_CHARS and cutter.mentions_credit(rest)):
                return caption
    return None


def place_captions(blocks: list[Block], captions: list[Caption], stream: str,
                   cutter: CreditCutter, credits: set[str]) -> list[Block]:
    """Insert each caption of the article's region after the block before it; a block
    that is itself a caption (trafilatura kept it) becomes that caption."""
    placed: set[str] = set()
    kept: list[Block] = []
    for block in blocks:
        match = _same_caption(block, captions, cutter, {c.lower() for c in credits})
        if match is None:
            kept.append(block)
        else:
            kept.append(Block(match.text, "caption"))
            placed.add(_squeeze(match.text).lower())
    offsets = _block_offsets(stream, kept)
    known = [o for o in offsets if o is not None]
    if not known:
        return kept
    first, last = min(known), max(known)
    result: list[Block] = []
    pending = sorted((c for c in captions if _squeeze(c.text).lower() not in placed
                      and first - _LEAD_WINDOW <= c.offset <= last),
                     key=lambda c: c.offset)
    for block, offset in zip(kept, offsets, strict=True):
        while pending and offset is not None and pending[0].offset <= offset:
            result.append(Block(pending.pop(0).text, "caption"))
        result.append(block)
    result.extend(Block(c.text, "caption") for c in pending)
    return result
