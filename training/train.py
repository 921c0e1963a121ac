"""Train one of chronist's German models and package it into the chronist package.

    python training/train.py de_syntax      # UPOS + dependency parser  (~25 min, 2 cores)
    python training/train.py de_ner         # named entities             (~20 min)

Steps, each skipped when its output exists (so an interrupted run resumes; pass
--force to redo): build the corpora (training/corpus/, from ../shared/corpora),
train with `spacy train` under `nice` and a wall-clock limit (the best checkpoint so
far survives the limit), copy training/out/<name>/model-best to
src/chronist/nlp/models/de/<name>/ without training-only files. Then run
training/evaluate.py for the held-out scores that go into the model card.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MODELS = REPO / "src" / "chronist" / "nlp" / "models"
CORPUS_MARKER = HERE / "corpus" / "de-ner-eval-europarl.spacy"


def run(command: list[str], minutes: float | None = None) -> int:
    print("+", " ".join(command), flush=True)
    # One BLAS thread: the machine's two cores are shared.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    try:
        return subprocess.run(
            command, cwd=REPO, env=env, timeout=minutes * 60 if minutes else None
        ).returncode
    except subprocess.TimeoutExpired:
        print(f"stopped after {minutes} minutes; keeping the best checkpoint", flush=True)
        return 0


def train(name: str, minutes: float, force: bool) -> Path:
    out = HERE / "out" / name
    best = out / "model-best"
    if best.exists() and not force:
        print(f"{best} exists: skipping training (--force to retrain)")
        return best
    code = run(
        ["nice", "-n", "10", sys.executable, "-m", "spacy", "train", str(HERE / f"{name}.cfg"),
         "--output", str(out), "--code", str(HERE / "components.py")],
        minutes,
    )
    if code != 0 or not best.exists():
        sys.exit(f"training {name} failed (exit {code})")
    return best


def package(name: str, best: Path) -> Path:
    language = name.split("_")[0]
    target = MODELS / language / name.split("_", 1)[1]
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"packaged {target.relative_to(REPO)} ({size / 1e6:.1f} MB)")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name", choices=["de_syntax", "de_ner"])
    parser.add_argument("--minutes", type=float, default=25.0, help="wall-clock limit")
    parser.add_argument("--force", action="store_true", help="rebuild corpora and retrain")
    args = parser.parse_args()
    if args.force or not CORPUS_MARKER.exists():
        if run([sys.executable, str(HERE / "corpora.py")]) != 0:
            sys.exit("building the corpora failed")
    package(args.name, train(args.name, args.minutes, args.force))


if __name__ == "__main__":
    main()
