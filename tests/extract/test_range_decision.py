"""The end a range is read at is the end that binds the party who makes the promise (docs/extract.md, "Ranges"):
a time the vendor must meet gives its upper end, the longest the vendor may take ("响应时间2-4小时" → 4 hours); a
period the client is granted gives its lower end, the length the client can count on ("免费维护期6-12个月" → 6
months, with E102 saying the document gives a range). Run end to end through `extract_file`, in each language."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.extract.api import extract_file
from tests.extract.extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize(
    ("name", "text", "language", "response"),
    [
        (
            "zh.txt",
            text_lines("售后服务承诺", "响应时间2-4小时。", "免费维护期6-12个月,自验收合格之日起计算。"),
            "zh-Hans",
            "4h",
        ),
        (
            "tw.txt",
            text_lines("售後服務承諾", "回應時間2-4小時。", "免費維護期6-12個月,自驗收合格之日起計算。"),
            "zh-Hant",
            "4h",
        ),
        (
            "en.txt",
            text_lines(
                "Support terms",
                "Response: 4-8 business hours.",
                "Free maintenance period: 6-12 months from acceptance.",
            ),
            "en",
            "8 business hours",
        ),
    ],
)
def test_a_vendor_time_gives_its_upper_end_a_granted_period_its_lower(
    tmp_path: Path, name: str, text: str, language: str, response: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _doc, found = extract_file(path)
    assert found.language == language
    assert [lv["response"]["within"] for lv in found.terms["severity_levels"]] == [response]
    assert found.terms["free_maintenance"] == {"length": "6 months", "start_event": "acceptance"}
    warned = [d for d in found.diagnostics if d.code == "E102"]
    assert len(warned) == 1 and "6 months to 12 months" in warned[0].message and "shorter" in warned[0].message


def test_two_levels_sharing_one_range_keep_one_end_each(tmp_path: Path) -> None:
    times = level_times(terms_of(tmp_path, text_lines("P1:2小时内响应", "P3/P4:8-24 小时响应"), "zh.txt"))
    assert (times["P1"], times["P3"], times["P4"]) == (("2h", None), ("8h", None), ("24h", None))


@pytest.mark.parametrize(
    "text",
    [
        text_lines("维护服务协议", "本合同有效期为1-3年,自签订之日起计算。"),
        text_lines("Support agreement", "This Agreement shall remain in force for a term of 1 to 3 years."),
    ],
)
def test_the_agreements_term_as_a_range_gives_its_shorter_end(tmp_path: Path, text: str) -> None:
    # the term is granted to the client: the length it can count on is the shorter
    assert terms_of(tmp_path, text)["term"] == {"length": "1 year"}
