"""Shared fixtures: the bundled samples rendered once per session as DOCX and PDF in
every language each declares (the documents the self-consistency test reads back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.validation import validate_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path, str]]:
    """(document, spec, language) for every sample × declared language × {docx, pdf}."""
    out = tmp_path_factory.mktemp("rendered")
    found: list[tuple[Path, Path, str]] = []
    for spec in SAMPLES:
        document = validate_path(spec).document
        for lang in document.spec.languages.output:
            folder = out / f"{spec.stem}-{lang}"
            assert main(["render", str(spec), "-o", str(folder), "--lang", lang, "--format", "docx,pdf"]) == 0
            for file in sorted(folder.iterdir()):
                found.append((file, spec, lang))
    return found
