"""The language a document is read as counts what a reader reads: template tags, HTML tags, URLs and link targets
are dropped, and Latin words (not letters) are weighed against Chinese characters (`extract.api.language_of`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_json, text_lines

_TAG = "{% data variables.product.support_ticket_priority_urgent %}"


@pytest.mark.parametrize(
    ("name", "text", "language"),
    [
        (  # a docs page whose Chinese sits between template tags and HTML lists
            "plans.md",
            text_lines(
                "### {% data variables.contact.premium_support %} 计划",
                "有两个 {% data variables.contact.premium_support %} 计划。",
                "| | {% data variables.product.premium_support_plan %} |",
                "| --- | --- |",
                f"| 初始响应时间 | <ul><li>30 分钟，{_TAG}</li><li>4 小时，{_TAG}</li></ul> |",
                "| 支持通道 | <ul><li>在线事件单提交</li><li>电话支持</li></ul> |",
            ),
            "zh-Hans",
        ),
        (  # the same in Traditional script, with a link and an address
            "plans.md",
            text_lines(
                '<div class="note"><a href="https://support.example.com/tickets/new">{{ site.name }}</a></div>',
                "### {% data variables.contact.premium_support %} 計劃",
                f"| 初始回應時間 | <ul><li>30 分鐘，{_TAG}</li></ul> |",
                "聯絡 [技術支援](https://example.com/contact-support-team) 或 support@example.com。",
            ),
            "zh-Hant",
        ),
        (  # an English page with a Chinese company name stays English
            "terms.txt",
            text_lines(
                "Support Agreement between 深圳某某科技有限公司 and the Customer.",
                "Urgent issues get a first response within 30 minutes, around the clock.",
            ),
            "en",
        ),
    ],
)
def test_language_is_what_a_reader_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, language: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert extract_json(path, capsys)["language"] == language


def test_an_unclosed_tag_drops_its_own_line_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a tag left open on the first line and a "%}" far below: the Chinese between them is still read, and
    # hundreds of open "{%" and "](" cost a bounded scan each (bench/bench_hostile.py extract-tags)
    path = tmp_path / "broken.md"
    path.write_text(
        text_lines(
            "{% if plan == 'premium' Premium plan, on-call engineer, priority queue, dedicated manager",
            *["乙方在收到甲方报修后两小时内响应，工作日 9:00-18:00 提供远程支持。"] * 3,
            "{%" * 300 + "](" * 300,
            "end of template %}",
        ),
        encoding="utf-8",
    )
    assert extract_json(path, capsys)["language"] == "zh-Hans"
