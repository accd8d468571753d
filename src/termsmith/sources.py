"""Small helpers for source files shared by the clause library and offers: a display
name relative to the working directory, and a content hash that ignores line endings."""

from __future__ import annotations

import hashlib
from pathlib import Path


def display_name(path: Path) -> str:
    """A path relative to the working directory when below it, for short diagnostics."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def content_hash(raw: bytes) -> str:
    """sha256 of a source file, line endings normalised (a CRLF checkout hashes the same)."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()
