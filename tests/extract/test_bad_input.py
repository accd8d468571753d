"""Documents termsmith cannot read: a clear message with what to do, exit 1, no traceback,
bounded time and memory (sizes are checked before anything is unpacked or parsed)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from termsmith.cli import main
from tests.extract.conftest import write_docx


def _extract(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["extract", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def _blank_pdf(path: Path, pages: int) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_encrypted_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(tmp_path / "locked.pdf", "wb") as handle:
        writer.write(handle)
    code, err = _extract(tmp_path / "locked.pdf", capsys)
    assert code == 1 and "E003" in err and "password" in err and "help:" in err


def test_scanned_pdf_without_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _extract(_blank_pdf(tmp_path / "scan.pdf", 3), capsys)
    assert code == 1 and "E005" in err and "OCR" in err


def test_corrupt_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    code, err = _extract(tmp_path / "broken.pdf", capsys)
    assert code == 1 and "E004" in err


def test_500_page_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _extract(_blank_pdf(tmp_path / "bundle.pdf", 500), capsys)
    assert code == 1 and "E007" in err and "500 pages" in err


def test_old_word_doc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    code, err = _extract(tmp_path / "old.doc", capsys)
    assert code == 1 and "E002" in err and ".docx" in err
    # the same bytes named .docx are an encrypted Word file (Office encrypts into an OLE container)
    (tmp_path / "locked.docx").write_bytes((tmp_path / "old.doc").read_bytes())
    code, err = _extract(tmp_path / "locked.docx", capsys)
    assert code == 1 and "E003" in err


def test_zip_bomb_docx_is_refused_before_unpacking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = write_docx(tmp_path / "real.docx", ["甲方：某公司"])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(real) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        with target.open("word/media/huge.bin", "w", force_zip64=True) as handle:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(120):
                handle.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    code, err = _extract(bomb, capsys)
    assert code == 1 and "E006" in err


def test_not_a_docx_and_unknown_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "fake.docx").write_bytes(b"not a zip at all")
    code, err = _extract(tmp_path / "fake.docx", capsys)
    assert code == 1 and "E004" in err
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    (tmp_path / "other.docx").write_bytes(buffer.getvalue())
    code, err = _extract(tmp_path / "other.docx", capsys)
    assert code == 1 and "E004" in err and "word/document.xml" in err
    (tmp_path / "offer.pages").write_bytes(b"x")
    code, err = _extract(tmp_path / "offer.pages", capsys)
    assert code == 1 and "E001" in err


def test_text_in_no_chinese_encoding_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Neither UTF-8 nor GB18030 nor Big5 (here Latin-1, and bytes that are no text): refused, with the fix."""
    (tmp_path / "latin1.txt").write_bytes("Café support: we respond within 2 hours.".encode("latin-1"))
    code, err = _extract(tmp_path / "latin1.txt", capsys)
    assert code == 1 and "E001" in err and "iconv" in err and "0xe9" in err
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    code, err = _extract(tmp_path / "noise.txt", capsys)
    assert code == 1 and "E001" in err
    code, err = _extract(tmp_path / "nowhere.pdf", capsys)
    assert code == 1 and "E001" in err


def test_good_and_bad_together_report_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    good = write_docx(tmp_path / "good.docx", ["甲方（委托方）：某贸易公司", "乙方（服务方）：某软件公司"])
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    code = main(["extract", str(good), str(tmp_path / "old.doc")])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [d["format"] for d in out["documents"]] == ["docx", None]
    assert out["documents"][1]["diagnostics"][0]["code"] == "E002"


@pytest.mark.parametrize(
    ("lang", "says", "hint"),
    [
        ("zh-Hans", "这个 PDF 没有文字层（是扫描件或页面图片）", "请先做文字识别（OCR"),
        ("zh-Hant", "這個 PDF 沒有文字層（是掃描檔或頁面圖片）", "請先做文字辨識（OCR"),
        ("en", "this PDF has no text layer (a scan or images of pages)", "run OCR first"),
    ],
)
def test_a_check_report_says_why_a_document_is_unreadable_in_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, says: str, hint: str
) -> None:
    """A client who checks a scanned PDF in a Chinese report reads why, and what to do, in Chinese."""
    scan = _blank_pdf(tmp_path / "scan.pdf", 2)
    assert main(["check", str(scan), "--lang", lang, "--format", "md"]) == 1
    out = capsys.readouterr().out
    problem = next(line for line in out.splitlines() if "E005" in line)
    assert says in problem and hint in problem, problem
    if lang != "en":
        assert "scan or images" not in out  # nothing of the English message left in a Chinese report


def test_every_unreadable_document_problem_is_documented_in_three_languages() -> None:
    import string

    from termsmith.diagnostic_codes import all_codes
    from termsmith.extract.errors import _CATALOGUE, catalogue_keys

    for key in catalogue_keys():
        code, texts = _CATALOGUE[key]
        assert code in all_codes(), (key, code)
        assert set(texts) == {"en", "zh-Hans", "zh-Hant"}, key
        fields = {tuple(sorted(f for _, f, _, _ in string.Formatter().parse(m + h) if f)) for m, h in texts.values()}
        assert len(fields) == 1, (key, fields)  # every language fills the same fields


@pytest.mark.parametrize(
    ("name", "content"), [("empty.txt", b""), ("blank.md", b"\n  \n\t\n"), ("bare.html", b"<p> </p>")]
)
def test_a_text_file_without_text_is_refused_not_read_as_promising_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes
) -> None:
    (tmp_path / name).write_bytes(content)
    code, err = _extract(tmp_path / name, capsys)
    assert code == 1 and "E005" in err and "no text" in err
