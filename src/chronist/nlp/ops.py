"""Matrix products of the spaCy models through numpy's BLAS on one thread.

thinc's NumpyOps multiplies matrices with BLIS. On the tok2vec, tagger and NER layers
of our pipelines (a few hundred to a few thousand rows by 96-384 columns) numpy's
OpenBLAS is about 3x faster per CPU second than BLIS (measured on the English news
pages: 24.5 -> 17.8 CPU s for the English pipeline, identical analyses). OpenBLAS
would start one thread per core for these products, which on a shared machine doubles
the CPU time for the same work, so each product runs with BLAS limited to one thread
(the pipeline is parallelised by processes: `chronist ingest --workers N`). The limit
is set around each product and restored after it: nothing else in the process is
affected.

The parser's and NER's transition steps multiply through their own BLIS calls (thinc's
CBlas), which stay as they are.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

_BLAS = ThreadpoolController()


class SingleThreadBlasOps(NumpyOps):
    """NumpyOps whose gemm is numpy's dot on one BLAS thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # noqa: ANN001, ANN201
        with _BLAS.limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_single_thread_blas(nlp: Language) -> None:
    """Point every layer of the pipeline's thinc models at SingleThreadBlasOps."""
    ops = SingleThreadBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for layer in model.walk():
                layer.ops = ops
