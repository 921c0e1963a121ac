"""Cross-article event clustering: same happening -> one cluster, across languages."""

from __future__ import annotations

from datetime import date

import pytest
from storekit import actor, make_document, put, store  # noqa: F401  (store: fixture)

from chronist.store import EventFilter, EventStore, cluster_events, query
from chronist.store.dedup import day_range, days_apart

ISR = actor("Israel", "ISR", "Q801", "GOV")
LBN = actor("Lebanon", "LBN", "Q822")
RUS = actor("Russia", "RUS", "Q159", "GOV")
UKR = actor("Ukraine", "UKR", "Q212")
DEU = actor("Germany", "DEU", "Q183", "GOV")
FRA = actor("France", "FRA", "Q142", "GOV")

STRIKE_DE = "Israelische Kampfflugzeuge haben am Dienstag Ziele im Süden des Libanon bombardiert."
STRIKE_EN = "Israeli warplanes struck targets in southern Lebanon on Tuesday."
DRONES_EN = "Russia attacked the Ukrainian capital Kyiv with drones overnight."
MEETING_DE = "Bundeskanzler Merz traf am Montag den französischen Präsidenten Macron in Paris."
MEETING_EN = "French President Macron received German Chancellor Merz in Paris on Monday."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-07", (date(2023, 10, 7), date(2023, 10, 7))),
        ("2023-10", (date(2023, 10, 1), date(2023, 10, 31))),
        ("2023-12", (date(2023, 12, 1), date(2023, 12, 31))),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2026-W11", (date(2026, 3, 9), date(2026, 3, 15))),
        ("2023-13", None),
        (None, None),
    ],
)
def test_day_range_reads_iso_prefixes(value: str | None, expected: object) -> None:
    assert day_range(value) == expected


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [("2023-10-07", "2023-10-08", 1), ("2023-10", "2023-10-20", 0),
     ("2023-10-01", "2023-10-11", 10), ("2023-10-01", None, None)],
)
def test_days_apart_between_date_ranges(a: str, b: str | None, gap: int | None) -> None:
    assert days_apart(day_range(a), day_range(b)) == gap


def clusters_of(db: EventStore) -> list[dict]:
    return list(query(db, EventFilter(), clustered=True))


def test_cluster_german_and_english_report_meet(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(STRIKE_DE, [("ASSAULT", "aerial", ISR, LBN, "2026-02-03")],
                             language="de", url="https://www.zeitung.example/a"))
    put(store, make_document(STRIKE_EN, [("ASSAULT", "aerial", ISR, LBN, "2026-02-03")],
                             url="https://news.example.com/b"))
    put(store, make_document(DRONES_EN, [("ASSAULT", "drone", RUS, UKR, "2026-02-03")],
                             url="https://news.example.com/c"))
    assert cluster_events(store) == 2
    rows = {r["source_country"]: r for r in clusters_of(store)}
    assert rows["ISR"]["n_mentions"] == 2
    assert rows["ISR"]["languages"] == ["de", "en"]
    assert rows["ISR"]["n_outlets"] == 2
    assert rows["RUS"]["n_mentions"] == 1


@pytest.mark.parametrize(
    ("second_source", "second_target", "second_date"),
    [
        (RUS, UKR, "2026-02-03"),  # other actors
        (LBN, ISR, "2026-02-03"),  # roles reversed: a different attack
        (ISR, LBN, "2026-02-20"),  # same actors, weeks later
    ],
)
def test_cluster_keeps_different_happenings_apart(
    store: EventStore, second_source, second_target, second_date  # noqa: F811
) -> None:
    put(store, make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, "2026-02-03")],
                             language="de"))
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, second_source, second_target,
                                          second_date)]))
    assert cluster_events(store) == 2


def test_cluster_reciprocal_meeting_with_roles_swapped(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(MEETING_DE, [("CONSULT", "visit", DEU, FRA, "2026-02-02")],
                             language="de"))
    put(store, make_document(MEETING_EN, [("CONSULT", "visit", FRA, DEU, "2026-02-02")]))
    assert cluster_events(store) == 1


def test_cluster_is_incremental(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, "2026-02-03")],
                             language="de"))
    assert cluster_events(store) == 1
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02-04")]))
    assert cluster_events(store) == 1
    (row,) = clusters_of(store)
    assert row["n_mentions"] == 2 and row["n_documents"] == 2


def test_cluster_without_embeddings_needs_same_entities_and_day(store: EventStore) -> None:  # noqa: F811
    put(store, make_document(STRIKE_DE, [("ASSAULT", None, ISR, LBN, "2026-02-03")],
                             language="de"), embed=False)
    put(store, make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02-03")]),
        embed=False)
    put(store, make_document(DRONES_EN, [("ASSAULT", None, ISR, LBN, "2026-02-05")]),
        embed=False)
    assert cluster_events(store) == 2


def test_reprocessed_document_leaves_no_stale_cluster(store: EventStore) -> None:  # noqa: F811
    doc = make_document(STRIKE_EN, [("ASSAULT", None, ISR, LBN, "2026-02-03")])
    put(store, doc)
    cluster_events(store)
    doc.events = []
    put(store, doc, version="test-2")
    assert cluster_events(store) == 0


def test_query_clusters_without_clustering_are_single_events(store: EventStore) -> None:  # noqa: F811
    put(store, make_document("Israeli warplanes struck targets in southern Lebanon.",
                             [("ASSAULT", None, ISR, LBN, "2026-02-03")]))
    (row,) = query(store, EventFilter(), clustered=True)
    assert row["n_mentions"] == 1 and "cluster_key" not in row
