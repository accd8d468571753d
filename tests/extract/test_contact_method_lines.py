"""Issue 12 (session 28): contact ways as a Word list. en805 (a real service-desk SLA) lists its contact methods as a
Word bulleted list under "Contact methods: Customers can contact the Service Desk using the following methods:" —
"Email: servicedesk@…", "Telephone: 712-…". Word keeps a list's bullets out of the paragraph text, and a lead that
long was no label: termsmith read neither way. A line labelled by its way under a lead naming contact methods (short,
or ending in a colon) is a channel; the same lines under a notices heading are not. The text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from extract_support import extract_json


def _docx(tmp_path: Path, lead: str) -> Path:
    doc = Document()
    doc.add_paragraph("Service Desk Service Level Agreement")
    doc.add_paragraph(lead)
    for item in ("Email: servicedesk@harbourtech.example.com", "Telephone: 712-123-4567"):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("Response times fit within the hours of operation stated above.")
    path = tmp_path / "sla.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    "lead", ["Contact methods: Customers can contact the Service Desk using the following methods:", "Contact methods"]
)
def test_way_labelled_list_items_are_channels(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    found = extract_json(_docx(tmp_path, lead), capsys)
    assert found["terms"]["support_channels"] == [
        {"kind": "email", "address": "servicedesk@harbourtech.example.com"},
        {"kind": "phone", "address": "712-123-4567"},
    ]
    assert found["evidence"]["support_channels[1].kind"]["paragraph"] == 4


def test_the_same_lines_under_a_notices_lead_are_no_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = extract_json(_docx(tmp_path, "Notices under this agreement are sent to:"), capsys)
    assert "support_channels" not in found["terms"]
