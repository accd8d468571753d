"""The clause library: clause files, agreement templates, the sandbox and helpers.

``get_library(folders)`` returns the bundled library with user folders laid over
it (cached in memory and on disk until a file changes: ``library_cache``);
``LibraryError`` carries positioned diagnostics for a library that cannot produce a
document.
"""

from __future__ import annotations

from pathlib import Path

from termsmith.library.model import AgreementTemplate, ClauseFile, Library, LibraryError

__all__ = ["AgreementTemplate", "ClauseFile", "Library", "LibraryError", "get_library"]

_CACHE: dict[tuple[object, ...], Library] = {}


def get_library(folders: list[Path] | None = None, *, include_bundled: bool = True) -> Library:
    from termsmith.library.loader import bundled_folder, library_fingerprint, load_library

    chain = ([bundled_folder()] if include_bundled else []) + [Path(f) for f in folders or []]
    key = (include_bundled, tuple((str(f.resolve()), f.is_dir()) for f in chain), library_fingerprint(chain))
    library = _CACHE.get(key)
    if library is None:
        from termsmith.library import library_cache

        stored = library_cache.cache_file(key)
        library = library_cache.load(stored)
        if library is None:
            library = load_library([Path(f) for f in folders or []], include_bundled=include_bundled)
            library_cache.store(stored, library)
        _CACHE.clear()
        _CACHE[key] = library
    return library
