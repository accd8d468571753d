"""The Typst PDF engine: the same Document, escaped as data, byte-stable, PDF/A with the spec attached."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from render_documents import agreement, hostile_document

from termsmith.document.model import Clause, Paragraph, Section
from termsmith.rendering import render_pdf, typst_setup

ROOT = Path(__file__).resolve().parents[2]

TYPST_MARKUP = [
    "#set text(fill: red)",
    '#panic("boom")',
    '#read("/etc/passwd")',
    "$x^2$",
    "*bold*",
    "_italic_",
    "@ref",
    "<label>",
    "]",
    "[",
    "\\",
    "// comment",
    "/* block",
    "`raw`",
    "```py print(1)```",
    "{{ 7*7 }}",
    "= heading",
    "- item",
    "+ enum",
    "~ nbsp",
    '"quoted"',
]


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"[\s\u200b]+", "", text)


def _with_paragraphs(*texts: str) -> object:
    base = agreement("en")
    clause = Clause(tuple(Paragraph(t, "en") for t in texts), None, "9.1", None)
    section = Section("hostile", {"en": "Article 9"}, {"en": "#strong[Hostile] $y$"}, (clause,))
    return replace(base, sections=(*base.sections, section), header_text="#set page(fill: red) header")


def test_typst_markup_in_spec_strings_prints_literally() -> None:
    data = render_pdf(_with_paragraphs(*TYPST_MARKUP), engine="typst")
    text = _squash(_text(data))
    for snippet in TYPST_MARKUP:
        assert _squash(snippet) in text, snippet
    assert _squash("#strong[Hostile] $y$") in text
    assert _squash("#set page(fill: red) header") in text
    assert "boom" not in text.replace('#panic("boom")', "")


def test_hostile_document_renders_with_typst() -> None:
    text = _squash(_text(render_pdf(hostile_document(), engine="typst")))
    assert "<script>alert('x')</script>" in text
    assert "{{7*7}}{%iftrue%}jinja{%endif%}" in text
    assert "ctrlcharshere" in text and "rtlevilmark" in text
    # the 5,000-letter word wraps at invisible break points instead of running off the page
    # (it spans pages, so the running header interrupts it in the extracted text)
    assert text.count("W") >= 5000


def test_footer_counts_pages_and_header_runs_on_every_page() -> None:
    data = render_pdf(agreement("zh-Hans", severity_rows=120), engine="typst")
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages > 2
    for number, page in enumerate(reader.pages, 1):
        text = _squash(page.extract_text())
        assert f"第{number}页共{pages}页" in text
    # the severity matrix repeats its header row on every page it spans
    header_pages = sum("响应时限" in _squash(p.extract_text()) for p in reader.pages)
    assert header_pages >= 2


def test_english_footer() -> None:
    data = render_pdf(agreement("en"), engine="typst")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


@pytest.mark.parametrize(("lang", "face"), [("zh-Hans", "CJKsc"), ("zh-Hant", "CJKtc")])
def test_chinese_uses_the_regional_glyph_forms(lang: str, face: str, tmp_path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(render_pdf(agreement(lang), engine="typst"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert face in fonts
    assert "CJKjp" not in fonts and "CJKkr" not in fonts


def test_same_document_same_bytes_across_processes() -> None:
    code = (
        "import sys, hashlib; sys.path.insert(0, 'tests/rendering');"
        "from render_documents import agreement; from termsmith.rendering import render_pdf;"
        "print(hashlib.sha256(render_pdf(agreement('zh-Hans'), engine='typst')).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin", "TZ": tz},
        ).stdout.strip()
        for seed, tz in ((1, "UTC"), (2, "Asia/Shanghai"))
    }
    assert len(digests) == 1 and len(next(iter(digests))) == 64


def test_pdfa_embeds_the_spec_and_declares_pdfa_3b() -> None:
    doc = replace(agreement("zh-Hans"), attachments=(("spec.yaml", b"apiVersion: termsmith/v1\n# \xe6\xb5\x8b\n"),))
    data = render_pdf(doc, pdfa=True, engine="typst")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.attachments == {"spec.yaml": [b"apiVersion: termsmith/v1\n# \xe6\xb5\x8b\n"]}
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert "<pdfaid:part>3</pdfaid:part>" in raw and "<pdfaid:conformance>B</pdfaid:conformance>" in raw


def test_metadata_comes_from_the_document() -> None:
    doc = agreement("zh-Hans")
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(doc, engine="typst")))
    info = reader.metadata
    assert info.title == doc.metadata.title
    assert info.author == doc.metadata.author
    assert info.creation_date.date() == doc.metadata.created


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        render_pdf(agreement("en"), engine="latex")


@pytest.mark.parametrize("languages", ["doc.languages", "None"])
def test_a_compiler_prepared_in_the_background_typesets_the_same_bytes(languages: str) -> None:
    """``prepare_pdf`` (fonts loaded on another thread while the clauses are assembled, for the
    document's languages or — as ``render`` does before reading any spec — for all) changes no byte."""
    code = (
        "import sys, hashlib; sys.path.insert(0, 'tests/rendering');"
        "from render_documents import agreement; from termsmith.rendering import prepare_pdf, render_pdf;"
        "doc = agreement('bilingual');"
        "prewarm = sys.argv[1] == 'yes';"
        f"prewarm and prepare_pdf({languages}, 'typst');"
        "from termsmith.rendering import typst_renderer as t;"
        "print(t._warming is not None, hashlib.sha256(render_pdf(doc, engine='typst')).hexdigest(), t._warming)"
    )
    runs = {
        flag: subprocess.run(
            [sys.executable, "-c", code, flag], capture_output=True, text=True, check=True
        ).stdout.split()
        for flag in ("yes", "no")
    }
    assert runs["yes"][0] == "True" and runs["no"][0] == "False"  # the background build was started, or not
    assert runs["yes"][2] == runs["no"][2] == "None"  # and the render claimed it
    assert runs["yes"][1] == runs["no"][1]


def test_a_pdf_typeset_alongside_the_docx_is_the_same_pdf(tmp_path: Path) -> None:
    """``render`` with DOCX and PDF typesets the PDF on another thread while the DOCX renders;
    the PDF is byte for byte the one ``--format pdf`` alone writes, and the DOCX is whole."""
    from termsmith.cli import main

    sample = ROOT / "samples" / "retail-app-maintenance.bilingual.yaml"
    assert main(["render", str(sample), "--format", "docx,pdf", "-o", str(tmp_path / "both")]) == 0
    assert main(["render", str(sample), "--format", "pdf", "-o", str(tmp_path / "pdf")]) == 0
    (both,) = (tmp_path / "both").glob("*.pdf")
    (alone,) = (tmp_path / "pdf").glob("*.pdf")
    assert both.read_bytes() == alone.read_bytes()
    (docx,) = (tmp_path / "both").glob("*.docx")
    text = "".join(p.text for p in __import__("docx").Document(str(docx)).paragraphs)
    assert "上海禾悦商贸有限公司" in text and "Shanghai Heyue Trading Co., Ltd." in text  # both languages, whole


def test_render_pdf_alongside_hands_back_the_error_of_its_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure on the typesetting thread reaches the caller (who reports it), not a thread's stderr."""
    from termsmith.rendering import render_pdf_alongside, typst_renderer
    from termsmith.rendering.fonts import FontProblem, MissingFontsError

    def missing(languages: object) -> None:
        raise MissingFontsError([FontProblem("no Noto CJK", "apt-get install fonts-noto-cjk")])

    monkeypatch.setattr(typst_renderer, "require_fonts", missing)
    result = render_pdf_alongside(agreement("en"), engine="typst")
    with pytest.raises(MissingFontsError, match="no Noto CJK"):
        result()


def test_threads_share_warm_compilers_instead_of_scanning_fonts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A render on a new thread (the web app's workers, a PDF typeset alongside the DOCX)
    takes a compiler another thread warmed: the system's fonts are scanned once."""
    import threading

    from termsmith.rendering import typst_renderer as t

    built: list[object] = []
    real = t.new_compiler

    def counting(fonts: str) -> object:
        built.append(real(fonts))
        return built[-1]

    monkeypatch.setattr(t, "_idle", {"theme": [], "system": []})
    monkeypatch.setattr(t, "_warming", None)
    monkeypatch.setattr(t, "new_compiler", counting)
    doc = agreement("zh-Hans")
    out: list[bytes] = []
    for _ in range(3):
        thread = threading.Thread(target=lambda: out.append(render_pdf(doc, engine="typst")))
        thread.start()
        thread.join()
    assert len(out) == 3 and len(set(out)) == 1
    assert len(built) == 1


def _font_sets_used(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from termsmith.rendering import typst_renderer as t

    used: list[str] = []
    real = t._acquire

    def recording(fonts: str) -> object:
        used.append(fonts)
        return real(fonts)

    monkeypatch.setattr(t, "_acquire", recording)
    return used


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_the_theme_faces_alone_typeset_the_same_pdf_as_a_scan_of_every_system_font(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document of common characters is typeset by a compiler that reads only the theme's
    font files (no scan of the system's hundreds): the PDF is the very same."""
    from termsmith.rendering import typst_renderer as t

    used = _font_sets_used(monkeypatch)
    doc = agreement(lang)
    fast = render_pdf(doc, engine="typst")
    monkeypatch.setattr(t, "_idle", {"theme": [], "system": []})
    monkeypatch.setattr(typst_setup, "font_folder", lambda families: None)  # no folder: scan the system's fonts
    typst_setup.theme_font_folder.cache_clear()
    try:
        scanned = render_pdf(doc, engine="typst")
    finally:
        typst_setup.theme_font_folder.cache_clear()
    assert used == ["theme", "theme"]
    assert fast == scanned


def test_a_character_the_theme_may_lack_is_typeset_with_every_system_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """✓ is in none of the ranges the theme's faces surely cover: Typst may need a system
    font as fallback, so that document is typeset by a compiler that knows them all."""
    used = _font_sets_used(monkeypatch)
    text = _text(render_pdf(_with_paragraphs("Backups checked ✓ every day."), engine="typst"))
    assert used == ["system"]
    assert "Backupschecked" in _squash(text)


def test_the_font_folder_links_every_file_of_the_families_and_is_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from termsmith.rendering.fonts import family_files
    from termsmith.rendering.typst_fonts import font_folder

    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    families = ["Noto Serif CJK TC", "Noto Sans"]
    folder = font_folder(families)
    assert folder is not None and folder.parent == tmp_path / "typst-fonts"
    linked = sorted(str(p.resolve()) for p in folder.iterdir())
    assert linked == sorted(str(Path(f).resolve()) for f in family_files(families) or [])
    assert font_folder(reversed(families)) == folder
    assert [p.name for p in (tmp_path / "typst-fonts").iterdir()] == [folder.name]  # nothing half-built left


def test_no_font_folder_when_the_cache_is_off_unwritable_or_a_family_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from termsmith.rendering.typst_fonts import font_folder

    monkeypatch.setenv("TERMSMITH_CACHE_DIR", "off")
    assert font_folder(["Noto Sans"]) is None
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(blocked))
    assert font_folder(["Noto Sans"]) is None
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    assert font_folder(["Noto Sans", "No Such Family 42"]) is None
