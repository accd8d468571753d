"""Session 11 (issue 12, extract26): support channels read from contact details and lists, read back through
`extract_file`. Every text is our own, in the style of the corpus forms that were missed: the items under "How to Get
Support" or under a lead-in "… notified by the following means:", a contact section's label lines, a support label
given by its e-mail address, a plan's "Channels:" line beside its price, a remote or on-site service offered with no
reporting word. The guards: a billing section's address, a priced way of working.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _kinds(tmp_path: Path, *lines: str) -> list[str]:
    return sorted(c["kind"] for c in terms_of(tmp_path, _lines(*lines)).get("support_channels", []))


def test_the_items_under_how_to_get_support(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "support.md"
    path.write_text(
        _lines(
            "### How to Get Support",
            "",
            "1. Purchase a support plan at office@acme.test",
            "2. Receive your ticket system access",
            "3. Email issues to help@acme.test",
            "",
            "### Company Information",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    channels = found["terms"]["support_channels"]
    assert sorted(c["kind"] for c in channels) == ["email", "ticket"]
    email = next(i for i, c in enumerate(channels) if c["kind"] == "email")
    assert channels[email]["address"] == "office@acme.test"
    assert "Purchase a support plan" in found["evidence"][f"support_channels[{email}].kind"]["quote"]


def test_the_items_under_a_lead_in_naming_the_means(tmp_path: Path) -> None:
    assert _kinds(
        tmp_path,
        "7.1 Response methods: the Supplier shall respond to a fault only if it is notified by the following means:",
        "1. email to help@supplier.test;",
        "2. through a live chat session on the Supplier website;",
        "3. by telephone on +44 20 7000 1234.",
        "7.2 Fees",
    ) == ["chat-group", "email", "phone"]


def test_a_contact_sections_label_lines_but_not_a_billing_sections(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "Uptime", "We keep your site online.", "Contact", "Email: help@studio.test") == ["email"]
    assert _kinds(tmp_path, "Billing contacts", "Email: invoices@studio.test") == []


def test_contact_sections_in_chinese(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "联系我们", "服务热线: 400-800-1234", "电子邮件: help@example.cn") == ["email", "phone"]
    assert _kinds(tmp_path, "聯絡我們", "電子郵件: help@example.tw") == ["email"]


def test_a_support_label_given_by_its_address(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "## 8. Contact details below", "Support & licensing: **help@charts.test**") == ["email"]
    assert _kinds(tmp_path, "技術支援信箱: support@example.tw") == ["email"]
    assert _kinds(tmp_path, "技术支持邮箱: support@example.cn") == ["email"]


def test_a_plans_channels_beside_its_price(tmp_path: Path) -> None:
    assert _kinds(
        tmp_path,
        "- **Standard**: 99.5% uptime; Response: 8h (biz); Channels: email + Slack; Price: $499/mo.",
    ) == ["chat-group", "email"]
    assert _kinds(
        tmp_path,
        "| Plan | Devices | Price | Included |",
        "|---|---|---|---|",
        "| Solo | 1 desktop | $99 / year | E-mail support (48 h), updates |",
    ) == ["email"]
    # a priced way of working is a paid service, not a channel
    assert _kinds(tmp_path, "| Remote support | $100 per hour |") == []
    assert _kinds(tmp_path, "| 现场支持 | 次（每次上门） | ¥2,000.00 | 含差旅费 |") == []


def test_a_remote_or_on_site_service_offered(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "Emergency onsite service is available 24x7.") == ["on-site"]
    assert _kinds(tmp_path, "If needed we will ask you to schedule a remote assist appointment.") == ["remote"]


def test_issues_logged_by_email_and_web(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "• Electronic logging of issues and questions to Acme (email & Web) 24 hours per day.") == [
        "email",
        "ticket",
    ]


def test_a_toll_free_number_to_contact(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "- Contact us directly at 1-555-010-0199.") == ["phone"]


def test_a_way_used_for_something_other_than_support(tmp_path: Path) -> None:
    # paying, a free consultation before buying, keeping in touch while a site is built, the vendor asking for facts
    assert _kinds(tmp_path, "Effective Date: the date of payment submitted via email link or checkout.") == []
    assert (
        _kinds(tmp_path, "By completing payment via the link provided (e.g., email or checkout form), you agree.") == []
    )
    assert _kinds(tmp_path, "有任何問題,歡迎直接寄信到 hello@studio.tw,或透過頁面底部的「免費諮詢」。") == []
    assert (
        _kinds(
            tmp_path, "I'll share a design folder with you and we'll have regular contact by either email or Discord."
        )
        == []
    )
    assert (
        _kinds(tmp_path, "If required, Acme may send a request via e-mail and the Customer shall provide all details.")
        == []
    )


def test_a_blank_field_remote_phone_support_and_a_remote_deployment(tmp_path: Path) -> None:
    # a form's field left empty in a parties' block names no way
    assert _kinds(tmp_path, "甲方:", "服务电话:", "地址:") == []
    # 远程电话支持 is support by telephone
    assert _kinds(tmp_path, "对于严重程度为极端严重的问题,提供7×24小时远程电话支持。") == ["phone"]
    # a deployment done from afar is no way to reach support
    assert _kinds(tmp_path, "| 服务项目 | 说明 |", "| 远程部署服务 | 上线前一次 |") == []


def test_a_help_desk_is_a_team_its_software_takes_tickets(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "Service Desk Severity Rankings and Response Times") == []
    assert _kinds(
        tmp_path,
        "To handle your requests for assistance in time, service levels are configured in the help desk software.",
    ) == ["ticket"]
    # a help desk given by its number stays the phone
    assert _kinds(tmp_path, "Help Desk: 086-322-5858") == ["phone"]


def test_the_vendor_offering_a_way_and_arriving_on_site(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "7、乙方承诺24小时为甲方提供电话、信函或传真服务。") == ["phone"]
    assert _kinds(tmp_path, "乙方承諾以最快捷的速度到達服務現場;") == ["on-site"]
    # arriving within a time is a level's commitment, not a way to reach support
    assert _kinds(tmp_path, "北京周边区域,我们承诺2小时内到达现场。") == []


def test_tickets_the_clients_users_create(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "SLAs apply to Sev-1 tickets created by users subscribed to Pro support.") == ["ticket"]


def test_response_times_promised_per_way_and_a_ticket_number_for_tracking(tmp_path: Path) -> None:
    assert _kinds(
        tmp_path,
        "a. The average response time standard is six (6) support business hours for email and offline chat message "
        "inquiries.",
        "b. The average response time standard is twelve (12) support business hours for phone messages.",
        "c. Reported incidents may be assigned a ticket number for tracking.",
    ) == ["chat-group", "email", "phone"]
