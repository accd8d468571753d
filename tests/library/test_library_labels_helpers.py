"""Labels of every spec enum, and the formatting helpers clauses call."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
from decimal import Decimal
from enum import Enum

import pytest
from library_support import FIXTURES, load_spec

from termsmith.library import helpers as h
from termsmith.library.labels import LABELS, label
from termsmith.spec.types import LANGS, Duration, Money, Percent, Text

SPEC_MODULES = (
    "termsmith.spec.types",
    "termsmith.spec.service",
    "termsmith.spec.commercial",
    "termsmith.spec.legal",
    "termsmith.spec.parties",
    "termsmith.spec.operations",
)


def spec_enums() -> list[type[Enum]]:
    found = {}
    for name in SPEC_MODULES:
        for _, obj in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            if issubclass(obj, Enum) and obj.__module__ == name:
                found[obj.__name__] = obj
    return sorted(found.values(), key=lambda e: e.__name__)


@pytest.mark.parametrize("enum", spec_enums(), ids=lambda e: e.__name__)
def test_every_enum_value_has_a_label_in_every_language(enum: type[Enum]) -> None:
    for member in enum:
        texts = [label(member, lang) for lang in LANGS]
        assert all(t.strip() for t in texts), member
    assert set(LABELS[enum.__name__]) == {m.value for m in enum}


SIMPLIFIED_ONLY = set("软务据码应费维护时个订单协议数网络开发户设备认证书运报复")


def test_zh_hant_labels_use_traditional_characters() -> None:
    for table in LABELS.values():
        for _, hant, _ in table.values():
            assert not SIMPLIFIED_ONLY & set(hant), hant


def test_label_is_localised() -> None:
    from termsmith.spec.types import Cadence

    assert [label(Cadence.WEEKLY, lang) for lang in LANGS] == ["每周", "每週", "weekly"]


def test_money_and_amount() -> None:
    m = Money(Decimal("12000.00"), "CNY")
    assert h.money(m, "zh-Hans") == "¥12,000.00"
    assert h.money(m, "en") == "CNY 12,000.00"
    assert h.amount(m, "zh-Hans") == "¥12,000.00（人民币壹万贰仟元整）"
    assert h.amount(m, "zh-Hant") == "¥12,000.00（人民幣壹萬貳仟元整）"
    assert h.amount(m, "en") == "CNY 12,000.00"
    assert h.money(Money(Decimal("1200.5"), "HKD"), "zh-Hant") == "HKD 1,200.50"
    assert h.money(Money(Decimal("5000"), "JPY"), "en") == "JPY 5,000"


@pytest.mark.parametrize(
    ("text", "zh", "hant", "en"),
    [
        ("2h", "2小时", "2個小時", "2 hours"),
        ("1h", "1小时", "1個小時", "1 hour"),
        ("30m", "30分钟", "30分鐘", "30 minutes"),
        ("3 business days", "3个工作日", "3個工作日", "3 business days"),
        ("2 business hours", "2个工作小时", "2個工作小時", "2 business hours"),
        ("12 months", "12个月", "12個月", "12 months"),
        ("1.5h", "1.5小时", "1.5個小時", "1.5 hours"),
    ],
)
def test_duration(text: str, zh: str, hant: str, en: str) -> None:
    d = Duration.parse(text)
    assert (h.duration(d, "zh-Hans"), h.duration(d, "zh-Hant"), h.duration(d, "en")) == (zh, hant, en)


def test_date_percent_join_party() -> None:
    day = dt.date(2026, 1, 18)
    assert h.date(day, "zh-Hans") == "2026年1月18日"
    assert h.date(day, "en") == "18 January 2026"
    assert h.percent(Percent(Decimal("50")), "en") == "50%"
    assert h.percent(Percent(Decimal("0.10")), "en") == "0.1%"
    assert h.join(["a", "b", "c"], "en") == "a, b and c"
    assert h.join(["a"], "en") == "a"
    assert h.join([Text((("*", "甲"),)), "乙"], "zh-Hans") == "甲、乙"
    assert (h.party("client", "zh-Hant"), h.party("vendor", "en")) == ("甲方", "the Vendor")
    with pytest.raises(ValueError):
        h.party("buyer", "en")


def test_article_and_list_labels() -> None:
    assert h.article_number(6, "zh-Hans") == "第六条"
    assert h.article_number(21, "zh-Hant") == "第二十一條"
    assert h.article_number(6, "en") == "Article 6"
    assert [h.list_label(i, "zh-Hans") for i in (0, 1, 9, 10)] == ["（一）", "（二）", "（十）", "（十一）"]
    assert [h.list_label(i, "en") for i in (0, 1, 25, 26)] == ["(a)", "(b)", "(z)", "(aa)"]


def test_calendar_text_and_clocks() -> None:
    spec = load_spec(FIXTURES / "maximal.yaml").spec
    assert (
        h.calendar_text("cn-business", spec, "zh-Hans")
        == "工作日9:00–18:00（北京时间，按国务院公布的法定节假日及调休安排）"
    )
    assert (
        h.calendar_text("hk-business", spec, "en") == "Mon–Sat 09:30–18:30 (Hong Kong Time), with no holidays excluded"
    )
    assert h.calendar_text("24x7", spec, "en").startswith("24×7")
    assert h.clock_short("24x7", spec, "zh-Hans") == "7×24小时"
    assert h.clock_short("cn-business", spec, "en") == "Mon–Fri 09:00–18:00"
    with pytest.raises(ValueError):
        h.calendar_text("nope", spec, "en")


def test_display_refuses_whole_sections_and_none() -> None:
    spec = load_spec(FIXTURES / "maximal.yaml").spec
    with pytest.raises(ValueError):
        h.display(spec.fees, "en")
    with pytest.raises(ValueError):
        h.t(None, "en")
