"""Shared helper of extract31's replay patchers: replace one anchor in one file of a first-run tree, or fail."""

from __future__ import annotations

from pathlib import Path


def edit(root: Path, rel: str, old: str, new: str) -> bool:
    path = root / "src" / "termsmith" / "extract" / rel
    if not path.exists():
        return False
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        return False
    path.write_text(text.replace(old, new), encoding="utf-8")
    return True
