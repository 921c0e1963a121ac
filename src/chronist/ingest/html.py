"""HTML page -> main text blocks (body, headings) and metadata, via trafilatura."""

from __future__ import annotations

from xml.etree import ElementTree

import trafilatura

from chronist.errors import NoArticleError
from chronist.ingest.article import Article, Block

_MIN_ARTICLE_CHARS = 80


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
        if text:
            blocks.append(Block(text, "heading" if element.tag == "head" else "body"))
    return blocks


def parse_html(html: str, *, url: str | None = None) -> Article:
    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_formatting=False,
        with_metadata=True,
        favor_precision=True,
    )
    blocks = _blocks_from_xml(xml) if xml else []
    if sum(len(b.text) for b in blocks) < _MIN_ARTICLE_CHARS:
        raise NoArticleError("the HTML page has no article text")
    meta = trafilatura.extract_metadata(html, default_url=url)
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()] if meta else []
    return Article(
        blocks=blocks,
        title=meta.title if meta else None,
        url=(meta.url if meta else None) or url,
        published=meta.date if meta and meta.date else None,
        published_source="metadata" if meta and meta.date else "unknown",
        authors=authors,
    )
