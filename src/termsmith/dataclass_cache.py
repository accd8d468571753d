"""The methods ``dataclasses`` writes for each class, compiled once and kept between runs.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` and (frozen) ``__setattr__``/``__delattr__`` as text and compiles it with
``exec``. A cold ``termsmith render`` defines some 110 dataclasses (the Document, the
diagnostics, the lint, pydantic's and annotated-types' own), and compiling their ~540
small functions cost ~20 ms of every run, for the same text each time.

:func:`install` gives the ``dataclasses`` module an ``exec`` of its own: the same call, but
the text's compiled code comes from termsmith's cache (``cache_folder("dataclasses")``,
keyed by the text itself, in a file named by Python's version and bytecode magic) when an
earlier run compiled it. Code compiled from the same text by the same Python is the same
code, so every class is the class ``dataclasses`` would make. The text is compiled as
``dataclasses`` compiles it: its own future features (none), not this module's.

Only the console command installs it (``termsmith.cli.run``), before the modules that
define dataclasses are imported, and saves the new entries when it ends; library users'
``dataclasses`` is left alone. Anything unexpected (a Python whose ``dataclasses`` calls
``exec`` with something other than a text, a damaged file) means compiling as ``exec`` does.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
from importlib.util import MAGIC_NUMBER
from types import CodeType
from typing import Any

from termsmith.marshal_store import MarshalStore

_MAX_BYTES = 4_000_000  # today's ~540 functions take ~0.5 MB
_STORE = MarshalStore("dataclasses", f"{sys.version}\0{MAGIC_NUMBER.hex()}", _MAX_BYTES)


def install() -> None:
    """Compile the methods of dataclasses defined from now on through the cache."""
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global, found before the builtin


def uninstall() -> None:
    """Let ``dataclasses`` use the builtin ``exec`` again."""
    vars(dataclasses).pop("exec", None)


def save() -> None:
    """Write this run's newly compiled methods to the cache (nothing when there are none)."""
    _STORE.save()


def compiled(source: str) -> CodeType:
    """The code ``exec(source)`` would run in ``dataclasses``, from the cache when there."""
    code = _STORE.get(source)
    if isinstance(code, CodeType):
        _STORE.used(source, code, new=False)
        return code
    # dont_inherit: compile with dataclasses' future features (none), not this module's annotations
    code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
    _STORE.used(source, code, new=True)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # exec's own parameter names
    if globals is None:  # as the builtin: the caller's namespaces, not this module's
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if isinstance(source, str):
        source = compiled(source)
    builtins.exec(source, globals, locals)
