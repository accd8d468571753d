"""Why a document cannot be read, and what the user can do about it."""

from __future__ import annotations


class ExtractError(Exception):
    """A document termsmith cannot read: ``code`` (E0xx), a message and what to do instead."""

    def __init__(self, code: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
