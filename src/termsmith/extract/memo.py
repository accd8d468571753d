"""Per-document memos for the pure functions of a text that the readers call again and again on one document's
lines: on a 20-page agreement ``durations`` is called about 6,200 times on 1,600 distinct texts, the kind reader
6,000 times on 1,300, the normaliser 1,400 times on 900. Each memo is an ``lru_cache`` cleared when the next
document starts (``new_document``, called by ``extract_source``), so a long-running process (the web UI, a check over
many files) keeps no text of an earlier document and a document's timing is its own.

Only functions of their arguments alone that return immutable values may be memoised here; a caller that needs a
list gets a fresh one (see ``values.durations``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_SIZE = 16384  # distinct texts a document may repeat; a 20-page agreement has about 1,600
_MEMOS: list[Any] = []


def per_document(fn: F) -> F:
    """``fn`` memoised for the current document."""
    cached = lru_cache(maxsize=_SIZE)(fn)
    _MEMOS.append(cached)
    return cached  # type: ignore[return-value]


def new_document() -> None:
    """Forget every memo: the next document's texts start afresh."""
    for memo in _MEMOS:
        memo.cache_clear()
