"""Train the event plausibility model (chronist.events.plausibility) from the precision verdicts.

    .venv/bin/python training/event_plausibility.py [--digest a8416f8c4063] [--write]
        [--l2 1.0] [--threshold-de 0.0] [--threshold-en 0.0]

One command: re-runs the current event coder (with the model off) over the precision tool's
cached pages (benchmarks/events/precision.py; `--digest` picks the upstream cache), joins the
hand verdicts of benchmarks/events/precision_judged.yaml on (page, trigger start, type)
(`ok` -> 1, `type`/`no` -> 0), and evaluates honestly before it writes anything:
(a) leave-page-out cross-validation (pages grouped into folds by a hash of the page id) over
all verdicts; (b) trained on the verdicts outside sample s3 (salt chronist-precision-3, drawn
before anyone fixed against it) and tested on s3's. It prints AUC and, for thresholds, the
kept share and precision of the kept judged events per language. `--write` fits the final
model on all verdicts and writes src/chronist/data/events/plausibility.json with the feature
names, the training date and data, the CV figures and the thresholds given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "events"))
os.environ["CHRONIST_PLAUSIBILITY"] = "0"  # the coder's own output is the model's input

import precision  # noqa: E402

from chronist.events import EventCoder  # noqa: E402
from chronist.events.plausibility import DATA, document_facts, features  # noqa: E402

SECTOR_GROUPS = {
    "state": ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRE"],
    "igo": ["IGO"],
    "nonstate": ["PTY", "REB", "OPP", "NGO", "UAF", "INS"],
    "civil": ["CVL", "LAB", "REL"],
    "private": ["BUS", "MED", "EDU", "JRN", "THK", "CRM"],
}
TYPES = [
    "AGREE", "ASSAULT", "ACCUSE", "AID", "COERCE", "CONSULT", "COOPERATE", "DEMAND",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
    "FIGHT", "CONCEDE",
]  # fmt: skip
DOCUMENT_FEATURES = [
    "doc_position", "doc_lead", "doc_state_share", "doc_countries_log",
    "doc_events_per_sentence",
]  # fmt: skip
MIN_SENTENCES = 6
SALTS = {"s1": "chronist-precision-1", "s2": "chronist-precision-2", "s3": "chronist-precision-3"}
FOLDS = 10


def rows(language: str, digest: str | None) -> list[dict[str, Any]]:
    """Every coded event of the language's pages with its features and verdict (or None)."""
    groups = {s: g for g, sectors in SECTOR_GROUPS.items() for s in sectors}
    verdicts = precision.judged()
    coder = EventCoder(language)
    out = []
    for page, doc in precision.analysed(language, False, digest):
        events = coder.code(doc)
        facts = document_facts(doc, events, groups)
        for event in events:
            starts = [m["trigger"]["start"] for m in event.attributes.get("mentions", [])]
            verdict = verdicts.get((page, event.trigger.start, event.type))
            if verdict is None:
                verdict = next(
                    (verdicts[k] for s in starts if (k := (page, s, event.type)) in verdicts),
                    None,
                )
            out.append(
                {
                    "page": page,
                    "start": event.trigger.start,
                    "type": event.type,
                    "verdict": verdict,
                    "rule": str(event.attributes.get("rule") or ""),
                    "features": features(event, doc, facts, TYPES, groups),
                    "keys": {
                        s: precision.key(page, event.trigger.start, salt)
                        for s, salt in SALTS.items()
                    },  # fmt: skip
                }
            )
    # Sample membership: the 120 smallest keys of each salt among today's events.
    for name in SALTS:
        ranked = sorted(out, key=lambda r: r["keys"][name])
        for i, r in enumerate(ranked):
            r[name] = i < 120
    return out


# ------------------------------------------------------------------ model


Fitted = tuple[np.ndarray, float, np.ndarray, np.ndarray]


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> Fitted:
    """L2-regularised logistic regression (Newton) on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[1:], float(w[0]), mean, scale


def predict(model: Fitted, x: np.ndarray) -> np.ndarray:
    w, b, mean, scale = model
    return 1 / (1 + np.exp(-np.clip(b + ((x - mean) / scale) @ w, -30, 30)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p, kind="mergesort")
    ranks = np.empty(len(p))
    sorted_p = p[order]
    i = 0
    while i < len(p):  # average ranks of ties
        j = i
        while j + 1 < len(p) and sorted_p[j + 1] == sorted_p[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    if not n1 or not n0:
        return float("nan")
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def fold_of(page: str) -> int:
    return int(hashlib.sha1(page.encode()).hexdigest(), 16) % FOLDS


def matrix(data: list[dict[str, Any]], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in data], dtype=float)
    y = np.array([1.0 if r["verdict"] == "ok" else 0.0 for r in data])
    return x, y


def cross_validated(data: list[dict[str, Any]], names: list[str], l2: float) -> np.ndarray:
    x, y = matrix(data, names)
    folds = np.array([fold_of(r["page"]) for r in data])
    out = np.zeros(len(data))
    for k in range(FOLDS):
        test = folds == k
        if test.any():
            out[test] = predict(fit(x[~test], y[~test], l2), x[test])
    return out


def at_thresholds(y: np.ndarray, p: np.ndarray, cuts: list[float]) -> list[dict[str, float]]:
    table = []
    for t in cuts:
        kept = p >= t
        table.append(
            {
                "threshold": t,
                "kept_share": round(float(kept.mean()), 3),
                "precision": round(float(y[kept].mean()) if kept.any() else 0.0, 3),
                "ok_lost": int(((~kept) & (y == 1)).sum()),
                "false_removed": int(((~kept) & (y == 0)).sum()),
            }
        )
    return table


CUTS = [0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]


def evaluate(
    by_lang: dict[str, list[dict[str, Any]]], names: list[str], l2: float, joint: bool
) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for language, data in by_lang.items():
        judged = [r for r in data if r["verdict"]]
        if joint:
            others = [r for lang, d in by_lang.items() if lang != language for r in d
                      if r["verdict"]]  # fmt: skip
        else:
            others = []
        # (a) leave-page-out CV (pages of the other language always train in a joint model)
        x, y = matrix(judged, names)
        folds = np.array([fold_of(r["page"]) for r in judged])
        p = np.zeros(len(judged))
        xo, yo = matrix(others, names) if others else (np.zeros((0, len(names))), np.zeros(0))
        for k in range(FOLDS):
            test = folds == k
            if test.any():
                model = fit(np.vstack([x[~test], xo]), np.concatenate([y[~test], yo]), l2)
                p[test] = predict(model, x[test])
        # (b) train outside s3, test on s3
        s3 = np.array([r["s3"] for r in judged])
        if others:
            o3 = np.array([r["s3"] for r in others])
            model = fit(np.vstack([x[~s3], xo[~o3]]), np.concatenate([y[~s3], yo[~o3]]), l2)
        else:
            model = fit(x[~s3], y[~s3], l2)
        p3 = predict(model, x[s3])
        report[language] = {
            "judged": len(judged),
            "ok": int(y.sum()),
            "cv_auc": round(auc(y, p), 3),
            "cv_heuristic_auc": round(auc(y, x[:, names.index("heuristic")]), 3),
            "cv": at_thresholds(y, p, CUTS),
            "s3_n": int(s3.sum()),
            "s3_auc": round(auc(y[s3], p3), 3),
            "s3": at_thresholds(y[s3], p3, CUTS),
        }
    return report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--digest", default=None, help="the precision cache's upstream digest")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--joint", action="store_true", help="one model over both languages")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--threshold-de", type=float, default=0.0)
    parser.add_argument("--threshold-en", type=float, default=0.0)
    parser.add_argument("--rows", type=Path, help="cache the coded rows here (json)")
    parser.add_argument("--note", default="", help="why the thresholds are what they are")
    args = parser.parse_args()
    if args.rows and args.rows.exists():
        by_lang = json.loads(args.rows.read_text())
    else:
        by_lang = {lang: rows(lang, args.digest) for lang in ("de", "en")}
        if args.rows:
            args.rows.write_text(json.dumps(by_lang))
    names = sorted({n for data in by_lang.values() for r in data for n in r["features"]})
    report = evaluate(by_lang, names, args.l2, args.joint)
    print(json.dumps(report, indent=1))
    if not args.write:
        return 0
    spec: dict[str, Any] = {
        "kind": "event-plausibility",
        "schema_version": 1,
        "trained": dt.date.today().isoformat(),
        "data": "benchmarks/events/precision_judged.yaml joined with the coder's events on "
        f"the precision pages (cache {args.digest or precision.stages_digest()}); ok -> 1",
        "recipe": "training/event_plausibility.py",
        "l2": args.l2,
        "joint": args.joint,
        "min_sentences": MIN_SENTENCES,
        "document_features": DOCUMENT_FEATURES,
        "sector_groups": SECTOR_GROUPS,
        "types": TYPES,
        "evaluation": report,
        "threshold_note": args.note,
        "models": {},
    }
    thresholds = {"de": args.threshold_de, "en": args.threshold_en}
    for language, data in by_lang.items():
        pool = [r for d in by_lang.values() for r in d] if args.joint else data
        judged = [r for r in pool if r["verdict"]]
        x, y = matrix(judged, names)
        w, b, mean, scale = fit(x, y, args.l2)
        spec["models"][language] = {
            "threshold": thresholds[language],
            "examples": len(judged),
            "bias": round(b, 6),
            "features": names,
            "weights": {n: round(float(v), 6) for n, v in zip(names, w, strict=True)},
            "mean": {n: round(float(v), 6) for n, v in zip(names, mean, strict=True)},
            "scale": {n: round(float(v), 6) for n, v in zip(names, scale, strict=True)},
        }
    DATA.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {DATA}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
