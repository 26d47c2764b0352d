"""The one exception hierarchy of newsgraph: catch `NewsgraphError` to catch them all."""

from __future__ import annotations

__all__ = [
    "NewsgraphError",
    "ConfigError",
    "ModelNotFoundError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeInputError",
    "StoreError",
    "QueryError",
]


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose; the message says what to do."""


class ConfigError(NewsgraphError):
    """A setting or configuration file is malformed or names something unknown."""


class ModelNotFoundError(ConfigError):
    """The configured spaCy pipeline is not installed."""


class InputError(NewsgraphError):
    """An input cannot be read as an article; `source` names the file or stream."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    """The input holds no text (or only white space)."""


class BinaryInputError(InputError):
    """The input looks like binary data, not text."""


class DecodeInputError(InputError):
    """The input's bytes are not valid in the expected text encoding."""


class StoreError(NewsgraphError):
    """The knowledge base is missing, locked or not a newsgraph database."""


class QueryError(NewsgraphError):
    """A search or filter cannot be run as written (e.g. malformed full-text syntax)."""
