"""Plain-text agreements saved by Chinese Windows (GBK, or UTF-16 as "Unicode") or in Taiwan and Hong Kong (Big5)
are read, and say so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termsmith.cli import main

GBK_TEXT = (
    "甲方（委托方）：上海禾悦商贸有限公司\n"
    "乙方（服务方）：上海云帆软件科技有限公司\n"
    "乙方在接到甲方报修后2小时内响应，24小时内解决。\n"
    "免费维护期为12个月，自验收合格之日起计算。\n"
)
BIG5_TEXT = (
    "甲方（委託方）：臺北禾悅商貿有限公司\n"
    "乙方（服務方）：臺北雲帆軟體科技有限公司\n"
    "乙方於接到甲方報修後2小時內回應，並盡快修復。\n"
)


def _extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["extract", str(path), "--format", "json"])
    out = capsys.readouterr().out
    return code, json.loads(out)["documents"][0]


@pytest.mark.parametrize(
    ("encoding", "text", "language", "client", "name"),
    [
        ("gbk", GBK_TEXT, "zh-Hans", "上海禾悦商贸有限公司", "GB18030 (GBK)"),
        ("gb18030", GBK_TEXT, "zh-Hans", "上海禾悦商贸有限公司", "GB18030 (GBK)"),
        ("big5", BIG5_TEXT, "zh-Hant", "臺北禾悅商貿有限公司", "Big5"),
        ("utf-16", GBK_TEXT, "zh-Hans", "上海禾悦商贸有限公司", "UTF-16"),  # Notepad's "Unicode", with its mark
    ],
)
def test_a_chinese_text_file_that_is_not_utf8_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, text: str, language: str, client: str, name: str
) -> None:
    path = tmp_path / "vendor-terms.txt"
    path.write_bytes(text.encode(encoding))
    code, doc = _extract_json(path, capsys)
    assert code == 0
    assert doc["language"] == language
    parties = {p["role"]: p["legal_name"] for p in doc["terms"]["parties"]}
    assert parties["client"] == client
    assert doc["terms"]["severity_levels"][0]["response"]["within"] == "2h"
    quote = doc["evidence"]["severity_levels[0].response"]
    assert "2小时内" in quote["quote"] or "2小時內" in quote["quote"]  # quoted as decoded, not as bytes
    assert (quote["line"], quote["column"]) == (3, 1)
    (note,) = [d for d in doc["diagnostics"] if d["code"] == "E103"]
    assert note["severity"] == "info" and note["message"].startswith(f"read as {name}")


def test_a_utf8_file_gets_no_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "vendor-terms.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GBK_TEXT.encode("utf-8"))  # with Notepad's byte-order mark
    code, doc = _extract_json(path, capsys)
    assert code == 0
    assert doc["terms"]["parties"][0]["legal_name"] == "上海禾悦商贸有限公司"
    assert not [d for d in doc["diagnostics"] if d["code"] == "E103"]


def test_lint_reads_a_gbk_text_file_and_points_at_the_decoded_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "承诺.txt"
    path.write_bytes("售后服务承诺\n乙方接到报修后及时响应，尽快解决。\n".encode("gbk"))
    code = main(["lint", str(path), "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    by_code = {d["code"]: d for d in found["diagnostics"]} if isinstance(found, dict) else {d["code"]: d for d in found}
    assert by_code["E103"]["severity"] == "info"
    vague = [d for d in (found["diagnostics"] if isinstance(found, dict) else found) if d["code"].startswith("V")]
    assert vague, found
    first = min(vague, key=lambda d: (d["line"], d["column"]))
    line = "乙方接到报修后及时响应，尽快解决。"
    assert first["line"] == 2 and line[first["column"] - 1 : first["column"] + 1] == "及时"
    assert code == 1  # warnings
