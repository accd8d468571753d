"""Issue 12 (session 28): a PDF whose content stream is not in reading order. Some report generators (a real
PDFsharp service agreement in the corpus) write a page's headings first, then its clauses, and each clause number
after its clause; PDFium returns the text in that order. termsmith puts such a page's lines in the order they stand
on the page, joins each clause number to its clause, keeps a cover page's two side-by-side party blocks column after
column, and drops a running header only where it stands in the page's margin: party names repeated on several pages
above the signatures are content. The PDF is written here by hand (Helvetica, one text object a line), so the stream
order is exactly the one under test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_json

from termsmith.extract.readers import read_document

_HEIGHT = 842


def _pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A PDF whose pages draw each (x, y, text) in the order given, in 11 pt Helvetica."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        body = "".join(
            f"BT /F1 11 Tf {x} {y} Td ({t.replace('(', chr(92) + '(').replace(')', chr(92) + ')')}) Tj ET\n"
            for x, y, t in lines
        )
        objects.append(f"<< /Length {len(body)} >>\nstream\n{body}endstream")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {len(objects)} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _header(n: int) -> tuple[float, float, str]:
    return (40, 815, f"Support Agreement          Page {n} of 3")


# page 1: the cover's two party blocks, then the headings, then the clauses (each wrapped over two lines), each
# clause's number after its clause
_COVER = [
    (40, 790, "SUPPORT AGREEMENT"),
    (120, 740, "CLIENT"),
    (100, 720, "Harbour Freight Co"),
    (90, 700, "12 Quay Street, Auckland"),
    (110, 680, '(the "Client")'),
    (380, 740, "SUPPLIER"),
    (360, 720, "Kestrel Apps Ltd"),
    (350, 700, "4 Mill Lane, Wellington"),
    (370, 680, '(the "Supplier")'),
    (40, 640, "RESPONSE TIMES"),
    (40, 540, "FEES"),
    (62, 620, "The Supplier will respond to a Critical incident reported by the Client by"),
    (62, 606, "telephone within 2 hours."),
    (40, 620, "1."),
    (62, 586, "The Supplier will respond to a Minor incident reported by the Client by email"),
    (62, 572, "within 2 business days."),
    (40, 586, "2."),
    (62, 520, "The Client will pay NZD 900 per month for support, invoiced at the start of"),
    (62, 506, "each month."),
    (40, 520, "3."),
]
_SIGNATURES = [(100, 300, "Harbour Freight Co"), (100, 240, "Kestrel Apps Ltd")]


@pytest.fixture
def agreement(tmp_path: Path) -> Path:
    path = tmp_path / "agreement.pdf"
    page2 = [(62, 700, "This agreement runs for 12 months."), (40, 700, "4."), *_SIGNATURES]
    page3 = [(62, 700, "Signed in Auckland."), *_SIGNATURES]
    path.write_bytes(_pdf([[_header(1), *_COVER], [_header(2), *page2], [_header(3), *page3]]))
    return path


def test_lines_read_in_page_order(agreement: Path) -> None:
    texts = [p.text for p in read_document(agreement).paragraphs]
    assert texts[:12] == [
        "SUPPORT AGREEMENT",
        "CLIENT",
        "Harbour Freight Co",
        "12 Quay Street, Auckland",
        '(the "Client")',
        "SUPPLIER",
        "Kestrel Apps Ltd",
        "4 Mill Lane, Wellington",
        '(the "Supplier")',
        "RESPONSE TIMES",
        "1. The Supplier will respond to a Critical incident reported by the Client by telephone within 2 hours.",
        "2. The Supplier will respond to a Minor incident reported by the Client by email within 2 business days.",
    ]
    assert texts[12:15] == [
        "FEES",
        "3. The Client will pay NZD 900 per month for support, invoiced at the start of each month.",
        "4. This agreement runs for 12 months.",
    ]
    # the running header went (its page number changes from page to page); the signatures' names stayed
    assert not any("Page" in t for t in texts)
    assert texts.count("Harbour Freight Co") == 3 and texts.count("Kestrel Apps Ltd") == 3


def test_joined_number_points_at_both_page_lines(agreement: Path) -> None:
    """The clause number and its clause come from two of PDFium's lines; evidence points at each."""
    clause = next(p for p in read_document(agreement).paragraphs if p.text.startswith("1. "))
    assert [(piece.offset, piece.page) for piece in clause.pieces][:2] == [(0, 1), (3, 1)]
    number_line, clause_line = clause.pieces[0].line, clause.pieces[1].line
    assert number_line > clause_line  # the number was written after its clause


def test_terms_from_a_disordered_pdf(agreement: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(agreement, capsys)
    terms = found["terms"]
    assert terms["parties"] == [
        {"role": "client", "legal_name": "Harbour Freight Co"},
        {"role": "vendor", "legal_name": "Kestrel Apps Ltd"},
    ]
    assert terms["term"]["length"] == "12 months"
    assert terms["fees"]["rate_card"][0]["price"] == "900.00 NZD"
    assert found["evidence"]["term.length"]["page"] == 2


def test_an_ordered_pdf_is_left_as_written(tmp_path: Path) -> None:
    """Two columns written one after the other, in reading order: nothing moves."""
    path = tmp_path / "ordered.pdf"
    lines = [*_COVER[:10], (40, 620, "The Supplier will respond within 2 hours.")]
    path.write_bytes(_pdf([lines]))
    assert [p.text for p in read_document(path).paragraphs] == [t for _, _, t in lines]


def test_a_row_of_copies_only_places_nothing() -> None:
    """A ruled row whose every cell repeats a merged-down cell above holds none of the page's text: the page's lines
    stay as they are (batch 84's code stopped with an IndexError on such a row in two real PDFs)."""
    from termsmith.extract.pdf_tables import Fragment, Row, place

    above = Fragment("Priority 1", line=1, column=0)
    lines = place(["Priority 1", "within 2 hours"], [Row([[Fragment("Priority 1", copy_of=above)]], ruled=True)])
    assert [(line.text, line.row) for line in lines] == [("Priority 1", False), ("within 2 hours", False)]


def test_a_copy_of_a_cell_whose_row_was_not_placed_points_at_its_text() -> None:
    """en808 (batch 85): a ruled table's first row could not be placed (its last cell's lines stand apart), and the rows
    below repeat its merged-down cells; their evidence pointed at page line 0. The copy now points at the line where
    the original's words stand."""
    from termsmith.extract.pdf_tables import Fragment, Row, place

    lines = ["Waste Chute Cleaning Quarterly 112 Canterbury Road", "Building A $450 + GST", "Yearly"]
    service, often = Fragment("Waste Chute Cleaning"), Fragment("Quarterly")
    first = Row([[service], [often], [Fragment("112 Canterbury Road")], [Fragment("Quarterly 6 Monthly")]], ruled=True)
    below = Row([[Fragment(service.text, copy_of=service)], [Fragment(often.text, copy_of=often)],
                 [Fragment("Building A $450 + GST")], []], ruled=True)  # fmt: skip
    placed = place(lines, [first, below])
    row = next(line for line in placed if line.row)
    assert row.text == "Waste Chute Cleaning | Quarterly | Building A $450 + GST"
    assert row.parts == [(0, 1, 1), (23, 1, 22), (35, 2, 1)]


def test_lint_positions_in_a_disordered_pdf_point_at_pdfiums_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lint reads the page in its reading order, and each finding still points at the characters in PDFium's text,
    whichever line of the stream they came from (a clause number written after its clause)."""
    import json

    import pypdfium2 as pdfium

    from termsmith.cli import main

    path = tmp_path / "vague.pdf"
    lines = [  # each clause over three lines, its number written after it: the number climbs two lines
        (40, 790, "SUPPORT AGREEMENT"),
        (40, 700, "SERVICE LEVELS"),
        (62, 680, "The Supplier will respond to every incident reported by the Client"),
        (62, 666, "as soon as possible and will restore the service promptly once the"),
        (62, 652, "cause is known."),
        (40, 680, "1."),
        (62, 632, "The Supplier will keep the Client informed of the progress of each"),
        (62, 618, "incident by email, once a day, until the incident is closed by the"),
        (62, 604, "Client."),
        (40, 632, "2."),
        (62, 584, "The Client will report incidents through the support portal within"),
        (62, 570, "one business day of noticing them, with the steps that show the"),
        (62, 556, "fault."),
        (40, 584, "3."),
    ]
    path.write_bytes(_pdf([lines]))
    main(["lint", str(path), "--format", "json"])
    hits = json.loads(capsys.readouterr().out)["diagnostics"]
    text = pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range().replace("\r\n", "\n").split("\n")
    found = {}
    for hit in hits:
        page, line, column = (int(hit["extra"][k]) for k in ("page", "page_line", "page_column"))
        assert page == 1
        term = hit["extra"]["term"]
        found[term] = text[line - 1][column - 1 : column - 1 + len(term)]
    assert found.get("as soon as possible") == "as soon as possible"
    assert found.get("promptly") == "promptly"
    number = next(p for p in read_document(path).paragraphs if p.text.startswith("1. "))
    assert number.text == (
        "1. The Supplier will respond to every incident reported by the Client as soon as possible and will restore"
        " the service promptly once the cause is known."
    )
