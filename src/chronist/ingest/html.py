"""HTML page -> main text blocks (body, headings, captions) and metadata.

trafilatura finds the article's running text; the page's own declarations (JSON-LD,
meta tags) give date, title, URL and authors (see `metadata`); captions and photo
credits are taken from the page structure (see `captions`).
"""

from __future__ import annotations

import re
from copy import deepcopy
from xml.etree import ElementTree

import trafilatura
from lxml.html import HtmlElement

from chronist.document import PublishedSource
from chronist.errors import NoArticleError
from chronist.ingest.article import Article, Block
from chronist.ingest.boilerplate import default_filter
from chronist.ingest.captions import credit_texts, find_captions, place_captions
from chronist.ingest.credits import CreditCutter, default_cutter
from chronist.ingest.lead import find_lead, insert_lead
from chronist.ingest.metadata import (
    DECLARED_SOURCES,
    PageMetadata,
    choose_title,
    clean_authors,
    read_metadata,
)

_MIN_ARTICLE_CHARS = 80
# A precision extraction shorter than this may have lost most of the article; the
# balanced one replaces it if it finds this many times more text.
_SHORT_EXTRACTION_CHARS = 1500
_FALLBACK_GAIN = 2.5
_MIN_FALLBACK_CHARS = 500
_WORD = re.compile(r"\w")


def _blocks_from_xml(xml: str) -> list[Block]:
    root = ElementTree.fromstring(xml)
    main = root.find("main")
    blocks: list[Block] = []
    for element in main.iter() if main is not None else ():
        if element.tag not in ("p", "head", "item", "quote"):
            continue
        if element.tag == "quote" and element.find("p") is not None:
            continue  # its <p> children are visited themselves
        text = " ".join("".join(element.itertext()).split())
        if text and not _is_link_teaser(element, text):
            blocks.append(Block(text, "heading" if element.tag == "head" else "body"))
    return blocks


# A short paragraph that is (nearly) all link text is a teaser for another article
# ("Iran-Krieg: USA verlieren …", "Read more: …"), not running text.
_MAX_TEASER_CHARS = 200
_MIN_LINK_SHARE = 0.9


def _is_link_teaser(element: ElementTree.Element, text: str) -> bool:
    if len(text) > _MAX_TEASER_CHARS or element.tag == "head":
        return False
    linked = sum(len("".join(ref.itertext()).replace(" ", "")) for ref in element.iter("ref"))
    return linked > 0 and linked >= _MIN_LINK_SHARE * len(text.replace(" ", ""))


def _show_hidden_separators(tree: HtmlElement) -> HtmlElement:
    """trafilatura drops every element hidden from screen readers; a hidden dash or bar
    that sits between a heading's kicker and its title is then lost with its spaces, and
    the two run together ("zur MigrationChiesa ruft"). A hidden element with no word in
    it is such a separator and stays."""
    for element in tree.xpath('//*[@aria-hidden="true"]'):
        if not _WORD.search(element.text_content()):
            del element.attrib["aria-hidden"]
    return tree


def _trafilatura_blocks(tree: HtmlElement, url: str | None, *, precision: bool) -> list[Block]:
    xml = trafilatura.extract(
        _show_hidden_separators(deepcopy(tree)),
        url=url,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_formatting=False,
        include_links=True,  # to recognise link teasers; the links are not kept
        with_metadata=False,
        favor_precision=precision,
    )
    return _blocks_from_xml(xml) if xml else []


def _extract_blocks(tree: HtmlElement, url: str | None) -> list[Block]:
    """Precision first (it keeps teasers and related links out); when that finds only a
    stub of an article, the balanced extraction usually finds the rest of it."""
    blocks = _trafilatura_blocks(tree, url, precision=True)
    length = sum(len(b.text) for b in blocks)
    if length >= _SHORT_EXTRACTION_CHARS:
        return blocks
    balanced = _trafilatura_blocks(tree, url, precision=False)
    found = sum(len(b.text) for b in balanced)
    # On a page with no article the balanced extraction glues header and image text
    # together; it must find a real article's worth of text to be trusted.
    if found >= _MIN_FALLBACK_CHARS and found > _FALLBACK_GAIN * length:
        return balanced
    return blocks


def _fallback_metadata(tree: HtmlElement, metadata: PageMetadata, url: str | None) -> None:
    """Fill what the page did not declare from trafilatura's heuristics (htmldate)."""
    if metadata.published and metadata.authors and metadata.titles:
        return
    guessed = trafilatura.extract_metadata(deepcopy(tree), default_url=url)
    if guessed is None:
        return
    if not metadata.published and guessed.date:
        metadata.published, metadata.published_from = guessed.date[:10], "htmldate"
    if not metadata.authors and guessed.author:
        metadata.authors = clean_authors(guessed.author.split(";"))
    if not metadata.titles and guessed.title:
        metadata.titles = [guessed.title]


def _published_source(metadata: PageMetadata) -> PublishedSource:
    """"metadata" only for a date the publisher declared; htmldate's guesses from the
    URL or the text are inferences."""
    if not metadata.published:
        return "unknown"
    return "metadata" if metadata.published_from in DECLARED_SOURCES else "inferred"


def _without_credits(blocks: list[Block], cutter: CreditCutter, credits: set[str]
                     ) -> list[Block]:
    """Drop credit lines (a page's credit elements, or text that is only a credit) and
    boilerplate lines, and cut bracketed credits out of running text."""
    boilerplate = default_filter().is_boilerplate
    kept: list[Block] = []
    for block in blocks:
        squeezed = "".join(block.text.split())
        if squeezed in credits or cutter.is_credit(block.text) or boilerplate(block.text):
            _caption_above(kept, block.text, cutter)
            continue
        text = cutter.strip_running_text(block.text)
        kind = block.kind
        if kind == "body":
            text, is_caption = cutter.split_trailing_credit(text)
            kind = "caption" if is_caption else kind
        if text:
            kept.append(Block(text, kind))
    return kept


_MAX_CAPTION_ABOVE_CHARS = 250


def _caption_above(kept: list[Block], credit: str, cutter: CreditCutter) -> None:
    """A short paragraph right above a picture credit line ("Image: Jane Roe") is that
    picture's caption (the first paragraph never is: it opens the article)."""
    if not cutter.starts_with_photo_marker(credit) or len(kept) < 2:
        return
    above = kept[-1]
    if above.kind == "body" and len(above.text) <= _MAX_CAPTION_ABOVE_CHARS:
        if any(block.kind == "body" for block in kept[:-1]):
            kept[-1] = Block(above.text, "caption")


_BYLINE_START = re.compile(r"^(?:von|by|text|text von|autor|autorin|author)\b[\s:]", re.IGNORECASE)
_MAX_BYLINE_CHARS = 150


def _without_bylines(blocks: list[Block], authors: list[str]) -> list[Block]:
    """Drop byline lines ("Von Lena Hoffmann, Redakteurin", "André Schmidt") that pages
    put among the text or into an author box's <figcaption>: they name the author, who
    is metadata, not a fact of the story."""
    if not authors:
        return blocks

    def is_byline(text: str) -> bool:
        if len(text) > _MAX_BYLINE_CHARS:
            return False
        if text.strip(" .,") in authors:
            return True
        return bool(_BYLINE_START.match(text)) and any(a in text for a in authors)

    return [block for block in blocks if not is_byline(block.text)]


_TITLE_SEARCH_BLOCKS = 5


def _mark_title(blocks: list[Block], titles: list[str]) -> list[Block]:
    """The page's headline (as any source declares it) near the top is the title
    paragraph; later repeats of it (a second headline, a print edition's) are dropped."""
    keys = {"".join(title.split()) for title in titles if title}
    marked = False
    kept: list[Block] = []
    for position, block in enumerate(blocks):
        if block.kind in ("heading", "body") and "".join(block.text.split()) in keys:
            if marked:
                continue
            if position < _TITLE_SEARCH_BLOCKS and block.kind == "heading":
                block = Block(block.text, "title")
                marked = True
        kept.append(block)
    return kept


def _article_blocks(tree: HtmlElement, url: str | None, metadata: PageMetadata) -> list[Block]:
    cutter = default_cutter()
    credits = credit_texts(tree)
    blocks = _without_credits(_extract_blocks(tree, url), cutter, credits)
    # Judged before teaser and captions are added: a page whose body has no running
    # text is no article, however much header and image text it has.
    if sum(len(b.text) for b in blocks if b.kind == "body") < _MIN_ARTICLE_CHARS:
        raise NoArticleError("the HTML page has no article text")
    captions, stream = find_captions(tree, cutter, default_filter().is_boilerplate)
    lead = find_lead(tree, stream, metadata.descriptions, blocks)
    if lead and not cutter.is_credit(lead) and not default_filter().is_boilerplate(lead):
        blocks = insert_lead(blocks, lead)
    return place_captions(blocks, captions, stream, cutter, credits)


def parse_html(html: str, *, url: str | None = None) -> Article:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoArticleError("the HTML page has no article text")
    metadata = read_metadata(tree, url=url)
    blocks = _article_blocks(tree, url, metadata)
    _fallback_metadata(tree, metadata, url)
    title = choose_title(metadata)
    blocks = _without_bylines(blocks, metadata.authors)
    blocks = _mark_title(blocks, [title or "", *metadata.titles])
    return Article(
        blocks=blocks,
        title=title,
        url=metadata.url,
        published=metadata.published,
        published_source=_published_source(metadata),
        authors=metadata.authors,
    )
