"""Convert a DOCX with LibreOffice headless (installed by scripts/setup.sh) and read the PDF back."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

# one profile per test process: two LibreOffice instances on one profile refuse to start
_PROFILE = Path(tempfile.gettempdir()) / f"termsmith-tests-libreoffice-profile-{os.getpid()}"
REPO = Path(__file__).resolve().parents[2]
FONT_CONFIG = REPO / "rendering" / "fontconfig" / "64-termsmith-word-faces.conf"


def fontconfig_file(folder: Path) -> Path:
    """A fonts.conf that loads termsmith's face mapping (as setup.sh installs it) before the system's."""
    path = folder / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f'<fontconfig><include ignore_missing="no">{FONT_CONFIG}</include>'
        "<include>/etc/fonts/fonts.conf</include></fontconfig>\n",
        encoding="utf-8",
    )
    return path


def soffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    assert found, "LibreOffice is not installed: run scripts/setup.sh (libreoffice-writer-nogui)"
    return found


@cache
def version() -> tuple[int, int]:
    out = subprocess.run([soffice(), "--version"], capture_output=True, text=True, timeout=120).stdout
    major, minor = re.search(r"(\d+)\.(\d+)", out).groups()  # type: ignore[union-attr]
    return int(major), int(minor)


def convert_to_pdf(docx: bytes, folder: Path, name: str = "doc") -> Path:
    """The PDF LibreOffice makes from ``docx`` (its own profile, so parallel runs do not collide)."""
    return convert_all({name: docx}, folder)[name]


def convert_all(docs: dict[str, bytes], folder: Path) -> dict[str, Path]:
    """Several DOCX converted by one LibreOffice run, with termsmith's fontconfig mapping loaded."""
    sources = []
    for name, data in docs.items():
        sources.append(folder / f"{name}.docx")
        sources[-1].write_bytes(data)
    env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig_file(folder))}
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{_PROFILE}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=600,
        check=True,
        env=env,
    )
    out = {name: folder / f"{name}.pdf" for name in docs}
    assert all(p.exists() for p in out.values()), "LibreOffice made no PDF"
    return out


def raster(pdf: Path, page: int = 1, dpi: int = 100) -> bytes:
    """Page ``page`` of ``pdf`` as PGM bytes (poppler), for comparing what two PDFs look like."""
    return subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    """Text without line breaks and the spaces LibreOffice puts around field results in CJK lines."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
