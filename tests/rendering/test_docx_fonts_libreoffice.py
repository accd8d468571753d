"""The faces a DOCX names are Word users' faces, and LibreOffice on Debian draws them in the right regional forms.

The DOCX names SimSun/SimHei (zh-Hans) and PMingLiU/Microsoft JhengHei (zh-Hant);
rendering/fontconfig/ maps them to the Noto CJK SC/TC faces. The proof is what
the page looks like: page 1 of the agreement as LibreOffice prints it is pixel for
pixel the page printed with the Noto SC (TC) face named explicitly, and differs from
the page printed with the Japanese face and language (and the other Chinese region's).

``pdffonts`` cannot tell: LibreOffice 7.4 names every face it embeds from a .ttc
collection after the collection's first face, "NotoSerifCJKjp-…", whichever face it
drew with; and the glyph forms follow ``w:lang`` (OpenType ``locl``) as much as the
face. What the mapping decides is serif or sans (PMingLiU falls back to Noto *Sans*
CJK TC without it) and that no other CJK font stands in.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from libreoffice import convert_all, pdf_fonts, raster
from test_docx_numbering import assembled

from termsmith.document.model import Paragraph
from termsmith.rendering import render_docx

WORD_FACES = {
    "zh-Hans": {"SimSun": "Noto Serif CJK {}", "SimHei": "Noto Sans CJK {}"},
    "zh-Hant": {"PMingLiU": "Noto Serif CJK {}", "Microsoft JhengHei": "Noto Sans CJK {}"},
}
REGION = {"zh-Hans": "SC", "zh-Hant": "TC"}
WORD_LANG = {"SC": "zh-CN", "TC": "zh-TW", "JP": "ja-JP"}
# characters whose glyphs differ between the Chinese and Japanese (and SC and TC) forms
PROBE = {"zh-Hans": "骨直角关说写令次冷述边过这递道，门户内收", "zh-Hant": "骨直角關說寫令次冷述邊過這遞道，門戶內收"}


def _probe_docx(lang: str) -> bytes:
    """The agreement with a line of region-sensitive characters at the top of page 1."""
    doc = assembled(lang)
    probe = Paragraph(PROBE[lang], lang)  # type: ignore[arg-type]
    return render_docx(dataclasses.replace(doc, preamble=(probe, *doc.preamble)))


def _naming(docx: bytes, faces: dict[str, str], region: str, lang: str) -> bytes:
    """``docx`` with each Word face named as the Noto face of ``region``, and its text tagged as
    that region's language (Noto CJK picks regional forms by language too: OpenType ``locl``)."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("word/"):
                text = data.decode("utf-8")
                for word, noto in faces.items():
                    text = text.replace(f'w:eastAsia="{word}"', f'w:eastAsia="{noto.format(region)}"')
                old, new = WORD_LANG[REGION[lang]], WORD_LANG[region]
                text = text.replace(f'w:eastAsia="{old}"', f'w:eastAsia="{new}"').replace(
                    f'w:val="{old}"', f'w:val="{new}"'
                )
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_libreoffice_draws_the_word_faces_with_the_regional_noto_face(lang: str, tmp_path: Path) -> None:
    actual = _probe_docx(lang)
    faces = WORD_FACES[lang]
    assert all(
        f'w:eastAsia="{face}"' in zipfile.ZipFile(io.BytesIO(actual)).read("word/styles.xml").decode() for face in faces
    )
    others = [r for r in ("SC", "TC", "JP") if r != REGION[lang]]
    pdfs = convert_all(
        {
            "actual": actual,
            "regional": _naming(actual, faces, REGION[lang], lang),
            **{r: _naming(actual, faces, r, lang) for r in others},
        },
        tmp_path,
    )
    page = raster(pdfs["actual"])
    assert page == raster(pdfs["regional"]), f"LibreOffice did not draw {lang} with the Noto {REGION[lang]} faces"
    for region in others:
        assert page != raster(pdfs[region]), f"the {region} faces would look the same: the check proves nothing"
    fonts = pdf_fonts(pdfs["actual"])
    assert {f.split("+")[1].split("-")[0] for f in fonts} <= {
        "NotoSerifCJKjp",
        "NotoSansCJKjp",
        "LiberationSerif",
        "LiberationSans",
        "NotoSerif",
        "NotoSans",
    }, fonts
    assert any("Liberation" in f or "NotoSerif-" in f for f in fonts), "a Latin face stands in for Times New Roman"
