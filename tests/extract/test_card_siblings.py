"""Issue 12 (session 27): cards of one list whose headings are not all level words ("Standard Response:", "Priority
Response:" beside "Urgent Response:", each card opening with "Response Time: …"): every heading of the list names a
level, since its card opens with the same label as a card a level word heads (en748, a UK agency's support tiers as
nested bullets; the lines below follow its layout with our own words). Headings whose cards share no label with a
level's card stay unread."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_every_card_of_the_list_is_a_level(tmp_path: Path) -> None:
    text = text_lines(
        "Support Tiers:",
        "  • Standard Response:",
        "      • Response Time: Within 8 business hours.",
        "      • Applicability: general questions.",
        "  • Priority Response:",
        "      • Response Time: Within 4 business hours.",
        "      • Applicability: a function of the site fails.",
        "  • Urgent Response:",
        "      • Response Time: Within 2 business hours.",
        "      • Applicability: the site is down.",
    )
    assert list(level_times(terms_of(tmp_path, text)).values()) == [
        ("8 business hours", None),
        ("4 business hours", None),
        ("2 business hours", None),
    ]


def test_cards_in_chinese(tmp_path: Path) -> None:
    text = text_lines(
        "标准服务：", "响应时间：8小时内", "加急服务：", "响应时间：4小时内", "紧急故障：", "响应时间：1小时内"
    )
    assert sorted(level_times(terms_of(tmp_path, text)).values()) == [("1h", None), ("4h", None), ("8h", None)]


def test_cards_no_level_word_heads_are_not_read_as_levels(tmp_path: Path) -> None:
    # two product cards with a delivery time each: no card is headed by a level word, so no list of levels
    text = text_lines(
        "Website Audit:", "Delivery Time: 5 business days", "Logo Design:", "Delivery Time: 3 business days"
    )
    assert level_times(terms_of(tmp_path, text)) == {}


def test_a_level_s_description_line_is_no_card_heading(tmp_path: Path) -> None:
    # a level's heading, then a line describing it, then its card's label line: the description is no level, even
    # beside a card whose label stands right under its level heading
    text = text_lines("故障级别", "一级故障", "响应时间：1小时", "二级故障", "部分功能异常", "响应时间：4小时")
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("1h", None), "2级": ("4h", None)}
