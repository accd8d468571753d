"""Characters the PDF fonts cannot draw: found before rendering, reported as a warning.

WeasyPrint prints a character that none of the theme's fonts has as an empty box,
silently. A document is almost always made of characters the Noto faces cover in
full (Latin, punctuation, the basic CJK block), so only the rest — rare
ideographs from the extension blocks, symbols — are looked up in the fonts'
character maps, and those maps are loaded only when such a character occurs.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterable
from functools import cache

from termsmith.rendering.fonts import theme_families

# Ranges every theme font stack covers completely (Noto Serif/Sans + Noto CJK).
_COVERED = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x2000, 0x206F),
    (0x20A0, 0x20BF),
    (0x2100, 0x214F),
    (0x3000, 0x303F),
    (0x4E00, 0x9FA5),
    (0xFF00, 0xFFEF),
)


def _surely_covered(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _COVERED)


def _needs_glyph(ch: str) -> bool:
    return not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")


def surely_drawn(text: str) -> bool:
    """Whether the theme's faces draw every character of ``text`` without looking anything up
    (no font fallback can be needed)."""
    return all(_surely_covered(ch) or not _needs_glyph(ch) for ch in set(text))


@cache
def _cmap(family: str) -> frozenset[int]:
    """Code points of the face fontconfig picks for ``family``; empty when it cannot be read."""
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}|%{index}", family], capture_output=True, text=True, timeout=20, check=True
        ).stdout
        path, _, index = out.partition("|")
        from fontTools.ttLib import TTCollection, TTFont

        font = (
            TTCollection(path, lazy=True).fonts[int(index or 0)] if path.endswith(".ttc") else TTFont(path, lazy=True)
        )
        return frozenset(font["cmap"].getBestCmap())
    except (OSError, subprocess.SubprocessError, ValueError, KeyError, IndexError):
        return frozenset()


def _families(languages: Iterable[str]) -> list[str]:
    return sorted(theme_families(languages))


def uncovered_characters(texts: Iterable[str], languages: Iterable[str]) -> list[str]:
    """The distinct characters in ``texts`` that no font of the languages' font stacks can draw."""
    distinct: set[str] = set()
    for text in texts:  # a document's ~50,000 characters are ~1,500 distinct ones: test those
        distinct.update(text)
    rare = sorted(ch for ch in distinct if not _surely_covered(ch) and _needs_glyph(ch))
    if not rare:
        return []
    maps = [m for m in (_cmap(f) for f in _families(languages)) if m]
    if not maps:  # fonts unreadable: the missing-fonts check speaks for that
        return []
    return [ch for ch in rare if not any(ord(ch) in m for m in maps)]


def describe(chars: list[str], limit: int = 8) -> str:
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:limit])
    return shown + (f" and {len(chars) - limit} more" if len(chars) > limit else "")
