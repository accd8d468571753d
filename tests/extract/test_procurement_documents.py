"""Issue 12 (session 27): a Chinese government procurement document (采购文件, 竞争性磋商) holds the buyer's service terms
among the tender's own procedure, whose words look like an SLA's (zh297, an IPTV operator's procurement of a year's
metadata maintenance, a real Word file). None of these is a promise of the vendor's:

- 响应文件 is the bid ("responding" to the tender): its deadlines are no response times;
- a scoring sheet asks questions ("是否…在15分钟内响应"): no level;
- a clause opening with a preposition ("通过对…的实时监控，确保…") names no firm;
- getting the tender documents online, or registering by e-mail, is the procedure's channel, not support's.

The buyer's own service terms in the same document are still read. The lines are our own, in zh297's wording."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def _terms(tmp_path: Path, *lines: str) -> dict:  # type: ignore[type-arg]
    return terms_of(tmp_path, text_lines(*lines))


def test_the_procedure_is_no_service_term(tmp_path: Path) -> None:
    found = _terms(
        tmp_path,
        "采购人的澄清或者修改可能影响响应文件编制的，应当在提交响应文件截止之日3个工作日之前发布更正公告。",
        "是否针对业务异常在 15 分钟内响应并于1小时内实施应急处置；",
        "通过对数据的实时监控，确保业务指令与现网运行数据一致，从数据层面杜绝合规性风险。",
        "本项目仅接受网上(远程)办理获取采购文件。",
        "请参加报名的供应商填写《报名登记表》，并将扫描件发送至邮箱 bid@example.cn。",
    )
    assert "severity_levels" not in found
    assert "parties" not in found
    assert "support_channels" not in found


def test_the_service_terms_beside_it_are_read(tmp_path: Path) -> None:
    found = _terms(
        tmp_path,
        "请参加报名的供应商填写《报名登记表》，并将扫描件发送至邮箱 bid@example.cn。",
        "紧急故障：供应商须在15分钟内响应，4小时内解决。",
        "供应商需提供电话支持和远程支持。",
    )
    assert level_times(found) == {"紧急": ("15m", "4h")}
    assert [c["kind"] for c in found["support_channels"]] == ["phone", "remote"]
