"""chronist: political event data from German and English news, offline.

    >>> import chronist
    >>> doc = chronist.extract("Berlin verurteilte den Angriff ...", published="2026-03-01")
    >>> doc.to_output()["events"]
"""

import os

# chronist runs one process per core (`chronist ingest --workers N`) and multiplies its
# matrices on one BLAS thread (chronist.nlp.ops), so numpy's OpenBLAS thread pool is never
# used; the idle threads alone make the process multi-threaded, and the spaCy parser's and
# NER's many small allocations and locks then take their thread-safe paths: German `nlp`
# stage parser 4.1 -> 3.4 and NER 4.2 -> 3.6 CPU s on the news pages, identical analyses.
# Read when numpy is first imported (chronist itself imports it later); a value set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from chronist.api import extract, extract_bytes, process_article  # noqa: E402
from chronist.document import Document  # noqa: E402
from chronist.errors import ChronistError, InputError  # noqa: E402

__all__ = ["ChronistError", "Document", "InputError", "extract", "extract_bytes", "process_article"]
__version__ = "0.1.0"
