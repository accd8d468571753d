"""Check, before rendering a PDF, that the system has what good CJK output needs.

Without ``libharfbuzz-subset`` WeasyPrint embeds whole CJK font files (tens of
megabytes, many times slower); without the Noto CJK fonts Chinese prints as
empty boxes. Both are silent in WeasyPrint, so termsmith says so plainly, with
the command that fixes it. Checks use ctypes and ``fc-list`` only (no WeasyPrint
import) and are cached per process.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from termsmith.rendering.theme import load_theme

_HB_SUBSET_NAMES = ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll")


@dataclass(frozen=True, slots=True)
class FontProblem:
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.message}\n  fix: {self.fix}"


class MissingFontsError(RuntimeError):
    """The system lacks a library or font the PDF needs; ``problems`` say what and how to fix."""

    def __init__(self, problems: list[FontProblem]) -> None:
        self.problems = problems
        super().__init__("cannot render a good PDF on this system:\n" + "\n".join(map(str, problems)))


@cache
def has_harfbuzz_subset() -> bool:
    for name in _HB_SUBSET_NAMES:
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


_listing: subprocess.Popen[str] | None = None  # fc-list started ahead (list_fonts_ahead), not yet read


def list_fonts_ahead() -> None:
    """Start ``fc-list`` now, so the font check of a render that comes later reads its answer
    instead of waiting for it (~10 ms of a cold render); optional."""
    global _listing
    fc_list = shutil.which("fc-list")
    if _listing is not None or _catalogue.cache_info().currsize or fc_list is None:
        return
    try:
        _listing = subprocess.Popen(
            _fc_list_command(fc_list), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
    except OSError:  # the check runs it again and reports what it finds
        _listing = None


def _fc_list_command(fc_list: str) -> list[str]:
    return [fc_list, ":", "family", "file"]


def _fc_list_output() -> str | None:
    global _listing
    listing, _listing = _listing, None
    if listing is not None:
        try:
            out, _ = listing.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            listing.kill()
            listing.communicate()
        else:
            if listing.returncode == 0:
                return out
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(_fc_list_command(fc_list), capture_output=True, text=True, timeout=20, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


@cache
def _catalogue() -> dict[str, frozenset[str]] | None:
    """Every font family fontconfig knows, with the files that hold it; None when
    ``fc-list`` is unavailable."""
    out = _fc_list_output()
    if out is None:
        return None
    files: dict[str, set[str]] = {}
    for line in out.splitlines():
        path, sep, names = line.rpartition(": ")
        if not sep:  # a font with no family name: "path:"
            continue
        for name in names.split(","):
            files.setdefault(name.strip(), set()).add(path)
    return {name: frozenset(paths) for name, paths in files.items()}


def installed_families() -> frozenset[str] | None:
    """Every font family fontconfig knows, or None when ``fc-list`` is unavailable."""
    catalogue = _catalogue()
    return None if catalogue is None else frozenset(catalogue)


def family_files(families: Iterable[str]) -> list[str] | None:
    """The font files that hold ``families`` (every style), sorted; None when fontconfig
    cannot say or one of them is not installed."""
    catalogue = _catalogue()
    if catalogue is None or any(name not in catalogue for name in families):
        return None
    return sorted({path for name in families for path in catalogue[name]})


def font_problems(languages: Iterable[str]) -> list[FontProblem]:
    """What is missing to render ``languages`` well; empty when all is in place."""
    problems = []
    if not has_harfbuzz_subset():
        problems.append(
            FontProblem(
                "libharfbuzz-subset is not installed: WeasyPrint would embed whole CJK fonts "
                "(PDFs of tens of MB, rendering tens of times slower).",
                "sudo apt-get install -y libharfbuzz-subset0   (macOS: brew install harfbuzz)",
            )
        )
    families = installed_families()
    if families is not None:
        missing = sorted(theme_families(languages) - families)
        if missing:
            problems.append(
                FontProblem(
                    f"fonts not installed: {', '.join(missing)}; the PDF would show empty boxes "
                    "or a wrong face instead of the text.",
                    "sudo apt-get install -y fonts-noto-cjk fonts-noto-core   (then: fc-cache -f)",
                )
            )
    return problems


def theme_families(languages: Iterable[str]) -> set[str]:
    """The font families the theme names for ``languages`` (body and heading, CJK and Latin)."""
    theme = load_theme()
    needed: set[str] = set()
    for lang in languages:
        fonts = theme.fontset(lang)  # type: ignore[arg-type]  # lang: a str checked against LANGS on load; the model wants the Lang literal
        needed |= {fonts.east_asian, fonts.east_asian_heading, fonts.latin, fonts.latin_heading}
    return needed


def require_fonts(languages: Iterable[str]) -> None:
    """Raise ``MissingFontsError`` with the apt-get fix when something is missing."""
    problems = font_problems(languages)
    if problems:
        raise MissingFontsError(problems)
