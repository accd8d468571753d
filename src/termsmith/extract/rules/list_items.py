"""The items of a list that a lead line opens: the one scan under the support-contact sections (channel_sections) and
the lists of what is not offered (exclusion_lists), each with its own lead, item and end tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol


class HasNorm(Protocol):
    @property
    def norm(self) -> str: ...


def items_under(
    sentences: Sequence[HasNorm],
    opens: Callable[[str], bool],
    is_item: Callable[[int, str], bool],
    keeps_open: Callable[[str], bool],
) -> set[int]:
    """The indexes of the sentences that are items of a list: after a line ``opens`` accepts, every sentence
    ``is_item`` accepts, until a sentence that is neither an item nor one ``keeps_open`` lets the list run past."""
    out: set[int] = set()
    open_ = False
    for i, s in enumerate(sentences):
        text = s.norm.strip()
        if not text:
            continue
        if opens(text):
            open_ = True
            continue
        if not open_:
            continue
        if is_item(i, text):
            out.add(i)
            continue
        open_ = keeps_open(text)
    return out
