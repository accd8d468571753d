"""The purchasing body of a public procurement page as the client, read end to end through the CLI: a label spelled in
mixed script (a mainland page served in Traditional script keeps 采: "采購單位"), and the role's bare label on a line
of its own with the details' "名称:" line under it ("招标人" / "名称:…局"). Negative: an agency's details under its
own label name no one."""

from __future__ import annotations

from pathlib import Path

from extract_support import parties_of, text_lines


def _parties(tmp_path: Path, *lines: str) -> dict[str, str]:
    return dict(parties_of(tmp_path, text_lines(*lines)))


def test_zh_hant_a_mixed_script_purchaser_label(tmp_path: Path) -> None:
    assert (
        _parties(
            tmp_path,
            "一、項目概況",
            "項目名稱:預警中心服務器運維項目",
            "采購單位:雲嶺省氣象局雲嶺氣象臺",
            "項目預算:19.85萬元",
        ).get("client")
        == "雲嶺省氣象局雲嶺氣象臺"
    )


def test_zh_hans_a_bare_tender_label_over_its_name_line(tmp_path: Path) -> None:
    assert (
        _parties(
            tmp_path,
            "询价招标文件",
            "项目名称:信息化维护外包服务",
            "招标人",
            "名称:云岭市自然资源和规划局",
            "地址:云岭市文昌东路6号",
        ).get("client")
        == "云岭市自然资源和规划局"
    )


def test_zh_hans_an_agencys_label_names_no_one(tmp_path: Path) -> None:
    assert "client" not in _parties(
        tmp_path,
        "询价招标文件",
        "招标代理机构",
        "名称:云岭招标代理有限公司",
        "地址:云岭市文昌东路8号",
    )
