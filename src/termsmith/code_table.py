"""A table of documented codes — lint rules, diagnostic codes — kept well-formed and unique.

Each entry has a ``code`` (``VT001``), a kebab-case ``name`` and a ``family``; a
code or a name may be registered once. Lookup accepts either, in any case.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from typing import Generic, Protocol, TypeVar

NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Entry(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def family(self) -> str: ...


E = TypeVar("E", bound=Entry)


class CodeTable(Generic[E]):
    def __init__(self, what: str, code_re: re.Pattern[str], families: Container[str]) -> None:
        self.what = what
        self.code_re = code_re
        self.families = families
        self.entries: dict[str, E] = {}

    def add(self, entry: E) -> E:
        if not self.code_re.match(entry.code):
            raise ValueError(f"bad {self.what} code {entry.code!r}")
        if not NAME_RE.match(entry.name):
            raise ValueError(f"bad {self.what} name {entry.name!r}")
        if entry.family not in self.families:
            raise ValueError(f"{self.what} {entry.code} has unknown family {entry.family!r}")
        old = self.entries.get(entry.code)
        if old is not None and old != entry:
            raise ValueError(f"duplicate {self.what} code {entry.code}")
        if any(e.name == entry.name and e.code != entry.code for e in self.entries.values()):
            raise ValueError(f"duplicate {self.what} name {entry.name}")
        self.entries[entry.code] = entry
        return entry


def lookup(entries: Mapping[str, E], code_or_name: str) -> E | None:
    """The entry whose code (any case) or name is ``code_or_name``."""
    key = code_or_name.strip()
    if key.upper() in entries:
        return entries[key.upper()]
    return next((e for e in entries.values() if e.name == key.lower()), None)
