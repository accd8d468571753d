"""Session 22 (issue 12, extract22), read back through `extract_file`, the API under every front end: the client's
calls, which the vendor receives, answers or returns, name the phone as a way to reach support. The positive texts
are real lines of four corpus batches (batch 22's en107, batch 21's en96, batch 16's en72, batch 15's en66), cut to
the lines that matter; the guards are texts of our own.

- "after receiving the customer's call", "will respond to the call within two hours" (en107);
- "Unlimited calls from 8:00 a.m. to 5:00 p.m. PST to Efficiency Inc." (en96);
- "respond … to the County's telephone calls requesting Software Maintenance" (en72);
- "responding to all emergency calls from persons designated by the City" (en66);
- not a service call (a visit), staff on call, nor the client's call centre that is the thing maintained.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _kinds(tmp_path: Path, *lines: str) -> list[str]:
    return [c["kind"] for c in terms_of(tmp_path, _lines(*lines)).get("support_channels", [])]


def test_the_customers_call_the_engineer_responds_to(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en107 (batch 22): the page names no telephone; its phone is the call the engineer answers
    path = tmp_path / "en107.txt"
    path.write_text(
        _lines(
            "Software support:",
            "- Working hours: This service is available 24/7, including national holidays.",
            'Remote response time: According to the "Software Support Services" section, after registering a '
            "software problem, the Technical support center engineer will respond to the call within two hours.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    kinds = [c["kind"] for c in found["terms"]["support_channels"]]
    assert sorted(kinds) == ["phone", "remote"]  # remote from "Remote response time"
    quote = found["evidence"][f"support_channels[{kinds.index('phone')}].kind"]["quote"]
    assert "respond to the call within two hours" in quote


def test_receiving_the_customers_call(tmp_path: Path) -> None:
    # en107 (batch 22), its hardware paragraph
    kinds = _kinds(
        tmp_path,
        "Within 4 hours after receiving the customer's call and determining the hardware fault, the authorized "
        "engineer will arrive at the customer's site within the working period to begin providing hardware repair "
        "services.",
    )
    assert "phone" in kinds


def test_unlimited_calls_to_the_vendor(tmp_path: Path) -> None:
    # en96 (batch 21)
    kinds = _kinds(
        tmp_path,
        "Efficiency Inc. Technical Support Agreement",
        "• Unlimited calls from 8:00 a.m. to 5:00 p.m. PST to Efficiency Inc. excluding holidays and weekends.",
    )
    assert kinds == ["phone"]


def test_the_countys_telephone_calls_and_the_emergency_calls_from_the_city(tmp_path: Path) -> None:
    # en72 (batch 16) and en66 (batch 15), each on its own
    county = _kinds(
        tmp_path,
        "Problem Response. DEVNET shall respond (by return telephone call) as soon as reasonably possible to the "
        "County’s telephone calls requesting Software Maintenance.",
    )
    city = _kinds(
        tmp_path,
        "The Contractor shall be responsible for responding to all emergency calls from persons designated by the "
        "City.",
    )
    assert county == ["phone"]
    assert city == ["phone"]


def test_a_visit_staff_on_call_or_the_clients_call_centre_is_no_phone(tmp_path: Path) -> None:
    kinds = _kinds(
        tmp_path,
        "Our engineers are on call around the clock.",
        "Each service call is billed as one visit.",
        "The Customer's call center software and its call routing are maintained under this agreement.",
        "The vendor shall answer the call center's configuration questions within 2 business days.",
    )
    assert "phone" not in kinds
