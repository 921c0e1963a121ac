"""Fixtures and builders shared by the store tests (imported by the test modules; the
project keeps a single conftest).

PostgreSQL: the server named by CHRONIST_TEST_PG (default: the role and database that
.ci/run creates on localhost). Tests that need it skip, with the reason, when it is not
reachable, unless CHRONIST_REQUIRE_PG=1 (set by .ci/run once it started a server), where
an unreachable server is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from chronist.document import ActorRef, Document, Entity, Event, Span
from chronist.store import EventStore
from chronist.store.db import database_url
from chronist.store.records import document_rows
from chronist.store.tables import metadata

PG_URL = os.environ.get(
    "CHRONIST_TEST_PG", "postgresql://chronist:chronist@localhost:5432/chronist_test"
)


@cache
def postgres_problem() -> str | None:
    """None when the test server answers, else why not."""
    try:
        engine = create_engine(database_url(PG_URL), connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as error:  # any driver error means: no usable server
        return f"{type(error).__name__}: {str(error).splitlines()[0]}"


def _reset_postgres() -> None:
    engine = create_engine(database_url(PG_URL))
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def store_target(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return str(tmp_path / "chronist.db")
    problem = postgres_problem()
    if problem:
        message = f"PostgreSQL not reachable at {PG_URL} ({problem})"
        if os.environ.get("CHRONIST_REQUIRE_PG") == "1":
            pytest.fail(message)
        pytest.skip(message)
    _reset_postgres()
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    """An empty, migrated store on each back end."""
    target = store_target(request.param, tmp_path)
    opened = EventStore(target)
    yield opened
    opened.close()


# -- documents with events, built by hand ----------------------------------------------

def actor(name: str, country: str | None, entity: str | None = None,
          sector: str | None = None) -> ActorRef:
    return ActorRef(name=name, country=country, entity=entity, sector=sector)


def make_document(
    text: str,
    events: list[tuple[str, str | None, ActorRef | None, ActorRef | None, str | None]],
    *,
    language: str = "en",
    url: str | None = None,
    published: str | None = "2026-02-03",
    factuality: str = "asserted",
) -> Document:
    """A Document whose every event spans the whole text: (type, mode, source, target, date)."""
    doc = Document(text=text, language=language, url=url, published=published,
                   published_source="given")
    entities: dict[str, Entity] = {}
    for number, (kind, mode, source, target, when) in enumerate(events, start=1):
        for ref in (source, target):
            if ref and ref.entity and ref.entity not in entities:
                entities[ref.entity] = Entity(id=ref.entity, name=ref.name or "", type="COUNTRY",
                                              country=ref.country)
        doc.events.append(Event(
            id=f"e{number}", type=kind, mode=mode, source=source, target=target,
            factuality=factuality,  # type: ignore[arg-type]
            sentence=Span(0, len(text)), trigger=Span(0, 1, text[:1]), date=when,
            date_basis="explicit" if when else None, confidence=0.8,
        ))
    doc.entities = list(entities.values())
    return doc


def put(store: EventStore, doc: Document, *, version: str = "test-1",
        embed: bool = True) -> None:
    """Store a hand-built document as ingestion would (with event embeddings)."""
    from chronist.store.embed import embed_texts

    output = doc.to_output()
    vectors = None
    if embed:
        sentences = [doc.text[e.sentence.start:e.sentence.end] for e in doc.events]
        vectors = [v.tobytes() for v in embed_texts(sentences)]
    rows = document_rows(output, version=version, input_name="test", embeddings=vectors)
    store.write_document(rows, key=doc.id, name="test", version=version)


ISRAEL = actor("Israel", "ISR", "Q801", "GOV")
LEBANON = actor("Lebanon", "LBN", "Q822")


def put_strike_reports(store: EventStore) -> None:
    """One Israeli air strike on Lebanon, reported once in German and once in English
    (two outlets): the pair that cross-lingual clustering must join."""
    put(store, make_document(
        "Israelische Kampfflugzeuge haben am Dienstag Ziele im Süden des Libanon bombardiert.",
        [("ASSAULT", "aerial", ISRAEL, LEBANON, "2026-02-03")], language="de",
        url="https://www.zeitung.example/a"))
    put(store, make_document(
        "Israeli warplanes struck targets in southern Lebanon on Tuesday.",
        [("ASSAULT", "aerial", ISRAEL, LEBANON, "2026-02-03")],
        url="https://news.example.com/b"))
