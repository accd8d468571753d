"""Tokens a reader must see whole: glue them for both back ends.

Justified Chinese lines put all their slack into the few spaces a line has, so a
phone number "+86 591 8765 4321" prints as "+86      591      8765"; and a narrow
table cell breaks "9:00–18:00" into "9:00–18:0" / "0" and "7×24小时" into "7×" /
"24小时". ``keep_together`` is applied to every paragraph, list item, table cell and
signature field as the layout flows (``layout.clean_block``), so DOCX and PDF glue
the same tokens (running text only gets the first rule, ``keep_spaced_numbers``):

- a space between digits ("+86 591 8765 4321") or between a Latin letter or digit and
  a Chinese character ("五四路 88 号", "Android 大版本") becomes U+2005 FOUR-PER-EM SPACE (a word space's width,
  which justification does not stretch) followed by U+2060 WORD JOINER (no line
  break after it; none is allowed before it);
- U+2060 WORD JOINER goes around the dash of a time range ("9:00–18:00"), around
  the × of a clock ("7×24") and between a number and the Chinese time unit after
  it ("24小时", "3个工作日", "30分钟").

Both characters are in the theme's fonts (Noto Serif). The DOCX keeps them (Word and
LibreOffice honour the joiner). The PDF and HTML do not print them: a glued run
(``GLUED_RUN``: numbers, Latin words or single Han characters joined by the glue) is set
unbreakable there — a Typst box, an HTML ``span.nb`` — and written ``unglued``, so the
PDF's text layer reads "24小时" and "+86 591", and a search for what a reader sees finds it.
"""

from __future__ import annotations

from termsmith import regex_cache

WJ = "\u2060"
SPACE = "\u2005" + WJ
_HAN = "\u4e00-\u9fff"
_SPACE_IN_NUMBER = regex_cache.compile(
    rf"(?<=[\d+]) (?=\d)|(?<=[{_HAN}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?=[{_HAN}])"
)
_TIME_RANGE = regex_cache.compile(r"(\d{1,2}:\d{2})([–-])(\d{1,2}:\d{2})")
_TIMES = regex_cache.compile(r"(?<=\d)×(?=\d)")
_NUMBER_UNIT = regex_cache.compile(r"(?<=\d)(?=[小个個分])")  # 24小时, 3个工作日, 30分钟 (not dates: 2026年1月)


# One atom is a number or Latin word (never the punctuation around it, which keeps its own line-break rules: no line
# may start with "：") or a single Han character. Written with \u escapes, which Python's re and Typst's regex (Rust)
# both read, and which keep the Typst data free of characters no theme font draws (``typst_setup.surely_drawn``).
_ATOM = r"(?:[A-Za-z\u00c0-\u024f0-9\uff10-\uff19+%:.,/\u00d7\u2013-]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
GLUED_RUN = rf"{_ATOM}(?:\u2005?\u2060{_ATOM})+"
_GLUED_RUN = regex_cache.compile(GLUED_RUN)


def unglued(text: str) -> str:
    """``text`` as a reader sees it: a glued space is a space, a word joiner nothing."""
    return text.replace(SPACE, " ").replace(WJ, "")


def glued_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (words, must stay on one line) pieces, each ``unglued``."""
    if WJ not in text:
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    at = 0
    for m in _GLUED_RUN.finditer(text):
        if m.start() > at:
            pieces.append((unglued(text[at : m.start()]), False))
        pieces.append((unglued(m.group()), True))
        at = m.end()
    if at < len(text):
        pieces.append((unglued(text[at:]), False))
    return pieces


def keep_spaced_numbers(text: str) -> str:
    """Running text: only the spaces inside numbers are glued (search in the document still finds
    every word; a glued space reads back as a space)."""
    if not text or " " not in text:
        return text
    return _SPACE_IN_NUMBER.sub(SPACE, text)


def keep_together(text: str) -> str:
    """Table cells and signature fields, which are narrow: numbers, time ranges, clocks and units too."""
    if not text or not any(ch.isdigit() for ch in text):
        return text
    text = _SPACE_IN_NUMBER.sub(SPACE, text)
    text = _TIME_RANGE.sub(lambda m: f"{m.group(1)}{WJ}{m.group(2)}{WJ}{m.group(3)}", text)
    text = _TIMES.sub(f"{WJ}×{WJ}", text)
    return _NUMBER_UNIT.sub(WJ, text)
