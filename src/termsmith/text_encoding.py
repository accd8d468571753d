"""Plain-text agreements in the encodings they arrive in: UTF-8, UTF-16, GB18030 (GBK) or Big5.

A vendor's terms saved as plain text on a Chinese Windows machine are GBK (a subset of
GB18030); on a Taiwanese or Hong Kong one, Big5; Notepad's "Unicode" is UTF-16 with a
byte-order mark. UTF-8 is tried first, with or without a byte-order mark, then UTF-16 when
the file opens with its mark. A file that is neither is read as whichever of those two
charset-normalizer (MIT) finds it to be, when it finds one cleanly; any other file is
refused as before ("not UTF-8"), so a Latin-1, Shift-JIS or binary file is never read as
Chinese. Only prose is read so: a spec is YAML, which is UTF-8 by definition.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from termsmith.diagnostics import Diagnostic, Position, Severity

UTF8 = "utf-8"
LEGACY = ("gb18030", "big5")
_NAMES = {"gb18030": "GB18030 (GBK)", "big5": "Big5", "utf-16": "UTF-16"}  # as a message names them
# charset-normalizer's "chaos" (0: every character plausible): a real GBK or Big5 text scores
# ~0.0-0.02; the other encoding's reading of the same bytes is mojibake and scores far higher
_MAX_CHAOS = 0.1


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-16", "gb18030" or "big5"


def encoding_note(file: str, encoding: str) -> Diagnostic | None:
    """The note (E103, info) that ``file`` was read in ``encoding``; None for UTF-8."""
    if encoding == UTF8:
        return None
    return Diagnostic(
        "E103",
        Severity.INFO,
        f"read as {_NAMES.get(encoding, encoding)}: the file is not UTF-8",
        file,
        Position(1, 1),
        hint="check that the text reads right; saving the file as UTF-8 removes this note",
    )


def decode_prose(raw: bytes) -> Decoded:
    """``raw`` as text: UTF-8, else marked UTF-16, else GB18030 or Big5 when unmistakably one of them.

    Raises the UTF-8 ``UnicodeDecodeError`` (which names the first bad byte) otherwise."""
    try:
        return Decoded(raw.decode("utf-8-sig"), UTF8)
    except UnicodeDecodeError as exc:
        error = exc
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's "Unicode": marked, so unmistakable
        try:
            return Decoded(raw.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise error from None
    from charset_normalizer import from_bytes  # only a file that is not UTF-8 pays for it

    best = from_bytes(raw, cp_isolation=list(LEGACY)).best()
    if best is None or best.encoding not in LEGACY or best.chaos > _MAX_CHAOS:
        raise error
    return Decoded(str(best), best.encoding)
