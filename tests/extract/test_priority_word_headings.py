"""A level's heading that puts the kind word before the level's name ("Priority CRITICAL", "Severity High") over a
paragraph stating its time: the heading names the level (rules/layouts.py, _LABEL_LEAD). A document of our own."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import level_times, terms_of, text_lines


def test_priority_word_before_the_level_heads_its_paragraph(tmp_path: Path) -> None:
    text = text_lines(
        "Our support team works with four priorities.",
        "Priority CRITICAL",
        "Used when the business is halted. Response to the customer must take place in <1 hour.",
        "Priority HIGH",
        "Used when production is impaired. Response to the customer must take place in <4 business hours.",
        "Severity Low",
        "Used for questions and feature requests. Response to the customer must take place in <3 business days.",
    )
    times = level_times(terms_of(tmp_path, text))
    assert times == {
        "CRITICAL": ("1h", None),
        "HIGH": ("4 business hours", None),
        "Low": ("3 business days", None),
    }


def test_a_priority_heading_naming_no_level_names_none(tmp_path: Path) -> None:
    # "Priority Support" is a plan's title, and a backup schedule under it holds no level time
    text = text_lines(
        "Priority Support",
        "Backups run every 24 hours and are kept for 30 days.",
        "Priority Pricing",
        "The plan costs 99 USD per month.",
    )
    assert level_times(terms_of(tmp_path, text)) == {}
