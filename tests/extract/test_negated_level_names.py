"""A level named by a negated degree ("Non-Critical (C) – Minor Issue", "Non-Emergency") is that level, not the degree
it negates: read back through `extract_file`, the row keeps its own name and gets no emergency tier, while the
"Critical" row above it keeps both. (Before, the name was read as "Critical" and ranked as an emergency, so a client
reading the extraction saw two critical levels with opposite times.) A negated degree inside prose ("Resolved within
5 business days for non-critical") stays no level name of its own."""

from __future__ import annotations

from pathlib import Path

from extract_support import terms_of, text_lines


def _levels(tmp_path: Path, *lines: str) -> dict[str, str | None]:
    levels = terms_of(tmp_path, text_lines(*lines)).get("severity_levels") or []
    return {str(level["name"]): level.get("tier") for level in levels}


def test_a_non_critical_row_is_no_critical_level(tmp_path: Path) -> None:
    levels = _levels(
        tmp_path,
        "Severity | Definition | Response",
        "---|---|---",
        "Critical (A) | System down | 1 hour",
        "Non-Critical (C) – Minor Issue | A small problem | 2 business days",
    )
    assert levels == {"Critical": "emergency", "Non-Critical": None}


def test_a_non_emergency_line_is_no_emergency(tmp_path: Path) -> None:
    levels = _levels(tmp_path, "Response times", "Emergency - 1 hour", "Non-Emergency - 2 business days")
    assert levels.get("Emergency") == "emergency"
    assert "Non-Emergency" in levels and levels["Non-Emergency"] != "emergency"


def test_a_negated_degree_in_prose_names_no_level(tmp_path: Path) -> None:
    levels = _levels(
        tmp_path,
        "Response times",
        "- Critical bugs: Resolved within 24 hours",
        "- Bug fixes: Resolved within 5 business days for non-critical issues",
    )
    assert not any(name.lower().startswith("non") for name in levels)
