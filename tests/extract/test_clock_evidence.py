"""A level time whose clock the document states in another line cites that line for the clock: the JSON evidence
under ``severity_levels[i].<kind>.clock``, the Markdown report's clock row and the YAML draft's comment over
``clock:`` quote the sentence that sets the clock ("The time indicated takes into account the company's working
schedule…", a footnote, a section title, the support window; the table row whose cell names the clock, the column
header above one-cell-a-line times), not the line with the time. A time that states its own clock ("4 business
hours") has no separate clock evidence. Documents of our own (and en62's layout), read back through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.cli import main
from tests.extract.extract_support import PRIORITY_PAGE as _LEVELS, extract_lines, pipe_table, text_lines

_SCHEDULE = "The time indicated takes into account the company's working schedule from 8am to 5pm eastern time."


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
@pytest.mark.parametrize(
    ("lines", "stating"),
    [
        ([*_LEVELS, _SCHEDULE], _SCHEDULE),
        (
            ["Support hours: Monday to Friday, 9:00 to 17:00.", *_LEVELS],
            "Support hours: Monday to Friday, 9:00 to 17:00.",
        ),
        (
            [
                "Priority 1: response within 2 hours*",
                "Priority 2: response within 8 hours*",
                "* During business hours (Monday to Friday, 9:00 to 17:00).",
            ],
            "* During business hours (Monday to Friday, 9:00 to 17:00).",
        ),
    ],
    ids=["schedule sentence", "support window", "footnote"],
)
def test_the_clock_cites_the_line_that_sets_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: list[str], stating: str
) -> None:
    found = extract_lines(tmp_path, capsys, lines, name)
    levels = found["terms"]["severity_levels"]
    evidence = found["evidence"]
    for i, level in enumerate(levels):
        for kind in ("response", "resolution"):
            if kind not in level:
                continue
            assert level[kind]["clock"] == "business"
            assert evidence[f"severity_levels[{i}].{kind}.clock"]["quote"] == stating
            assert evidence[f"severity_levels[{i}].{kind}"]["quote"] != stating  # the time keeps its own line


def test_a_time_that_states_its_clock_has_no_separate_clock_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["Priority 1: response within 4 business hours.", "Priority 2: response within 2 business days."]
    found = extract_lines(tmp_path, capsys, lines)
    assert [lv["response"]["clock"] for lv in found["terms"]["severity_levels"]] == ["business", "business"]
    assert not [path for path in found["evidence"] if path.endswith(".clock")]


def test_the_reports_quote_the_clock_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "terms.txt"
    doc.write_text(text_lines(*_LEVELS, _SCHEDULE), encoding="utf-8")
    assert main(["extract", str(doc), "--format", "md"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| severity_levels[0]")]
    clock_row = next(r for r in rows if r.startswith("| severity_levels[0].response.clock "))
    within_row = next(r for r in rows if r.startswith("| severity_levels[0].response.within "))
    assert _SCHEDULE in clock_row and "line 8:1" in clock_row
    assert _SCHEDULE not in within_row
    assert main(["extract", str(doc), "--format", "yaml"]) == 0
    draft = capsys.readouterr().out.splitlines()
    clock_at = draft.index("        clock: business")
    assert draft[clock_at - 1].strip().startswith(f"# “{_SCHEDULE}”")
    assert any("First Response Time: 30 minutes" in line for line in draft[:clock_at])  # the level's own quote


def test_a_clock_in_the_time_s_table_row_cites_its_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ["Tier", "Coverage", "Channels", "Sev-1 Response", "Sev-2 Response"],
        ["Professional", "Business hours", "Email", "1 hour", "4 hours"],
        ["Enterprise", "24/7", "Phone", "15 minutes", "1 hour"],
    ]
    found = extract_lines(tmp_path, capsys, ["# Support tiers", *pipe_table(rows)])
    levels, evidence = found["terms"]["severity_levels"], found["evidence"]
    for i, level in enumerate(levels):
        cited = evidence[f"severity_levels[{i}].response.clock"]
        assert cited["quote"] == {"business": "Business hours", "24x7": "24/7"}[level["response"]["clock"]]
        assert cited["line"] == 3 + [r[0] for r in rows].index(level["name"].split(" (")[0])  # the time's own row
        assert evidence[f"severity_levels[{i}].response"]["quote"] in ("1 hour", "4 hours", "15 minutes")


def test_a_clock_in_a_header_line_above_the_time_cites_the_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a one-cell-a-line table of two plans (bench/corpus/extract/docs/en62.txt, its first fifteen lines): each
    # column header states the clock, the cells under it the times
    lines = [
        "Support Hours and Response Times during Support Hours as outlined in the table below:",
        "Basic Support",
        "Extended Support",
        "Applicable Support Hours",
        "Basic Support Hours",
        "Priority 1:",
        "When escalated via phone: Extended Support Hours",
        "If not escalated via phone: Basic Support Hours",
        "Priority 2, 3 and 4: Basic Support Hours",
        "Priority 1 Response Time* (within Support Hours)",
        "1 day",
        "4 hours",
        "Priority 2 Response Time* (within Support Hours)",
        "2 days",
        "4 hours",
    ]
    found = extract_lines(tmp_path, capsys, lines)
    levels, evidence = found["terms"]["severity_levels"], found["evidence"]
    assert [lv["response"]["clock"] for lv in levels] == ["business"] * 4
    headers = [evidence[f"severity_levels[{i}].response.clock"]["quote"] for i in range(4)]
    assert headers == [lines[9], lines[9], lines[12], lines[12]]
    assert [evidence[f"severity_levels[{i}].response"]["quote"] for i in range(4)] == [
        "1 day",
        "4 hours",
        "2 days",
        "4 hours",
    ]
