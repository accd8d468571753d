"""Sentence punctuation where spec text meets clause text.

Spec descriptions are written as a person writes them: "修复缺陷。", "Fix defects.".
A clause then adds its own mark after the value ("…缺陷；", "…each month."), and
the two meet as "…缺陷。；" or "…每月一次。。". ``normalise`` runs once over every
paragraph, list item and table cell of an assembled document (``markup.to_blocks``)
and keeps one mark per boundary: the clause's, which decides the sentence structure.
It never touches an ellipsis, an abbreviation's full stop in English ("Co., Ltd.;"
stays), marks inside numbers ("1.5", "9:00"), a run made only of question and
exclamation marks ("??", "！？"), or a run inside a spec value ("Ltd.. #0"): the
sandbox prints every value ``protect``-ed, and so do the table helpers.
"""

from __future__ import annotations

import re

from termsmith import regex_cache

ZH_MARKS = "。．；，、：！？"
_ZH_STRONG = "！？"  # a question or exclamation keeps its mark over a following 。
_ZH_RUN = regex_cache.compile(f"[{ZH_MARKS};,.]*[{ZH_MARKS}][{ZH_MARKS};,.]*")
_ZH_STOP_BEFORE_CLOSE = regex_cache.compile("[。．](?=）)")
EN_ABBREVIATIONS = frozenset(  # a full stop after these ends an abbreviation, not a sentence
    {
        "ltd",
        "co",
        "inc",
        "corp",
        "plc",
        "llc",
        "etc",
        "no",
        "nos",
        "vs",
        "st",
        "jr",
        "sr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "dept",
        "approx",
        "art",
        "para",
        "pp",
        "ref",
    }
)
_EN_RUN = regex_cache.compile(r"(?<![.\w])([\w)]*)([.;,:!?]{2,})(?!\d)")
_EN_CJK_STOP = regex_cache.compile("[。．]\\s*(?=[;,:.])|[。．]$")


_EMPHATIC = frozenset("!?！？")


def _zh_run(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) == 1 or set(run) <= _EMPHATIC:
        return run
    strong = next((c for c in run if c in _ZH_STRONG), None)
    if strong is not None and run[-1] in "。．.":
        return strong
    if run[-1] in ",.;":  # an ASCII mark after a Chinese one: keep the Chinese one
        return next(c for c in reversed(run) if c in ZH_MARKS)
    return run[-1]


def _normalise_zh(text: str) -> str:
    text = _ZH_RUN.sub(_zh_run, text)
    return _ZH_STOP_BEFORE_CLOSE.sub("", text)


def _en_run(match: re.Match[str]) -> str:
    """One run of two or more marks after a word: an ellipsis stays; an abbreviation keeps its
    stop; otherwise the last mark (the clause's) wins, a ? or ! over a following stop."""
    word, run = match.group(1), match.group(2)
    if "..." in run or set(run) <= _EMPHATIC:
        return match.group()
    if run[0] == "." and (word.lower() in EN_ABBREVIATIONS or (len(word) == 1 and word.isupper())):
        rest = run[1:].replace(".", "")
        return f"{word}.{rest[-1]}" if rest else f"{word}."
    strong = next((c for c in run if c in "!?"), None)
    return word + (strong if strong is not None and run[-1] == "." else run[-1])


def _normalise_en(text: str) -> str:
    text = _EN_CJK_STOP.sub(lambda m: "." if m.end() == len(text) and m.group() in "。．" else "", text)
    return _EN_RUN.sub(_en_run, text)


def normalise(text: str, lang: str) -> str:
    """``text`` with at most one sentence mark at each boundary, in ``lang``'s style; marks a
    spec value ``protect``-ed are left as written (and the protection removed)."""
    if not text:
        return text
    return release(_normalise_en(text) if lang == "en" else _normalise_zh(text))


# A run of marks inside a spec value ("Ltd.. #0", "a;.b") is the spec's own text, not a place
# where clause text meets it. The sandbox prints every value ``protect``-ed: a control character
# (one every renderer drops anyway, ``text_clean``) put between the run's marks, so no rule above
# sees a run there; ``normalise`` and ``release`` take it out again.
KEEP = "\x1f"
_MARKS = "。．；，、：！？;,.:!?"
_INNER_RUN = regex_cache.compile(f"(?<=[^{_MARKS}])[{_MARKS}]{{2,}}(?=[^{_MARKS}])")


def protect(value: str) -> str:
    """``value`` with every run of marks inside it (not at either end) kept from ``normalise``."""
    return _INNER_RUN.sub(lambda m: KEEP.join(m.group()), value)


def release(text: str) -> str:
    """``text`` without the marks' protection."""
    return text.replace(KEEP, "") if KEEP in text else text
