"""The bundled theme (the repository's ``rendering/`` folder): fonts, sizes, page geometry.

DOCX styles and the PDF stylesheet both read their font names from here, so the
two formats name the same faces for the same language.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from termsmith.document.model import Lang
from termsmith.resources import bundled


@dataclass(frozen=True, slots=True)
class FontSet:
    """The faces one language is set in, and how Word should tag its runs."""

    east_asian: str  # the Han face for body text (the right regional forms: SC or TC)
    east_asian_heading: str
    latin: str
    latin_heading: str
    word_lang: str  # w:lang value: zh-CN, zh-TW, en-US
    charset: str  # w:charset of the East-Asian font table entry (86 GB2312, 88 Big5)
    latin_first: bool  # HTML font stack: Latin face before the Han face (English text)
    justify: bool  # justified body text (Chinese) or ragged right (English, no hyphenation)
    recital_indent: bool  # recitals open with a two-character indent (Chinese convention)
    # the faces a DOCX names: ones Word users have (SimSun, PMingLiU, Times New Roman …); None: as for PDF
    word_east_asian: str | None = None
    word_east_asian_heading: str | None = None
    word_latin: str | None = None
    word_latin_heading: str | None = None

    def word_faces(self) -> FontSet:
        """This font set with the faces a DOCX names (the PDF keeps the Noto faces it embeds)."""
        return dataclasses.replace(
            self,
            east_asian=self.word_east_asian or self.east_asian,
            east_asian_heading=self.word_east_asian_heading or self.east_asian_heading,
            latin=self.word_latin or self.latin,
            latin_heading=self.word_latin_heading or self.latin_heading,
        )

    def body_stack(self) -> tuple[str, str]:
        return (self.latin, self.east_asian) if self.latin_first else (self.east_asian, self.latin)

    def heading_stack(self) -> tuple[str, str]:
        if self.latin_first:
            return (self.latin_heading, self.east_asian_heading)
        return (self.east_asian_heading, self.latin_heading)


@dataclass(frozen=True, slots=True)
class Theme:
    folder: Path
    page: dict[str, Any]
    fonts: dict[str, FontSet]
    word_alternates: dict[str, str]
    sizes: dict[str, float]
    line_spacing: float
    space_after_pt: float

    def fontset(self, lang: Lang) -> FontSet:
        return self.fonts[lang]

    def read_text(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")


def theme_folder() -> Path:
    return bundled("rendering")


@cache
def load_theme() -> Theme:
    folder = theme_folder()
    raw = json.loads((folder / "theme.json").read_text(encoding="utf-8"))
    return Theme(
        folder=folder,
        page=raw["page"],
        fonts={lang: FontSet(**spec) for lang, spec in raw["fonts"].items()},
        word_alternates={k: v for k, v in raw["word_alternates"].items() if not k.startswith("_")},
        sizes={k: float(v) for k, v in raw["sizes"].items()},
        line_spacing=float(raw["line_spacing"]),
        space_after_pt=float(raw["space_after_pt"]),
    )
