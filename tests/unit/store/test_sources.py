"""Input discovery: files, folders, globs, JSONL, RSS/Atom, WARC(.gz), gzip."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronist.store.sources import count_items, iter_items

PAGE = ("<html><head><title>Talks</title></head><body><article><p>The government in London "
        "announced new talks with Dublin on Monday.</p></article></body></html>")

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feed</title>
<item><title>Talks</title><link>https://news.example.com/talks</link>
<pubDate>Tue, 03 Feb 2026 08:00:00 GMT</pubDate>
<description>The government announced new talks with Dublin on Monday.</description></item>
<item><title>Empty</title><link>https://news.example.com/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
<entry><title>Gespräche</title><link href="https://zeitung.example/a"/>
<updated>2026-02-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;Die Regierung kündigte neue Gespräche an.&lt;/p&gt;</content></entry>
</feed>"""


def write_warc(path: Path, gzipped: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for url, content_type, status, body in [
            ("https://news.example.com/a", "text/html; charset=utf-8", "200 OK", PAGE),
            ("https://news.example.com/logo.png", "image/png", "200 OK", "PNG"),
            ("https://news.example.com/gone", "text/html", "404 Not Found", "<p>gone</p>"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode()), http_headers=headers))


def items_of(*targets: Path | str) -> list:
    return list(iter_items([str(t) for t in targets]))


@pytest.mark.parametrize(
    ("name", "content", "count"),
    [
        ("page.html", PAGE, 1),
        ("note.txt", "The government announced talks.", 1),
        ("dump.jsonl", '{"text": "one"}\n\n{"html": "<p>two</p>"}\n', 2),
        ("feed.xml", RSS, 2),
        ("feed.atom", ATOM, 1),
        ("noext", RSS, 2),
    ],
)
def test_sources_count_items_per_file_kind(tmp_path: Path, name: str, content: str,
                                           count: int) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert len(items_of(path)) == count == count_items([str(path)])


def test_sources_feed_entries_become_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    first, empty = items_of(path)
    assert first.record == {
        "text": "The government announced new talks with Dublin on Monday.",
        "url": "https://news.example.com/talks", "title": "Talks", "published": "2026-02-03",
    }
    assert empty.error == "feed entry without content or summary"


@pytest.mark.parametrize("gzipped", [False, True])
def test_sources_warc_keeps_successful_html_responses(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped)
    (item,) = items_of(path)
    assert item.url == "https://news.example.com/a"
    assert b"announced new talks" in item.payload


def test_sources_gzip_files_are_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    (item,) = items_of(path)
    assert item.payload == PAGE.encode()


def test_sources_folder_walk_is_recursive_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.html").write_text(PAGE)
    (tmp_path / "a" / "b" / "two.txt").write_text("text")
    (tmp_path / "a" / "b" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "a" / ".hidden.html").write_text(PAGE)
    names = [Path(i.name).name for i in items_of(tmp_path)]
    assert sorted(names) == ["one.html", "two.txt"]


def test_sources_glob_pattern(tmp_path: Path) -> None:
    for name in ("x.jsonl", "y.jsonl", "z.txt"):
        (tmp_path / name).write_text(json.dumps({"text": name}) + "\n")
    assert len(items_of(f"{tmp_path}/*.jsonl")) == 2


@pytest.mark.parametrize(
    ("target", "reason"),
    [("missing.html", "no such file"), ("nothing-*.jsonl", "no such file")],
)
def test_sources_missing_inputs_become_failures(tmp_path: Path, target: str, reason: str) -> None:
    (item,) = items_of(tmp_path / target)
    assert item.error is not None and item.error.startswith(reason)


def test_sources_bad_jsonl_line_is_a_failure_the_rest_go_on(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "one"}\n{oops\n[1, 2]\n{"text": "two"}\n')
    items = items_of(path)
    assert [i.error is None for i in items] == [True, False, False, True]
    assert items[1].name.endswith("dump.jsonl:2")


def test_sources_keys_are_content_hashes(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.html").write_text(PAGE)
    a, b = items_of(tmp_path)
    assert a.key == b.key and a.name != b.name
