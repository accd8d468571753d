"""What a Typst compiler needs before any document: the theme's font files and the faces per language.

Kept apart from ``typst_renderer`` (which turns a Document into Typst's data) so that the
one-shot command's worker process (``typst_worker``) can build its compiler and load the
faces without importing the layout, the Document model's renderers or the text cleaning:
the worker's start is on the critical path of a cold ``render``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from termsmith.rendering.fonts import theme_families
from termsmith.rendering.theme import Theme
from termsmith.rendering.typst_fonts import font_folder

# Typst's language and region per document language: they pick CJK punctuation rules
# and line breaking (the font itself gives the SC or TC glyph forms).
TYPST_LANG: dict[str, dict[str, str]] = {
    "zh-Hans": {"lang": "zh", "region": "cn"},
    "zh-Hant": {"lang": "zh", "region": "tw"},
    "en": {"lang": "en", "region": "us"},
}


class TypstUnavailableError(RuntimeError):
    """The ``typst`` package is not installed."""


@cache
def theme_font_folder() -> Path | None:
    """The folder of the theme's font files (``typst_fonts``), or None to scan the system's."""
    return font_folder(theme_families(TYPST_LANG))


def new_compiler(fonts: str) -> Any:
    """A compiler that knows the theme's font files only ("theme"), or every system font."""
    try:
        import typst
    except ImportError as exc:  # pragma: no cover - typst is a declared dependency
        raise TypstUnavailableError("the typst package is not installed: pip install typst") from exc
    folder = theme_font_folder() if fonts == "theme" else None
    if folder is None:
        return typst.Compiler()
    return typst.Compiler(font_paths=[str(folder)], ignore_system_fonts=True)


def face_samples(theme: Theme, languages: tuple[str, ...]) -> list[bytes]:
    """One line of Typst per face ``languages`` use (each once, in the languages' order):
    typesetting it makes Typst load that face (a CJK face takes ~20 ms)."""
    lines: dict[bytes, None] = {}
    for lang in languages:
        info = lang_info(theme, lang)
        for stack, weight in ((info["body"], "regular"), (info["body"], "bold"), (info["heading"], "bold")):
            names = [entry["name"] if isinstance(entry, dict) else entry for entry in stack]
            fonts = "(" + "".join(json.dumps(name) + ", " for name in names) + ")"
            lines[f'#text(font: {fonts}, weight: "{weight}")[字 A]'.encode()] = None
    return list(lines)


def lang_info(theme: Theme, lang: str) -> dict[str, Any]:
    fonts = theme.fontset(lang)  # type: ignore[arg-type]  # lang: a str checked against LANGS on load; the model wants the Lang literal
    return {
        "body": _typst_stack(fonts.body_stack(), lang),
        "heading": _typst_stack(fonts.heading_stack(), lang),
        "args": TYPST_LANG[lang],
        "justify": fonts.justify,
        "recital_indent": fonts.recital_indent,
    }


def _typst_stack(stack: tuple[str, ...], lang: str) -> list[Any]:
    """Typst's font list for ``lang``. Chinese: the Latin face first, for Latin letters only
    (Typst's ``latin-in-cjk``), then the CJK face. With the CJK face first, Typst builds a
    letter that face lacks (Ĺ, ď) from a base letter and a combining mark, and the PDF's text
    then reads back wrong ("Ltd." as "Ĺtd."); the Latin face has every such letter whole."""
    if not lang.startswith("zh"):
        return list(stack)
    cjk, *latin = stack
    return [*({"name": name, "covers": "latin-in-cjk"} for name in latin), cjk]
