"""Queries over stored events: every filter, raw and clustered, on both back ends."""

from __future__ import annotations

import pytest
from storekit import actor, make_document, put, put_strike_reports, store_target

from chronist.store import EventFilter, EventStore, cluster_events, query

RUS = actor("Russian army", "RUS", "Q159", "MIL")
UKR = actor("Ukraine", "UKR", "Q212")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One store per back end for the whole module: the filters only read it."""
    store = EventStore(store_target(request.param, tmp_path_factory.mktemp("query")))
    put_strike_reports(store)
    put(store, make_document(
        "Russia may attack Kyiv again next month, officials warned.",
        [("THREATEN", "violence", RUS, UKR, "2026-03")], url="https://news.example.com/c",
        factuality="possible"))
    put(store, make_document(
        "Ukraine asked its partners for more air defence in January.",
        [("REQUEST", "assist", UKR, None, None)], url="https://www.zeitung.example/d",
        published="2026-01-20"))
    cluster_events(store)
    yield store
    store.close()


def uids(db: EventStore, spec: EventFilter, clustered: bool = False) -> list[str]:
    return [row["event_text"][:12] for row in query(db, spec, clustered=clustered)]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (EventFilter(), ["Ukraine aske", "Israelische ", "Israeli warp", "Russia may a"]),
        (EventFilter(actors=["Q801"]), ["Israelische ", "Israeli warp"]),
        (EventFilter(actors=["russian"]), ["Russia may a"]),
        (EventFilter(countries=["ukr"]), ["Ukraine aske", "Russia may a"]),
        (EventFilter(dyad=("RUS", "UKR")), ["Russia may a"]),
        (EventFilter(dyad=("UKR", "RUS")), []),
        (EventFilter(dyad=("UKR", "RUS"), undirected=True), ["Russia may a"]),
        (EventFilter(dyad=("Q801", "LBN")), ["Israelische ", "Israeli warp"]),
        (EventFilter(types=["threaten", "REQUEST"]), ["Ukraine aske", "Russia may a"]),
        (EventFilter(since="2026-02-10"), ["Russia may a"]),
        (EventFilter(since="2026-03-15"), ["Russia may a"]),
        (EventFilter(until="2026-01-31"), ["Ukraine aske"]),
        (EventFilter(since="2026-02", until="2026-02"), ["Israelische ", "Israeli warp"]),
        (EventFilter(factuality=["possible"]), ["Russia may a"]),
        (EventFilter(outlets=["zeitung.example"]), ["Ukraine aske", "Israelische "]),
        (EventFilter(languages=["de"]), ["Israelische "]),
        (EventFilter(limit=1), ["Ukraine aske"]),
    ],
)
def test_query_filters_raw_events(filled: EventStore, spec: EventFilter, expected) -> None:
    assert sorted(uids(filled, spec)) == sorted(expected)


def test_query_orders_by_event_date_or_publication(filled: EventStore) -> None:
    order = uids(filled, EventFilter())
    assert order[0] == "Ukraine aske" and order[-1] == "Russia may a"


def test_query_clusters_counts_all_mentions(filled: EventStore) -> None:
    rows = list(query(filled, EventFilter(languages=["en"], types=["ASSAULT"]), clustered=True))
    assert len(rows) == 1
    (row,) = rows
    assert (row["n_mentions"], row["n_documents"], row["n_outlets"]) == (2, 2, 2)
    assert row["sources"] == ["https://news.example.com/b", "https://www.zeitung.example/a"]
    assert row["cluster_key"].startswith("cluster-")
