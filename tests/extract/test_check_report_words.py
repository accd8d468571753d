"""A vendor's document checked in Chinese reads in Chinese: the spec's choices the document
states (channel kinds, start events, fee periods) are worded from the clause library's labels,
never shown as the spec's identifiers ("on-site", "go-live")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termsmith.cli import main

VENDOR = """甲方（委托方）：福州海岸贸易有限公司
乙方（服务方）：厦门蓝鲸软件有限公司
一、乙方通过电话、电子邮件和现场服务为甲方提供支持。
二、免费维护期为十二个月，自系统上线之日起计算。
"""


@pytest.mark.parametrize(
    ("lang", "words", "identifiers"),
    [
        ("zh-Hans", ["电话", "电子邮件", "现场"], ["on-site", "phone", "email", "go-live"]),
        ("en", ["phone", "email", "on-site"], ["电话", "现场"]),
    ],
)
def test_the_report_words_the_vendors_choices_in_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: list[str], identifiers: list[str]
) -> None:
    doc = tmp_path / "vendor.txt"
    doc.write_text(VENDOR, encoding="utf-8")
    main(["check", str(doc), "--lang", lang, "--format", "md", "--no-clauses"])
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| channels-three"))
    cells = [c.strip() for c in row.split("|")]
    vendor_cell = cells[5]
    for word in words:
        assert word in vendor_cell.lower(), (word, row)
    for identifier in identifiers:
        assert identifier not in vendor_cell, (identifier, row)


# A vendor's agreement with the parties the other way round: the vendor is 甲方 here.
REVERSED = """甲方（服务方）：厦门蓝鲸软件有限公司
乙方（委托方）：福州海岸贸易有限公司
一、本系统源代码的知识产权归甲方所有，乙方仅享有使用权。
二、免费维护期为十二个月，自系统上线之日起计算。
"""


@pytest.mark.parametrize(
    ("lang", "vendor_word", "requirement"),
    [("zh-Hans", "供应商", "源代码归客户所有"), ("zh-Hant", "供應商", "原始碼歸客戶所有"), ("en", "Vendor", None)],
)
def test_a_reversed_agreement_reads_as_client_and_vendor_never_as_its_own_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, vendor_word: str, requirement: str | None
) -> None:
    """The report says the *vendor* owns the source code, where the document says 甲方: a
    report that answered "乙方" (our agreements' word for the vendor) would name the client."""
    doc = tmp_path / "reversed.txt"
    doc.write_text(REVERSED, encoding="utf-8")
    code = main(["check", str(doc), "--lang", lang, "--format", "md", "--no-clauses"])
    out = capsys.readouterr().out
    assert code == 1  # the must-requirement on source ownership fails
    row = next(line for line in out.splitlines() if line.startswith("| client-owns-source"))
    cells = [c.strip() for c in row.split("|")]
    assert cells[5] == vendor_word, row
    if requirement:
        assert cells[3] == requirement, row
    assert not any(w in cell for cell in cells[1:7] for w in ("甲方", "乙方")), row  # the quote keeps them
    assert "归甲方所有" in cells[7]  # the evidence is quoted as the document words it
    assert "厦门蓝鲸软件有限公司" in out  # named as the vendor in the header


@pytest.mark.parametrize(
    ("fmt", "lang", "expected"),
    [
        ("text", "zh-Hans", "供应商: 协议中未写明"),
        ("md", "zh-Hant", "供應商: 協議中未寫明"),
        ("html", "en", "Vendor: not named in the agreement"),
    ],
)
def test_a_document_naming_no_vendor_is_not_given_its_file_name_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, lang: str, expected: str
) -> None:
    """A page of service promises with no party named: the header says so, rather than calling
    the vendor "promises" after the file; the matrix column still needs a label and takes the file's."""
    doc = tmp_path / "promises.txt"
    doc.write_text("售后服务承诺\n一、免费维护期为十二个月，自系统上线之日起计算。\n", encoding="utf-8")
    main(["check", str(doc), "--lang", lang, "--format", fmt, "--no-clauses"])
    out = capsys.readouterr().out
    assert expected in out, out[:600]
    assert f"{expected.split(':')[0]}: promises" not in out
    main(["check", str(doc), "--format", "json", "--no-clauses"])
    assert json.loads(capsys.readouterr().out)["specs"][0]["vendor"] is None
