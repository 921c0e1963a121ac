"""Input discovery for `chronist ingest`: paths, folders, globs and containers -> items.

An `Item` is one article-to-be: a whole HTML/text file, one line of a JSON Lines dump,
one entry of an RSS/Atom feed, or one HTML response in a WARC archive. Its `key` is the
sha256 of its raw bytes, which is what makes ingestion resumable before any parsing.
An input that cannot even be opened becomes an item with an `error`, so that it ends
up in the failures table instead of vanishing.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronist.ingest import detect_kind

# Files a folder walk picks up; a file named explicitly is read whatever its name.
ARTICLE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".arc"}
_GLOB_CHARS = set("*?[")


@dataclass(slots=True)
class Item:
    key: str
    name: str
    payload: bytes = b""
    record: dict[str, Any] | None = None
    """A JSON-like record {"text"|"html", "url", "title", "published"} instead of raw bytes."""
    url: str | None = None
    """Where the payload came from (a WARC record's URI), when the page may not say it."""
    error: str | None = None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record_item(record: dict[str, Any], name: str) -> Item:
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return Item(key=digest(canonical), name=name, record=record)


def _error_item(name: str, reason: str) -> Item:
    return Item(key=digest(f"error:{name}".encode()), name=name, error=reason)


def _stem_suffixes(path: Path) -> tuple[list[str], bool]:
    """The lower-case suffixes without a final .gz, and whether it was gzipped."""
    suffixes = [s.lower() for s in path.suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    return (suffixes[:-1] if gzipped else suffixes), gzipped


def wanted_in_folder(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    suffixes, _ = _stem_suffixes(path)
    known = ARTICLE_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
    return bool(suffixes) and suffixes[-1] in known


def expand_paths(targets: Iterable[str]) -> Iterator[Path | str]:
    """Files to read, in a stable order; a target that matches nothing is yielded as str."""
    for target in targets:
        path = Path(target).expanduser()
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and wanted_in_folder(p))
        elif path.is_file():
            yield path
        elif _GLOB_CHARS & set(target):
            matches = sorted(Path(m) for m in glob.glob(target, recursive=True))
            files = [m for m in matches if m.is_file()]
            for match in matches:
                if match.is_dir():
                    files.extend(p for p in match.rglob("*") if p.is_file() and wanted_in_folder(p))
            yield from files if files else [target]
        else:
            yield target


def _jsonl_items(text: str, name: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield _error_item(where, f"not valid JSON ({error.msg})")
            continue
        if isinstance(record, dict):
            yield _record_item(record, where)
        else:
            yield _error_item(where, "expected a JSON object")


def _feed_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _feed_items(data: bytes, name: str) -> Iterator[Item]:
    import feedparser  # imported here: only feeds need it

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no entries")
        yield _error_item(name, f"not a readable RSS/Atom feed ({reason})")
        return
    for number, entry in enumerate(feed.entries, start=1):
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary")
        where = f"{name}#{number}"
        if not body:
            yield _error_item(where, "feed entry without content or summary")
            continue
        # Feeds carry HTML or bare text (often a summary); ingestion must know which.
        record = {
            "html" if detect_kind(body) == "html" else "text": body,
            "url": entry.get("link"),
            "title": entry.get("title"),
            "published": _feed_date(entry),
        }
        yield _record_item({k: v for k, v in record.items() if v}, where)


def _warc_items(path: Path, name: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator  # only archives need it

    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response" and record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode() or "200"
                if not status.startswith("2"):
                    continue
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if not any(kind in content_type for kind in ("html", "text/plain")):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            yield Item(key=digest(body), name=f"{name}@{url}", payload=body, url=url)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    _, gzipped = _stem_suffixes(path)
    return gzip.decompress(data) if gzipped else data


def _looks_like_feed(head: bytes) -> bool:
    head = head.lstrip()[:2048].lower()
    return head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf"))


def file_items(path: Path) -> Iterator[Item]:
    name = str(path)
    suffixes, _ = _stem_suffixes(path)
    last = suffixes[-1] if suffixes else ""
    try:
        if last in WARC_SUFFIXES:
            yield from _warc_items(path, name)
            return
        data = _read(path)
    except (OSError, EOFError, ValueError) as error:
        yield _error_item(name, f"cannot be read ({error})")
        return
    except Exception as error:  # a corrupt archive: warcio raises its own errors
        yield _error_item(name, f"cannot be read ({type(error).__name__}: {error})")
        return
    if last in JSONL_SUFFIXES or data.lstrip()[:1] == b"{":
        yield from _jsonl_items(data.decode("utf-8", "replace"), name)
    elif last in FEED_SUFFIXES or _looks_like_feed(data):
        yield from _feed_items(data, name)
    else:
        yield Item(key=digest(data), name=name, payload=data)


def iter_items(targets: Iterable[str]) -> Iterator[Item]:
    """Every item of every target, in order."""
    for path in expand_paths(targets):
        if isinstance(path, str):
            yield _error_item(path, "no such file or folder (or a pattern that matches nothing)")
        else:
            yield from file_items(path)


def count_items(targets: Iterable[str]) -> int:
    """How many items there are (for the progress bar's ETA); reads every input once."""
    return sum(1 for _ in iter_items(targets))
