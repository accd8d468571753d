"""Issue 12 (session 27): a level heading closed by examples in brackets ("Critical Issues (e.g., platform outages,
severe security breaches):") is a level heading, and a time after which an issue still open is escalated ("if a
critical issue remains unresolved after 2 hours, it is escalated") is a condition, no resolution (en764, an LMS
vendor's support levels as bullets; the lines below follow its layout with our own words)."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_headings_glossed_by_examples(tmp_path: Path) -> None:
    text = text_lines(
        "- Critical Issues (e.g., site outages, data loss):",
        "- Response Time: Within 1 hour, so that your critical operations are barely disrupted.",
        "- High Priority Issues (for example, a checkout that fails for some users):",
        "- Response Time: Within 2 hours to ensure a prompt response.",
    )
    assert list(level_times(terms_of(tmp_path, text)).values()) == [("1h", None), ("2h", None)]


def test_a_time_still_open_after_which_the_issue_is_escalated_is_no_resolution(tmp_path: Path) -> None:
    text = text_lines(
        "Critical issues: we respond within 1 hour.",
        "If a critical issue remains unresolved after 2 hours, it is escalated to our senior team.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("1h", None)}
