"""One call from a file to its extraction: read, split, normalise, apply the rules."""

from __future__ import annotations

import re
from pathlib import Path

from termsmith.extract.readers import read_document
from termsmith.extract.result import Extraction
from termsmith.extract.source import SourceDocument
from termsmith.text_encoding import encoding_note

_HANT_ONLY = re.compile(r"[維護務應時間為們條與費開關資這個體務據響約標書雙協聯絡辦點報單於後機電續處讓須賠償]")
_HANS_ONLY = re.compile(r"[维护务应时间为们条与费开关资这个体务据响约标书双协联络办点报单于后机电续处让须赔偿]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# What a reader does not read: template tags, HTML tags, addresses, link targets. Each is bounded in length
# (a tag on one line, a link target of at most 500 characters): an unclosed "{%" or "](" repeated through the
# sample must cost a bounded scan each, not one to the end of the sample (seconds on 20 KB of "{%").
_MARKUP = re.compile(
    r"\{%[^\n]{0,300}?%\}|\{\{[^\n]{0,300}?\}\}|<[^<>\n]*>|https?://\S+|www\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\]\([^)\s]{0,500}\)"
)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def language_of(text: str) -> str:
    """The language a reader reads: English when its Latin words outnumber its Chinese characters.

    Markup is dropped first, and words are weighed, not letters: a page of Chinese wrapped in template tags,
    HTML lists and URLs has more Latin letters than Chinese characters, but far fewer words. On the corpus a
    Chinese text has at most 0.3 Latin words per Chinese character and an English one at least 3.9.
    """
    sample = _MARKUP.sub(" ", text[:20000])
    if len(_LATIN_WORD.findall(sample)) > len(_CJK.findall(sample)):
        return "en"
    return "zh-Hant" if len(_HANT_ONLY.findall(sample)) > len(_HANS_ONLY.findall(sample)) else "zh-Hans"


def extract_source(doc: SourceDocument) -> Extraction:
    from termsmith.extract.memo import new_document
    from termsmith.extract.rules import RULES, Context
    from termsmith.extract.sentences import split
    from termsmith.extract.unread import unread_figures

    new_document()
    out = Extraction(doc.file, doc.format, language_of(doc.text))
    ctx = Context(split(doc.paragraphs), out)
    note = encoding_note(doc.file, doc.encoding)
    if note is not None:
        out.diagnostics.append(note)
    for rule in RULES:
        rule(ctx)
    out.unread_figures = unread_figures(ctx.sentences, out, doc.text)
    return out


def extract_file(path: Path, display: str | None = None) -> tuple[SourceDocument, Extraction]:
    """Read and extract one file; raises ExtractError when it cannot be read."""
    doc = read_document(Path(path), display)
    return doc, extract_source(doc)
