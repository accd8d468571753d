"""Word numbering definitions (``numbering.xml``) for articles, sub-clauses and lists.

Articles and sub-clauses are one multi-level list attached to the styles: level 0
(``Heading1``) prints "第%1条" in ``chineseCounting`` ("第一条") or "Article %1",
level 1 (``Clause``) prints "%1.%2": "7.1" even under a Chinese article number.
Word does that through legal numbering (``w:isLgl``), which LibreOffice before 24.2
ignores ("七.1"); so the ``Clause`` style uses a second instance of the same definition
(``CLAUSE_NUM_ID``) whose level 0 is overridden to ``decimal``: instances of one
abstract definition share their counters (no ``startOverride``), so the sub-clause
counts under the current article and prints its number in Arabic in both programs.
Lists (（一）/(a)) are a second definition; each list block gets its own instance
restarting at 1, numbered from ``FIRST_LIST_NUM_ID``.

A bilingual document numbers its second language with a list of its own, built like
the first: each article's second-language line (its own paragraph, style ``ArticleSecond``)
is level 0 ("Article %1"), its sub-clauses (style ``ClauseSecond``) level 1 ("%1.%2"
through the Arabic instance); the styles carry the numbering, as ``Heading1`` and
``Clause`` do, so a line typed in Word in either style is numbered. The two lists count the same articles, so "Article 7" stands under "第七条"
and its "7.1" under the Chinese "7.1" … "7.3"; an article inserted in both languages
renumbers both. (One list with the second language on deeper levels would need
``w:lvlRestart``, which LibreOffice 7.4 ignores.) Inserting an article in Word or
LibreOffice renumbers every later article, sub-clause and ``REF`` field.

The renderer only hands a paragraph to the numbering when the number the
definition would print equals the Document's literal number (``article_label`` …),
so DOCX and PDF never disagree; otherwise the literal number stays as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from termsmith.document.model import Lang
from termsmith.library.numerals import chinese_number

ARTICLE_NUM_ID = 1
CLAUSE_NUM_ID = 2  # the article list again, level 0 shown in Arabic numerals
SECOND_ABSTRACT = 2  # bilingual: the second language's own article list
SECOND_NUM_ID, SECOND_CLAUSE_NUM_ID = 3, 4  # its article lines; its sub-clauses (level 0 in Arabic numerals)
FIRST_LIST_NUM_ID = 5
ARTICLE_SECOND_STYLE, CLAUSE_SECOND_STYLE = "ArticleSecond", "ClauseSecond"
ARTICLE_ABSTRACT, LIST_ABSTRACT = 0, 1
ARTICLE_STYLE, CLAUSE_STYLE = "Heading1", "Clause"


@dataclass(frozen=True, slots=True)
class Scheme:
    """How one language numbers articles and lists."""

    article_format: str  # w:numFmt of level 0
    article_text: str  # w:lvlText of level 0
    list_format: str
    list_text: str


SCHEMES: dict[str, Scheme] = {
    "zh-Hans": Scheme("chineseCounting", "第%1条", "chineseCounting", "（%1）"),
    "zh-Hant": Scheme("chineseCounting", "第%1條", "chineseCounting", "（%1）"),
    "en": Scheme("decimal", "Article %1", "lowerLetter", "(%1)"),
}


def format_number(fmt: str, n: int, lang: Lang) -> str:
    """What Word prints for counter value ``n`` in number format ``fmt``."""
    if fmt == "chineseCounting":
        return chinese_number(n, lang)
    if fmt == "lowerLetter":  # Word repeats the letter past z: aa, bb …
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return str(n)


def article_label(n: int, lang: Lang) -> str:
    scheme = SCHEMES[lang]
    return scheme.article_text.replace("%1", format_number(scheme.article_format, n, lang))


def clause_label(article: int, n: int) -> str:
    return f"{article}.{n}"


def list_label(n: int, lang: Lang) -> str:
    scheme = SCHEMES[lang]
    return scheme.list_text.replace("%1", format_number(scheme.list_format, n, lang))


def _level(ilvl: int, fmt: str, text: str, *, style: str | None = None, legal: bool = False) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:pStyle w:val="{style}"/>' if style else "")
        + ("<w:isLgl/>" if legal else "")
        + f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
    )


def numbering_xml(w_ns: str, primary: Lang, second: Lang | None = None) -> str:
    """The abstract definitions and the article list instances; list instances are added per document."""
    s = SCHEMES[primary]
    second_list = ""
    if second is not None:
        t = SCHEMES[second]
        second_list = (
            f'<w:abstractNum w:abstractNumId="{SECOND_ABSTRACT}"><w:multiLevelType w:val="multilevel"/>'
            + _level(0, t.article_format, t.article_text, style=ARTICLE_SECOND_STYLE)
            + _level(1, "decimal", "%1.%2", style=CLAUSE_SECOND_STYLE, legal=True)
            + "</w:abstractNum>"
        )
    articles = (
        f'<w:abstractNum w:abstractNumId="{ARTICLE_ABSTRACT}"><w:multiLevelType w:val="multilevel"/>'
        + _level(0, s.article_format, s.article_text, style=ARTICLE_STYLE)
        + _level(1, "decimal", "%1.%2", style=CLAUSE_STYLE, legal=True)
        + "</w:abstractNum>"
    )
    lists = (
        f'<w:abstractNum w:abstractNumId="{LIST_ABSTRACT}"><w:multiLevelType w:val="singleLevel"/>'
        + _level(0, s.list_format, s.list_text)
        + "</w:abstractNum>"
    )
    arabic_articles = f'<w:lvlOverride w:ilvl="0">{_level(0, "decimal", s.article_text)}</w:lvlOverride>'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{w_ns}">'
        f'{articles}{lists}{second_list}<w:num w:numId="{ARTICLE_NUM_ID}"><w:abstractNumId w:val="{ARTICLE_ABSTRACT}"/></w:num>'
        f'<w:num w:numId="{CLAUSE_NUM_ID}"><w:abstractNumId w:val="{ARTICLE_ABSTRACT}"/>{arabic_articles}</w:num>'
        + (
            f'<w:num w:numId="{SECOND_NUM_ID}"><w:abstractNumId w:val="{SECOND_ABSTRACT}"/></w:num>'
            f'<w:num w:numId="{SECOND_CLAUSE_NUM_ID}"><w:abstractNumId w:val="{SECOND_ABSTRACT}"/>'
            f'<w:lvlOverride w:ilvl="0">{_level(0, "decimal", SCHEMES[second].article_text)}</w:lvlOverride></w:num>'
            if second is not None
            else ""
        )
        + "</w:numbering>"
    )


def list_instance_xml(w_ns: str, num_id: int) -> str:
    """A new instance of the list definition that restarts at 1."""
    return (
        f'<w:num xmlns:w="{w_ns}" w:numId="{num_id}"><w:abstractNumId w:val="{LIST_ABSTRACT}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
