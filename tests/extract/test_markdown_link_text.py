"""A Markdown link's text is read as words, not as a template blank: "[post issues on the GitHub page](https://…)"
and "[live chat](https://…)" keep what they say (`normalize._LINK_TEXT`); a bracketed blank stays a blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines


def _kinds(found: dict[str, object]) -> list[str]:
    channels = found["terms"].get("support_channels", [])  # type: ignore[attr-defined]
    return sorted(c["kind"] for c in channels)


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            ("## Support", "- Support is available by [live chat](https://example.com/chat) on weekdays."),
            ["chat-group"],
        ),
        (("## 技术支持", "- 遇到问题请通过[在线工单系统](/support/new-ticket.md)联系我们。"), ["ticket"]),
        (("## 技術支援", "- 請透過[電子郵件](mailto:help@example.com.tw)聯絡我們。"), ["email"]),
    ],
)
def test_a_link_text_names_its_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert _kinds(extract_lines(tmp_path, capsys, lines, "support.md")) == kinds


def test_a_bracketed_blank_is_still_no_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    terms = extract_lines(tmp_path, capsys, ["乙方:[供应商名称]", "服务期限:[例如:12]个月"])["terms"]
    assert "term" not in terms and "parties" not in terms
