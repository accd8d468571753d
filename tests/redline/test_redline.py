"""termsmith redline: tracked changes in one DOCX. Accepting every change gives the new agreement
paragraph for paragraph (numbers included), rejecting every change the old one; Chinese changes
are characters, English words; LibreOffice opens it; the bytes repeat; a clause-library change
is shown the same way; the HTML/PDF view marks insertions and deletions."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from functools import cache
from pathlib import Path

import pytest
from libreoffice import convert_to_pdf, pdf_text, squeeze
from revisions import W, resolve
from word_numbers import numbered_paragraphs

from termsmith.assembly.builder import build
from termsmith.cli import main
from termsmith.document.model import Document
from termsmith.redline.docx import render_redline_docx
from termsmith.redline.html import render_redline_html
from termsmith.rendering import render_docx
from termsmith.validation import validate_path

REPO = Path(__file__).resolve().parents[2]
ZH = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
EN = REPO / "samples" / "business-system-support.en.yaml"
ZH_EDITS = (
    ("      response: 30m\n", "      response: 2h\n"),
    ("    length: 12 months\n", "    length: 6 months\n"),
    ("        amount: 6000.00 CNY\n", "        amount: 7200.00 CNY\n"),
    ("    source_code_owner: client\n", "    source_code_owner: vendor\n"),
    ("    cap: 10%\n", "    cap: 20%\n"),
    (
        "  reporting:\n    cadence: monthly\n    contents: [报修数量, 平均响应时间, 问题解决率, 系统可用率]\n"
        "    satisfaction_survey: quarterly\n    complaint_response_within: 1h\n",
        "",
    ),  # no reports: an article fewer
)


def edited(source: Path, edits: tuple[tuple[str, str], ...], folder: Path) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = folder / f"new-{source.name}"
    path.write_text(text, encoding="utf-8")
    return path


def document(path: Path, library: list[Path] | None = None) -> Document:
    result = validate_path(path)
    assert result.ok, result.diagnostics
    return build(result.document, library=library).document


def shown(docx: bytes) -> list[str]:
    return [text for _, text in numbered_paragraphs(docx)]


@cache
def _pair(lang: str, folder: str) -> tuple[Document, Document]:
    source = ZH if lang == "zh" else EN
    edits = (
        ZH_EDITS
        if lang == "zh"
        else (
            ("      response: 1h\n", "      response: 4h\n"),
            ("    convenience_notice: 90 days\n", "    convenience_notice: 60 days\n"),
        )
    )
    return document(source), document(edited(source, edits, Path(folder)))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("redline"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_accept_all_gives_the_new_and_reject_all_the_old_agreement(lang: str, folder: str) -> None:
    old, new = _pair(lang, folder)
    redline = render_redline_docx(old, new)
    assert shown(resolve(redline, "ins")) == shown(render_docx(new))
    assert shown(resolve(redline, "del")) == shown(render_docx(old))


def _changes(redline: bytes) -> list[tuple[str, str]]:
    xml = etree_document(redline)
    out = []
    for el in xml.iter(W + "ins", W + "del"):
        if el.getparent().tag == W + "rPr" or el.getparent().tag == W + "trPr":
            continue
        out.append((el.tag[len(W) :], "".join(t.text or "" for t in el.iter(W + "t", W + "delText"))))
    return out


def etree_document(docx: bytes):
    from lxml import etree

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml"))


def test_chinese_changes_are_characters_and_renumbered_articles_are_no_change(folder: str) -> None:
    old, new = _pair("zh", folder)
    changes = _changes(render_redline_docx(old, new))
    assert ("del", "30分钟") in changes and ("ins", "2小时") in changes
    assert ("del", "12") in changes and ("ins", "6") in changes
    assert ("del", "甲") in changes and ("ins", "乙") in changes
    # the reports article (14) is deleted whole; the later ones move up without a tracked number
    assert ("del", "服务报告") in changes
    assert not any(re.search(r"第[一二三四五六七八九十]+条", text) for _, text in changes)
    assert shown(render_docx(old)).index("第十五条 服务费抵扣") > 0
    assert "第十四条 服务费抵扣" in shown(resolve(render_redline_docx(old, new), "ins"))


def test_english_changes_are_words(folder: str) -> None:
    changes = _changes(render_redline_docx(*_pair("en", folder)))
    assert ("del", "1 hour") in changes and ("ins", "4 hours") in changes
    assert ("del", "90") in changes and ("ins", "60") in changes
    assert all(not re.search(r"[A-Za-z]", t) or re.fullmatch(r"[\w ,.()'%-]+", t) for _, t in changes)


def test_revisions_name_termsmith_and_a_reproducible_date(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = _pair("zh", folder)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render_redline_docx(old, new)
    assert render_redline_docx(old, new) == first
    revisions = [el for el in etree_document(first).iter(W + "ins", W + "del")]
    assert {el.get(W + "author") for el in revisions} == {"termsmith"}
    assert {el.get(W + "date") for el in revisions} == {"2026-01-18T00:00:00Z"}  # the newer spec's signing date
    assert len({el.get(W + "id") for el in revisions}) == len(revisions)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    dated = render_redline_docx(old, new)
    assert {el.get(W + "date") for el in etree_document(dated).iter(W + "ins")} == {"2026-01-01T00:00:00Z"}


def test_libreoffice_opens_the_redline_and_shows_both_versions(folder: str, tmp_path: Path) -> None:
    old, new = _pair("zh", folder)
    text = squeeze(pdf_text(convert_to_pdf(render_redline_docx(old, new), tmp_path, "redline")))
    assert "收到报修后30分钟2小时（7×24小时）内响应" in text  # deletion and insertion both shown
    assert "第十四条]服务报告" in text  # the deleted article, shown struck through with its number
    accepted = squeeze(pdf_text(convert_to_pdf(resolve(render_redline_docx(old, new), "ins"), tmp_path, "accepted")))
    assert squeeze("第十四条服务费抵扣") in accepted and "服务报告" not in accepted


def test_a_clause_library_change_is_a_redline_of_the_same_spec(tmp_path: Path) -> None:
    library = tmp_path / "lib" / "clauses"
    library.mkdir(parents=True)
    clause = (REPO / "clauses" / "free-maintenance.yaml").read_text(encoding="utf-8")
    assert "免费维护期" in clause
    changed = clause.replace("免费维护期", "质保期")
    (library / "free-maintenance.yaml").write_text(changed, encoding="utf-8")
    old = document(ZH)
    new = document(ZH, library=[tmp_path / "lib"])
    assert "质保期" in "".join(shown(render_docx(new)))
    redline = render_redline_docx(old, new)
    changes = _changes(redline)
    assert ("del", "免费维护") in changes and ("ins", "质保") in changes
    assert shown(resolve(redline, "ins")) == shown(render_docx(new))
    assert shown(resolve(redline, "del")) == shown(render_docx(old))
    out = tmp_path / "lib.redline.docx"
    assert main(["redline", str(ZH), "--library-new", str(tmp_path / "lib"), "-o", str(out)]) == 0
    assert _changes(out.read_bytes()) == changes


def test_html_view_underlines_insertions_and_strikes_deletions(folder: str) -> None:
    page = render_redline_html(*_pair("zh", folder))
    assert "<del>30分钟</del><ins>2小时</ins>" in page
    assert "text-decoration: underline" in page and "text-decoration: line-through" in page


def test_cli_writes_docx_html_pdf_and_refuses_bad_input(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_spec = edited(ZH, ZH_EDITS, tmp_path)
    for suffix in ("docx", "html", "pdf"):
        out = tmp_path / f"r.{suffix}"
        assert main(["redline", str(ZH), str(new_spec), "-o", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        ZH.read_text(encoding="utf-8").replace("      response: 30m\n", "      response: 30\n", 1), encoding="utf-8"
    )
    assert main(["redline", str(ZH), str(broken), "-o", str(tmp_path / "x.docx")]) == 2
    assert "broken.yaml:" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.parametrize(
    "sample", ["retail-app-maintenance.bilingual.yaml", "company-website-maintenance.zh-Hant.yaml"]
)
@pytest.mark.parametrize("kind", ["agreement", "quote"])
def test_accept_and_reject_in_bilingual_and_traditional_chinese(sample: str, kind: str, tmp_path: Path) -> None:
    source = REPO / "samples" / sample
    text = re.sub(
        r"response: (\d+)([mh])\n",
        lambda m: f"response: {int(m.group(1)) * 2}{m.group(2)}\n",
        source.read_text(encoding="utf-8"),
        count=2,
    )
    # every 12-month length: the term may not be shorter than the free maintenance period (S200)
    text = text.replace("    length: 12 months\n", "    length: 9 months\n")
    changed = tmp_path / sample
    changed.write_text(text, encoding="utf-8")
    old = build(validate_path(source).document, kind=kind).document
    new = build(validate_path(changed).document, kind=kind).document
    redline = render_redline_docx(old, new)
    assert shown(resolve(redline, "ins")) == shown(render_docx(new))
    assert shown(resolve(redline, "del")) == shown(render_docx(old))
    if kind == "agreement":
        assert _changes(redline)


def test_redline_bytes_repeat_across_processes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    new_spec = edited(ZH, ZH_EDITS, tmp_path)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"r{seed}.docx"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "termsmith", "redline", str(ZH), str(new_spec), "-o", str(out)],
            check=True,
            capture_output=True,
            env=env,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_untouched_cross_references_stay_ref_fields_to_the_new_articles(folder: str) -> None:
    old, new = _pair("zh", folder)
    xml = etree_document(render_redline_docx(old, new))
    bookmarks = {b.get(W + "name") for b in xml.iter(W + "bookmarkStart")}
    refs = [i.text.split()[1] for i in xml.iter(W + "instrText") if i.text.strip().startswith("REF")]
    assert len(refs) > 10 and set(refs) <= bookmarks
    for instr in xml.iter(W + "instrText"):  # no field sits inside a tracked change
        assert instr.getparent().getparent().tag == W + "p"
