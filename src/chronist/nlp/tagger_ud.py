"""The English UD tagger (`tagger_ud`, weights in models/en/tagger_ud): UPOS in UD English
conventions, predicted from the output of spaCy's frozen English tok2vec (a listener:
nothing is recomputed) joined with a small embedding of the word's own form and of the
frozen tagger's Penn tag, through one hidden layer.

The frozen tok2vec was trained for Penn tags and the ClearNLP parse; the word-form
embedding lets the new layer learn UD's lexical conventions ("that" without a noun is
PRON, "have" as a main verb is VERB, a preposition opening a clause is SCONJ).

The tagger only chooses among the UD classes that data/nlp/upos-choices-en.yaml allows
for the token's Penn tag (constrained decoding); a token whose tag is not listed keeps
the part of speech it had. So the new tagger refines the model's word classes in UD's
conventions but never turns a verb into a noun or a name into a common noun, distinctions
that later stages read. A few tags allow more classes to a token outside every named
entity (`outside_names`): a capitalised word the entity recogniser does not take for a name
(a heading's "Customer Service") is a common noun or adjective in UD, while the words of
the names that later stages read stay PROPN. Only `pos_` is written: tags, morphology,
lemmas stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import Morphologizer
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import Maxout, Model, Softmax, chain, concatenate, expand_window, with_array
from thinc.types import Floats2d

from chronist.nlp.datafiles import upos_choices

# spaCy's ENT_IOB: 0 no entity annotation, 1 inside, 2 outside, 3 beginning.
OUTSIDE_NAMES = (0, 2)


@registry.architectures("chronist.ListeningTagger.v1")
def build_listening_tagger(
    tok2vec: Model[list[Doc], list[Floats2d]],
    embed: Model[list[Doc], list[Floats2d]],
    hidden_width: int,
    maxout_pieces: int,
    dropout: float,
    window_size: int = 0,
    nO: int | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    output = Softmax(nO=nO)
    hidden = Maxout(hidden_width, nP=maxout_pieces, dropout=dropout, normalize=True)
    # window_size > 0: the hidden layer also sees the neighbours' features.
    head = chain(expand_window(window_size), hidden, output) if window_size else chain(
        hidden, output
    )
    model = chain(concatenate(tok2vec, embed), with_array(head))
    model.set_ref("tok2vec", tok2vec)
    model.set_ref("output_layer", output)
    return model


class UdTagger(Morphologizer):
    """A morphologizer that learns UPOS only and writes `pos` alone, choosing per token
    among the classes its Penn tag allows."""

    def __init__(self, vocab: Vocab, model: Model, name: str, *, lang: str,
                 label_smoothing: float, scorer: Callable | None) -> None:  # fmt: skip
        super().__init__(
            vocab, model, name, overwrite=True, extend=True,
            label_smoothing=label_smoothing, scorer=scorer,
        )  # fmt: skip
        self.choices = upos_choices(lang)
        self.choices_outside_names = upos_choices(lang, outside_names=True)
        # tag hash -> row of the mask table, inside a named entity and outside one
        self._rows: tuple[dict[int, int], dict[int, int]] = ({}, {})
        self._table: tuple[numpy.ndarray, numpy.ndarray] | None = None

    def predict(self, docs: list[Doc]) -> list[numpy.ndarray]:
        """The label scores; the choice is made in set_annotations, which sees the tags."""
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((0, len(self.labels)), dtype="f") for _ in docs]
        return [self.model.ops.to_numpy(s) for s in self.model.predict(docs)]

    def set_annotations(self, docs: list[Doc] | Doc, batch_scores: list) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        masks, label_pos = self._mask_table()
        for doc, scores in zip(docs, batch_scores, strict=True):
            if not len(doc):
                continue
            tags = doc.to_array("TAG").tolist()
            outside = numpy.isin(doc.to_array("ENT_IOB"), OUTSIDE_NAMES).tolist()
            rows = numpy.fromiter(
                (self._rows[out].get(tag, 0) for tag, out in zip(tags, outside, strict=True)),
                dtype="int64", count=len(doc),
            )  # fmt: skip
            listed = rows > 0  # row 0: a tag without choices keeps its class
            if not listed.any():
                continue
            chosen = numpy.where(masks[rows[listed]], scores[listed], -1.0).argmax(axis=1)
            pos = doc.to_array("POS")
            pos[listed] = label_pos[chosen]
            doc.from_array(["POS"], pos)

    def _mask_table(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(allowed labels per row, UPOS id per label); row r of the table belongs to the
        tags in self._rows (tag hash -> r, inside and outside named entities), row 0 to
        unlisted tags."""
        if self._table is None or self._table[1].shape[0] != len(self.labels):
            label_pos = numpy.array(
                [self.cfg["labels_pos"].get(label, 0) for label in self.labels], dtype="uint64"
            )
            masks = [numpy.ones(len(label_pos), dtype=bool)]
            inside: dict[int, int] = {}
            outside: dict[int, int] = {}
            for tag in sorted(self.choices):
                key = self.vocab.strings.add(tag)
                for rows, classes in ((inside, self.choices[tag]),
                                      (outside, self.choices_outside_names[tag])):  # fmt: skip
                    if rows is inside or classes != self.choices[tag]:
                        masks.append(numpy.isin(label_pos, [POS_IDS[upos] for upos in classes]))
                    rows[key] = len(masks) - 1
            self._rows = (inside, outside)
            self._table = (numpy.stack(masks), label_pos)
        return self._table


@Language.factory(
    "chronist_ud_tagger",
    default_config={
        "lang": "en",
        "label_smoothing": 0.0,
        "scorer": {"@scorers": "spacy.morphologizer_scorer.v1"},
    },
)
def make_ud_tagger(nlp: Language, name: str, model: Model, lang: str,
                   label_smoothing: float, scorer: Callable | None) -> UdTagger:  # fmt: skip
    return UdTagger(
        nlp.vocab, model, name, lang=lang, label_smoothing=label_smoothing, scorer=scorer
    )
