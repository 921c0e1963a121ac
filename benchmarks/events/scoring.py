"""Scoring helpers shared by the event benchmarks: type mapping, countries, confusion."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

# PLOVER gold standard records carry v0.5b1 labels; v0.8 merged these.
TYPE_V08 = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# CAMEO country codes in the gold records that differ from ISO 3166-1 alpha-3.
ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VAT"}
# PLOVER/CAMEO codes for non-state actors: they have no country.
NON_STATE = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UNO", "EUR"})


def v08(event_type: str) -> str:
    return TYPE_V08.get(event_type, event_type)


_PERIOD = re.compile(r"^(\d{4})(?:-(?:W(\d{2})|(\d{2}))(?:-(\d{2}))?)?$")


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of a day, ISO week, month or year value."""
    match = _PERIOD.match(value[:10])
    if match is None:
        return None
    year, week, month, day = match.groups()
    try:
        if week:
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, first + timedelta(days=6)
        if day:
            single = date(int(year), int(month), int(day))
            return single, single
        if month:
            first = date(int(year), int(month), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:
        return None


def date_matches(predicted: str | None, gold: str) -> bool:
    """The predicted date lies within the gold date's period: "2025-05-14" and "2025-W20"
    (12-18 May) are right for a gold "2025-05", "2026-02-26" for a gold "2026-W09"."""
    if not predicted:
        return False
    if predicted.startswith(gold):
        return True
    inner, outer = _period(predicted), _period(gold)
    return inner is not None and outer is not None and (
        outer[0] <= inner[0] and inner[1] <= outer[1])


def gold_countries(actors: Any) -> set[str]:
    """State countries of a gold actor list (non-state codes dropped)."""
    if not isinstance(actors, list):
        return set()
    codes = {ISO.get(a.get("code", ""), a.get("code", "")) for a in actors}
    return {c for c in codes if c and c not in NON_STATE}


def predicted_countries(actor: dict[str, Any] | None) -> set[str]:
    if not actor:
        return set()
    members = actor.get("members") or [actor]
    return {m["country"] for m in members if m.get("country")}


@dataclass
class Tally:
    """Accuracy counters for one language/corpus."""

    n: int = 0
    type_top: int = 0
    type_any: int = 0
    no_event: int = 0
    source_n: int = 0
    source_ok: int = 0
    source_overlap: int = 0
    target_n: int = 0
    target_ok: int = 0
    target_overlap: int = 0
    date_n: int = 0
    date_ok: int = 0
    factuality_n: int = 0
    factuality_ok: int = 0
    no_event_items: int = 0
    no_event_clean: int = 0
    confusion: Counter = field(default_factory=Counter)

    def roles(self, gold: set[str], predicted: set[str], role: str) -> None:
        if not gold:
            return
        setattr(self, f"{role}_n", getattr(self, f"{role}_n") + 1)
        if predicted == gold:
            setattr(self, f"{role}_ok", getattr(self, f"{role}_ok") + 1)
        if predicted & gold:
            setattr(self, f"{role}_overlap", getattr(self, f"{role}_overlap") + 1)

    def summary(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "sentences": self.n,
            "type_accuracy_top_event": ratio(self.type_top, self.n),
            "type_recall_any_event": ratio(self.type_any, self.n),
            "no_event": self.no_event,
            "source_country_exact": ratio(self.source_ok, self.source_n),
            "source_country_overlap": ratio(self.source_overlap, self.source_n),
            "source_scored": self.source_n,
            "target_country_exact": ratio(self.target_ok, self.target_n),
            "target_country_overlap": ratio(self.target_overlap, self.target_n),
            "target_scored": self.target_n,
            "date_accuracy": ratio(self.date_ok, self.date_n),
            "date_scored": self.date_n,
            "factuality_accuracy": ratio(self.factuality_ok, self.factuality_n),
            "factuality_scored": self.factuality_n,
            "no_event_items": self.no_event_items,
            "no_event_items_clean": ratio(self.no_event_clean, self.no_event_items),
        }


def plover_reading(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events as PLOVER's gold codes them: an announced cooperative or hostile act
    ("X will visit Y next week", chronist: CONSULT planned) is PLOVER's AGREE/THREATEN,
    which the coder gives as `plover_reading`. The act as told stays as `told_type`: a gold
    that codes the act with its factuality (the blind probes) matches it too (`has_type`),
    as articles.py's predicted_types always allowed."""
    read = []
    for event in events:
        reading = event.get("plover_reading")
        told = {"told_type": event["type"]}
        read.append({**event, "type": reading["type"]} | told if reading else event)
    return read


def has_type(event: dict[str, Any] | None, gold_type: str) -> bool:
    return event is not None and gold_type in (event["type"], event.get("told_type"))


def pick(events: list[dict[str, Any]], gold_type: str) -> tuple[dict[str, Any] | None, dict | None]:
    """(top event by confidence then position, the event of the gold type if any)."""
    if not events:
        return None, None
    top = max(events, key=lambda e: (e.get("confidence") or 0, -e["trigger"]["start"]))
    same = [e for e in events if has_type(e, gold_type)]
    return top, (same[0] if same else None)


def confusion_markdown(confusion: Counter) -> str:
    gold_types = sorted({g for g, _ in confusion})
    predicted = sorted({p for _, p in confusion})
    lines = ["| gold \\ predicted | " + " | ".join(predicted) + " |"]
    lines.append("|---" * (len(predicted) + 1) + "|")
    for g in gold_types:
        row = [str(confusion.get((g, p), "")) for p in predicted]
        lines.append(f"| {g} | " + " | ".join(row) + " |")
    return "\n".join(lines)
