"""Helpers the extraction rule tests share: text written to a file and extracted, and the
severity levels' times in a form a test can compare."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from termsmith.extract.api import extract_file


def text_lines(*lines: str) -> str:
    """Lines of a text document, each ended by a newline."""
    return "\n".join(lines) + "\n"


def terms_of(tmp_path: Path, text: str, name: str = "doc.txt") -> dict[str, Any]:
    """The terms extracted from ``text`` saved as ``name`` (its suffix picks the reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)[1].terms


def level_times(terms: dict[str, Any]) -> dict[str, tuple[str | None, str | None]]:
    """Each severity level's name → (response within, resolution within)."""
    return {
        lv["name"]: (lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    }
