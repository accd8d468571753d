"""Make spec strings safe to lay out: the same cleaning for DOCX and HTML/PDF.

Both back ends render the *cleaned* text, so DOCX and PDF still carry the same
words. What is removed:

- characters XML 1.0 forbids (C0 controls other than tab/newline/carriage return,
  lone surrogates, U+FFFE/U+FFFF): lxml refuses them, Word calls the file corrupt;
- bidirectional *embedding, override and isolate* controls (U+202A–U+202E,
  U+2066–U+2069): in a contract they can make "1000" display as "0001"
  ("Trojan Source"); the plain marks LRM/RLM (U+200E/U+200F) are kept.

HTML escaping is not done here: the Jinja environment autoescapes every value.
"""

from __future__ import annotations

import re

from termsmith import regex_cache

_XML_INVALID = regex_cache.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BIDI_CONTROLS = regex_cache.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` without XML-invalid characters and bidi override controls; CRLF → LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BIDI_CONTROLS.sub("", _XML_INVALID.sub("", text))


def css_string(text: str) -> str:
    """A CSS string literal that cannot break out of its context.

    Every character becomes a 6-digit hex escape, so quotes, backslashes, ``</style>``
    and newlines in ``text`` are inert in a stylesheet and in an HTML ``<style>``.
    """
    return '"' + "".join(f"\\{ord(ch):06X}" for ch in clean_text(text)) + '"'


# A run of this many characters without a break opportunity gets a zero-width space every
# BREAK_EVERY characters. WeasyPrint's overflow-wrap: anywhere re-measures the rest of the run for
# every line it cuts, so one 32,000-character word took 110 s to lay out; with the breaks it is linear.
LONG_RUN = 40
BREAK_EVERY = 20
_LONG_RUN = regex_cache.compile(rf"[^\s\u200b\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]{{{LONG_RUN},}}")


def breakable(text: str) -> str:
    """``text`` with zero-width spaces inside overlong unbroken runs (HTML/PDF only: the words
    and their extracted text stay the same; DOCX wraps long runs itself)."""
    if len(text) < LONG_RUN:
        return text
    return _LONG_RUN.sub(_split_run, text)


def _split_run(match: re.Match[str]) -> str:
    run = match.group()
    return "\u200b".join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))
