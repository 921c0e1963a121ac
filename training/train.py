"""Train one of chronist's models and package it into the chronist package.

    python training/train.py de_syntax      # UPOS + dependency parser  (~25 min, 2 cores)
    python training/train.py de_ner         # named entities, two stages (~50 min):
                                            # GermEval + LER, then resumed on GermEval alone
    python training/train.py en_tagger_ud   # English UD UPOS on the frozen en_core_web_sm
                                            # (~15-30 min; only the new component is packaged)

    python training/augment.py && python training/train.py de_ner --resume \
        --train de-ner-train-augmented      # one stage by hand: continue from the first
                                            # stage's best model on another corpus

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
CORPUS_MARKERS = (HERE / "corpus" / "de-ner-eval-europarl.spacy",
                  HERE / "corpus" / "en-syntax-train.spacy")
# Recipes trained in stages: each stage after the first resumes from the previous
# stage's best model on its own training corpus (training/corpus/NAME.spacy); a stage
# whose model exists is skipped, so an interrupted chain goes on where it stopped.
STAGES = {"de_ner": ("de-ner-train", "de-ner-train-germeval")}
# Models that add one trained component to a published pipeline: only that component
# (and its config block, which english.py reads to rebuild it) is packaged.
COMPONENT_ONLY = {"en_tagger_ud": "tagger_ud"}
RESUME = "_resume"


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


def train(
    name: str, minutes: float, force: bool, overrides: list[str], out: Path | None = None,
    previous: Path | None = None,
) -> Path:
    out = out or HERE / "out" / name
    best = out / "model-best"
    if best.exists() and not force:
        print(f"{best} exists: skipping training (--force to retrain)")
        return best
    code = run(
        ["nice", "-n", "10", sys.executable, "-m", "spacy", "train",
         str(config_for(name, previous)),
         "--output", str(out), "--code", str(HERE / "components.py"), *overrides],
        minutes,
    )
    if code != 0 or not best.exists():
        sys.exit(f"training {name} failed (exit {code})")
    return best


def config_for(name: str, previous: Path | None = None) -> Path:
    """The recipe's config; for a `<model>_resume` run, the same config with every
    trainable component taken from `previous` (default: the model's last best
    checkpoint; spaCy resumes sourced components instead of initialising them)."""
    if not name.endswith(RESUME):
        return HERE / f"{name}.cfg"
    from spacy import util

    base = name[: -len(RESUME)]
    previous = previous or HERE / "out" / base / "model-best"
    if not previous.exists():
        sys.exit(f"nothing to resume: {previous} is missing")
    config = util.load_config(HERE / f"{base}.cfg")
    for component, block in config["components"].items():
        if not str(block.get("factory", "")).startswith("chronist_"):
            config["components"][component] = {"source": str(previous)}
    path = HERE / "out" / f"{name}.cfg"
    path.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(path)
    return path


def package(name: str, best: Path) -> Path:
    language, model = name.removesuffix(RESUME).split("_", 1)
    target = MODELS / language / model
    if target.exists():
        shutil.rmtree(target)
    component = COMPONENT_ONLY.get(name.removesuffix(RESUME))
    if component is None:
        shutil.copytree(best, target)
    else:
        from spacy import util

        shutil.copytree(best / component, target)
        block = util.load_config(best / "config.cfg")["components"][component]
        util.Config({"components": {component: block}}).to_disk(target / "config.cfg")
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"packaged {target} ({size / 1e6:.1f} MB)")
    return target


def train_stages(name: str, minutes: float, force: bool) -> Path:
    """Train every stage of a recipe in STAGES; return the last stage's best model."""
    best: Path | None = None
    for i, corpus in enumerate(STAGES[name]):
        overrides = ["--paths.train", str(HERE / "corpus" / f"{corpus}.spacy")]
        if i == 0:
            best = train(name, minutes, force, overrides)
        else:
            out = HERE / "out" / f"{name}{RESUME}-{corpus}"
            best = train(name + RESUME, minutes, force, overrides, out, best)
    assert best is not None
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name", choices=["de_syntax", "de_ner", "en_tagger_ud"])
    parser.add_argument("--minutes", type=float, default=25.0, help="wall-clock limit")
    parser.add_argument("--force", action="store_true", help="rebuild corpora and retrain")
    parser.add_argument("--resume", action="store_true", help="continue from the best model")
    parser.add_argument("--train", help="training corpus name (training/corpus/NAME.spacy)")
    args = parser.parse_args()
    name = args.name + RESUME if args.resume else args.name
    overrides = []
    if args.train:
        overrides = ["--paths.train", str(HERE / "corpus" / f"{args.train}.spacy")]
    if args.force or not all(marker.exists() for marker in CORPUS_MARKERS):
        if run([sys.executable, str(HERE / "corpora.py")]) != 0:
            sys.exit("building the corpora failed")
    if name in STAGES and not args.train:
        package(name, train_stages(name, args.minutes, args.force))
    else:
        package(name, train(name, args.minutes, args.force, overrides))


if __name__ == "__main__":
    main()
