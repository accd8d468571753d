"""termsmith's own base .docx, generated from code (no python-docx default template).

python-docx's bundled template names a Japanese theme font, claims to be written
by "Microsoft Macintosh Word", ships a thumbnail and "python-docx" metadata. The
base built here holds only what termsmith uses: styles with explicit East-Asian
fonts, a font table with Windows substitutes, settings without revision ids, an
empty header and footer, numbering definitions for articles and lists, A4 page setup, and blank core/app properties.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache

from termsmith.document.model import Lang
from termsmith.rendering.docx_numbering import numbering_xml
from termsmith.rendering.docx_styles import R_NS, W_NS, font_table_xml, section_xml, styles_xml
from termsmith.rendering.theme import Theme, load_theme

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{_CT}.numbering+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{_CT}.fontTable+xml"/>'
    f'<Override PartName="/word/header1.xml" ContentType="{_CT}.header+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{_CT}.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    _XML + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    _XML + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rIdStyles" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdNumbering" Type="{_REL}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rIdFonts" Type="{_REL}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rIdHeader1" Type="{_REL}/header" Target="header1.xml"/>'
    f'<Relationship Id="rIdFooter1" Type="{_REL}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)

SETTINGS = (
    _XML + f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
    '<w:characterSpacingControl w:val="compressPunctuation"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    "</w:compat></w:settings>"
)

CORE = (
    _XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)

APP = (
    _XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>termsmith</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _header_footer(tag: str, style: str) -> str:
    return (
        _XML + f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr></w:p></w:{tag}>'
    )


def _document(theme: Theme) -> str:
    return _XML + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{section_xml(theme)}</w:body></w:document>'


def east_asian_language(languages: tuple[Lang, ...]) -> str:
    """The Han locale Word should shape CJK text as: zh-TW when any language is zh-Hant."""
    return "zh-TW" if "zh-Hant" in languages else "zh-CN"


@cache
def base_docx(languages: tuple[Lang, ...]) -> bytes:
    """A minimal, clean .docx package for a document in ``languages`` (primary first)."""
    theme = load_theme()
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": _document(theme),
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles_xml(theme, languages[0], east_asian_language(languages), len(languages) > 1),
        "word/settings.xml": SETTINGS,
        "word/numbering.xml": numbering_xml(W_NS, languages[0], languages[1] if len(languages) > 1 else None),
        "word/fontTable.xml": font_table_xml(theme, languages),
        "word/header1.xml": _header_footer("hdr", "Header"),
        "word/footer1.xml": _header_footer("ftr", "Footer"),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), text.encode("utf-8"))
    return out.getvalue()
