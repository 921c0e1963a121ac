"""Convert spaCy's English parse (ClearNLP/Stanford-basic conventions) to the heads and
labels of Universal Dependencies v2, for scoring against UD English EWT only.

UD EWT was itself converted from Stanford basic dependencies, so the conversion is a fixed,
general procedure: content words head function words. In order:

1. prepositional phrases: the adposition's object heads the phrase and the adposition
   hangs on it as `case` (`mark` before a clause); the phrase is `obl` on a verb, adjective
   or adverb, `nmod` on a noun (`obl:agent` for a passive agent);
2. copular clauses: the predicate (attr/acomp of "be") heads, the copula is `cop`, and
   the copula's other dependents (subject, auxiliaries, negation, modifiers) move to the
   predicate; with an expletive ("there is a problem") the noun phrase is the subject;
3. coordination: every conjunct hangs on the first, `cc` on the conjunct it introduces;
4. multi-word names: head-first `flat` instead of head-last `compound`;
5. labels: infinitival "to" is `mark`, bare noun-phrase adverbials `obl`/`nmod` by their
   head, a non-copular predicate complement `xcomp`; the rest is renamed by
   data/nlp/dependency-labels-en.yaml afterwards (training/evaluate.py).

The sets of labels, tags and lemmas each step consults are data
(data/nlp/dependency-conversion-en.yaml). The pipeline's own parse is never changed: later
stages read the ClearNLP relations.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.tokens import Doc

from chronist.datafiles import load_data_file
from chronist.nlp.datafiles import DATA_DIR, DataFile, Entry

FIXED = "fixed"


class ConversionEntry(Entry):
    """One set the conversion consults (see the data file's comments)."""

    labels: frozenset[str] = frozenset()
    pos: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    """Lower-cased word forms."""
    ud: str = ""
    """For a relabelling entry: the UD label a token with one of `labels` (and, if given,
    one of `pos`) gets, once its head is converted."""
    expressions: tuple[tuple[str, ...], ...] = ()
    """Multi-word function words ("because of"), lower-cased, that UD joins as `fixed`."""


class ConversionFile(DataFile):
    kind: Literal["dependency-conversion"]
    entries: list[ConversionEntry]


@cache
def rules(lang: str) -> dict[str, ConversionEntry]:
    data = load_data_file(DATA_DIR / f"dependency-conversion-{lang}.yaml", ConversionFile)
    return {e.id: e for e in data.entries}


@dataclass
class Tree:
    """A parse as plain lists (heads are token indices; a root is its own head)."""

    words: list[str]
    """Lower-cased."""
    pos: list[str]
    tags: list[str]
    lemmas: list[str]
    entities: list[str]
    """The entity label of each token, "" outside names; a new entity starts with "B-"."""
    heads: list[int]
    deps: list[str]

    @classmethod
    def of(cls, doc: Doc) -> Tree:
        return cls(
            [t.lower_ for t in doc], [t.pos_ for t in doc], [t.tag_ for t in doc],
            [t.lemma_.lower() for t in doc],
            [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "" for t in doc],
            [t.head.i for t in doc], [t.dep_ for t in doc],
        )

    def children(self, i: int) -> list[int]:
        return [c for c, h in enumerate(self.heads) if h == i and c != i]

    def depth(self, i: int) -> int:
        steps = 0
        while self.heads[i] != i and steps < len(self.heads):
            i, steps = self.heads[i], steps + 1
        return steps

    def promote(self, new: int, old: int, old_label: str) -> None:
        """`new` takes `old`'s place in the tree; `old` and its other dependents hang on
        `new`, `old` as `old_label`; the words of a multi-word function word (`fixed`) stay
        on `old`."""
        for child in self.children(old):
            if child != new and self.deps[child] != FIXED:
                self.heads[child] = new
        self.heads[new] = new if self.heads[old] == old else self.heads[old]
        self.deps[new] = self.deps[old]
        self.heads[old], self.deps[old] = new, old_label


def to_ud(doc: Doc, lang: str = "en") -> Doc:
    """A copy of `doc` with UD heads and (converted) labels; tokens and tags unchanged."""
    table = rules(lang)
    tree = Tree.of(doc)
    fixed_expressions(tree, table)
    adpositional_phrases(tree, table)
    copular_clauses(tree, table)
    extraposed_subjects(tree, table)
    coordination(tree, table)
    object_clauses(tree, table)
    reporting_clauses(tree, table)
    flat_names(tree, table)
    name_titles(tree, table)
    dates(tree, table)
    relabel(tree, table)
    return Doc(
        doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
        pos=tree.pos, tags=tree.tags, lemmas=[t.lemma_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        heads=tree.heads, deps=tree.deps,
    )


def fixed_expressions(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """Multi-word function words ("because of", "as well"): the first word takes the
    expression's place in the tree, the others hang on it as `fixed`; an expression the
    parse does not keep together is left alone."""
    for words in table["fixed_expression"].expressions:
        size = len(words)
        for start in range(len(tree.words) - size + 1):
            if tuple(tree.words[start:start + size]) == words:
                _fix(tree, range(start, start + size))


def _fix(tree: Tree, span: range) -> None:
    tops = [i for i in span if tree.heads[i] not in span or tree.heads[i] == i]
    if len(tops) != 1:
        return
    top, first = tops[0], span[0]
    if top != first:
        tree.heads[first] = first if tree.heads[top] == top else tree.heads[top]
        tree.deps[first] = tree.deps[top]
    for i in range(len(tree.heads)):
        if i not in span and tree.heads[i] in span:
            tree.heads[i] = first
    for i in span[1:]:
        tree.heads[i], tree.deps[i] = first, FIXED


def _modifier(tree: Tree, head: int, table: dict[str, ConversionEntry]) -> str:
    """A phrase modifying `head`: a nominal modifier of a noun, else an oblique."""
    return "nmod" if tree.pos[head] in table["nominal"].pos else "obl"


def adpositional_phrases(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """Deepest first, so that in "from under the bed" the inner phrase is converted
    before its object ("bed") is promoted over the outer adposition."""
    objects = table["adposition_object"].labels
    heads = [i for i in range(len(tree.heads)) if any(
        tree.deps[c] in objects for c in tree.children(i))]
    for adposition in sorted(heads, key=tree.depth, reverse=True):
        children = [c for c in tree.children(adposition) if tree.deps[c] in objects]
        if not children:
            continue
        obj = children[0]
        clause = tree.pos[obj] in table["verbal"].pos
        label = tree.deps[adposition]
        governor = tree.heads[adposition]
        tree.promote(obj, adposition, "mark" if clause else "case")
        if label not in table["adposition"].labels:
            continue  # the phrase keeps the adposition's relation: root, conj, pobj, ...
        if clause:
            tree.deps[obj] = "acl" if tree.pos[governor] in table["nominal"].pos else "advcl"
        elif label in table["agent"].labels:
            tree.deps[obj] = "obl:agent"
        else:
            tree.deps[obj] = _modifier(tree, governor, table)


def copular_clauses(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    predicates = table["copular_predicate"].labels
    for verb in range(len(tree.heads)):
        if tree.lemmas[verb] not in table["copula"].lemmas:
            continue
        if tree.deps[verb] in table["auxiliary"].labels:
            continue
        children = tree.children(verb)
        complements = [c for c in children if tree.deps[c] in predicates] or (
            _phrase_predicate(tree, verb, children, table))
        if not complements:
            continue
        if any(tree.deps[c] in table["expletive"].labels for c in children):
            tree.deps[complements[0]] = "nsubj"
            continue
        tree.promote(complements[0], verb, "cop")


def _phrase_predicate(
    tree: Tree, verb: int, children: list[int], table: dict[str, ConversionEntry]
) -> list[int]:
    """The predicate of "be" without attr/acomp: the first prepositional phrase (already
    converted: `obl`) after it ("she is in Rome"), else the first adverbial after it ("he
    was there"), unless "be" has a complement that is its predicate instead (an object, a
    clause). A clause after "be" with a subject before it is the predicate ("the problem
    is that it rains": "rains" heads)."""
    subject = any(tree.deps[c] in table["clause_subject"].labels and c < verb
                  for c in children)
    clauses = [c for c in children if c > verb
               and tree.deps[c] in table["clause_predicate"].labels]
    if subject and clauses and not any(
            tree.deps[c] in table["expletive"].labels for c in children):
        return clauses[:1]
    if any(tree.deps[c] in table["complement"].labels for c in children):
        return []
    for kind in ("phrase_predicate", "adverb_predicate"):
        labels = table[kind].labels
        found = [c for c in children if c > verb and tree.deps[c] in labels]
        if found:
            return found[:1]
    return []


def extraposed_subjects(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """"It is clear that he left": the subject "it" of a copular predicate with a clause
    after it only announces that clause: UD `expl`."""
    dummy, clauses = table["dummy_subject"], table["extraposed_clause"].labels
    for word in range(len(tree.heads)):
        if tree.deps[word] not in dummy.labels or tree.words[word] not in dummy.words:
            continue
        children = tree.children(tree.heads[word])
        if any(tree.deps[c] == "cop" for c in children) and any(
                tree.deps[c] in clauses and c > word for c in children):
            tree.deps[word] = "expl"


def coordination(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    conjunct = table["conjunct"].labels
    for i in range(len(tree.heads)):
        if tree.deps[i] not in conjunct:
            continue
        first = tree.heads[i]
        while tree.deps[first] in conjunct and tree.heads[first] != first:
            first = tree.heads[first]
        tree.heads[i] = first
    for i in range(len(tree.heads)):
        if tree.deps[i] not in table["coordinator"].labels:
            continue
        first = tree.heads[i]  # a later conjunct in ClearNLP, now on the first one
        if tree.deps[first] in conjunct:
            first = tree.heads[first]
        following = [c for c in tree.children(first) if tree.deps[c] in conjunct and c > i]
        if following:
            tree.heads[i] = min(following)


def object_clauses(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """"made him leave", "asked her to stay": ClearNLP's bare or to-infinitive clause
    (ccomp) with its own subject -> UD: the "subject" is the object of the main verb and
    the infinitive an open complement (xcomp) of it."""
    clause, subject = table["object_clause"], table["clause_subject"].labels
    auxiliary, marker = table["auxiliary"].labels, table["infinitive_marker"].tags
    for verb in range(len(tree.heads)):
        if tree.deps[verb] not in clause.labels or tree.tags[verb] not in clause.tags:
            continue
        children = tree.children(verb)
        if any(tree.deps[c] in auxiliary and tree.tags[c] not in marker for c in children):
            continue  # "I think you should go": a finite clause, with a modal
        subjects = [c for c in children if tree.deps[c] in subject and c < verb]
        if subjects:
            tree.heads[subjects[0]], tree.deps[subjects[0]] = tree.heads[verb], "obj"
            tree.deps[verb] = "xcomp"


def reporting_clauses(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """"It will rain, I think": ClearNLP makes the clause before the reporting verb its
    complement (ccomp); UD makes that clause the head and the reporting verb `parataxis`
    on it, the verb keeping its own subject and modifiers."""
    for clause in range(len(tree.heads)):
        verb = tree.heads[clause]
        if tree.deps[clause] not in table["reported_clause"].labels or clause > verb:
            continue
        if any(w in table["quotation_mark"].words for w in tree.words[clause:verb]):
            continue  # quoted speech ('"It rains," she said') stays the verb's ccomp
        tree.heads[clause] = clause if tree.heads[verb] == verb else tree.heads[verb]
        tree.deps[clause] = tree.deps[verb]
        tree.heads[verb], tree.deps[verb] = clause, "parataxis"


def name_titles(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """"President Ann Lee": a compound before a person's name but outside it (a title, a
    role) is a nominal modifier of the name in UD EWT (nmod:desc)."""
    kinds, parts = table["flat_name"].labels, table["name_part"].labels
    for word, head in enumerate(tree.heads):
        entity = tree.entities[head].partition("-")[2]
        if (tree.deps[word] in parts and word < head and entity in kinds
                and not tree.entities[word].endswith(f"-{entity}")):
            tree.deps[word] = "nmod"


def dates(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """"March 28, 2005": ClearNLP makes the month head with the numbers as nummod; UD
    EWT makes the day head, with the month and the year as nominal modifiers on it."""
    months, number = table["month"].lemmas, table["date_number"]
    for month in range(len(tree.heads) - 1):
        day = month + 1
        if (tree.lemmas[month] not in months or tree.heads[day] != month
                or tree.deps[day] not in number.labels or tree.pos[day] not in number.pos):
            continue
        tree.promote(day, month, "nmod")
        for year in tree.children(day):
            if year > day and tree.deps[year] in number.labels:
                tree.deps[year] = "nmod"


def flat_names(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    """A name's words before its last one, each `compound` on it -> the first word heads,
    the others are `flat` on it ("Ann Lee Smith")."""
    names, parts = table["name"].pos, table["name_part"].labels
    kinds = table["flat_name"].labels
    for head in range(len(tree.heads)):
        entity = tree.entities[head].partition("-")[2]
        if tree.pos[head] not in names or entity not in kinds:
            continue
        first = head
        while (first > 0 and tree.heads[first - 1] == head
               and tree.deps[first - 1] in parts and tree.pos[first - 1] in names
               and tree.entities[first] == f"I-{entity}"):
            first -= 1
        if first == head:
            continue
        tree.promote(first, head, "flat")
        for word in range(first + 1, head):
            tree.heads[word], tree.deps[word] = first, "flat"


def relabel(tree: Tree, table: dict[str, ConversionEntry]) -> None:
    marker, bare = table["infinitive_marker"], table["bare_noun_modifier"].labels
    by_class = [e for e in table.values() if e.ud]
    for i, dep in enumerate(tree.deps):
        rule = next((e for e in by_class if dep in e.labels and (
            not e.pos or tree.pos[i] in e.pos)), None)
        if rule is not None:
            tree.deps[i] = rule.ud
        elif dep in marker.labels and tree.tags[i] in marker.tags:
            tree.deps[i] = "mark"
        elif dep in bare:
            tree.deps[i] = _modifier(tree, tree.heads[i], table)
        elif dep in table["open_complement"].labels:
            tree.deps[i] = "xcomp"
