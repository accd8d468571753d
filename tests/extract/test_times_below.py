"""A level table copied from a web page as text (rules/times_below.py), on documents of our own: the header's cells
run together, each level's line opens its row and its times sit on a line of their own under its description, the
cells of that line run together too ("Yes30 minutes6 hours") or come apart by a pipe."""

from __future__ import annotations

from pathlib import Path

from termsmith.extract.api import extract_file
from tests.extract.extract_support import docx_paragraphs, level_times, terms_of, text_lines

_GLUED = (
    "Support desk",
    "Each ticket is classified when it is logged.",
    "CategoryWhat it coversAfter Hours CoverTime to AcknowledgeTime to Restore",
    "Severity 1 (S1)- Checkout is down for all shoppers",
    "- Payments fail",
    "Yes30 minutes6 hours",
    "Severity 2 (S2)- A store page is broken",
    "- Search is slow",
    "No2 hours3 days",
    "Severity 3 (S3)- Cosmetic issues",
    "No | 1 day | 10 days",
)

_WITHIN = (
    "Helpdesk priorities",
    "PriorityImpactInitial ResponseFix Target",
    "1. UrgentOrdering stops for the whole company",
    "Example: nobody can place an order.",
    "Within 2 Business HoursWithin 1 Business Day",
    "2. MediumOne team cannot use a report",
    "Within 1 Business DayWithin 4 Business Days",
    "3. LowQuestions about a setting",
    "Within 2 Business DaysAn answer is given when the setting is reviewed within 10 business days",
)


def test_glued_times_under_each_level_line_with_out_of_hours_column(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, text_lines(*_GLUED))
    assert list(level_times(terms).values()) == [("30m", "6h"), ("2h", "3 days"), ("1 day", "10 days")]
    clocks = [lv["response"]["clock"] for lv in terms["severity_levels"]]
    assert clocks == ["24x7", "business", "business"]  # the "After Hours Cover" column: Yes / No


def test_glued_within_cells_take_only_a_time_that_opens_its_cell(tmp_path: Path) -> None:
    times = level_times(terms_of(tmp_path, text_lines(*_WITHIN)))
    assert times == {
        "Urgent": ("2 business hours", "1 business day"),
        "Medium": ("1 business day", "4 business days"),
        "Low": ("2 business days", None),  # "… within 10 business days" is a remark, not the column's time
    }


def test_glued_times_under_each_level_line_docx(tmp_path: Path) -> None:
    times = level_times(extract_file(docx_paragraphs(tmp_path, _WITHIN, "sla.docx"))[1].terms)
    assert times["Urgent"] == ("2 business hours", "1 business day")
    assert times["Medium"] == ("1 business day", "4 business days")


def test_a_pipe_table_header_is_left_to_the_table_readers(tmp_path: Path) -> None:
    # the header's cells come apart by pipes: the table readers read it, this reader does not claim it
    text = text_lines(
        "Priority | Impact | Response | Resolution",
        "P1 | Outage | 1 hour | 4 hours",
        "P2 | Degraded | 4 hours | 2 days",
    )
    assert list(level_times(terms_of(tmp_path, text)).values()) == [("1h", "4h"), ("4h", "2 days")]
