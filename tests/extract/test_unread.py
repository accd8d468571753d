"""Terms stated but not read (issue 12: "not stated" must mean the document is silent). A term the document addresses
in a layout the readers do not read — a level's time as 处理不超过4小时 with no level table, a fee on a bare
'季度结算 9000元' line, 'pays USD 1,200 for each quarter' — is reported with the places that address it (`unread`),
not as "not stated": in JSON, md, html, the draft spec's TODO comments and `check` verdicts. A document that says
nothing, and a template whose values are blanks, stay "not stated"."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from extract_support import extract_json

from termsmith.cli import main
from tests.extract.conftest import write_docx

_ZH = [
    "技术服务协议",
    "一、服务内容",
    "乙方为甲方提供系统维护服务。",
    "二、故障处理",
    "乙方对一级故障的处理不超过4小时，二级故障不超过8小时。",
    "三、维护费用",
    "季度结算 9000元",
]
_EN = [
    "Support Terms",
    "The Provider maintains the Customer's system.",
    "Fees. The Customer pays USD 1,200 for each quarter in advance, which covers the services.",
]


@pytest.fixture()
def zh_docx(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "vendor.docx", _ZH)


def _pdf(tmp_path: Path, lines: list[str]) -> Path:
    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    path = tmp_path / "vendor.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    return path


def test_docx_json_points_at_the_places(zh_docx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = extract_json(zh_docx, capsys)
    assert "severity_levels" not in doc["terms"] and "fees" not in doc["terms"]
    assert doc["unread"]["severity_levels"] == [{"quote": _ZH[4], "page": None, "paragraph": 5, "line": 5, "column": 1}]
    assert doc["unread"]["fees"][0]["quote"] == "季度结算 9000元" and doc["unread"]["fees"][0]["paragraph"] == 7
    assert "severity_levels" not in doc["not_stated"] and "fees" not in doc["not_stated"]
    assert "disputes.governing_law" in doc["not_stated"] and "disputes.governing_law" not in doc["unread"]


def test_pdf_pointer_has_its_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = extract_json(_pdf(tmp_path, _EN), capsys)
    assert "fees" not in doc["terms"] and "fees" not in doc["not_stated"]
    place = doc["unread"]["fees"][0]
    assert place["page"] == 1 and place["paragraph"] == 3
    assert place["quote"].startswith("The Customer pays USD 1,200")


def test_md_and_html_list_the_places(zh_docx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(zh_docx), "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert "**Stated but not read — check by hand:**" in md
    assert "- `severity_levels` — ¶ 5, line 5:1: “乙方对一级故障的处理不超过4小时" in md
    assert main(["extract", str(zh_docx), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "Stated but not read — check by hand" in page and "<code>fees</code> — ¶ 7" in page


def test_html_escapes_the_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = write_docx(tmp_path / "v.docx", ["维护费用", "季度结算 9000元 <script>x</script>"])
    assert main(["extract", str(file), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<script>x" not in page and "&lt;script&gt;x" in page


def test_draft_todo_quotes_the_place_and_validate_still_reports_it(
    zh_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(zh_docx), "--format", "yaml", "-o", str(draft)]) == 0
    text = draft.read_text(encoding="utf-8")
    assert (
        "id: TODO  # TODO: the document addresses this at paragraph 5: «乙方对一级故障的处理不超过4小时，二级故障不超过8小时。»"
        " — termsmith could not read a value there" in text
    )
    assert "the document addresses this at paragraph 7: «季度结算 9000元»" in text
    capsys.readouterr()
    assert main(["validate", str(draft), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    lines = {d["line"] for d in report["diagnostics"] if d["code"] == "S300"}
    todo_line = next(i for i, line in enumerate(text.splitlines(), 1) if "paragraph 5: «" in line)
    assert todo_line in lines


@pytest.mark.parametrize(
    ("lang", "verdict", "where"),
    [
        ("zh-Hans", "已写明但未能读取", "请人工核对：第5段"),
        ("zh-Hant", "已寫明但未能讀取", "請人工核對：第5段"),
        ("en", "stated, not read", "see para. 5"),
    ],
)
def test_check_gives_the_verdict_with_the_place(
    zh_docx: Path, lang: str, verdict: str, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(zh_docx), "--lang", lang, "--format", "json"])
    assert code == 1  # a must-requirement on a term not read blocks, as "not stated" does
    report = json.loads(capsys.readouterr().out)
    rows = {r["id"]: r for r in report["specs"][0]["results"]}
    row = rows["emergency-response"]
    assert row["verdict"] == "stated not read" and row["verdict_text"] == verdict and row["vendor"] is None
    assert row["clause"].startswith(where) and row["evidence"]["paragraph"] == 5
    assert rows["client-owns-source"]["verdict"] == "not stated"
    assert main(["check", str(zh_docx), "--lang", lang, "--width", "160"]) == 1
    assert verdict in capsys.readouterr().out


def test_check_matrix_and_html_show_the_verdict(
    tmp_path: Path, zh_docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = _pdf(tmp_path, _EN)
    assert main(["check", str(zh_docx), str(pdf), "--lang", "en", "--width", "160"]) == 1
    out = capsys.readouterr().out
    assert "stated, not read" in out and "see p. 1, para. 3" in out
    assert main(["check", str(zh_docx), "--lang", "en", "--format", "html"]) == 1
    assert 'class="verdict v-stated-not-read"' in capsys.readouterr().out


def test_a_silent_document_is_not_stated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = extract_json(write_docx(tmp_path / "v.docx", ["技术服务协议", "乙方为甲方提供系统维护服务。"]), capsys)
    assert doc["unread"] == {} and "severity_levels" in doc["not_stated"] and "fees" in doc["not_stated"]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "二、故障处理",
            "乙方对一级故障的处理不超过____小时，二级故障不超过【】小时。",
            "三、维护费用",
            "季度结算 ____元",
        ],
        ["二、故障處理", "乙方對一級故障的處理不超過XXX小時。", "三、維護費用", "季度結算 ＿＿＿元"],
        ["Fees. The Customer pays USD ____ for each quarter in advance.", "Severity 1 issues are handled in __ hours."],
    ],
)
def test_a_blank_template_stays_not_stated(
    tmp_path: Path, lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = extract_json(write_docx(tmp_path / "v.docx", lines), capsys)
    assert doc["unread"] == {}
    assert "severity_levels" in doc["not_stated"] and "fees" in doc["not_stated"]


def test_traditional_script_is_pointed_at_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = extract_json(
        write_docx(tmp_path / "v.docx", ["二、故障處理", "乙方對一級故障的處理不超過4小時，二級故障不超過8小時。"]),
        capsys,
    )
    assert doc["language"] == "zh-Hant" and doc["unread"]["severity_levels"][0]["paragraph"] == 2
    assert "severity_levels" not in doc["not_stated"]
