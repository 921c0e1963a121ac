"""The blocking index of cross-article clustering: which stored events a new one meets."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, insert, select
from storekit import actor, make_document, put, store, store_target  # noqa: F401

from chronist.store import EventStore, cluster_events
from chronist.store.blocking import (
    ACTORLESS,
    SPAN_DAY,
    SPAN_LONG,
    SPAN_MONTH,
    SPAN_UNDATED,
    actor_keys,
    block_of,
    day_range,
)
from chronist.store.db import create_store_engine, current_revision, migrate
from chronist.store.embed import embed_texts
from chronist.store.records import document_rows
from chronist.store.tables import clusters, documents, event_blocks, events

ISR = actor("Israel", "ISR", "Q801", "GOV")
LBN = actor("Lebanon", "LBN", "Q822")
NOBODY = actor("Demonstranten", None)

STRIKE_DE = "Israelische Kampfflugzeuge haben am Dienstag Ziele im Süden des Libanon bombardiert."
STRIKE_EN = "Israeli warplanes struck targets in southern Lebanon on Tuesday."
PROTEST_DE = "Tausende Menschen protestierten am Sonntag in der Hauptstadt gegen die Regierung."
PROTEST_EN = "Thousands of people protested against the government in the capital on Sunday."


@pytest.mark.parametrize(
    ("roles", "keys"),
    [
        ((("Q801", "ISR"), ("Q822", "LBN")), ("c:ISR", "c:LBN", "e:Q801", "e:Q822")),
        (((None, "ISR"), (None, None)), ("c:ISR",)),
        (((None, None), ("Q1", None)), ("e:Q1",)),
        (((None, None), (None, None)), (ACTORLESS,)),
    ],
)
def test_actor_keys_cover_both_roles(roles, keys) -> None:
    (source_entity, source_country), (target_entity, target_country) = roles
    assert actor_keys(source_entity, source_country, target_entity, target_country) == keys


@pytest.mark.parametrize(
    ("value", "span", "first"),
    [("2026-02-03", SPAN_DAY, date(2026, 2, 3)), ("2026-02", SPAN_MONTH, date(2026, 2, 1)),
     ("2026-W06", SPAN_MONTH, date(2026, 2, 2)), ("2026", SPAN_LONG, date(2026, 1, 1)),
     (None, SPAN_UNDATED, None)],
)
def test_block_span_and_first_day(value: str | None, span: int, first: date | None) -> None:
    block = block_of("ASSAULT", day_range(value), ((None, "ISR"), (None, None)))
    assert block.span == span
    assert block.first == (first.toordinal() if first else 0)


def test_clustered_events_are_indexed_per_actor_key(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02-03")]))
    cluster_events(store)
    with store.engine.connect() as conn:
        keys = sorted(conn.execute(select(event_blocks.c.key)).scalars())
    assert keys == ["*", "c:ISR", "c:LBN", "e:Q801", "e:Q822"]


def test_actorless_reports_meet_each_other_and_a_report_with_actors(
    store: EventStore,  # noqa: F811
) -> None:
    put(store, make_document(PROTEST_DE, [("PROTEST", None, NOBODY, None, "2026-02-01")],
                             language="de"))
    put(store, make_document(PROTEST_EN, [("PROTEST", None, None, None, "2026-02-01")]))
    assert cluster_events(store) == 1
    # A copy whose actor was resolved: nothing contradicts, the sentences are the same.
    put(store, make_document(PROTEST_EN + " ", [("PROTEST", None, ISR, None, "2026-02-01")]))
    assert cluster_events(store) == 1


def test_reports_sharing_no_actor_are_not_compared(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, "2026-02-03")],
                             language="de"))
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, actor("Russia", "RUS"),
                                          actor("Ukraine", "UKR"), "2026-02-03")]))
    stats: dict = {}
    assert cluster_events(store, stats=stats) == 2
    assert stats == {"placed": 2, "candidates": 0}


def test_month_dated_report_meets_a_day_in_that_month(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, "2026-02-17")],
                             language="de"))
    cluster_events(store)
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02")]))
    assert cluster_events(store) == 1


def test_reprocessed_document_leaves_no_blocking_rows(store: EventStore) -> None:  # noqa: F811
    doc = make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02-03")])
    put(store, doc)
    cluster_events(store)
    doc.events = []
    put(store, doc, version="test-2")
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(event_blocks)).scalar_one() == 0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_store_at_revision_0001_upgrades_and_keeps_clustering(backend: str, tmp_path) -> None:
    """A store clustered before the blocking index existed: the migration indexes its
    clustered events, and a new report still joins their cluster."""
    engine = create_store_engine(store_target(backend, tmp_path))
    migrate(engine, "0001")
    doc = make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, "2026-02-03")], language="de")
    rows = document_rows(doc.to_output(), version="test-0", input_name="old",
                         embeddings=[v.tobytes() for v in embed_texts([STRIKE_DE])])
    # Written and clustered the way a 0001 store was: a cluster id, no blocking rows.
    with engine.begin() as conn:
        conn.execute(insert(documents), [rows.document])
        conn.execute(insert(clusters), [{"id": 1, "type": "ASSAULT", "n_events": 1,
                                         "n_documents": 1, "n_outlets": 0,
                                         "updated_at": "2026-02-03T00:00:00+00:00"}])
        conn.execute(insert(events), [{**row, "cluster_id": 1} for row in rows.events])
    migrate(engine)
    assert current_revision(engine) == "0002"
    old = EventStore("old", engine=engine)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(event_blocks)).scalar_one() == 5
    put(old, make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02-04")]))
    assert cluster_events(old) == 1
    engine.dispose()


@pytest.mark.parametrize(("first", "second", "clusters"),
                         [("2025", "2025", 1), ("2025", "2025-06", 1), ("2025", "2025-06-03", 2)])
def test_year_dated_report_meets_month_and_year_dated_reports_only(
    store: EventStore, first: str, second: str, clusters: int  # noqa: F811
) -> None:
    put(store, make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, first)], language="de"))
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, second)]))
    stats: dict = {}
    assert cluster_events(store, stats=stats) == clusters
    assert stats == {"placed": 2, "candidates": 2 - clusters}
