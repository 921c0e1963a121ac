"""chronist's exceptions.

    ChronistError                 any error chronist reports to a user
    ├── InputError                the input cannot be read as an article
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   ├── InputTooLargeError
    │   ├── NoArticleError        an HTML page with no article text
    │   └── UnsupportedLanguageError
    ├── DataFileError             a shipped or user data file (YAML/TSV) is invalid
    └── PipelineError             stages that do not fit together

The CLI turns every `ChronistError` into a one-line message on stderr and a
non-zero exit; anything else is a bug.
"""

from __future__ import annotations


class ChronistError(Exception):
    """Base class: an error with a message meant for the user."""

    code = "error"


class InputError(ChronistError):
    code = "bad-input"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class InputTooLargeError(InputError):
    code = "too-large"


class NoArticleError(InputError):
    code = "no-article"


class UnsupportedLanguageError(InputError):
    code = "unsupported-language"


class DataFileError(ChronistError):
    code = "data-file"


class PipelineError(ChronistError):
    code = "pipeline"
