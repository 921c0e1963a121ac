"""A learned plausibility of coded events: the event's `confidence` and a drop threshold.

The event coder's rules over-generate on running text (a trigger word in another sense, a
generic statement, routine inside one body, a company as argument). A small logistic
regression over GENERAL features of the event and its document turns the coder's output into
a calibrated probability that a human judge calls the event a political event of its type
(verdict `ok` in benchmarks/events/precision_judged.yaml). The weights, their feature names,
training data and cross-validated figures live in data/events/plausibility.json; they are
written by training/event_plausibility.py (one command). No page id, text or word list is a
feature: the type and mode, the trigger's part of speech, the actors' presence, country,
sector group and kind, factuality, quotes and reported speech, the sentence's length and
actors, whether an actor fills one of the trigger's own phrases, whether the sentence has
a verb at all, the document's political density and the coder's own heuristic confidence. One
joint model serves both languages; the types and the features in BY_LANGUAGE carry a second
weight for English (`en*<name>`).

Document features (share of sentences with a state actor and with any political actor,
countries, events per sentence, position) mean nothing for a single sentence or a short
text (probes, PLOVER GSR, a headline): below `min_sentences` they take their training mean,
so the model neither rewards nor punishes such inputs for them, and no event of such an
input is dropped.

Events below the language's threshold are dropped; `CHRONIST_KEEP_ALL_EVENTS=1` keeps them
all (each still with the model's confidence), `CHRONIST_EVENT_THRESHOLD=0.4` sets another
threshold, `CHRONIST_PLAUSIBILITY=0` leaves the coder's heuristic confidence and every event
as they were.
"""

from __future__ import annotations

import json
import math
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from chronist.document import ActorRef, Document, Event

DATA = Path(__file__).resolve().parents[1] / "data" / "events" / "plausibility.json"
FACTUALITIES = ("asserted", "negated", "possible", "planned")
ROLES = ("source", "target")
KINDS = ("PERSON", "COUNTRY", "GROUP", "ORG")
PARAGRAPHS = ("title", "caption", "heading")
POLITICAL_GROUPS = ("state", "igo", "nonstate")
# Features whose weight differs by language: the two lexicons differ in which types
# over-generate, and German and English differ in how a report is told (tense, compound
# nouns as triggers, quotation). Each also enters as `en*<name>`, its value in English text
# and 0 in German: German events get <name>'s weight, English ones the sum of both.
BY_LANGUAGE = (
    "trigger_noun", "in_quote", "clause_present_only", "clause_modal", "doc_state_share",
    "sentence_words_log", "has_date_explicit",
)  # fmt: skip


@dataclass(frozen=True)
class Model:
    """One language's logistic regression over standardised features."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    document_features: frozenset[str]
    min_sentences: int
    sector_groups: dict[str, str]
    types: tuple[str, ...]

    def probability(self, features: dict[str, float], degenerate: bool = False) -> float:
        z = self.bias
        for name, weight, mean, scale in zip(
            self.names, self.weights, self.mean, self.scale, strict=True
        ):
            if degenerate and name in self.document_features:
                continue  # the training mean: no evidence either way
            z += weight * (features.get(name, 0.0) - mean) / scale
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from_spec(spec: dict[str, Any], language: str) -> Model:
    entry = spec["models"][language]
    names = tuple(entry["features"])
    groups = {sector: group for group, sectors in spec["sector_groups"].items()
              for sector in sectors}  # fmt: skip
    return Model(
        names=names,
        weights=tuple(float(entry["weights"][n]) for n in names),
        bias=float(entry["bias"]),
        mean=tuple(float(entry["mean"][n]) for n in names),
        scale=tuple(float(entry["scale"][n]) or 1.0 for n in names),
        threshold=float(entry.get("threshold", 0.0)),
        document_features=frozenset(spec["document_features"]),
        min_sentences=int(spec["min_sentences"]),
        sector_groups=groups,
        types=tuple(spec["types"]),
    )


@cache
def load_model(language: str, path: Path = DATA) -> Model | None:
    if not path.exists():
        return None
    spec = load_spec(path)
    if language not in spec.get("models", {}):
        return None
    return model_from_spec(spec, language)


def load_spec(path: Path = DATA) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ features


@dataclass
class DocumentFacts:
    """What the features need of the document, computed once per document."""

    sentence_starts: list[int]
    state_sentences: float
    political_sentences: float
    countries: int
    events_per_sentence: float
    quotes: list[tuple[int, int]]
    entity_types: dict[str, str]
    mentions: list[Any]

    @property
    def sentences(self) -> int:
        return len(self.sentence_starts)


def document_facts(doc: Document, events: Sequence[Event], groups: dict[str, str]) -> DocumentFacts:
    analysis = doc.analysis
    sents = list(analysis.sents) if analysis is not None else []
    starts = [s.start_char for s in sents]
    mentions = list(doc.actor_mentions or [])
    state = set()
    political = set()  # sentences with an actor of the state, an IGO or a non-state group
    countries = set()
    for m in mentions:
        if getattr(m, "country", None) and getattr(m, "kind", None) != "place":
            countries.add(m.country)
        group = groups.get(getattr(m, "sector", None) or "")
        index = max(0, bisect_right(starts, m.start) - 1)
        if group == "state":
            state.add(index)
        if group in POLITICAL_GROUPS:
            political.add(index)
    n = max(1, len(sents))
    return DocumentFacts(
        sentence_starts=starts,
        state_sentences=len(state) / n,
        political_sentences=len(political) / n,
        countries=len(countries),
        events_per_sentence=len(events) / n,
        quotes=[(q.start, q.end) for q in doc.quotes or []],
        entity_types={e.id: e.type for e in doc.entities or []},
        mentions=mentions,
    )


def _sector_group(actor: ActorRef | None, groups: dict[str, str]) -> str:
    if actor is None:
        return "absent"
    sectors = [m.sector for m in actor.members] if actor.members else [actor.sector]
    found = [groups.get(s or "", "other") if s else "none" for s in sectors]
    for group in ("state", "igo", "nonstate", "civil", "private", "other"):
        if group in found:
            return group
    return "none"


def _kind(actor: ActorRef | None, facts: DocumentFacts) -> str:
    if actor is None:
        return "absent"
    if actor.members:
        return "members"
    if actor.entity and actor.entity in facts.entity_types:
        kind = facts.entity_types[actor.entity]
        return kind if kind in KINDS else "other"
    return "description"


def _clause_tense(token: Any) -> set[str]:
    """Past, present and modal marks of the verb complex the trigger belongs to (the
    trigger itself if a verb, else the verb it hangs on): a reported act is told in the
    past, a general statement or an opinion in the present or with a modal."""
    if token is None:
        return set()
    verb = token
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    marks = set()
    for word in (verb, *verb.children, verb.head):
        if word is not verb and not (word in verb.children or word.pos_ == "AUX"):
            continue
        if word is not verb and word.pos_ not in {"VERB", "AUX"}:
            continue
        tense = word.morph.get("Tense")
        if "Past" in tense:
            marks.add("past")
        elif "Pres" in tense:
            marks.add("present")
        if word.tag_ in {"MD", "VMFIN", "VMINF", "VMPP"}:
            marks.add("modal")
    return marks


# Dependents that join another phrase to the trigger rather than fill one of its roles.
NOT_ARGUMENTS = frozenset({"punct", "conj", "cc"})


def _names_actor(start: int, end: int, mentions: Sequence[Any]) -> bool:
    return any(
        m.start < end and m.end > start and getattr(m, "is_actor", True)
        and getattr(m, "kind", None) != "place"
        for m in mentions
    )  # fmt: skip


def _actor_argument(token: Any, mentions: Sequence[Any]) -> bool:
    """Whether an actor fills one of the trigger's own phrases (a dependent's subtree) or is
    the word it hangs on ("Angriffe Russlands", "the army attacked the town", "Moscow's
    threat"): a political act is told with its doers and targets around the trigger, while a
    trigger word in another sense or a generic statement stands among things, and an actor
    elsewhere in the sentence was linked to it only by the coder's fallbacks."""
    if token is None:
        return False
    for child in token.children:
        left, right = child.left_edge, child.right_edge
        if child.dep_ not in NOT_ARGUMENTS and _names_actor(
            left.idx, right.idx + len(right.text), mentions
        ):
            return True
    head = token.head
    return head is not token and _names_actor(head.idx, head.idx + len(head.text), mentions)


def _verbless(analysis: Any, start: int, end: int) -> bool:
    """A sentence without any verb is a headline, a caption or a list item: a topic named,
    not an act told."""
    if analysis is None:
        return False
    span = analysis.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and not any(t.pos_ in {"VERB", "AUX"} for t in span)


def token_at(analysis: Any, start: int) -> Any:
    """The token of the analysis at a character offset, or None."""
    if analysis is None:
        return None
    span = analysis.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def features(
    event: Event,
    doc: Document,
    facts: DocumentFacts,
    model_types: Iterable[str],
    groups: dict[str, str],
) -> dict[str, float]:
    """The event's feature values by name (absent = 0)."""
    f: dict[str, float] = {}
    for t in model_types:
        f[f"type={t}"] = float(event.type == t)
    f["has_mode"] = float(event.mode is not None)
    f["lang_en"] = float(doc.language == "en")
    for fact in FACTUALITIES[1:]:
        f[f"fact={fact}"] = float(event.factuality == fact)
    token = token_at(doc.analysis, event.trigger.start)
    pos = token.pos_ if token is not None else ""
    f["trigger_verb"] = float(pos in {"VERB", "AUX"})
    f["trigger_noun"] = float(pos in {"NOUN", "PROPN"})
    f["trigger_in_compound"] = float(
        token is not None and len(token.text) > len(event.trigger.text or "") + 2
    )
    tense = _clause_tense(token)
    f["clause_past"] = float("past" in tense)
    f["clause_present_only"] = float(tense == {"present"})
    f["clause_modal"] = float("modal" in tense)
    f["heuristic"] = float(event.confidence or 0.0)
    rule = str(event.attributes.get("rule") or "")
    f["entry_noun"] = float(":noun:" in rule)
    for role in ROLES:
        actor: ActorRef | None = getattr(event, role)
        group = _sector_group(actor, groups)
        for g in ("absent", "state", "igo", "nonstate", "civil", "private", "none"):
            f[f"{role}_sector={g}"] = float(group == g)
        f[f"{role}_country"] = float(actor is not None and bool(actor.country))
        kind = _kind(actor, facts)
        for k in ("PERSON", "COUNTRY", "description", "members"):
            f[f"{role}_kind={k}"] = float(kind == k)
    src, tgt = event.source, event.target
    both = src is not None and tgt is not None and src.country and tgt.country
    f["international"] = float(bool(both) and src.country != tgt.country)
    f["domestic_pair"] = float(bool(both) and src.country == tgt.country)
    attrs = event.attributes
    f["reported_speech"] = float(bool(attrs.get("reported_speech")))
    f["reported_by"] = float(event.reported_by is not None)
    f["implicit_source"] = float(bool(attrs.get("implicit_source")))
    f["recoded"] = float("recoded_from" in attrs)
    f["plover_reading"] = float("plover_reading" in attrs)
    f["has_content"] = float("content" in attrs)
    f["has_size"] = float("size" in attrs)
    f["repeated"] = float(len(attrs.get("mentions") or []) > 1)
    f["has_location"] = float(event.location is not None)
    f["has_date_explicit"] = float(event.date_basis == "explicit")
    paragraph = attrs.get("paragraph")
    for kind in PARAGRAPHS:
        f[f"paragraph={kind}"] = float(paragraph == kind)
    start = event.trigger.start
    f["in_quote"] = float(any(a <= start < b for a, b in facts.quotes))
    # The sentence: its length and its own actors.
    s0, s1 = event.sentence.start, event.sentence.end
    words = len((doc.text[s0:s1]).split())
    f["sentence_words_log"] = math.log1p(words)
    in_sentence = [m for m in facts.mentions if s0 <= m.start < s1]
    f["sentence_state_actors"] = float(
        sum(groups.get(getattr(m, "sector", None) or "") == "state" for m in in_sentence)
    )
    f["sentence_countries"] = float(
        len({m.country for m in in_sentence if getattr(m, "country", None)})
    )
    f["sentence_question"] = float(doc.text[s0:s1].rstrip().endswith("?"))
    f["sentence_private_actors"] = float(
        sum(groups.get(getattr(m, "sector", None) or "") == "private" for m in in_sentence)
    )
    f["sentence_actors_log"] = math.log1p(sum(bool(getattr(m, "is_actor", True))
                                             for m in in_sentence))  # fmt: skip
    f["sentence_verbless"] = float(_verbless(doc.analysis, s0, s1))
    f["trigger_actor_argument"] = float(_actor_argument(token, in_sentence))
    # The document (neutral for short inputs).
    n = facts.sentences
    index = max(0, bisect_right(facts.sentence_starts, start) - 1)
    f["doc_position"] = index / max(1, n - 1)
    f["doc_lead"] = float(index < 3)
    f["doc_state_share"] = facts.state_sentences
    f["doc_political_share"] = facts.political_sentences
    f["doc_countries_log"] = math.log1p(facts.countries)
    f["doc_events_per_sentence"] = facts.events_per_sentence
    by_language = [n for n in f if n.startswith("type=")] + list(BY_LANGUAGE)
    for name in by_language:
        f[f"en*{name}"] = f[name] * f["lang_en"]
    return f


# ------------------------------------------------------------------ applying


def keep_all() -> bool:
    return os.environ.get("CHRONIST_KEEP_ALL_EVENTS", "") not in {"", "0"}


def enabled() -> bool:
    return os.environ.get("CHRONIST_PLAUSIBILITY", "1") != "0"


def score(
    events: list[Event],
    doc: Document,
    language: str,
    threshold: float | None = None,
    kept_by_rule: Callable[[Event], bool] | None = None,
) -> list[Event]:
    """Sets every event's `confidence` to the model's probability and drops those whose
    probability is below the language's threshold in running text (`threshold` overrides it,
    for short texts too; 0 keeps all). Events `kept_by_rule` accepts stay whatever their
    probability (a grammatical mark of a political act the model cannot see)."""
    model = load_model(language) if enabled() else None
    if model is None or not events:
        return events
    facts = document_facts(doc, events, model.sector_groups)
    degenerate = facts.sentences < model.min_sentences
    cut = model.threshold if threshold is None else threshold
    if threshold is None and os.environ.get("CHRONIST_EVENT_THRESHOLD"):
        cut = float(os.environ["CHRONIST_EVENT_THRESHOLD"])
    if degenerate and threshold is None:
        # A single sentence or a short text is a chosen input (a probe, a headline): the
        # model scores it, but what over-generates is running text.
        cut = 0.0
    if keep_all():
        cut = 0.0
    probability: dict[int, float] = {}
    for event in events:
        values = features(event, doc, facts, model.types, model.sector_groups)
        probability[id(event)] = model.probability(values, degenerate)
    kept = [
        e for e in events
        if probability[id(e)] >= cut or (kept_by_rule is not None and kept_by_rule(e))
    ]  # fmt: skip
    _rank_within_sentences(kept, probability, facts.sentence_starts)
    return kept


def _rank_within_sentences(
    events: list[Event], probability: dict[int, float], starts: list[int]
) -> None:
    """The coder's heuristic ranks a sentence's main predicate above the acts embedded in it
    (a demand's content, a background clause), and readers of `confidence` take a
    sentence's most confident event as what it reports. The model judges each event on its
    own, so among the events with a mention in one sentence an event is given at most the
    confidence of the one the heuristic ranks above it (0.001 less): the order stays the
    coder's."""
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}
    for i, event in enumerate(events):
        mentions = event.attributes.get("mentions") or []
        triggers = [m["trigger"]["start"] for m in mentions] or [event.trigger.start]
        for start in triggers:
            sentence = bisect_right(starts, start)
            if sentence in owner:
                parent[root(i)] = root(owner[sentence])
            else:
                owner[sentence] = i
    by_sentence: dict[int, list[Event]] = {}
    for i, event in enumerate(events):
        by_sentence.setdefault(root(i), []).append(event)
    for group in by_sentence.values():
        group.sort(key=lambda e: (-(e.confidence or 0.0), e.trigger.start))
        ceiling = 1.0
        for event in group:
            value = min(round(probability[id(event)], 3), ceiling)
            event.confidence = max(0.0, round(value, 3))
            ceiling = round(value - 0.001, 3)
