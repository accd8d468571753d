"""Payment milestones of web-design and website-support terms (`rules/payment.py`), read back through
`extract_file` and `termsmith extract --format json`. Every text here is our own.

- a share is a percentage, a half ("one half of the project cost", "the other half") or what is left ("the
  balance", "the remainder", 尾款, 餘款): the balance is the rest of the shares read before it;
- a deposit, money up front, before work starts or on commencement is due at the signing; approval and sign-off
  are the acceptance; the site going live or its launch is go-live; handover, finishing and delivery are the
  completion; a share whose words name no event has no trigger;
- a schedule's lines that open with their share ("25% at the end of month one") or name an event ("The first 50%
  is required for work to commence") continue it; items parted by slashes are items;
- a summary before the schedule ("split into two 50% payments") is no share of its own;
- not: "100% happy", a floor ("50% 起"), an early-termination fee, late-payment interest, a lone deposit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _milestones(tmp_path: Path, *lines: str, name: str = "doc.txt") -> list[tuple[str, str | None]]:
    payment: dict[str, Any] = terms_of(tmp_path, _lines(*lines), name).get("payment", {})
    return [(m["percent"], m.get("trigger")) for m in payment.get("milestones", [])]


def test_a_deposit_and_the_balance(tmp_path: Path) -> None:
    text = "A 50% deposit is payable before work starts, the balance on completion."
    assert _milestones(tmp_path, text) == [("50%", "signing"), ("50%", "completion")]
    text = "We ask for 30% up front and the remainder when the site goes live."
    assert _milestones(tmp_path, text) == [("30%", "signing"), ("70%", "go-live")]


def test_the_balance_in_other_words(tmp_path: Path) -> None:
    lines = ("I take a 40% deposit before any work commences.", "The final balance payment is due on completion.")
    assert _milestones(tmp_path, *lines) == [("40%", "signing"), ("60%", "completion")]
    lines = ("We invoice 25% of the estimate before starting the build.", "The final bill is due on launch.")
    assert _milestones(tmp_path, *lines) == [("25%", "signing"), ("75%", "go-live")]
    text = "A 50% deposit is due prior to work beginning and the remaining due upon handover."
    assert _milestones(tmp_path, text) == [("50%", "signing"), ("50%", "completion")]


def test_a_schedule_line_by_line(tmp_path: Path) -> None:
    lines = ("Payment schedule", "25% on signing", "25% on design approval", "50% before the site goes live")
    assert _milestones(tmp_path, *lines) == [("25%", "signing"), ("25%", "acceptance"), ("50%", "go-live")]
    # a line with no pay word continues the schedule the line above opened
    lines = ("20% of the quoted price is invoiced on order.", "30% at sign-off of the designs.", "50% on handover.")
    assert _milestones(tmp_path, *lines) == [("20%", "signing"), ("30%", "acceptance"), ("50%", "completion")]


def test_items_parted_by_slashes(tmp_path: Path) -> None:
    text = "Payments: 10% deposit / 40% on approval of the design / 50% on handover of the site."
    assert _milestones(tmp_path, text) == [("10%", "signing"), ("40%", "acceptance"), ("50%", "completion")]


def test_halves_and_the_event_in_the_sentence(tmp_path: Path) -> None:
    text = "We require one half of the fee as a deposit before beginning work, and the other half is due on launch."
    assert _milestones(tmp_path, text) == [("50%", "signing"), ("50%", "go-live")]
    # one share in the sentence: the event is said anywhere in it
    lines = (
        "I require 10% of the fee when we first agree the brief.",
        "When you are happy with the mock-ups, I will require 40% of the fee.",
        "When the site is finished and you are 100% satisfied, the final 50% of the fee is due.",
    )
    assert _milestones(tmp_path, *lines) == [("10%", None), ("40%", "acceptance"), ("50%", "completion")]


def test_a_summary_before_the_schedule(tmp_path: Path) -> None:
    lines = (
        "Projects over £2000 are split into two 50% payments.",
        "The first 50% is required for work to commence and the second 50% on handover.",
    )
    assert _milestones(tmp_path, *lines) == [("50%", "signing"), ("50%", "completion")]


def test_chinese_schedules(tmp_path: Path) -> None:
    zh = _milestones(tmp_path, "付款方式:首付30%,系统验收合格后支付尾款。", name="zh.txt")
    assert zh == [("30%", "signing"), ("70%", "acceptance")]
    tw = _milestones(tmp_path, "簽約時支付訂金50%,網站上線後支付餘款。", name="tw.txt")
    assert tw == [("50%", "signing"), ("50%", "go-live")]


def test_what_is_no_schedule(tmp_path: Path) -> None:
    assert _milestones(tmp_path, "An early termination fee of 50% of the remaining balance applies.") == []
    assert _milestones(tmp_path, "A 50% deposit secures your booking.") == []
    assert _milestones(tmp_path, "Late payments incur interest of 5% per month, and the balance stays due.") == []
    # a split of each change request's price, a service credit, a liability cap, "the remaining provisions"
    lines = (
        "For each change request the vendor invoices 30% of its price on approval, and the balance on delivery.",
        "A service credit of 5% of the monthly fee applies.",
        "Total liability shall not exceed 100% of the fees paid in the last 12 months.",
        "If any provision is invalid, the remaining provisions are not affected.",
    )
    assert _milestones(tmp_path, *lines) == []
    # a floor is no share, and the balance after it is not its rest
    assert _milestones(tmp_path, "專案採分期付款:簽約預付 50% 起;驗收後付尾款。", name="tw.txt") == []


def test_the_schedule_through_the_cli(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Website design terms",
            "Hosting is billed monthly.",
            "A 40% deposit is payable before work starts, the balance when the site goes live.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["payment"] == {
        "milestones": [{"percent": "40%", "trigger": "signing"}, {"percent": "60%", "trigger": "go-live"}]
    }
    evidence = found["evidence"]["payment.milestones[1].percent"]
    assert evidence["quote"].startswith("A 40% deposit is payable")
    assert evidence["line"] == 3


def test_full_payment_as_a_condition_is_no_schedule(tmp_path: Path) -> None:
    """ "Upon full payment, the Client owns …" says when ownership passes, not when to pay: it is no 100% milestone,
    and the schedule stated later is read."""
    lines = (
        "Upon full payment, the Client owns the final deliverables.",
        "Payment terms: 50% non-refundable deposit to start; 50% at launch or final handoff.",
    )
    assert _milestones(tmp_path, *lines) == [("50%", "signing"), ("50%", "go-live")]
    assert _milestones(tmp_path, "Ownership of the site passes to the client upon full payment.") == []


def test_the_whole_price_at_once_still_reads_when_no_shares_follow(tmp_path: Path) -> None:
    assert _milestones(tmp_path, "Full payment is due upon signing of this agreement.") == [("100%", "signing")]
    lines = ("Full payment is due upon signing of this agreement.", "Support is provided by email.")
    assert _milestones(tmp_path, *lines) == [("100%", "signing")]
