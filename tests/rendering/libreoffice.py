"""Convert a DOCX with LibreOffice headless (installed by scripts/setup.sh) and read the PDF back."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

_PROFILE = Path(tempfile.gettempdir()) / "termsmith-tests-libreoffice-profile"


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
    source = folder / f"{name}.docx"
    source.write_bytes(docx)
    subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{_PROFILE}", "--headless", "--convert-to", "pdf", "--outdir",
         str(folder), str(source)],
        capture_output=True, timeout=300, check=True,
    )
    pdf = folder / f"{name}.pdf"
    assert pdf.exists(), "LibreOffice made no PDF"
    return pdf


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    """Text without line breaks and the spaces LibreOffice puts around field results in CJK lines."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
