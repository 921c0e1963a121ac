"""Scoring shared by the time benchmarks: extent (strict/relaxed), type and value.

Gold and system expressions are (start, end, type, value). Strict extent: same
offsets. Relaxed: overlapping spans (each gold matched at most once). Type and
value accuracy are over relaxed matches; value F1 (as in TempEval-3) counts a
relaxed match as a true positive only when the value agrees too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass(slots=True)
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: Sequence[Timex], system: Sequence[Timex], where: str = "") -> None:
        self.gold += len(gold)
        self.system += len(system)
        used: set[int] = set()
        for g in gold:
            match = _best_overlap(g, system, used)
            if match is None:
                self.errors.append({"where": where, "kind": "missed", "gold": g.text,
                                    "value": g.value})
                continue
            used.add(match)
            s = system[match]
            self.relaxed += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            if (s.start, s.end) != (g.start, g.end):
                self.errors.append({"where": where, "kind": "extent", "gold": g.text,
                                    "system": s.text})
            self.type_ok += s.type == g.type
            if _same_value(g.value, s.value):
                self.value_ok += 1
            else:
                self.errors.append({"where": where, "kind": "value", "gold": g.text,
                                    "value": g.value, "system": s.text, "got": s.value})
        for index, s in enumerate(system):
            if index not in used:
                self.errors.append({"where": where, "kind": "spurious", "system": s.text,
                                    "got": s.value})

    def figures(self) -> dict[str, float | int]:
        def f1(hits: int) -> tuple[float, float, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = f1(self.strict)
        rp, rr, rf = f1(self.relaxed)
        vp, vr, vf = f1(self.value_ok)
        return {
            "gold": self.gold, "system": self.system,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_accuracy": self.type_ok / self.relaxed if self.relaxed else 0.0,
            "value_accuracy": self.value_ok / self.relaxed if self.relaxed else 0.0,
            "value_f1": vf,
        }


def _best_overlap(gold: Timex, system: Sequence[Timex], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for index, s in enumerate(system):
        if index in used:
            continue
        overlap = min(gold.end, s.end) - max(gold.start, s.start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


_WEEK = re.compile(r"-W(\d)(?!\d)")


def _same_value(gold: str | None, system: str | None) -> bool:
    """Equal TIMEX3 values; week numbers compare zero-padded ("2000-W7" = "2000-W07")."""
    def norm(value: str | None) -> str:
        return _WEEK.sub(r"-W0\1", (value or "").upper())

    return norm(gold) == norm(system)


def table(rows: Iterable[tuple[str, dict[str, float | int]]]) -> str:
    header = (f"{'set':<14}{'gold':>6}{'sys':>6}{'strictF1':>10}{'relaxP':>8}{'relaxR':>8}"
              f"{'relaxF1':>9}{'typeAcc':>9}{'valueAcc':>10}{'valueF1':>9}")
    lines = [header]
    for name, f in rows:
        lines.append(
            f"{name:<14}{f['gold']:>6}{f['system']:>6}{f['strict_f1']:>10.3f}{f['relaxed_p']:>8.3f}"
            f"{f['relaxed_r']:>8.3f}{f['relaxed_f1']:>9.3f}{f['type_accuracy']:>9.3f}"
            f"{f['value_accuracy']:>10.3f}{f['value_f1']:>9.3f}"
        )
    return "\n".join(lines)
