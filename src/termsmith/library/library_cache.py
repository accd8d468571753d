"""Loaded libraries kept on disk, so a cold run does not parse every clause file again.

Reading the bundled library (some 50 YAML files, each parsed with positions for
diagnostics) takes ~30 ms of a cold ``render``; unpickling the ``Library`` it gives
takes ~6. The cache file lives in the sub-folder ``library`` of termsmith's cache
(``cache_folder``: ``$TERMSMITH_CACHE_DIR``, else ``~/.cache/termsmith``;
``TERMSMITH_CACHE_DIR=off`` turns it off) and its name is a hash of everything the
loaded library depends on:

- every library file's resolved path, size and modification time (``library_fingerprint``),
  so an edited, added or removed clause is read again;
- the source of the modules that read the files and define what is stored (the loader,
  the library model, the YAML reader, diagnostics) and Python's version, so an upgrade
  never unpickles objects an older termsmith shaped.

The folder is the user's own (mode 0700), like the compiled clauses beside it, whose
code Python runs as well. A cache is only an optimisation: a folder that cannot be made
or written, a damaged or foreign file, means reading the files as before, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sys
from functools import cache
from pathlib import Path

from termsmith.atomic import atomic_output
from termsmith.cache_folder import cache_folder
from termsmith.library.model import Library


@cache
def _code_id() -> str:
    """What a stored library's shape depends on besides the library files."""
    from termsmith import diagnostics, yaml_loader
    from termsmith.library import loader, model

    digest = hashlib.sha256(sys.version.encode())
    for module in (loader, model, yaml_loader, diagnostics):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def cache_file(key: tuple[object, ...]) -> Path | None:
    """Where the library of ``key`` (``get_library``'s key: the folders and their files'
    fingerprint) is kept, or None when caching is off."""
    folder = cache_folder("library")
    if folder is None:
        return None
    name = hashlib.sha256(f"{_code_id()}\0{key!r}".encode()).hexdigest()[:32]
    return folder / f"{name}.pickle"


def load(path: Path | None) -> Library | None:
    """The library stored at ``path``, or None (no such file, or one that does not read back)."""
    if path is None:
        return None
    try:
        with path.open("rb") as stream:
            library = pickle.load(stream)
    except Exception:  # none yet, or a damaged, truncated or foreign file: read the library files instead
        return None
    return library if isinstance(library, Library) else None


def store(path: Path | None, library: Library) -> None:
    """Keep ``library`` at ``path`` for the next run, written atomically (``atomic_output``) so
    another process never reads half a file; any failure only costs the next run a parse."""
    if path is None:
        return
    # OSError: the user's disk or permissions; anything else: an object pickle cannot write (a cache is never an error)
    with contextlib.suppress(Exception):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with atomic_output(path) as stream:
            pickle.dump(library, stream, protocol=pickle.HIGHEST_PROTOCOL)
        _prune(path.parent, keep=path)


_KEPT = 8  # libraries kept: each edit of a clause stores a new one (~0.7 MB), which nothing reads again


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the ``_KEPT`` most recently stored libraries (never ``keep``)."""
    stored = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stored[_KEPT:]:
        if old != keep:
            with contextlib.suppress(OSError):  # another process removed it, or may not
                old.unlink()
