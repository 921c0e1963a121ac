"""Publication date cascade, title, canonical URL and authors from page metadata."""

from __future__ import annotations

import json

import pytest
from trafilatura import load_html

from chronist.ingest.html import parse_html
from chronist.ingest.metadata import parse_date, read_metadata, strip_site_name

BODY = (
    "<article><h1>{h1}</h1><p>Die Bundesregierung hat am Mittwoch den Haushalt für das "
    "kommende Jahr beschlossen, wie ein Sprecher in Berlin mitteilte.</p><p>Die Opposition "
    "kritisierte den Entwurf scharf und kündigte Widerstand im Bundestag an.</p></article>"
)


def page(head: str = "", h1: str = "Regierung beschließt Haushalt", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}{BODY.format(h1=h1)}</body></html>"


def json_ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-22T23:30:00+02:00", "2024-04-22"),  # the publisher's local date, not UTC
        ("2024-04-22", "2024-04-22"),
        ("20230428", "2023-04-28"),
        ("28.04.2023, 10:15 Uhr", "2023-04-28"),
        ("2024-02-30", None),
        ("gestern", None),
        (None, None),
    ],
)
def test_metadata_parse_date(value: object, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("head", "body", "published", "source"),
    [
        # JSON-LD beats meta tags
        (json_ld({"@type": "NewsArticle", "datePublished": "2024-05-01T08:00:00+02:00"})
         + '<meta property="article:published_time" content="2024-04-30T10:00:00Z">',
         "", "2024-05-01", "json-ld"),
        # an @graph with a WebPage and the NewsArticle: the article's date
        (json_ld({"@graph": [{"@type": "WebPage", "datePublished": "2024-01-01"},
                             {"@type": "NewsArticle", "datePublished": "2024-05-02"}]}),
         "", "2024-05-02", "json-ld"),
        ('<meta property="article:published_time" content="2024-04-30T10:00:00Z">',
         "", "2024-04-30", "meta"),
        ('<meta name="date" content="2023-11-16">', "", "2023-11-16", "meta"),
        ("", '<time itemprop="datePublished" datetime="2022-03-04T12:00">4. März</time>',
         "2022-03-04", "time"),
        ("<title>Haushalt beschlossen | Beispiel | 28.04.2023</title>", "", "2023-04-28",
         "title"),
        # broken JSON-LD is skipped, not fatal
        ('<script type="application/ld+json">{"@type": "NewsArticle",</script>'
         '<meta property="article:published_time" content="2021-06-07">', "",
         "2021-06-07", "meta"),
    ],
)
def test_metadata_date_cascade(head: str, body: str, published: str, source: str) -> None:
    metadata = read_metadata(load_html(page(head, body=body)))
    assert (metadata.published, metadata.published_from) == (published, source)


def test_metadata_published_source_is_metadata_for_declared_date() -> None:
    article = parse_html(page('<meta property="article:published_time" content="2024-04-30">'))
    assert (article.published, article.published_source) == ("2024-04-30", "metadata")


def test_metadata_no_date_is_unknown() -> None:
    article = parse_html(page())
    assert article.published is None
    assert article.published_source == "unknown"


@pytest.mark.parametrize(
    ("title", "sites", "url", "expected"),
    [
        ("Steigende Zinsen setzen Dax zu | Börsen-Zeitung", ["Börsen-Zeitung"], None,
         "Steigende Zinsen setzen Dax zu"),
        ("Ziele, Chancen, Risiken – DW – 28.04.2023", [], "https://www.dw.com/de/a-1",
         "Ziele, Chancen, Risiken"),
        ("Samsung soll Smartphones zerstören - Golem.de", [], "https://www.golem.de/news/x.html",
         "Samsung soll Smartphones zerstören"),
        ("Twist in Idaho case | The Daily Example | by Jane Roe", ["The Daily Example"], None,
         "Twist in Idaho case"),
        # a dash inside the headline is no site name
        ("Bericht: Aktivistin getötet - Irans Justiz dementiert", ["Beispielzeitung"], None,
         "Bericht: Aktivistin getötet - Irans Justiz dementiert"),
        ("Beispielzeitung", ["Beispielzeitung"], None, "Beispielzeitung"),
        # umlauts as hosts spell them
        ("Zinsen setzen Dax zu | Börsen-Blatt", [], "https://www.boersen-blatt.de/x",
         "Zinsen setzen Dax zu"),
    ],
)
def test_metadata_strip_site_name(title: str, sites: list[str], url: str | None,
                                  expected: str) -> None:
    assert strip_site_name(title, sites, url) == expected


def test_metadata_title_declared_first() -> None:
    head = ('<meta property="og:title" content="Regierung beschließt Haushalt | Beispielzeitung">'
            '<meta property="og:site_name" content="Beispielzeitung">'
            "<title>Haushalt: Regierung beschließt Haushalt - Beispielzeitung</title>")
    assert parse_html(page(head)).title == "Regierung beschließt Haushalt"


def test_metadata_title_unescapes_json_ld_entities() -> None:
    head = json_ld({"@type": "NewsArticle", "headline": "Kohberger&#8217;s lawyers\u00ad"})
    assert parse_html(page(head, h1="Kohberger’s lawyers")).title == "Kohberger’s lawyers"


@pytest.mark.parametrize(
    ("head", "given", "expected"),
    [
        ('<link rel="canonical" href="https://example.org/politik/haushalt">', None,
         "https://example.org/politik/haushalt"),
        ('<link rel="canonical" href="/politik/haushalt">', "https://example.org/x?utm=1",
         "https://example.org/politik/haushalt"),
        ('<meta property="og:url" content="https://example.org/og">', None,
         "https://example.org/og"),
        ("", "https://example.org/given", "https://example.org/given"),
    ],
)
def test_metadata_canonical_url(head: str, given: str | None, expected: str) -> None:
    assert parse_html(page(head), url=given).url == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (json_ld({"@type": "NewsArticle", "author": [
            {"@type": "Person", "name": "Lena Hoffmann"},
            {"@type": "Person", "name": "Jan Berger"},
            {"@type": "Organization", "name": "Beispielzeitung"}]}),
         ["Lena Hoffmann", "Jan Berger"]),
        (json_ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Lee"}}),
         ["Ann Lee"]),
        ('<meta name="author" content="Lena Hoffmann und Jan Berger">',
         ["Lena Hoffmann", "Jan Berger"]),
        ('<meta property="article:author" content="https://facebook.com/someone">', []),
        ('<meta name="author" content="Elena Muster (emu), Jan Probe (jpr)">',
         ["Elena Muster", "Jan Probe"]),
        ('<meta name="author" content="j.probe@example.org">', []),
        ('<meta name="author" content="Autor: Jan Probe">', ["Jan Probe"]),
        ('<meta name="author" content="Gastbeitrag Von Jane Roe">', ["Jane Roe"]),
        ('<meta name="author" content="jane-roe">', ["Jane Roe"]),
        ('<meta name="author" content="Ursula von der Leyen">', ["Ursula von der Leyen"]),
        ('<meta name="author" content="Jane Roe; (Image: Getty Images)">', ["Jane Roe"]),
        # an agency byline is a byline
        ('<meta name="author" content="dpa">', ["dpa"]),
    ],
)
def test_metadata_authors(head: str, expected: list[str]) -> None:
    assert read_metadata(load_html(page(head))).authors == expected


@pytest.mark.parametrize(
    "head",
    [
        json_ld({"@type": {"x": 1}, "datePublished": ["2024-01-01"], "headline": ["a", "b"]}),
        json_ld([{"@type": ["NewsArticle"], "author": [None, 3, {"name": None}]}]),
        json_ld({"@graph": "not a list", "mainEntity": {"@type": "Article", "datePublished": 5}}),
        '<script type="application/ld+json"><!-- {"@type": "NewsArticle"} --></script>',
        '<script type="application/ld+json"></script><meta property="og:title" content="">',
        '<meta name="author" content="   "><link rel="canonical" href="javascript:void(0)">',
    ],
)
def test_metadata_odd_declarations_do_not_crash(head: str) -> None:
    article = parse_html(page(head))
    assert article.title
    assert article.published is None or parse_date(article.published) == article.published
