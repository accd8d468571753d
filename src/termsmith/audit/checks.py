"""The read-back checks, each over one unit of text (a paragraph, a table row, a page).

A check returns ``(code, column, message)`` triples; ``termsmith.audit`` turns them
into diagnostics with positions. The checks know the unit's language and the
allowed names (party names, addresses, people's names) that may be in any script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from termsmith.audit.simplified import SIMPLIFIED_ONLY
from termsmith.punctuation import EN_ABBREVIATIONS

Hit = tuple[str, int, str]  # code, 0-based column, message

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3000-\u303f\uff00-\uffef]+")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]+")
# three or more Latin words in a row, in Chinese text: English prose, not an acronym, unit or product name
_LATIN_PROSE = re.compile(r"[A-Za-z][a-z]+(?:[ ,;:'’-]+[A-Za-z]?[a-z]+){3,}")
_ZH_MARKS = "。；，、：！？"
_DOUBLED_ZH = re.compile(f"[{_ZH_MARKS}][{_ZH_MARKS}]")
_DOUBLED_EN = re.compile(r"(?<![.\w])(\w+)\.[;,:]|(?<!\.)\.\.(?!\.)|[;,:][;,:.]|,\s*\.")
_ZH_MARK_IN_EN = re.compile(f"[{_ZH_MARKS}（）“”「」《》]")
_ASCII_MARK_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[;,](?=\s|[\u4e00-\u9fff]|$)")
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\bNone\b|\bnull\b|\bundefined\b|(?<=\w)\(s\)|\u27e6termsmith")
_PAIRS = {
    "（": "）",
    "(": ")",
    "【": "】",
    "[": "]",
    "《": "》",
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "〔": "〕",
}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_BRACKET = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")


@lru_cache(maxsize=512)
def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` with any whitespace (or none) between its characters: PDF text breaks lines inside names."""
    chars = [c for c in name if not c.isspace()]
    return re.compile(r"\s*".join(re.escape(c) for c in chars))


def mask(text: str, allowed: tuple[str, ...]) -> str:
    """``text`` with every allowed name blanked out (same length, so columns stay right)."""
    for name in allowed:
        if not name.strip():
            continue
        if name in text:
            text = text.replace(name, "\u2003" * len(name))
        elif name[0] in text and name[-1] in text:
            text = _name_pattern(name).sub(lambda m: "\u2003" * len(m.group()), text)
    return text


def foreign_script(text: str, lang: str) -> Iterator[Hit]:
    """Chinese characters in English text; English prose, kana or hangul in Chinese text."""
    if lang == "en":
        for m in _HAN_RUN.finditer(text):
            if _HAN.search(m.group()):
                yield "AU001", m.start(), f"Chinese text in an English document: “{m.group()[:20]}”"
        return
    for m in _KANA_HANGUL.finditer(text):
        yield "AU001", m.start(), f"Japanese or Korean text in a {lang} document: “{m.group()[:20]}”"
    for m in _LATIN_PROSE.finditer(text):
        yield "AU001", m.start(), f"English text in a {lang} document: “{m.group()[:40]}”"


def simplified_in_traditional(text: str, lang: str) -> Iterator[Hit]:
    if lang != "zh-Hant":
        return
    seen: set[str] = set()
    for i, ch in enumerate(text):
        if ch in SIMPLIFIED_ONLY and ch not in seen:
            seen.add(ch)
            yield "AU002", i, f"Simplified-only character “{ch}” in a Traditional Chinese document"


def doubled_punctuation(text: str, lang: str) -> Iterator[Hit]:
    if lang != "en":
        for m in _DOUBLED_ZH.finditer(text):
            yield "AU003", m.start(), f"two punctuation marks in a row: “{m.group()}”"
        return
    for m in _DOUBLED_EN.finditer(text):
        if m.group(1) and (m.group(1).lower() in EN_ABBREVIATIONS or (len(m.group(1)) == 1 and m.group(1).isupper())):
            continue  # "Co., Ltd.;" — an abbreviation's stop
        if m.group(1) and m.group(1).isdigit():
            continue
        yield "AU003", m.start(), f"two punctuation marks in a row: “{m.group()}”"


def mismatched_punctuation(text: str, lang: str) -> Iterator[Hit]:
    if lang == "en":
        for m in _ZH_MARK_IN_EN.finditer(text):
            around = text[max(0, m.start() - 1) : m.end() + 1]
            if not _HAN.search(around):  # inside Chinese text AU001 already speaks for it
                yield "AU004", m.start(), f"Chinese punctuation “{m.group()}” in English text"
        return
    for m in _ASCII_MARK_AFTER_HAN.finditer(text):
        yield "AU004", m.start(), f"ASCII “{m.group()}” after Chinese text; write the full-width mark"


def unbalanced(text: str, lang: str) -> Iterator[Hit]:
    """Brackets and quotes that do not pair up within the unit."""
    stack: list[tuple[str, int]] = []
    for m in _BRACKET.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            continue  # an apostrophe: the Client’s
        if ch in _PAIRS and not (ch in _CLOSERS and stack and stack[-1][0] == _CLOSERS[ch]):
            stack.append((ch, i))
        elif ch in _CLOSERS:
            if stack and stack[-1][0] == _CLOSERS[ch]:
                stack.pop()
            else:
                yield "AU005", i, f"“{ch}” closes nothing"
                return
    for ch, i in stack[:1]:
        yield "AU005", i, f"“{ch}” is never closed"
    if text.count('"') % 2:
        yield "AU005", text.rfind('"'), 'an odd number of straight quotes (")'


def leftovers(text: str, lang: str) -> Iterator[Hit]:
    for m in _LEFTOVER.finditer(text):
        yield "AU006", m.start(), f"template leftover “{m.group()}”"


CHECKS = (foreign_script, simplified_in_traditional, doubled_punctuation, mismatched_punctuation, unbalanced, leftovers)
