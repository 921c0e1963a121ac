"""Score chronist's pipelines on held-out data (never trained on).

    python training/evaluate.py de-syntax-eval            # UPOS, lemma, UAS/LAS, sentences
    python training/evaluate.py de-ner-eval de-ner-eval-europarl   # NER P/R/F1, PER/LOC/ORG
    python training/evaluate.py en-syntax-eval en-ner-eval-europarl
    python training/evaluate.py de-ner-dev --without chronist_kb_entities   # an ablation
    python training/evaluate.py en-syntax-dev --by-relation   # LAS lost per gold relation
    python training/evaluate.py en-syntax-eval --ud-heads     # English parse in UD's heads

Corpora come from `training/corpora.py` (training/corpus/<name>.spacy). By default the
shipped pipeline (`chronist.nlp.load`) is scored; `--model DIR` scores a trained
spaCy pipeline directory instead (its components are loaded alongside chronist's).

Conventions: tokens are aligned by character offsets (our tokenizer, not the gold
one, runs); UPOS/lemma accuracy counts every gold token that has a one-to-one
predicted token, and misaligned tokens count as errors; lemmas are scored in UD's
convention (separable verbs not reattached: the reattaching component is switched off
for scoring; fused preposition+article tokens such as "zum", whose UD lemma is
"zu der", are left out); German syntax is scored on UD's words: the pipeline splits
hyphenated compounds and truncated words as UD does ("Nato-Gipfel" = Nato, -, Gipfel;
"Ein-" = Ein, -) for its syntax model
and joins them again for NER and the later stages (chronist/nlp/compounds.py), and the
joining component is switched off for syntax scoring (not for NER, whose gold keeps
compounds whole); LAS ignores punctuation (as
spaCy's scorer does) and compares base labels ("nsubj:pass" = "nsubj"); English parser
labels (ClearNLP) that differ from UD only in name are renamed first
(data/nlp/dependency-labels-en.yaml; --native-labels switches that off); with
--ud-heads the English parse is first converted to UD v2 heads (training/ud_heads.py:
content words head prepositions, copulas, coordinators and name parts; scoring only, the
pipeline keeps its ClearNLP parse); NER is
exact-span micro P/R/F1 over PER, LOC and ORG, gold labels mapped to chronist's labels
with the language's entity-label table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin, Token
from spacy.training import Example
from ud_heads import to_ud  # type: ignore[import-not-found]

from chronist.nlp import load
from chronist.nlp.datafiles import DATA_DIR, dependency_labels, entity_labels

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
NER_LABELS = ("PER", "LOC", "ORG")


def read(name: str, nlp: spacy.Language) -> list[Doc]:
    path = CORPUS / f"{name}.spacy"
    if not path.exists():
        sys.exit(f"{path} is missing: run training/corpora.py first")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


# UD lemmas keep the particle apart ("kehrte ... zurück" -> "kehren").
# UD's words are the parts of a hyphenated compound: the compounds stay split.
NOT_IN_UD = ("chronist_de_separable", "chronist_de_merge_compounds")


def predict(
    nlp: spacy.Language, gold: list[Doc], without: tuple[str, ...] = (), ud: bool = True
) -> tuple[list[Example], float]:
    """The pipeline's analyses of the gold texts, with NOT_IN_UD switched off if `ud`
    (syntax; NER gold keeps our words)."""
    start = time.perf_counter()
    ud_off = NOT_IN_UD if ud else ()
    disable = [name for name in (*ud_off, *without) if name in nlp.pipe_names]
    predicted = list(nlp.pipe((d.text for d in gold), disable=disable))
    seconds = time.perf_counter() - start
    return [Example(p, g) for p, g in zip(predicted, gold, strict=True)], seconds


def to_ud_labels(docs: list[Doc], language: str) -> None:
    """Rename the parser's labels that differ from UD's only in name
    (data/nlp/dependency-labels-<lang>.yaml: English ClearNLP -> UD); heads unchanged."""
    if not (DATA_DIR / f"dependency-labels-{language}.yaml").exists():
        return
    table = dependency_labels(language)
    for doc in docs:
        for token in doc:
            if token.dep_ in table:
                token.dep_ = table[token.dep_]


def to_ud_heads(examples: list[Example], language: str) -> list[Example]:
    """The examples with the parse converted to UD heads (data/nlp/dependency-conversion-
    <lang>.yaml; English ClearNLP -> UD v2); unchanged for a parser that is UD already."""
    if not (DATA_DIR / f"dependency-conversion-{language}.yaml").exists():
        return examples
    return [Example(to_ud(eg.predicted, language), eg.reference) for eg in examples]


def syntax_scores(examples: list[Example]) -> dict[str, float]:
    scores: dict[str, float] = {}
    if examples[0].reference.has_annotation("POS"):
        scores["upos"] = Scorer.score_token_attr(examples, "pos")["pos_acc"]
    if examples[0].reference.has_annotation("LEMMA"):
        scores["lemma"] = lemma_accuracy(examples)
    if examples[0].reference.has_annotation("MORPH"):
        scores["morph"] = Scorer.score_token_attr(examples, "morph")["morph_acc"]
    if examples[0].predicted.has_annotation("DEP"):
        deps = Scorer.score_deps(
            examples,
            "dep",
            getter=_base_label,
            head_attr="head",
            head_getter=lambda t, attr: getattr(t, attr),
            ignore_labels=("p", "punct"),
        )
        scores["uas"], scores["las"] = deps["dep_uas"], deps["dep_las"]
        scores["sents_f"] = Scorer.score_spans(examples, "sents")["sents_f"]
    return {k: round(100 * v, 2) for k, v in scores.items() if v is not None}


def _base_label(token: Token, attr: str) -> object:
    """The relation without its subtype, case-folded ("nsubj:pass" = "nsubj"; spaCy's
    CoNLL-U reader turns UD's "root" into "ROOT")."""
    if attr == "dep":
        return token.dep_.split(":")[0].lower()
    return getattr(token, attr)


def by_relation(examples: list[Example]) -> dict[str, dict[str, float]]:
    """Per gold relation (base label, punctuation left out): its share of the scored
    tokens, how often its head is right, and the LAS points its errors cost."""
    total: Counter[str] = Counter()
    head_ok: Counter[str] = Counter()
    label_ok: Counter[str] = Counter()
    for eg in examples:
        for gold in eg.reference:
            relation = gold.dep_.split(":")[0].lower()
            if relation in ("punct", "p") or gold.is_space:
                continue
            total[relation] += 1
            aligned, head = eg.alignment.y2x[gold.i], eg.alignment.y2x[gold.head.i]
            if len(aligned) != 1 or len(head) != 1:
                continue
            predicted = eg.predicted[int(aligned[0])]
            if predicted.head.i == int(head[0]):
                head_ok[relation] += 1
                label_ok[relation] += predicted.dep_.split(":")[0].lower() == relation
    n = sum(total.values()) or 1
    return {
        rel: {"share": round(100 * c / n, 1), "head_ok": round(100 * head_ok[rel] / c, 1),
              "las_points_lost": round(100 * (c - label_ok[rel]) / n, 1)}
        for rel, c in total.most_common()
    }


def lemma_accuracy(examples: list[Example]) -> float:
    correct = total = 0
    for eg in examples:
        for gold in eg.reference:
            if " " in gold.lemma_ or gold.is_space:
                continue  # a fused token ("zum" = "zu der")
            total += 1
            aligned = eg.alignment.y2x[gold.i]
            if len(aligned) == 1:
                predicted = eg.predicted[aligned[0]]
                correct += len(eg.alignment.x2y[predicted.i]) == 1 and (
                    predicted.lemma_ == gold.lemma_
                )
    return correct / total if total else 0.0


def ner_scores(examples: list[Example], language: str) -> dict[str, float]:
    table = entity_labels(language)
    gold_count = pred_count = hits = 0
    per_label = {label: [0, 0, 0] for label in NER_LABELS}  # gold, predicted, correct
    for eg in examples:
        gold = {
            (e.start_char, e.end_char, table.get(e.label_, "MISC")) for e in eg.reference.ents
        }
        pred = {(e.start_char, e.end_char, e.label_) for e in eg.predicted.ents}
        gold = {g for g in gold if g[2] in NER_LABELS}
        pred = {p for p in pred if p[2] in NER_LABELS}
        gold_count, pred_count, hits = gold_count + len(gold), pred_count + len(pred), hits + len(
            gold & pred
        )
        for label in NER_LABELS:
            counts = per_label[label]
            counts[0] += sum(1 for g in gold if g[2] == label)
            counts[1] += sum(1 for p in pred if p[2] == label)
            counts[2] += sum(1 for g in gold & pred if g[2] == label)
    scores = _prf(gold_count, pred_count, hits)
    for label, (g, p, c) in per_label.items():
        scores[f"{label}_f"] = _prf(g, p, c)["f"]
    return scores


def _prf(gold: int, pred: int, correct: int) -> dict[str, float]:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2)}


def pipeline(language: str, model: Path | None) -> spacy.Language:
    if model is None:
        return load(language)
    import chronist.nlp.german  # noqa: F401  (registers chronist's components)

    return spacy.load(model)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="+", help="corpus names, e.g. de-syntax-eval")
    parser.add_argument("--model", type=Path, help="a trained pipeline dir instead of load()")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N docs")
    parser.add_argument(
        "--without", nargs="*", default=[], help="components to switch off (an ablation)"
    )
    parser.add_argument(
        "--native-labels", action="store_true",
        help="score the parser's own dependency labels (no renaming to UD)",
    )
    parser.add_argument(
        "--ud-heads", action="store_true",
        help="convert the parse to UD heads before scoring (English: training/ud_heads.py)",
    )
    parser.add_argument(
        "--by-relation", action="store_true",
        help="also print head accuracy and lost LAS points per gold relation",
    )
    args = parser.parse_args()
    for name in args.corpora:
        language = name.split("-")[0]
        nlp = pipeline(language, args.model)
        gold = read(name, nlp)[: args.limit or None]
        examples, seconds = predict(nlp, gold, tuple(args.without), ud="ner" not in name)
        if args.ud_heads:
            examples = to_ud_heads(examples, language)
        if not args.native_labels:
            to_ud_labels([eg.predicted for eg in examples], language)
        words = sum(len(d) for d in gold)
        result: dict[str, object] = {"corpus": name, "docs": len(gold), "tokens": words}
        if "ner" in name:
            result.update(ner_scores(examples, language))
        else:
            result.update(syntax_scores(examples))
            if args.by_relation:
                result["by_relation"] = by_relation(examples)
        result["words_per_s"] = round(words / seconds)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
