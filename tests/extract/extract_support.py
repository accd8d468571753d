"""Helpers the extraction rule tests share: text written to a file and extracted, and the
severity levels' times in a form a test can compare."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from termsmith.cli import main
from termsmith.extract.api import extract_file
from termsmith.extract.score import facts


def extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The document's entry of `termsmith extract FILE --format json`, as a client runs it."""
    assert main(["extract", str(path), "--format", "json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)["documents"][0]
    return found


def text_lines(*lines: str) -> str:
    """Lines of a text document, each ended by a newline."""
    return "\n".join(lines) + "\n"


def pipe_table(rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown pipe table's lines: the first row its header, a separator line under it."""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return lines + ["| " + " | ".join(r) + " |" for r in rows[1:]]


def extract_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: Sequence[str], name: str = "doc.txt"
) -> dict[str, Any]:
    """The document's entry of `termsmith extract` for ``lines`` saved as ``name`` (its suffix picks the reader; a
    ``.docx`` holds one paragraph a line, a ``.pdf`` one printed paragraph a line)."""
    if name.endswith(".docx"):
        return extract_json(docx_paragraphs(tmp_path, lines, name), capsys)
    if name.endswith(".pdf"):
        return extract_json(pdf_paragraphs(tmp_path, lines, name), capsys)
    path = tmp_path / name
    path.write_text(text_lines(*lines), encoding="utf-8")
    return extract_json(path, capsys)


def terms_of(tmp_path: Path, text: str, name: str = "doc.txt") -> dict[str, Any]:
    """The terms extracted from ``text`` saved as ``name`` (its suffix picks the reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)[1].terms


def parties_of(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """The (role, legal name) pairs extracted from ``text``, in the order the extractor gives them."""
    return [(p["role"], p["legal_name"]) for p in terms_of(tmp_path, text).get("parties", [])]


def level_times(terms: dict[str, Any]) -> dict[str, tuple[str | None, str | None]]:
    """Each severity level's name → (response within, resolution within)."""
    return {
        lv["name"]: (lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    }


def line_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: Sequence[str], name: str = "doc.txt"
) -> dict[str, tuple[str | None, str | None]]:
    """Each severity level's name → (response within, resolution within), for ``lines`` saved as ``name`` and read
    through the CLI (`extract_lines`)."""
    return level_times(extract_lines(tmp_path, capsys, lines, name)["terms"])


def level_clocks(terms: dict[str, Any]) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    """Each severity level's name → (response within, its clock, resolution within, its clock)."""
    out = {}
    for lv in terms.get("severity_levels", []):
        response, resolution = lv.get("response", {}), lv.get("resolution", {})
        out[lv["name"]] = (
            response.get("within"),
            response.get("clock"),
            resolution.get("within"),
            resolution.get("clock"),
        )
    return out


def fee_facts(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    """The fee facts (``("fee", amount, basis)``, as the corpus scorer counts them) extracted from ``text``, sorted."""
    return sorted(f for f in facts(terms_of(tmp_path, text)) if f[0] == "fee")


def file_fee_facts(path: Path) -> list[tuple[str, ...]]:
    """The fee facts extracted from the file at ``path`` (a DOCX or PDF a test built), sorted."""
    return sorted(f for f in facts(extract_file(path)[1].terms) if f[0] == "fee")


def docx_table(
    tmp_path: Path,
    title: str | Sequence[str],
    rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...],
    tail: Sequence[str] = (),
    name: str = "plans.docx",
) -> Path:
    """A DOCX holding the paragraph(s) ``title``, one table of ``rows`` (the first row its header) and the paragraphs
    ``tail``, saved as ``name``."""
    import docx

    document = docx.Document()
    for line in [title] if isinstance(title, str) else title:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for line in tail:
        document.add_paragraph(line)
    path = tmp_path / name
    document.save(str(path))
    return path


def pdf_paragraphs(tmp_path: Path, lines: Sequence[str], name: str = "doc.pdf") -> Path:
    """A PDF printing ``lines``, one paragraph each, saved as ``name``."""
    import html

    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    path = tmp_path / name
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    return path


def docx_paragraphs(tmp_path: Path, lines: Sequence[str], name: str = "doc.docx") -> Path:
    """A DOCX holding ``lines``, one paragraph each, saved as ``name``."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / name
    document.save(str(path))
    return path


def channel_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: Sequence[str], name: str = "doc.txt"
) -> list[str]:
    """The support channels' kinds `termsmith extract` reads from ``lines`` saved as ``name``, sorted."""
    found = extract_lines(tmp_path, capsys, lines, name)
    return sorted(c["kind"] for c in found["terms"].get("support_channels", []))


def vendor_of(tmp_path: Path, *lines: str) -> str | None:
    """The vendor's legal name extracted from a text document of ``lines``, or None."""
    return dict(parties_of(tmp_path, text_lines(*lines))).get("vendor")


def docx_vendor_of(tmp_path: Path, *lines: str) -> str | None:
    """The vendor's legal name extracted from a DOCX of ``lines`` (one paragraph each), or None."""
    parties = extract_file(docx_paragraphs(tmp_path, lines))[1].terms.get("parties", [])
    return next((p["legal_name"] for p in parties if p["role"] == "vendor"), None)


# a vendor's page of ticket priorities that states no clock with its times (en695's layout)
PRIORITY_PAGE = (
    "SLA Ticket Priorities",
    "Urgent Priority",
    "First Response Time: 30 minutes",
    "Completion Time: 2 hours",
    "Low Priority",
    "First Response Time: 16 hours",
    "Completion Time: 7 days",
)
