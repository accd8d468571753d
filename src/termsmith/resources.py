"""Where the bundled library (clauses, agreements, rendering theme, samples, offers) lives.

In a wheel the folders are shipped as ``termsmith/_bundled/<name>``; in a clone
(editable install or ``PYTHONPATH=src``) they are read from the repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

BUNDLED_FOLDERS = ("agreements", "clauses", "rendering", "samples", "schemas", "checklists", "offers")


@cache
def bundled_root() -> Path:
    """The folder that holds the bundled content folders."""
    packaged = Path(__file__).resolve().parent / "_bundled"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def bundled(name: str) -> Path:
    """Path of one bundled content folder, e.g. ``bundled("clauses")``."""
    if name not in BUNDLED_FOLDERS:
        raise ValueError(f"unknown bundled folder {name!r}; expected one of {BUNDLED_FOLDERS}")
    return bundled_root() / name
