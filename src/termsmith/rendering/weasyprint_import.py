"""``import weasyprint`` without its slow search for library names of other platforms.

WeasyPrint loads GLib, Pango, HarfBuzz and fontconfig through cffi, trying each name in
a list (``libpango-1.0-0``, ``pango-1.0``, … ``libpango-1.0.so.0``, ``….dylib``,
``….dll``). cffi answers each name that does not load with ``ctypes.util.find_library``,
which on Linux runs ``ldconfig`` and a compiler: ~25 ms a name, ~0.2 s of every cold
PDF render. Every list also holds the Linux soname, which loads directly, so on Linux
the search is switched off while WeasyPrint loads; if that fails (a system without the
sonames), WeasyPrint is imported again the usual way and reports what is missing.
"""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType

_lock = threading.Lock()


def import_weasyprint() -> ModuleType:
    """The ``weasyprint`` module, loaded once."""
    loaded: ModuleType | None = sys.modules.get("weasyprint")
    if loaded is not None:
        return loaded
    with _lock:
        if sys.platform.startswith("linux"):
            try:
                return _without_library_search()
            except OSError:
                pass  # below: the usual way, with WeasyPrint's own message
        return importlib.import_module("weasyprint")


def _without_library_search() -> ModuleType:
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = _not_searched
    try:
        return importlib.import_module("weasyprint")
    finally:
        ctypes.util.find_library = search


def _not_searched(name: str) -> None:
    return None
