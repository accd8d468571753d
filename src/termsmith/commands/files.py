"""Turning command-line file arguments into a list of files (folders expand to their specs)."""

from __future__ import annotations

from pathlib import Path

from termsmith.input_files import walk

SPEC_SUFFIXES = (".yaml", ".yml")


def expand(paths: list[str], suffixes: tuple[str, ...] = SPEC_SUFFIXES) -> list[Path]:
    """Files as given (always checked); a folder stands for the termsmith files below it, sorted
    (hidden and virtual-env folders skipped, YAML without a termsmith apiVersion left out)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(walk(path, suffixes))
        else:
            out.append(path)
    return out
