"""WordprocessingML for termsmith's styles, fonts and page setup, from the theme.

Every style names its fonts explicitly — ``w:ascii``/``w:hAnsi``/``w:cs`` for
Latin and ``w:eastAsia`` for Han — and none uses theme-font attributes
(``w:asciiTheme`` …), so Word and LibreOffice never fall back to a Japanese face.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from termsmith.document.model import Lang
from termsmith.rendering.docx_numbering import ARTICLE_NUM_ID, CLAUSE_NUM_ID, SECOND_CLAUSE_NUM_ID, SECOND_NUM_ID
from termsmith.rendering.theme import FontSet, Theme

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TWIPS_PER_MM = 1440 / 25.4


def mm_to_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def half_points(pt: float) -> int:
    return round(pt * 2)


def rfonts_xml(fonts: FontSet, *, heading: bool = False) -> str:
    """``w:rFonts`` naming the faces Word users have (``FontSet.word_faces``)."""
    fonts = fonts.word_faces()
    latin = quoteattr(fonts.latin_heading if heading else fonts.latin)
    east = quoteattr(fonts.east_asian_heading if heading else fonts.east_asian)
    return f"<w:rFonts w:ascii={latin} w:hAnsi={latin} w:eastAsia={east} w:cs={latin}/>"


def lang_xml(lang: Lang, theme: Theme, east_asian_lang: str) -> str:
    """``w:lang``: the run's language, and the East-Asian language Word shapes Han text as."""
    word = theme.fontset(lang).word_lang
    east = word if lang != "en" else east_asian_lang
    return f'<w:lang w:val="{word}" w:eastAsia="{east}" w:bidi="ar-SA"/>'


@dataclass(frozen=True, slots=True)
class ParaStyle:
    style_id: str
    name: str
    size: float
    heading: bool = False
    bold: bool = False
    align: str | None = None
    outline: int | None = None
    keep_next: bool = False
    before: float = 0
    after: float | None = None
    indent_first_chars: int = 0
    indent_left_mm: float = 0
    color: str | None = None
    numbered: int | None = None  # list level of the article numbering this style carries
    num_id: int = ARTICLE_NUM_ID  # the numbering instance of that level
    bilingual_only: bool = False  # numbered only in a bilingual document (its second language's list)


def paragraph_styles(theme: Theme) -> tuple[ParaStyle, ...]:
    s = theme.sizes
    return (
        ParaStyle("Title", "Title", s["title"], heading=True, bold=True, align="center", keep_next=True, after=18),
        ParaStyle("Subtitle", "Subtitle", s["heading1"], heading=True, align="center", keep_next=True, after=18),
        ParaStyle(
            "Heading1",
            "heading 1",
            s["heading1"],
            heading=True,
            bold=True,
            outline=0,
            keep_next=True,
            before=14,
            after=6,
            numbered=0,
        ),
        ParaStyle(  # bilingual: the article's line in the second language, level 0 of that language's list
            "ArticleSecond",
            "Article (second language)",
            s["heading1"],
            heading=True,
            bold=True,
            keep_next=True,
            after=6,
            numbered=0,
            num_id=SECOND_NUM_ID,
            bilingual_only=True,
        ),
        ParaStyle(
            "Heading2",
            "heading 2",
            s["heading2"],
            heading=True,
            bold=True,
            outline=1,
            keep_next=True,
            before=8,
            after=4,
        ),
        ParaStyle("Recital", "Recital", s["body"], indent_first_chars=200),
        ParaStyle("Note", "Note", s["note"], color="333333"),
        ParaStyle("Small", "Small", s["small"], color="444444"),
        ParaStyle("Centered", "Centered", s["body"], align="center"),
        ParaStyle("Clause", "Clause", s["body"], numbered=1, num_id=CLAUSE_NUM_ID),  # Arabic article numbers
        ParaStyle(
            "ClauseSecond",
            "Clause (second language)",
            s["body"],
            numbered=1,
            num_id=SECOND_CLAUSE_NUM_ID,
            bilingual_only=True,
        ),
        ParaStyle("ListItem", "List Item", s["body"], indent_left_mm=0),
        ParaStyle(
            "TableText", "Table Text", s["table"], align="left", after=0
        ),  # a justified cell stretches its spaces
        ParaStyle(
            "TableHeading", "Table Heading", s["table"], heading=True, bold=True, align="left", after=0, keep_next=True
        ),
        ParaStyle("AfterTable", "After Table", 4, after=0),  # Word has no space-after for tables: a small gap
        ParaStyle("Caption", "caption", s["table"], heading=True, bold=True, keep_next=True, before=4, after=3),
        ParaStyle("SignatureNote", "Signature Note", s["body"], align="center", keep_next=True, before=18, after=12),
        ParaStyle("SignatureRole", "Signature Role", s["body"], bold=True, keep_next=True),
        ParaStyle("Header", "header", s["header"], after=0, color="555555"),
        ParaStyle("Footer", "footer", s["footer"], after=0, align="center", color="555555"),
    )


def _style_xml(style: ParaStyle, fonts: FontSet, theme: Theme, bilingual: bool) -> str:
    ppr = []
    if style.keep_next:
        ppr.append("<w:keepNext/><w:keepLines/>")
    if style.numbered is not None and (bilingual or not style.bilingual_only):
        ppr.append(f'<w:numPr><w:ilvl w:val="{style.numbered}"/><w:numId w:val="{style.num_id}"/></w:numPr>')
    after = theme.space_after_pt if style.after is None else style.after
    ppr.append(f'<w:spacing w:before="{round(style.before * 20)}" w:after="{round(after * 20)}"/>')
    if style.indent_first_chars:
        first_line = round(theme.sizes["body"] * 20 * style.indent_first_chars / 100)  # LibreOffice reads twips
        ppr.append(f'<w:ind w:firstLine="{first_line}" w:firstLineChars="{style.indent_first_chars}"/>')
    elif style.indent_left_mm:
        ppr.append(f'<w:ind w:left="{mm_to_twips(style.indent_left_mm)}"/>')
    if style.align:
        ppr.append(f'<w:jc w:val="{style.align}"/>')
    if style.outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{style.outline}"/>')
    rpr = [rfonts_xml(fonts, heading=style.heading)]
    if style.bold:
        rpr.append("<w:b/><w:bCs/>")
    if style.color:
        rpr.append(f'<w:color w:val="{style.color}"/>')
    rpr.append(f'<w:sz w:val="{half_points(style.size)}"/><w:szCs w:val="{half_points(style.size)}"/>')
    return (
        f'<w:style w:type="paragraph" w:customStyle="{0 if style.name[0].islower() or style.name in ("Title", "Subtitle") else 1}" '
        f'w:styleId="{style.style_id}"><w:name w:val="{style.name}"/><w:basedOn w:val="Normal"/>'
        f'<w:next w:val="Normal"/><w:qFormat/><w:pPr>{"".join(ppr)}</w:pPr><w:rPr>{"".join(rpr)}</w:rPr></w:style>'
    )


def styles_xml(theme: Theme, primary: Lang, east_asian_lang: str, bilingual: bool = False) -> str:
    fonts = theme.fontset(primary)
    body = half_points(theme.sizes["body"])
    line = round(240 * theme.line_spacing)
    after = round(theme.space_after_pt * 20)
    defaults = (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{rfonts_xml(fonts)}"
        f'<w:kern w:val="2"/><w:sz w:val="{body}"/><w:szCs w:val="{body}"/>{lang_xml(primary, theme, east_asian_lang)}'
        f'</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="{after}" w:line="{line}" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    normal = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr></w:style>'
    )
    table_normal = (
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="777777"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = (
        '<w:style w:type="table" w:styleId="TermsTable"><w:name w:val="Terms Table"/><w:basedOn w:val="TableNormal"/>'
        f'<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/>'
        '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )
    plain = (
        '<w:style w:type="table" w:styleId="SignatureTable"><w:name w:val="Signature Table"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr/></w:style>'
    )
    paras = "".join(_style_xml(s, fonts, theme, bilingual) for s in paragraph_styles(theme))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
        f"{defaults}{normal}{paras}{table_normal}{grid}{plain}</w:styles>"
    )


def font_table_xml(theme: Theme, languages: tuple[Lang, ...]) -> str:
    """The font table: each face with the Windows face Word substitutes when it is missing."""
    entries: dict[str, str] = {}
    for lang in languages:
        fonts = theme.fontset(lang).word_faces()
        for name in (fonts.east_asian, fonts.east_asian_heading):
            entries.setdefault(name, fonts.charset)
        for name in (fonts.latin, fonts.latin_heading):
            entries.setdefault(name, "00")
    body = "".join(
        f"<w:font w:name={quoteattr(name)}>"
        + (f"<w:altName w:val={quoteattr(theme.word_alternates[name])}/>" if name in theme.word_alternates else "")
        + f'<w:charset w:val="{charset}"/><w:family w:val="{_family(name)}"/>'
        '<w:pitch w:val="variable"/></w:font>'
        for name, charset in sorted(entries.items())
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{W_NS}">{body}</w:fonts>'


def _family(name: str) -> str:
    return "swiss" if any(word in name for word in ("Sans", "Hei", "Arial")) else "roman"


def section_xml(theme: Theme) -> str:
    """``w:sectPr``: A4 with the theme's margins, and the header/footer references."""
    p = theme.page
    return (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
        f'<w:pgSz w:w="{mm_to_twips(p["width_mm"])}" w:h="{mm_to_twips(p["height_mm"])}"/>'
        f'<w:pgMar w:top="{mm_to_twips(p["margin_top_mm"])}" w:right="{mm_to_twips(p["margin_right_mm"])}" '
        f'w:bottom="{mm_to_twips(p["margin_bottom_mm"])}" w:left="{mm_to_twips(p["margin_left_mm"])}" '
        f'w:header="{mm_to_twips(p["header_distance_mm"])}" w:footer="{mm_to_twips(p["footer_distance_mm"])}" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>'
    )


def usable_width_twips(theme: Theme) -> int:
    p = theme.page
    return mm_to_twips(p["width_mm"] - p["margin_left_mm"] - p["margin_right_mm"])
