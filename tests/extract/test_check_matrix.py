"""The several-vendor text matrix of `termsmith check` on documents: each document cell
ends with a reference to a note under the table that quotes its evidence with page and
paragraph, grouped per vendor, and the whole report fits 100 columns (issue 12, point 3)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import docx.table
import docx.text.paragraph
import pypdfium2 as pdfium
import pytest

from termsmith.cli import main
from termsmith.reporting.text import display_width
from tests.extract.conftest import ROOT

_NOTE = re.compile(r"^  (\[\d+\])\s+(?:p\. (\d+), )?para\. (\d+): “(.*)$")


def _notes(text: str) -> dict[str, list[tuple[str, int | None, int, str]]]:
    """Under the table: vendor label lines, then '  [n] p. 3, para. 12: “quote”' wrapped with a hanging indent."""
    section = text.split("\nEvidence in the documents:\n", 1)[1]
    groups: dict[str, list[tuple[str, int | None, int, str]]] = {}
    label = ""
    for line in section.splitlines():
        m = _NOTE.match(line)
        if m:
            groups[label].append((m[1], int(m[2]) if m[2] else None, int(m[3]), m[4]))
        elif line.startswith("     "):
            ref, page, para, quote = groups[label][-1]
            groups[label][-1] = (ref, page, para, quote + (" " if quote[-1:].isascii() else "") + line.strip())
        elif line.strip():
            label = line.strip()
            groups[label] = []
    return groups


def test_matrix_cells_refer_to_quoted_evidence(rendered, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    pdf = next(
        d for d, s, lang in rendered if d.suffix == ".pdf" and lang == "en" and s.name.startswith("business-system")
    )
    docx_file = next(
        d for d, s, lang in rendered if d.suffix == ".docx" and lang == "en" and s.name.startswith("retail")
    )
    spec = ROOT / "samples" / "business-system-support.en.yaml"
    code = main(["check", str(pdf), str(docx_file), str(spec), "--width", "100", "--no-clauses", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 1
    # the table and the notes fit (the title line before them quotes the checklist's path as given)
    assert max(display_width(line) for line in out.splitlines()[1:]) <= 100

    table = out.split("\nEvidence in the documents:\n", 1)[0]
    lines = table.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("emergency-response "))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
    refs = re.findall(r"\[\d+\]", "\n".join(lines[start:end]))  # the row, wrapped over several lines
    assert len(refs) == 2  # the two documents have references, the spec column has none

    groups = _notes(out)
    assert len(groups) == 2 and all(groups.values())
    (_pdf_label, pdf_notes), (_docx_label, docx_notes) = groups.items()
    numbers = [ref for ref, *_ in pdf_notes + docx_notes]
    assert numbers == [f"[{n}]" for n in range(1, len(numbers) + 1)]  # vendor by vendor, in order
    assert refs[0] in [r for r, *_ in pdf_notes] and refs[1] in [r for r, *_ in docx_notes]

    # read the quotes back from the documents at the page / paragraph the notes give
    document = pdfium.PdfDocument(str(pdf))
    for _, page, _, quote in pdf_notes:
        assert page is not None
        text = "".join(document[page - 1].get_textpage().get_text_range().split())
        head = "".join(quote.removesuffix("”").split(" | ")[0].split())[:20]  # a whole quote closes with ”
        assert head in text, (page, quote)
    paragraphs = _docx_paragraphs(docx_file)
    for _, page, para, quote in docx_notes:
        assert page is None
        assert quote.removesuffix("”").split(" | ")[0][:30] in paragraphs[para - 1], (para, quote)


def _docx_paragraphs(path: Path) -> list[str]:
    """The DOCX's non-empty body paragraphs and table rows, in order (how the notes count paragraphs)."""
    document = docx.Document(str(path))
    out: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(docx.text.paragraph.Paragraph(child, document).text)
        elif tag == "tbl":
            out += [" | ".join(c.text for c in row.cells) for row in docx.table.Table(child, document).rows]
    return [" ".join(t.split()) for t in out if t.strip()]


def test_markdown_matrix_lists_the_evidence_per_vendor(rendered, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    pdf = next(
        d for d, s, lang in rendered if d.suffix == ".pdf" and lang == "en" and s.name.startswith("business-system")
    )
    spec = ROOT / "samples" / "business-system-support.en.yaml"
    main(["check", str(pdf), str(spec), "--format", "md", "--no-clauses", "--lang", "en"])
    out = capsys.readouterr().out
    table, notes = out.split("**Evidence in the documents**", 1)
    row = next(line for line in table.splitlines() if line.startswith("| emergency-response "))
    ref = re.search(r"\\\[(\d+)\\\]", row)
    assert ref is not None
    assert re.search(rf"^  - \\\[{ref[1]}\\\] p\. \d+, para\. \d+: “", notes, re.M)
    assert notes.count("\n- ") == 1  # one vendor document, one group


def test_document_with_a_term_start_and_business_clocks_is_checked(
    rendered, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """The extracted term start is a date for the evaluator's calendar worst case (it was text: exit 2)."""
    pdf = next(d for d, s, lang in rendered if d.suffix == ".pdf" and s.name.startswith("office-oa"))
    code = main(["check", str(pdf), "--format", "json", "--no-clauses"])
    out = capsys.readouterr().out
    assert code == 1 and '"verdict"' in out
