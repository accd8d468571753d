"""General rules for level names and kind words, each on sentences and layouts of our own in
zh-Hans, zh-Hant and English (none is a corpus text):

- one level under several aliases ("P2" / "Priority 2" / "Severity 2") is one level;
- levels ranked by letters (A级, Severity B, a letter on a line of its own) or ordinals (第二級),
  and 高级/中级/低级 as level names;
- a kind lexicon: contacting the customer is a response, a final answer is a resolution, an
  interim plan is neither;
- a whole table printed inside one paragraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from termsmith.extract.api import extract_file
from termsmith.extract.rules.level_words import level_key


def _levels(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    terms: dict[str, Any] = extract_file(path)[1].terms
    return [
        (lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    ]


def test_aliases_of_one_rank_share_a_key() -> None:
    assert {level_key(x) for x in ("P2", "Priority 2", "Severity 2", "Sev 2", "Level 2", "S2", "第二級", "2级")} == {
        "#2"
    }
    assert {level_key(x) for x in ("A级", "Severity A", "严重性 A", "A")} == {"#a"}
    assert level_key("consult") == "consult"
    assert level_key("P1") != level_key("P2")


def test_p2_and_priority_2_in_one_row_are_one_level(tmp_path: Path) -> None:
    text = (
        "| Level | Meaning | Target |\n"
        "| P1 | Store closed | Priority 1 tickets are responded to within 30 minutes |\n"
        "| P2 | Checkout slow | Priority 2 tickets are responded to within 4 hours |\n"
    )
    assert _levels(tmp_path, text) == [("30m", None), ("4h", None)]


def test_letter_levels_in_prose_and_on_their_own_line(tmp_path: Path) -> None:
    prose = "A级故障:接到报修后1小时内响应,8小时内修复。B级故障:接到报修后4小时内响应,2个工作日内修复。\n"
    assert _levels(tmp_path, prose) == [("1h", "8h"), ("4h", "2 business days")]
    cards = "\n".join(
        [
            "Support levels",
            "A",
            "Site down",
            "First response:",
            "1 hour",
            "B",
            "Feature broken",
            "First response:",
            "6 hours",
        ]
    )
    assert _levels(tmp_path, cards + "\n") == [("1h", None), ("6h", None)]


def test_ordinal_and_high_middle_low_levels(tmp_path: Path) -> None:
    ordinal = "\n".join(
        ["第一級 停機", "回應時間:1小時。", "第二級 部分異常", "回應時間:4小時。", "第三級 諮詢", "回應時間:4小時。"]
    )
    assert _levels(tmp_path, ordinal + "\n") == [("1h", None), ("4h", None), ("4h", None)]
    tiers = "高级问题在30分钟内响应,6小时内解决;中级问题在2小时内响应,1个工作日内解决;低级问题在1个工作日内响应。\n"
    assert _levels(tmp_path, tiers) == [("30m", "6h"), ("2h", "1 business day"), ("1 business day", None)]


def test_contact_final_and_interim_verbs(tmp_path: Path) -> None:
    zh = "接到报修后,我方在1小时内與客戶聯繫,3小时内给出初步解决方案,3个工作日内答复最终处理结果。\n"
    assert _levels(tmp_path, zh) == [("1h", "3 business days")]
    en = "We will contact the customer within 2 hours, provide an initial assessment within 6 hours and deliver a final resolution within 5 business days.\n"
    assert _levels(tmp_path, en) == [("2h", "5 business days")]


def test_whole_table_in_one_paragraph(tmp_path: Path) -> None:
    text = (
        "Service levels. Priority Description Initial Response Resolution Target "
        "P1 – Critical (Severity 1) The shop cannot take orders and there is no way around it. 30 minutes 6 hours "
        "P2 – High (Severity 2) Orders can be taken but payment is degraded for many shoppers. 2 hours 2 business days "
        "P3 – Low (Severity 3) Cosmetic problems and questions about the back office screens. 1 business day Next release\n"
    )
    assert _levels(tmp_path, text) == [("30m", "6h"), ("2h", "2 business days"), ("1 business day", None)]


def test_an_id_named_again_later_is_prose_not_an_inline_table(tmp_path: Path) -> None:
    text = (
        "Response times. P1 incidents are responded to within 1 hour and P2 incidents within 4 hours of the report; "
        "the response for P1 can be extended when the customer cannot be reached for more than 2 hours.\n"
    )
    levels = _levels(tmp_path, text)
    assert ("1h", None) in levels
    assert all(resolution is None for _, resolution in levels)


def _free(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)[1].terms.get("free_maintenance", {}).get("length")


def test_a_return_window_or_a_deadline_is_not_the_free_period(tmp_path: Path) -> None:
    text = "购机后10天内可无理由退货或换货,也可免费保修。自收货之日起至2年内,享受免费保修。\n"
    assert _free(tmp_path, text) == "2 years"
    assert _free(tmp_path, "质保期内的故障,乙方在3天内解决。质保期为12个月。\n") == "12 months"
    assert _free(tmp_path, "免费保修期为30天,自验收之日起计算。\n") == "30 days"


def test_one_year_within_is_a_length_and_a_year_is_not(tmp_path: Path) -> None:
    assert _free(tmp_path, "设备验收后1年内免费保修。\n") == "1 year"
    assert _free(tmp_path, "2026年内签约的客户,免费保修期为6个月。\n") == "6 months"


def test_within_an_hour_without_a_number(tmp_path: Path) -> None:
    text = (
        "Critical incidents are responded to within an hour. Minor incidents are responded to within a business day.\n"
    )
    assert _levels(tmp_path, text) == [("1h", None), ("1 business day", None)]
    plural = "Critical incidents are responded to within business hours.\n"
    assert _levels(tmp_path, plural) == []


def test_phone_and_email_support_named_as_services_are_channels(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("乙方在维护期内提供免费电话支持和e-mail支持。\n本公司提供電話諮詢服務。\n", encoding="utf-8")
    kinds = [c["kind"] for c in extract_file(path)[1].terms.get("support_channels", [])]
    assert kinds == ["phone", "email"]
