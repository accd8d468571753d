"""Plan cards on a pricing page: each plan's name on a short line, a price line, feature lines, then the plan's
times on lines of their own ("96 Hours Guaranteed First Response", "5 Days Guaranteed Completion", "First response
within 8 hours"). Each card's times are one level named for its plan, also when a card repeats the time of the card
before it. Feature lines with hours, prices, headings with numbers and "completion" in prose give no time."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

_CARDS = [
    "Care Packages for Your Shop",
    "Pick the package that fits",
    "Essentials",
    "£120 per month",
    "2 Site Updates",
    "24 Hours Monitoring",
    "72 Hours of development time",
    "96 Hours Guaranteed First Response",
    "5 Days Guaranteed Completion",
    "Includes Backups",
    "Priority",
    "£400 per month",
    "6 Site Updates",
    "24 Hours Monitoring",
    "24 Hours Guaranteed First Response",
    "48 Hours Guaranteed Completion",
    "Includes Backups",
    "Includes Uptime Reports",
    "Enterprise",
    "£900 per month",
    "Unlimited Site Updates",
    "24 Hours Guaranteed First Response",
    "24 Hours Guaranteed Completion",
    "Talk to us",
]
# the third card repeats the second's response time: still a card of its own
_CARD_LEVELS = [("Essentials", "96h", "5 days"), ("Priority", "24h", "48h"), ("Enterprise", "24h", "24h")]


def _levels(terms: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    ]


def test_each_card_is_a_level_named_for_its_plan(tmp_path: Path) -> None:
    assert _levels(terms_of(tmp_path, text_lines(*_CARDS))) == _CARD_LEVELS


def test_the_cards_read_back_from_a_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "plans.docx", _CARDS), capsys)
    assert _levels(found["terms"]) == _CARD_LEVELS
    evidence = found["evidence"]
    assert evidence["severity_levels[2].response"]["quote"] == "24 Hours Guaranteed First Response"
    assert evidence["severity_levels[2].response"]["paragraph"] == _CARDS.index("Unlimited Site Updates") + 2
    assert evidence["severity_levels[2].name"]["quote"] == "Enterprise"
    assert evidence["severity_levels[2].name"]["paragraph"] == _CARDS.index("Enterprise") + 1


def test_the_cards_read_back_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in _CARDS)
    path = tmp_path / "plans.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _levels(found["terms"]) == _CARD_LEVELS
    assert found["evidence"]["severity_levels[0].resolution"]["page"] == 1


def test_cards_with_the_kind_before_the_time_and_no_price(tmp_path: Path) -> None:
    text = text_lines(
        "Lite",
        "First response within 8 hours",
        "Resolution in 3 business days",
        "Plus",
        "First response within 2 hours",
        "Resolution in 1 business day",
    )
    assert _levels(terms_of(tmp_path, text)) == [("Lite", "8h", "3 business days"), ("Plus", "2h", "1 business day")]


def test_feature_lines_prices_and_numbered_headings_give_no_time(tmp_path: Path) -> None:
    text = text_lines(
        "Hosting Plans 2026",
        "Small",
        "$ 40 /month",
        "24 Hours Monitoring",
        "72 Hours of development time",
        "Large",
        "$ 95 /month",
        "24 Hours Monitoring",
        "120 Hours of development time",
    )
    assert "severity_levels" not in terms_of(tmp_path, text)


@pytest.mark.parametrize(
    "line",
    [
        "Payment is due within 14 days of completion.",
        "Project completion within 6 weeks of the signed brief",
        "The warranty runs for 30 days after completion",
    ],
)
def test_completion_in_prose_is_no_resolution(tmp_path: Path, line: str) -> None:
    assert "severity_levels" not in terms_of(tmp_path, text_lines(line))


def test_one_card_or_unnamed_cards_are_grouped_as_promises(tmp_path: Path) -> None:
    one = text_lines("Support", "$ 50 /month", "12 Hours Guaranteed First Response", "3 Days Guaranteed Completion")
    assert _levels(terms_of(tmp_path, one)) == [("all issues", "12h", "3 days")]
    # a card stating one kind twice is no card of one level
    twice = text_lines(
        "Gold",
        "First response within 2 hours",
        "First response within 4 hours",
        "Silver",
        "First response within 8 hours",
    )
    assert [name for name, *_ in _levels(terms_of(tmp_path, twice))] != ["Gold", "Silver"]


def test_cards_below_wrapped_prose_in_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page with prose wrapped over lines keeps joining the prose; the short card lines stay lines of their own."""
    import weasyprint

    prose = (
        "Every package covers the shop's hosting, the nightly backups of its catalogue and the security updates of "
        "its plugins, and every request is answered by the same small team that built the shop in the first place."
    )
    body = f'<p style="width: 16cm">{html.escape(prose)}</p>' + "".join(
        f"<p>{html.escape(line)}</p>" for line in _CARDS[2:]
    )
    path = tmp_path / "plans.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _levels(found["terms"]) == _CARD_LEVELS
    assert found["evidence"]["severity_levels[0].name"]["quote"] == "Essentials"
    from termsmith.extract.readers import read_document

    assert read_document(path).paragraphs[0].text == prose  # the wrapped prose is one paragraph again
