"""Failures of the user's environment (disk full, permission denied, a folder where a
file should be), said in words: what was being done, to which path, and why.

They are not termsmith bugs, so they never ask for a bug report, and they are not
positioned in a spec (the spec is not where the problem is)."""

from __future__ import annotations

import errno
import os


def describe(exc: OSError, action: str, path: str | os.PathLike[str]) -> str:
    """``cannot write out/a.docx: No space left on device (ENOSPC)``."""
    code = exc.errno
    words = exc.strerror or (os.strerror(code) if code else None) or str(exc) or type(exc).__name__
    name = errno.errorcode.get(code) if code else None
    return f"cannot {action} {os.fspath(path)}: {words}" + (f" ({name})" if name else "")


def not_a_folder(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be used as an output folder, or None when it can (or can be made)."""
    probe = os.fspath(path)
    if os.path.isdir(probe):
        return None
    if os.path.lexists(probe):
        return f"{probe} exists and is not a folder"
    parent = os.path.dirname(os.path.abspath(probe))
    while parent and not os.path.lexists(parent):
        parent = os.path.dirname(parent)
    if parent and not os.path.isdir(parent):
        return f"{parent} is not a folder, so {probe} cannot be created in it"
    return None
