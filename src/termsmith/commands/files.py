"""Turning command-line file arguments into a list of files (folders expand to their specs)."""

from __future__ import annotations

from pathlib import Path

SPEC_SUFFIXES = (".yaml", ".yml")


def expand(paths: list[str], suffixes: tuple[str, ...] = SPEC_SUFFIXES) -> list[Path]:
    """Files as given; a folder stands for the matching files below it, sorted."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in suffixes and p.is_file()))
        else:
            out.append(path)
    return out
