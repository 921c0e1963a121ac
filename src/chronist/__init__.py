"""chronist: political event data from German and English news, offline.

    >>> import chronist
    >>> doc = chronist.extract("Berlin verurteilte den Angriff ...", published="2026-03-01")
    >>> doc.to_output()["events"]
"""

from chronist.api import extract, extract_bytes, process_article
from chronist.document import Document
from chronist.errors import ChronistError, InputError

__all__ = ["ChronistError", "Document", "InputError", "extract", "extract_bytes", "process_article"]
__version__ = "0.1.0"
