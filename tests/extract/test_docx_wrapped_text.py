"""Word text that python-docx's ``Paragraph.text`` and ``Table.rows`` do not see: tracked
changes, content controls, smart tags, fields, nested tables, merged cells, text boxes.

Each document is written the way Word writes it (the XML below follows what Word 2016+
saves for a tracked insertion, a rich-text content control, and so on), then read back
through ``termsmith extract`` / ``termsmith lint`` as a client would.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from termsmith.cli import main
from termsmith.extract.readers import read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def deleted(text: str) -> str:
    return f'<w:del w:id="1" w:author="Vendor" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>{text}</w:delText></w:r></w:del>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="2" w:author="Client" w:date="2026-01-02T00:00:00Z">{run(text)}</w:ins>'


def control(inner: str) -> str:
    """A content control (what Word templates put around a blank)."""
    return f'<w:sdt {W}><w:sdtPr><w:alias w:val="blank"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def paragraph(inner: str) -> str:
    return f"<w:p {W} {MC}>{inner}</w:p>"


def cell(inner: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{inner}</w:p></w:tc>"


def row(cells: str) -> str:
    return f"<w:tr>{cells}</w:tr>"


def table(rows: list[str]) -> str:
    return f"<w:tbl {W}><w:tblPr/><w:tblGrid/>" + "".join(rows) + "</w:tbl>"


def write(path: Path, blocks: list[str]) -> Path:
    """A .docx whose body holds ``blocks`` (paragraph or table XML) in order."""
    document = docx.Document()
    body = document.element.body
    for xml in blocks:
        body.insert(len(body) - 1, parse_xml(xml))  # before the final w:sectPr
    document.save(str(path))
    return path


def texts(path: Path) -> list[str]:
    return [p.text for p in read_document(path).paragraphs]


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    doc = write(
        tmp_path / "tracked.docx",
        [
            paragraph(run("紧急故障：乙方应在接到报修后") + deleted("48") + inserted("2") + run("小时内响应。")),
            paragraph(
                run("Severity 1: response within ")
                + '<w:moveFrom w:id="3" w:author="A" w:date="2026-01-01T00:00:00Z">'
                + run("8 hours")
                + "</w:moveFrom>"
                + '<w:moveTo w:id="4" w:author="A" w:date="2026-01-01T00:00:00Z">'
                + run("1 hour")
                + "</w:moveTo>"
                + run(".")
            ),
        ],
    )
    assert texts(doc) == ["紧急故障：乙方应在接到报修后2小时内响应。", "Severity 1: response within 1 hour."]


def test_content_controls_smart_tags_fields_and_hyperlinks_keep_their_text(tmp_path: Path) -> None:
    doc = write(
        tmp_path / "template.docx",
        [
            paragraph(run("免费维护期为") + control(run("十二个月")) + run("，自验收合格之日起计算。")),
            control(paragraph(run("第五条 知识产权"))),  # a control around a whole paragraph
            paragraph(
                '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
                + run("2026年1月1日")
                + "</w:smartTag>"
                + '<w:fldSimple w:instr=" DOCPROPERTY Vendor ">'
                + run("厦门蓝鲸软件有限公司")
                + "</w:fldSimple>"
                + '<w:hyperlink w:anchor="x">'
                + run("（见附件一）")
                + "</w:hyperlink>"
            ),
            paragraph(run("A") + "<w:r><w:tab/></w:r>" + run("B") + "<w:r><w:br/></w:r>" + run("C")),
        ],
    )
    assert texts(doc) == [
        "免费维护期为十二个月，自验收合格之日起计算。",
        "第五条 知识产权",
        "2026年1月1日厦门蓝鲸软件有限公司（见附件一）",
        "A\tB\nC",
    ]


def text_box(paragraphs: list[str], *, drawing: bool = True, fallback: bool = True) -> str:
    """A text box as Word 2010+ saves it: a drawing copy and a VML copy for old readers."""
    content = "<w:txbxContent>" + "".join(f"<w:p>{p}</w:p>" for p in paragraphs) + "</w:txbxContent>"
    choice = f'<mc:Choice Requires="wps"><w:drawing>{content}</w:drawing></mc:Choice>' if drawing else ""
    vml = f"<mc:Fallback><w:pict>{content}</w:pict></mc:Fallback>" if fallback else ""
    return f"<w:r><mc:AlternateContent>{choice}{vml}</mc:AlternateContent></w:r>"


def test_a_text_box_is_read_once_after_the_paragraph_that_anchors_it(tmp_path: Path) -> None:
    boxed = [run("服务承诺："), run("乙方在接到报修后2小时内响应。")]
    doc = write(
        tmp_path / "box.docx",
        [
            paragraph(run("第一条 服务内容") + text_box(["".join(boxed)])),
            paragraph(run("VML only") + text_box([run("old Word box")], drawing=False)),
            paragraph(run("nested") + text_box([run("outer") + text_box([run("inner")])])),
            paragraph(run("乙方应在4小时内到场。")),
        ],
    )
    assert texts(doc) == [
        "第一条 服务内容",
        "服务承诺：乙方在接到报修后2小时内响应。",
        "VML only",
        "old Word box",
        "nested",
        "outer",
        "inner",
        "乙方应在4小时内到场。",
    ]


def test_a_promise_made_in_a_text_box_is_extracted_and_linted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = write(
        tmp_path / "pledge.docx",
        [
            paragraph(run("甲方（委托方）：福州海岸贸易有限公司")),
            paragraph(run("乙方（服务方）：厦门蓝鲸软件有限公司")),
            paragraph(run("售后服务承诺") + text_box([run("故障报修：乙方应在接到报修后2小时内响应。")])),
            paragraph(run("其他问题乙方将") + run("尽快") + run("处理。")),
            paragraph(text_box([run("乙方应及时更新系统补丁。")])),
        ],
    )
    assert main(["extract", str(doc), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["documents"][0]
    assert [lv["response"]["within"] for lv in found["terms"]["severity_levels"]] == ["2h"]
    assert "2小时内响应" in found["evidence"]["severity_levels[0].response"]["quote"]

    main(["lint", str(doc), "--format", "json"])
    hits = json.loads(capsys.readouterr().out)["diagnostics"]
    assert sorted(h["extra"].get("term") for h in hits if h["extra"].get("term") in ("尽快", "及时")) == [
        "及时",
        "尽快",
    ]


def test_table_rows_see_controls_nested_tables_and_vertical_merges(tmp_path: Path) -> None:
    restart = '<w:vMerge w:val="restart"/>'
    doc = write(
        tmp_path / "sla.docx",
        [
            table(
                [
                    row(cell(run("级别")) + cell(run("响应时间")) + cell(run("解决时间"))),
                    row(cell(run("紧急"), restart) + cell(control(run("1小时"))) + cell(run("4小时"))),
                    row(cell("", "<w:vMerge/>") + cell(inserted("2小时")) + cell(run("4小时"))),
                    control(row(cell(run("一般")) + cell(run("8小时")) + cell(run("3个工作日")))),
                ]
            ),
            table(
                [
                    row(
                        cell(run("说明"))
                        + f"<w:tc><w:tcPr/>{table([row(cell(run('内')) + cell(run('表')))])}<w:p/></w:tc>"
                    )
                ]
            ),
        ],
    )
    assert texts(doc) == [
        "级别 | 响应时间 | 解决时间",
        "紧急 | 1小时 | 4小时",
        "紧急 | 2小时 | 4小时",  # the level's cell spans both rows: each row still names it
        "一般 | 8小时 | 3个工作日",  # a row inside a content control
        "说明 | 内 | 表",  # a table nested in a cell
    ]


def test_extract_and_lint_read_what_word_shows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write(
        tmp_path / "vendor.docx",
        [
            paragraph(run("甲方（委托方）：福州海岸贸易有限公司")),
            paragraph(run("乙方（服务方）：厦门蓝鲸软件有限公司")),
            paragraph(run("第二条 服务标准")),
            paragraph(run("紧急故障：乙方应在接到报修后") + deleted("48") + inserted("2") + run("小时内响应。")),
            paragraph(run("免费维护期为") + control(run("十二个月")) + run("，自系统上线之日起计算。")),
            paragraph(run("乙方应") + control(run("及时")) + run("处理甲方的其他要求。")),
        ],
    )
    assert main(["extract", str(doc), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["documents"][0]
    assert found["terms"]["free_maintenance"] == {"length": "12 months", "start_event": "go-live"}
    responses = [lv["response"]["within"] for lv in found["terms"]["severity_levels"]]
    assert responses == ["2h"]  # the tracked insertion, not the deleted 48
    assert found["evidence"]["free_maintenance.length"]["paragraph"] == 5

    main(["lint", str(doc), "--format", "json"])
    hits = [d for d in json.loads(capsys.readouterr().out)["diagnostics"] if d["extra"].get("term") == "及时"]
    assert [(h["extra"]["paragraph"], h["column"]) for h in hits] == [("6", 4)]


def test_a_text_box_saved_by_libreoffice_is_read_once(capsys: pytest.CaptureFixture[str]) -> None:
    """The same, on a file a word processor wrote rather than XML of ours: data/text-box.fodt
    converted by ``soffice --headless --convert-to docx`` (drawing copy and VML fallback)."""
    doc = Path(__file__).parent / "data" / "text-box.libreoffice.docx"
    assert texts(doc) == [
        "第一条 服务内容",
        "售后服务承诺如下：",
        "故障报修：乙方应在接到报修后2小时内响应。",
        "其他问题乙方将尽快处理。",
        "乙方应在4小时内到场。",
    ]
    main(["lint", str(doc), "--format", "json"])
    hits = [d for d in json.loads(capsys.readouterr().out)["diagnostics"] if d["extra"].get("term") == "尽快"]
    assert [h["extra"]["paragraph"] for h in hits] == ["4"]
