"""Two Documents → one sequence of paired layout items, aligned by what they are.

Groups (the title, the preamble, each article heading by its anchor, each clause by
its id, the closing) are aligned first, so an article inserted before a clause does
not make the clause look rewritten — and article numbers are Word numbering in the
redline, so renumbering is no change at all. Within a pair of groups the items are
aligned by their text; a changed item pairs with the item of its kind at its place.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from termsmith.document.model import Document, ListBlock, Paragraph, SignatureBlock, Table
from termsmith.rendering.layout import Heading, Item, grouped_flow

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Pair:
    """An item of the old document, the new one, or both (then shown as a change inside it)."""

    old: Item | None
    new: Item | None


def item_text(item: Any) -> str:
    """What an item says, for alignment."""
    if isinstance(item, Heading):
        return " / ".join(s.text for s in item.spans)
    if isinstance(item, Paragraph):
        return f"{item.label or ''} {item.text}"
    if isinstance(item, ListBlock):
        return "\n".join(item_text(p) for p in item.items)
    if isinstance(item, Table):
        return "\n".join(" | ".join(c.text for c in row) for row in (*item.header, *item.rows))
    if isinstance(item, SignatureBlock):
        return "\n".join(f"{p.role_label} {p.legal_name} {p.fields}" for p in item.parties)
    return repr(item)


SIMILAR = 0.4  # below this share of common text, two items are a deletion and an insertion, not an edit


def similar(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def pair_up(
    old: Sequence[T], new: Sequence[T], key: Any, same_kind: Any, text: Any = None
) -> Iterator[tuple[T | None, T | None]]:
    """Align two sequences on ``key``. In a replaced stretch, an old item pairs with the next new item of
    its kind when their ``text`` is similar; otherwise it is deleted or the new item inserted."""
    matcher = difflib.SequenceMatcher(None, [key(x) for x in old], [key(y) for y in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            yield from zip(old[i1:i2], new[j1:j2], strict=True)
            continue
        olds, news = list(old[i1:i2]), list(new[j1:j2])

        def matches(x: T, y: T) -> bool:
            return bool(same_kind(x, y)) and (text is None or similar(text(x), text(y)))

        while olds or news:
            if olds and news and matches(olds[0], news[0]):
                yield olds.pop(0), news.pop(0)
            elif olds and news and any(matches(olds[0], n) for n in news[1:]):
                yield None, news.pop(0)
            elif olds:
                yield olds.pop(0), None
            else:
                yield None, news.pop(0)


def align(old: Document, new: Document) -> list[Pair]:
    """Every item of both documents, in the new document's order, paired where they correspond."""
    old_groups, new_groups = list(grouped_flow(old)), list(grouped_flow(new))
    out: list[Pair] = []
    for a, b in pair_up(old_groups, new_groups, key=lambda g: g[0], same_kind=lambda x, y: x[0] == y[0]):
        items_a, items_b = (a[1] if a else []), (b[1] if b else [])
        for x, y in pair_up(
            items_a,
            items_b,
            key=lambda i: (type(i).__name__, item_text(i)),
            same_kind=lambda i, j: type(i) is type(j),
            text=item_text,
        ):
            out.append(Pair(x, y))
    return out
