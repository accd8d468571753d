"""Each read-back check finds what it names and leaves correct text alone."""

from __future__ import annotations

import pytest

from termsmith.audit import audit_text, audit_units
from termsmith.audit.checks import mask
from termsmith.audit.simplified import SIMPLIFIED_ONLY


def codes(text: str, lang: str, allowed: tuple[str, ...] = ()) -> list[str]:
    return [d.code for d in audit_units([(text, lang, "t", 1)], "t", allowed)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the Vendor issues a 增值税专用发票.", "en", ["AU001"]),
        ("乙方应按照 the terms and conditions of this agreement 提供服务。", "zh-Hans", ["AU001"]),
        ("乙方提供软件维护服务。", "zh-Hant", ["AU002"] * 4),  # 软 维 护 务
        ("修复交付程序本身的缺陷。；", "zh-Hans", ["AU003"]),
        ("每月一次。。", "zh-Hans", ["AU003"]),
        ("Fix defects.; then", "en", ["AU003"]),
        ("fix the defect（within 2 hours）", "en", ["AU004", "AU004"]),
        ("乙方应修复缺陷, 并通知甲方。", "zh-Hans", ["AU004"]),
        ("乙方应在2小时内响应（7×24小时计时。", "zh-Hans", ["AU005"]),
        ("respond within 2 hours (24×7).)", "en", ["AU005"]),
        ('the "Services', "en", ["AU005"]),
        ("provide 2 remote training session(s)", "en", ["AU006"]),
        ("价格为{{ price }}元", "zh-Hans", ["AU006", "AU006"]),
        ("The deposit is None.", "en", ["AU006"]),
    ],
)
def test_each_defect_is_found(text: str, lang: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Shenzhen Lingxun Information Technology Co., Ltd.; contact: He Jing", "en"),
        ("e.g., backups ... and so on; see Article 5.", "en"),
        ("the Client’s data (including backups) is the Client’s", "en"),
        ("乙方应在收到报修后30分钟（7×24小时）内响应，并在4小时内解决。", "zh-Hans"),
        ("軟體的資料存放於中國境內（阿里雲華東 2 地域）。皇后、台灣、里程", "zh-Hant"),
        ("乙方使用 TLS 1.2 与 iOS、Android 版本的微信 App。", "zh-Hans"),
        ('(s) "Confidential Information" has the meaning given in Article 11.', "en"),
    ],
)
def test_correct_text_passes(text: str, lang: str) -> None:
    assert codes(text, lang) == []


def test_allowed_names_may_be_in_any_script() -> None:
    assert codes("Client: 福州闽油能源有限公司, represented by 林建华", "en") == ["AU001", "AU001"]
    assert codes("Client: 福州闽油能源有限公司, represented by 林建华", "en", ("福州闽油能源有限公司", "林建华")) == []
    # PDF text breaks lines inside a name: the name still matches
    assert mask("Client: 福州闽油\n能源有限公司", ("福州闽油能源有限公司",)).strip(" \u2003\n") == "Client:"


def test_positions_point_at_the_finding() -> None:
    found = audit_text("第一段正常。\n修复缺陷。；其他", ("zh-Hans",), file="out.docx")
    assert [(d.code, d.line, d.col, d.file) for d in found] == [("AU003", 2, 5, "out.docx")]
    assert found[0].name == "doubled-punctuation" and found[0].hint


def test_bilingual_read_back_expects_both_scripts() -> None:
    text = "甲方（盖章） Client (seal)\n本协议的服务期限 The Service Term of this Agreement starts today"
    assert audit_text(text, ("zh-Hans", "en")) == []
    assert [d.code for d in audit_text(text, ("zh-Hans",))] == ["AU001"]


def test_simplified_table_keeps_characters_that_are_also_traditional() -> None:
    assert {"软", "务", "协", "发", "为"} <= SIMPLIFIED_ONLY
    assert not {"后", "台", "里", "面", "干", "只", "系", "床", "群", "峰", "軟", "體"} & SIMPLIFIED_ONLY


def test_simplified_table_is_current() -> None:
    """The table is generated from OpenCC (a test dependency); regenerate with python -m termsmith.audit.build."""
    from termsmith.audit import build

    assert build.TARGET.read_text(encoding="utf-8") == build.render(), "run: python -m termsmith.audit.build"


def test_a_bracket_may_close_on_the_next_pdf_page_but_not_never() -> None:
    across = "3.1 the effort (in the pricing units of\nPage 9 of 20\f Agreement KS-1\nthe rate card) is billed."
    assert audit_text(across, ("en",), file="out.pdf", unit="page") == []
    never = "3.1 the effort is billed.\nPage 9 of 20\f Agreement KS-1\nthe rate (per hour is billed."
    (found,) = audit_text(never, ("en",), file="out.pdf", unit="page")
    assert found.code == "AU005"
    assert (found.start.line, found.start.col) == (2, never.split("\f")[1].index("(") + 1)
    assert found.extra["clause"] == "page 2"
