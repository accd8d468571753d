"""A workaround column beside a resolution column is no resolution: "First Response | Workaround Target |
Resolution Target" — the resolution target is the level's resolution, whichever column comes first. A workaround
column alone still reads as the resolution (nothing says otherwise). Read from a Word table, as a client sends it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json


def _docx(path: Path, rows: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("3. Severity and Response Targets")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(path))
    return path


def _times(found: dict[str, object]) -> list[tuple[str, str | None, str | None]]:
    levels = found["terms"]["severity_levels"]  # type: ignore[index]
    return [(lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within")) for lv in levels]


@pytest.mark.parametrize("workaround", ["Workaround Target", "Work-around time", "Temporary workaround"])
def test_the_resolution_column_wins_over_a_workaround_column(
    tmp_path: Path, capsys: CaptureFixture[str], workaround: str
) -> None:
    rows = [
        ["Severity", "First Response", workaround, "Resolution Target"],
        ["Sev-1 Critical", "1 hour", "4 hours", "1 business day"],
        ["Sev-2 High", "4 business hours", "1 business day", "2 business days"],
    ]
    found = extract_json(_docx(tmp_path / "sla.docx", rows), capsys)
    assert _times(found) == [("Critical", "1h", "1 business day"), ("High", "4 business hours", "2 business days")]


def test_a_workaround_column_alone_is_the_resolution(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    rows = [
        ["Severity", "First Response", "Workaround Target"],
        ["Sev-1 Critical", "1 hour", "4 hours"],
    ]
    found = extract_json(_docx(tmp_path / "sla.docx", rows), capsys)
    assert _times(found) == [("Critical", "1h", "4h")]
