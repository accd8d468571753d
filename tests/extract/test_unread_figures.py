"""The figures termsmith did not read (termsmith.extract.unread): a level's row in a layout no reader knows is listed
with its place, in every output of `extract` and `check`; a figure that was read, a date, a phone number, a blank and
a clause number are not, nor a figure about no service term (a notice period, an invoice deadline, a definition) or
one restated in prose; a document whose every figure was read shows no such section. Own wording."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest
from extract_support import docx_table, extract_json

from termsmith.cli import main
from termsmith.extract.readers import read_document

_HEAD = [
    "软件维护服务协议",
    "甲方：北京某某科技有限公司",
    "乙方：上海某某软件有限公司",
    "第一条 本协议自2025年3月1日起生效，联系电话：010-12345678。",  # a date and a phone number
    "第二条 维护费用为每年人民币6000元。",  # read: a fee
    "第三条 乙方联系人：____，地址：北京市海淀区中关村大街1号。",  # a blank and an address
]
_ROWS = [("事项", "说明"), ("甲类事项", "乙方须两小时内派员，次日内处理完毕"), ("乙类事项", "乙方须五个工作日内答复")]
_TAIL = "第4.2条 本协议一式两份。"  # a clause number

# one text per language: a level's row the readers do not read (with markup to escape), a fee they do
TEXTS = {
    "zh-Hans": [
        *_HEAD[:5],
        "甲类事项 | 乙方须两小时内派员 <b>须知</b>",
        "乙类事项 | 乙方须五个工作日内答复",
        _HEAD[5],
        _TAIL,
    ],
    "zh-Hant": [
        "軟體維護服務合約",
        "甲方：臺北某某科技股份有限公司",
        "乙方：新竹某某資訊股份有限公司",
        "第一條 本合約自2025年3月1日起生效，聯絡電話：02-12345678。",
        "第二條 維護費用為每年新臺幣6000元。",
        "甲類事項 | 乙方須兩小時內派員 <b>須知</b>",
        "乙類事項 | 乙方須五個工作日內答覆",
    ],
    "en": [
        "Software Maintenance Agreement",
        "Provider: Acme Software Ltd",
        "Customer: Beta Trading Ltd",
        "1. This Agreement starts on 1 March 2025. Call us on 555-0100.",
        "2. The maintenance fee is USD 6,000 per year.",
        "Class A matters | staff on site in 3 hours <b>& more</b>",
    ],
}
# figures about no service term, after the row (its paragraph stays 6): no place of the list in any output
OFF_SUBJECT = {
    "zh-Hans": [
        "第五条 任何一方解除本协议，须提前三十日书面通知对方。",
        "第六条 甲方应在收到发票后十五个工作日内支付维护费。",
        "第七条 本协议所称“工作日”是指每周一至周五的8小时工作时间。",
    ],
    "zh-Hant": [
        "第五條 任何一方終止本合約，應提前三十日以書面通知他方。",
        "第六條 甲方應於收到發票後十五個工作日內支付維護費。",
        "第七條 本合約所稱「工作日」係指每週一至週五的8小時工作時間。",
    ],
    "en": [
        "3. Either party may terminate this Agreement on 30 days' written notice.",
        "4. Invoices are payable within 15 business days of the invoice date.",
        '5. "Business Day" means a period of 8 hours between 9 am and 5 pm on a weekday.',
    ],
}
for _lang, _lines in OFF_SUBJECT.items():
    TEXTS[_lang] = [*TEXTS[_lang], *_lines]
UNREAD_ROW = {
    "zh-Hans": "甲类事项 | 乙方须两小时内派员",
    "zh-Hant": "甲類事項 | 乙方須兩小時內派員",
    "en": "Class A matters",
}
HEADING = {
    "zh-Hans": "termsmith 未能读取的数字——请人工核对",
    "zh-Hant": "termsmith 未能讀取的數字——請人工核對",
    "en": "Figures termsmith did not read — check these by hand",
}
CHECK_LINE = {
    "zh-Hans": "本协议中有 1 处数字 termsmith 未能读取（第6段），相关条目的“未约定”结论可能有误",
    "zh-Hant": "本協議中有 1 處數字 termsmith 未能讀取（第6段），相關條目的「未約定」結論可能有誤",
    "en": "termsmith did not read the figures at these places of this document: ¶6 (1 in all) — a verdict 'not stated'",
}
DRAFT_PLACE = {"zh-Hans": "（第6段）", "zh-Hant": "（第6段）", "en": "(¶6)"}
FULLY_READ = [
    "Software Maintenance Agreement",
    "Provider: Acme Software Ltd",
    "Customer: Beta Trading Ltd",
    "The maintenance fee is USD 6,000 per year.",
    "Critical issues: response within 2 hours.",
]


def _docx(tmp_path: Path) -> Path:
    return docx_table(tmp_path, _HEAD, _ROWS, [_TAIL], name="vendor.docx")


def _pdf(tmp_path: Path) -> Path:
    import weasyprint

    head = "".join(f"<p>{html.escape(line)}</p>" for line in _HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in _ROWS)
    body = f'{head}<table style="page-break-before: always">{rows}</table><p>{html.escape(_TAIL)}</p>'
    path = tmp_path / "vendor.pdf"
    page = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    weasyprint.HTML(string=page).write_pdf(str(path))
    return path


def _text(tmp_path: Path, lines: list[str], name: str = "vendor.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _only_the_row(found: dict[str, Any], path: Path) -> dict[str, Any]:
    """The one listed place, checked to be the unread row at the paragraph the reader gives it."""
    listed = found["unread_figures"]
    assert len(listed) == 1, listed  # not the fee read, the date, the phone number, the blank, the clause number
    (place,) = listed
    assert place["quote"].startswith("甲类事项") and "两小时" in place["quote"]
    assert place["kinds"] == ["duration"]
    row = next(p for p in read_document(path).paragraphs if p.text.startswith("甲类事项"))
    assert place["paragraph"] == row.number
    assert found["terms"]["fees"]["recurring"][0]["amount"] == "6000.00 CNY"  # read, so not listed
    return dict(place)


def test_a_docx_level_row_not_read_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _docx(tmp_path)
    place = _only_the_row(extract_json(path, capsys), path)
    assert place["page"] is None and place["column"] == 1


def test_a_pdf_level_row_not_read_is_listed_with_its_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _pdf(tmp_path)
    place = _only_the_row(extract_json(path, capsys), path)
    assert place["page"] == 2


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_notice_an_invoice_deadline_and_a_definition_are_not_listed(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = extract_json(_text(tmp_path, TEXTS[lang]), capsys)
    assert [p["paragraph"] for p in found["unread_figures"]] == [6], found["unread_figures"]  # the level's row only
    assert UNREAD_ROW[lang] in found["unread_figures"][0]["quote"]


def test_a_restated_figure_is_listed_once_a_table_row_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        *TEXTS["en"][:5],
        "Class A matters | staff on site in 3 hours",
        "Our engineers are usually with you in 3 hours.",  # the row's figure again, in prose: a restatement
        "Class C matters | staff on site in 3 hours",  # another row with the same figure: a fact of its own
    ]
    found = extract_json(_text(tmp_path, lines), capsys)
    quotes = [p["quote"] for p in found["unread_figures"]]
    assert len(quotes) == 2 and quotes[0].startswith("Class A") and quotes[1].startswith("Class C"), quotes


def test_json_keeps_version_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(_text(tmp_path, FULLY_READ)), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["version"] == 1 and out["documents"][0]["unread_figures"] == []


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_markdown_html_and_draft_show_the_row(lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _text(tmp_path, TEXTS[lang])
    assert main(["extract", str(path), "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert f"### {HEADING[lang]}" in md
    section = md.split(HEADING[lang], 1)[1].replace("\\|", "|")
    assert UNREAD_ROW[lang] in section and "6000" not in section and "6,000" not in section
    assert main(["extract", str(path), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert HEADING[lang] in page and "<b>" not in page and "&lt;b&gt;" in page
    assert main(["extract", str(path), "--format", "yaml"]) == 0
    draft = capsys.readouterr().out
    block = draft.split(f"# {HEADING[lang]}:", 1)[1]
    assert UNREAD_ROW[lang] in block and DRAFT_PLACE[lang] in block  # the place in the block's language
    assert all(line.startswith("#") for line in block.strip().splitlines())  # a comment: the YAML is unchanged


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_check_says_where_a_not_stated_may_be_wrong(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _text(tmp_path, TEXTS[lang])
    other = _text(tmp_path, FULLY_READ, "other.txt")
    main(["check", str(path), "--no-clauses", "--lang", lang])
    text = capsys.readouterr().out
    main(["check", str(path), "--no-clauses", "--lang", lang, "--format", "json"])
    verdicts = [r["verdict"] for r in json.loads(capsys.readouterr().out)["specs"][0]["results"]]
    assert "".join(CHECK_LINE[lang].split()) in "".join(text.split())  # the line may wrap to a terminal
    for fmt in ("md", "html"):
        main(["check", str(path), "--no-clauses", "--lang", lang, "--format", fmt])
        out = capsys.readouterr().out
        assert CHECK_LINE[lang].replace("'", "&#39;" if fmt == "html" else "'") in out.replace("\\", "")
    main(["check", str(path), "--no-clauses", "--lang", lang, "--format", "json"])
    spec = json.loads(capsys.readouterr().out)["specs"][0]
    assert [r["verdict"] for r in spec["results"]] == verdicts  # no verdict changes
    assert spec["unread_figures"][0]["paragraph"] == 6 and CHECK_LINE[lang] in spec["unread_figures_text"]
    # several vendors: one line for the document with unread figures, none for the one fully read
    for fmt in ("text", "md", "html", "json"):
        main(["check", str(path), str(other), "--no-clauses", "--lang", lang, "--format", fmt])
        out = capsys.readouterr().out
        assert out.count("termsmith 未能") + out.count("termsmith did not read") == 1, fmt


def test_a_document_fully_read_shows_no_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _text(tmp_path, FULLY_READ)
    outputs = []
    for fmt in ("md", "html", "yaml"):
        assert main(["extract", str(path), "--format", fmt]) == 0
        outputs.append(capsys.readouterr().out)
    for fmt in ("text", "md", "html"):
        main(["check", str(path), "--no-clauses", "--lang", "en", "--format", fmt])
        outputs.append(capsys.readouterr().out)
    assert not any("did not read" in out for out in outputs)
