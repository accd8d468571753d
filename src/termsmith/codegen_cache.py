"""Code that Python writes as text at import time, compiled once and kept between runs.

Two parts of the standard library compile text on every run of a cold command:

- ``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
  and (frozen) ``__setattr__``/``__delattr__`` as source and runs it with ``exec``: some
  110 classes in a cold ``termsmith render`` (the Document, the diagnostics, the lint,
  pydantic's and annotated-types' own), ~540 functions, ~20 ms;
- ``typing`` compiles every string annotation it resolves (``ForwardRef``): pydantic reads
  the spec models' annotations that way, ~1,100 compiles of ~340 texts, ~6 ms.

:func:`install` gives each of those modules a ``exec``/``compile`` of its own, found before
the builtin: the same call, but the text's code object comes from termsmith's cache
(``cache_folder("codegen")``, a file named by Python's version and bytecode magic, keyed
by the mode, file name and text) when an earlier run compiled it. The same text compiled by
the same Python is the same code, so every class and annotation is what the standard library
would make. Text is compiled as those modules compile it: with their own future features
(none), not this module's.

Only the console command installs it (``termsmith.cli.run``), before the modules that define
dataclasses and models load, and saves the new entries when it ends; library users'
``dataclasses`` and ``typing`` are left alone. Anything else (an AST, flags, bytes, a damaged
file) is compiled as the builtin does.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
import typing
from importlib.util import MAGIC_NUMBER
from types import CodeType
from typing import Any

from termsmith.marshal_store import MarshalStore

_MAX_BYTES = 4_000_000  # today's entries take ~0.6 MB
_STORE = MarshalStore("codegen", f"{sys.version}\0{MAGIC_NUMBER.hex()}", _MAX_BYTES)


def install() -> None:
    """Compile what ``dataclasses`` and ``typing`` generate from now on through the cache."""
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # module globals, found before the builtins
    typing.compile = _compile  # type: ignore[attr-defined]


def uninstall() -> None:
    """Let ``dataclasses`` and ``typing`` use the builtins again."""
    vars(dataclasses).pop("exec", None)
    vars(typing).pop("compile", None)


def save() -> None:
    """Write this run's newly compiled code to the cache (nothing when there is none)."""
    _STORE.save()


def compiled(source: str, filename: str, mode: str) -> CodeType:
    """``compile(source, filename, mode)`` as a module with no future features compiles it,
    from the cache when there."""
    key = (mode, filename, source)
    code = _STORE.get(key)
    if isinstance(code, CodeType):
        _STORE.used(key, code, new=False)
        return code
    code = builtins.compile(source, filename, mode, dont_inherit=True)  # not this module's annotations
    _STORE.used(key, code, new=True)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # exec's own parameter names
    if globals is None:  # as the builtin: the caller's namespaces, not this module's
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if isinstance(source, str):
        source = compiled(source, "<string>", "exec")
    builtins.exec(source, globals, locals)


def _compile(
    source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
) -> Any:
    if isinstance(source, str) and isinstance(filename, str) and flags == 0 and optimize == -1:
        return compiled(source, filename, mode)
    return builtins.compile(source, filename, mode, flags, True, optimize)  # typing has no future features
