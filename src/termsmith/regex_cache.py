"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

``re.compile`` parses a pattern and builds its program in Python, about a microsecond a
character: the lint's lexicon patterns and tries cost a cold run some 25 ms, every run,
for programs that never change. This keeps each program ``re`` built — the list of
opcodes ``_sre.compile`` takes, with the pattern's group names — in one file of
termsmith's cache (``cache_folder("regex")``), and a later run hands the stored program
to ``_sre.compile`` directly: the same compiled pattern, without the parse.

The file's name holds Python's full version and ``_sre``'s MAGIC and CODESIZE, so a
program is only ever given to the engine that built it; an entry is found by its
pattern's text and flags (or, for a pattern built without text, by a caller's key), so
an edited pattern is a new entry. A missing, damaged or foreign file, a folder that
cannot be written, or a Python whose ``re`` internals differ means compiling as
``re.compile`` does — a cache is never an error. Entries are written when the console
command ends (:func:`save`, from ``termsmith.cli.run``), atomically; a file that would
pass ``_MAX_BYTES`` (an edited lexicon leaves its old tries behind) keeps only this run's.
"""

from __future__ import annotations

import hashlib
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from termsmith.marshal_store import MarshalStore

_sre: Any
try:  # CPython's own engine and compiler: what re.compile runs
    import _sre  # type: ignore[import-not-found,no-redef]
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compile as re does
    _sre = None

_MAX_BYTES = 4_000_000  # ~8 ms to read back; today's programs take ~0.6 MB
# _sre.compile's arguments: the pattern's text (None for a parse built by the caller), flags, the program,
# the group count and the group names both ways
_Entry = tuple[str | None, int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

_ENGINE = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{sys.maxunicode}" if _sre is not None else ""
_STORE = MarshalStore("regex", _ENGINE, _MAX_BYTES)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program taken from the cache when there."""
    flags = int(flags)  # a RegexFlag is an int subclass, which marshal does not write
    compiled = _from_cache((pattern, flags))
    if compiled is not None:
        return compiled
    if _sre is None:
        return re.compile(pattern, flags)
    return _remember((pattern, flags), pattern, _parser.parse(pattern, flags), flags)


def compile_parsed(key: str, build: Any) -> re.Pattern[str]:
    """The pattern ``build()`` gives, compiled: a parsed form (``re._parser``'s SubPattern;
    the compiled pattern's ``.pattern`` is then None) or a pattern's text, for callers that
    build or change the parse themselves (``lint.matcher``'s tries, ``lint.prefilter``'s
    lookaheads); ``key`` must change whenever what ``build`` returns would: the input, and
    the code that builds it (:func:`code_key`)."""
    compiled = _from_cache((key, -1))
    if compiled is not None:
        return compiled
    built = build()
    if isinstance(built, str):
        return _remember((key, -1), built, _parser.parse(built), 0)
    return _remember((key, -1), None, built, 0)


@cache
def code_key(module_file: str) -> str:
    """A hash of a module's source, for keys of programs that module builds: an edited or
    upgraded builder never gets the programs its earlier version built."""
    return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()[:16]


def save() -> None:
    """Write this run's new programs to the cache (nothing when there are none)."""
    _STORE.save()


def _from_cache(key: _Key) -> re.Pattern[str] | None:
    if _sre is None:
        return None
    entry = _STORE.get(key)
    if entry is None:
        return None
    try:
        compiled: re.Pattern[str] = _sre.compile(*entry)
    except Exception:  # an entry this engine does not take: compile it anew
        return None
    _STORE.used(key, entry, new=False)
    return compiled


def _remember(key: _Key, pattern: str | None, parsed: Any, flags: int) -> re.Pattern[str]:
    """Compile ``parsed`` as ``re._compiler.compile`` does, and keep its program."""
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: _Entry = (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled: re.Pattern[str] = _sre.compile(*entry)
    _STORE.used(key, entry, new=True)
    return compiled
