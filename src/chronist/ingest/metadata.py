"""Page metadata an editor declared: publication date, title, canonical URL, authors.

The cascade trusts what the publisher states for machines first (JSON-LD, then meta
tags), then the visible page (<h1>, <time>), and only then trafilatura's guesses. Each
finding records where it came from, so that `published_source` stays truthful.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from lxml.html import HtmlElement

from chronist.ingest.credits import default_cutter

# JSON-LD types whose datePublished/headline/author describe the article itself.
_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle",
    "videoobject", "webpage", "itempage",
}
# Meta tags that carry the publication date, most specific first.
_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article.published", "datepublished", "publishdate", "publish-date", "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.date", "date", "article:published", "cxenseparse:recs:publishtime",
    "article_date_original", "og:pubdate", "publication_date", "published_time",
    "date_published", "displaydate", "article:modified_time",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
_SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)")


DECLARED_SOURCES = frozenset({"json-ld", "meta", "time", "title"})
"""Date sources in which the publisher states the date (all but htmldate's guesses)."""


@dataclass(slots=True)
class PageMetadata:
    published: str | None = None
    published_from: str | None = None
    """Which source gave the date: one of DECLARED_SOURCES, or "htmldate"."""
    titles: list[str] = field(default_factory=list)
    """Candidate titles, most trusted first (JSON-LD headline, og:title, <h1>, <title>)."""
    site_names: list[str] = field(default_factory=list)
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    """The article's summary as declared (JSON-LD, og:, twitter:, meta description):
    often the teaser paragraph that the page shows under the headline."""


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from the date strings pages declare, as written: the
    publisher's local date, not converted to UTC (a reader in Berlin saw that date)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    for pattern, order in ((_ISO_DATE, (1, 2, 3)), (_COMPACT_DATE, (1, 2, 3)),
                           (_DOTTED_DATE, (3, 2, 1))):
        match = pattern.search(value)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return datetime(year, month, day).date().isoformat()
            except ValueError:
                continue
    return None


def _json_objects(data: object) -> Iterator[dict]:
    """Every JSON-LD object, however nested (@graph, lists, mainEntity)."""
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _json_objects(data[key])


def _types(obj: dict) -> set[str]:
    raw = obj.get("@type") or []
    return {str(t).lower() for t in (raw if isinstance(raw, list) else [raw])}


def json_ld_objects(tree: HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        text = (script.text or "").strip()
        # Some CMSs wrap the JSON in CDATA or HTML comments.
        text = re.sub(r"^(<!\[CDATA\[|<!--)|(\]\]>|-->)$", "", text).strip()
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            try:
                data = json.loads(text, strict=False)  # raw control characters in strings
            except json.JSONDecodeError:
                continue
        objects.extend(_json_objects(data))
    return objects


def _article_objects(objects: list[dict]) -> list[dict]:
    """Article-like objects first (a NewsArticle beats the WebPage that contains it)."""
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    articles.sort(key=lambda o: not (_types(o) - {"webpage", "itempage", "videoobject"}))
    return articles


def _meta_values(tree: HtmlElement) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = " ".join(meta.get("content", "").split())
        if key and content:
            values.setdefault(key.strip().lower(), []).append(content)
    return values


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value: a string, a Person, or a list of them."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        if _types(value) & {"organization", "newsmediaorganization"}:
            return []  # the publisher named as author is no byline
        return _names(value.get("name"))
    if isinstance(value, str):
        name = " ".join(value.split())
        return [name] if name and not name.startswith("http") else []
    return []


def _split_authors(value: str) -> list[str]:
    parts = re.split(r"\s*(?:,|;|\||\bund\b|\band\b|&)\s*", value)
    return [p for p in (" ".join(part.split()) for part in parts) if p and "http" not in p]


def _date(articles: list[dict], meta: dict[str, list[str]], tree: HtmlElement
          ) -> tuple[str | None, str | None]:
    for obj in articles:
        found = parse_date(obj.get("datePublished")) or parse_date(obj.get("dateCreated"))
        if found:
            return found, "json-ld"
    for key in _DATE_META:
        for value in meta.get(key, ()):
            found = parse_date(value)
            if found:
                return found, "meta"
    for node in tree.xpath('//time[@itemprop="datePublished" or @pubdate]|'
                           '//*[@itemprop="datePublished"][@datetime or @content]'):
        found = parse_date(node.get("datetime") or node.get("content") or node.text_content())
        if found:
            return found, "time"
    # Some sites put the date only into the window title ("Headline | DW | 28.04.2023").
    for title in tree.xpath("//head/title/text()")[:1] + meta.get("og:title", [])[:1]:
        found = parse_date(title)
        if found:
            return found, "title"
    return None, None


def _clean(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    # JSON-LD strings often keep HTML entities; soft hyphens and zero-width
    # characters are layout, not text.
    text = html.unescape(text)
    text = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = " ".join(text.split())
    return text or None


def _titles(articles: list[dict], meta: dict[str, list[str]], tree: HtmlElement) -> list[str]:
    """One candidate per source, most trusted first."""
    candidates = [
        next((o["headline"] for o in articles if isinstance(o.get("headline"), str)), None),
        next(iter(meta.get("og:title", [])), None),
        next(iter(meta.get("twitter:title", [])), None),
        next((h1.text_content() for h1 in tree.xpath("//h1")), None),
        next((t.text_content() for t in tree.xpath("//title")), None),
    ]
    return [title for title in map(_clean, candidates) if title]


def _url(tree: HtmlElement, meta: dict[str, list[str]], given: str | None) -> str | None:
    for href in tree.xpath('//link[@rel="canonical"]/@href') + meta.get("og:url", []):
        href = href.strip()
        if href:
            resolved = urljoin(given or "", href)
            if resolved.startswith("http"):
                return resolved
    return given


def clean_authors(names: list[str]) -> list[str]:
    """Author names found elsewhere (trafilatura), cleaned like the declared ones."""
    cleaned = (_clean_author(part) for name in names for part in _split_authors(name))
    return list(dict.fromkeys(name for name in cleaned if name))


def _authors(articles: list[dict], meta: dict[str, list[str]]) -> list[str]:
    """Bylines from the first source that names someone: JSON-LD author, then meta tags.
    E-mail addresses and photo credits are no bylines."""
    sources = [_names(obj.get("author")) for obj in articles]
    sources += [meta.get(key, []) for key in _AUTHOR_META]
    for values in sources:
        names = [
            name
            for value in values
            for part in _split_authors(value)
            if (name := _clean_author(part))
        ]
        if names:
            return list(dict.fromkeys(names))
    return []


_BYLINE_PREFIX = re.compile(r"^(?:.*\s)?(?:Von|By|VON|BY)\s+|^(?:Autor|Autorin|Author|Text)\b:?\s*")
_INITIALS = re.compile(r"\s*\([^()]{1,12}\)\s*$")  # "Elena Muster (emu)"
_SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)+$")  # "jane-roe"


def _clean_author(name: str) -> str | None:
    # An agency byline ("dpa") is fine; a photo credit ("(Image: Getty Images)") is not.
    if "@" in name or "http" in name or default_cutter().has_marker(name):
        return None
    name = _INITIALS.sub("", _BYLINE_PREFIX.sub("", name)).strip(" ,;:")
    if _SLUG.match(name):
        name = name.replace("-", " ").title()
    # The publisher as author ("DER SPIEGEL", "Associated Press") is kept: it is what
    # the page declares, and agency copy is signed that way.
    return name or None


def _site_names(objects: list[dict], meta: dict[str, list[str]]) -> list[str]:
    names = [value for key in _SITE_META for value in meta.get(key, ())]
    for obj in objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
        if _types(obj) & {"organization", "newsmediaorganization", "website"}:
            if isinstance(obj.get("name"), str):
                names.append(obj["name"])
    return list(dict.fromkeys(n for n in map(_clean, names) if n))


def _descriptions(articles: list[dict], meta: dict[str, list[str]]) -> list[str]:
    candidates = [obj.get("description") for obj in articles]
    for key in ("og:description", "twitter:description", "description"):
        candidates += meta.get(key, [])
    return list(dict.fromkeys(text for text in map(_clean, candidates) if text))


def read_metadata(tree: HtmlElement, *, url: str | None = None) -> PageMetadata:
    objects = json_ld_objects(tree)
    articles = _article_objects(objects)
    meta = _meta_values(tree)
    published, source = _date(articles, meta, tree)
    url = _url(tree, meta, url)
    site_names = _site_names(objects, meta)
    return PageMetadata(
        published=published,
        published_from=source,
        titles=_titles(articles, meta, tree),
        site_names=site_names,
        url=url,
        authors=_authors(articles, meta),
        descriptions=_descriptions(articles, meta),
    )


# " | ", " - ", " – ", " — ", " :: ", " · ": what joins a headline and a site name.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•*-]|::)\s+")
_BYLINE = re.compile(r"^(?:by|von)\s", re.IGNORECASE)


_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _key(text: str) -> str:
    """Compare names as hosts spell them: "Börsen-Zeitung" ~ "boersen-zeitung.de"."""
    return re.sub(r"\W+", "", text.casefold().translate(_TRANSLITERATION))


def _host_labels(url: str | None) -> list[str]:
    """'https://www.golem.de/news/…' -> ['golemde', 'golem']: how a site names itself."""
    match = re.match(r"https?://(?:www\d?\.)?([^/:]+)", url or "")
    if not match:
        return []
    host = match.group(1).lower()
    return [_key(host), _key(host.rsplit(".", 1)[0]), _key(host.split(".")[0])]


def _is_site_part(part: str, sites: list[str]) -> bool:
    key = _key(part)
    if not key or parse_date(part) or _BYLINE.match(part):
        return True
    return any(key == site or (len(key) >= 4 and (key in site or site in key))
               for site in sites if site)


def strip_site_name(title: str, site_names: list[str], url: str | None) -> str:
    """'Headline | Börsen-Zeitung' -> 'Headline': drop trailing (or leading) parts of a
    title that name the site, a date or a byline; never the whole title."""
    sites = [_key(name) for name in site_names] + _host_labels(url)
    parts = _TITLE_SEPARATOR.split(title)
    while len(parts) > 1 and _is_site_part(parts[-1], sites):
        parts.pop()
    while len(parts) > 1 and _is_site_part(parts[0], sites):
        parts.pop(0)
    if len(parts) == len(_TITLE_SEPARATOR.split(title)):
        return title
    # Re-join what is left with the separators it had in the title.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else title


def choose_title(metadata: PageMetadata) -> str | None:
    """The most trusted declared headline (JSON-LD, og:, twitter:, <h1>, <title>) with the
    site name cut off. (Majority voting among them was tried: <h1> and <title> often agree
    on an SEO variant, and it lost 6 points of exact matches on the news-pages set.)"""
    for title in metadata.titles:
        cleaned = strip_site_name(title, metadata.site_names, metadata.url)
        if cleaned:
            return cleaned
    return None
