"""Level times of session 14 (batch 35's constructions), each on a text of our own: a failure escalated after a
time is no resolution; an item's later sentences keep the level it opens with."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import level_times, terms_of, text_lines


def test_a_time_after_which_an_unresolved_issue_is_escalated_is_no_resolution(tmp_path: Path) -> None:
    text = text_lines(
        "Support levels:",
        "",
        "Priority 1: we respond within 1 hour. The vendor provides updates on request for Priority 1 incidents "
        "not resolved within 3 business days.",
        "Priority 2: we respond within 4 hours.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Priority 1": ("1h", None), "Priority 2": ("4h", None)}


def test_a_later_sentence_of_an_item_keeps_the_level_the_item_opens_with(tmp_path: Path) -> None:
    text = text_lines(
        "How we prioritise requests:",
        "",
        "  • For an Urgent incident, we respond within one hour. We restore the service within 12 hours.",
        "  • For a High incident, we respond within four hours of the request.  The vendor shall endeavour to "
        "provide a fix within two business days of the request.",
        "  • Low – cosmetic problems and questions. We answer them within three business days.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Urgent": ("1h", "12h"),
        "High": ("4h", "2 business days"),
        "Low": ("3 business days", None),
    }


def test_a_level_word_in_an_items_description_or_an_escalation_names_no_item(tmp_path: Path) -> None:
    text = text_lines(
        "Support requests:",
        "",
        "Incidents are requests of an urgent or time-sensitive nature. These carry a response time of 1 business hour.",
        "1. For non-urgent needs, the client may ask for escalation in the ticket. A manager replies within two "
        "business days.",
    )
    names = set(level_times(terms_of(tmp_path, text)))
    assert not names & {"urgent", "Urgent", "non-urgent"}


def test_moderate_names_a_level_between_high_and_low(tmp_path: Path) -> None:
    text = text_lines(
        "Request priorities:",
        "",
        "High – the site is down. We assign an engineer with a 4 business hour resolution goal.",
        "Moderate – a feature misbehaves and a workaround exists. We resolve these within 3 business days.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "High": (None, "4 business hours"),
        "Moderate": (None, "3 business days"),
    }


def test_business_weeks_are_read_as_the_spec_s_business_weeks(tmp_path: Path) -> None:
    text = text_lines(
        "Priorities:",
        "",
        "  • For a Medium incident, we respond within one business day and resolve it within two business weeks.",
        "  • For a Low incident, we respond within three business days and resolve it within 3 working weeks.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Medium": ("1 business day", "2 business weeks"),
        "Low": ("3 business days", "3 business weeks"),
    }


def test_a_flattened_tables_kind_named_once_per_group_of_level_rows(tmp_path: Path) -> None:
    text = text_lines(
        "Service targets",
        "",
        "Metric Level Time Attainment Notes",
        "Respond Critical 30 minutes 95% We confirm the ticket and call the user back.",
        "High 4 business hours 90%",
        "Low 2 business days 90%",
        "Resolve Critical 6 hours 95% The service works again, or a workaround is in place.",
        "High 2 days 90%",
        "Low 10 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Critical": ("30m", "6h"),
        "High": ("4 business hours", "2 days"),
        "Low": ("2 business days", "10 days"),
    }


def test_normal_names_a_level_before_priority_a_separator_or_a_time(tmp_path: Path) -> None:
    text = text_lines(
        "Ticket priorities",
        "",
        "Support runs during normal business hours, Monday to Friday.",
        "Urgent priority tickets receive a first reply within 1 hour.",
        "Normal priority tickets receive a first reply within 8 working hours.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Urgent": ("1h", None), "Normal": ("8 business hours", None)}
    rows = text_lines(
        "Targets",
        "",
        "Respond Critical 1 hour 90% We confirm the ticket.",
        "High 4 business hours 90%",
        "Normal 2 business days 80%",
    )
    assert level_times(terms_of(tmp_path, rows, "rows.txt")) == {
        "Critical": ("1h", None),
        "High": ("4 business hours", None),
        "Normal": ("2 business days", None),
    }


def test_a_levels_resolution_of_a_few_months_in_prose(tmp_path: Path) -> None:
    text = text_lines(
        "Priorities:",
        "",
        "  • For a High incident, we respond within four hours and resolve it within two business days.",
        "  • For a Low incident, we respond within three business days, with a fix in place within three months of "
        "the request.",
        "",
        "Support is provided within 12 months of delivery, and we respond within 2 months to change requests.",
        "  • For a Medium incident, we respond within one business day.",
        "If Medium incidents are resolved late three times in any 3 months, the client may end the agreement.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "High": ("4h", "2 business days"),
        "Low": ("3 business days", "3 months"),
        "Medium": ("1 business day", None),
    }


def test_important_names_a_level_on_its_own_line_or_before_priority(tmp_path: Path) -> None:
    text = text_lines(
        "Severity levels",
        "",
        "Severity",
        "",
        "Target response",
        "",
        "1. Critical",
        "",
        "The whole service is down",
        "",
        "Within 15 minutes",
        "",
        "2. Important",
        "",
        "A main feature fails for many users",
        "",
        "Within 45 minutes",
        "",
        "It is important to report each issue with the steps that show it.",
    )
    found = level_times(terms_of(tmp_path, text))
    assert found == {"Critical": ("15m", None), "Important": ("45m", None)}


def test_first_contact_names_the_response(tmp_path: Path) -> None:
    """(s15) "Time to First Contact" heads the response times as "Response Time" does; written for this test."""
    levels = terms_of(
        tmp_path,
        text_lines(
            "IT Service Levels",
            "Time to First Contact",
            "• P1 – 2 business hours",
            "• P2 – 4 business hours",
            "Estimated Time to Resolution",
            "• P1 – 4 business hours",
            "• P2 – 16 business hours",
        ),
    )["severity_levels"]
    assert [(lv["id"], lv["response"]["within"], lv["resolution"]["within"]) for lv in levels] == [
        ("P1", "2 business hours", "4 business hours"),
        ("P2", "4 business hours", "16 business hours"),
    ]
