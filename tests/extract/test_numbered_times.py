"""A numbered list of request types under a line naming one kind, each item's time opening the line under it: each
item is a level timed by that kind. The remark after a time ("usually sooner, during office hours, fixed within
minutes") is no promise and lends it no clock. No kind in the intro, an item with no time line, or a single item
make no list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

_LIST = [
    "How we handle requests",
    "Requests are taken in this order. These are our reply times:",
    "1. Shop offline - nobody can place an order",
    "< 12 hours - usually sooner, during office hours it is often fixed within minutes",
    "2. Content edits",
    "< 4 days - small edits are often done the same morning",
    "3. Broken forms - as you report them",
    "< 3 working days",
    "Anything else is quoted separately.",
]
_LEVELS = [("Shop offline", "12h", None), ("Content edits", "4 days", None), ("Broken forms", "3 business days", None)]


def _levels(terms: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    ]


def test_each_item_is_a_level_timed_by_the_intro_kind(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, text_lines(*_LIST))
    assert _levels(terms) == _LEVELS
    # the remark's office hours are not the first item's clock
    assert terms["severity_levels"][0]["response"]["clock"] is None


def test_the_list_read_back_from_a_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "requests.docx", _LIST), capsys)
    assert _levels(found["terms"]) == _LEVELS
    assert found["evidence"]["severity_levels[1].name"]["quote"].endswith("Content edits")
    assert found["evidence"]["severity_levels[1].response"]["paragraph"] == _LIST.index("2. Content edits") + 2


@pytest.mark.parametrize(
    "lines",
    [
        # the intro names no kind
        ["Our monthly care covers:", "1. Uptime checks", "< 24 hours between checks", "2. Backups", "< 7 days kept"],
        # items without a time line under them
        ["These are our reply times:", "1. Shop offline", "2. Content edits", "3. Broken forms"],
        # feature lines with hours are no time lines
        ["These are our reply times:", "1. Basic", "24 Hours Monitoring", "2. Plus", "72 Hours of development time"],
    ],
)
def test_look_alikes_give_no_level(tmp_path: Path, lines: list[str]) -> None:
    assert "severity_levels" not in terms_of(tmp_path, text_lines(*lines))


def test_the_list_read_back_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import html

    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in _LIST)
    path = tmp_path / "requests.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _levels(found["terms"]) == _LEVELS
    assert found["evidence"]["severity_levels[2].response"]["page"] == 1
