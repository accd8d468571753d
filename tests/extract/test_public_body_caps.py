"""A council's record names the public body whose record it is in capitals as often as in title case ("CITY OF SAN
BERNARDINO—REQUEST FOR COUNCIL ACTION", batch 16's en68): that body is the client, read in either case; the words of
a heading after it ("CITY COUNCIL", "STAFF REPORT") and a sentence's "THE COUNTY" are no public body."""

from __future__ import annotations

from pathlib import Path

from pytest import CaptureFixture

from tests.extract.conftest import write_docx
from tests.extract.extract_support import extract_json, text_lines

# en68's head and its council synopsis, as the record prints them (its later title-case mention left out)
RECORD = [
    "RESOLUTION (ID #2533) DOC ID: 2533",
    "CITY OF SAN BERNARDINO—REQUEST FOR COUNCIL ACTION",
    "Agreement/Contract",
    "From: Mark Yavornicky M/CC Meeting Date: 06/17/2013",
    "Dept: Information Technology Ward(s): All",
    "Subject:",
    "Execution of an Agreement with and the Issuance of a Purchase Order to Accela, Inc., for",
    "Maintenance of the Permits+ System. (#2533)",
    "Motion: Adopt the Resolution.",
    "Synopsis of Previous Council Action:",
    "June 4, 2012 -Resolution 2012-100 - Council approved the execution of a Permits+annual",
    "maintenance agreement with Accela, Inc.",
]


def _parties(path: Path, capsys: CaptureFixture[str]) -> tuple[dict[str, str], dict[str, str]]:
    found = extract_json(path, capsys)
    names = {p["role"]: p["legal_name"] for p in found["terms"].get("parties", [])}
    quotes = {k: v["quote"] for k, v in found["evidence"].items() if k.startswith("parties[")}
    return names, quotes


def test_a_record_heading_in_capitals_names_the_client(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "record.txt"
    path.write_text(text_lines(*RECORD), encoding="utf-8")
    names, quotes = _parties(path, capsys)
    assert names == {"client": "CITY OF SAN BERNARDINO", "vendor": "Accela, Inc."}
    assert "CITY OF SAN BERNARDINO—REQUEST FOR COUNCIL ACTION" in quotes.values()


def test_the_record_read_from_docx(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = write_docx(tmp_path / "record.docx", RECORD)
    names, _ = _parties(path, capsys)
    assert names == {"client": "CITY OF SAN BERNARDINO", "vendor": "Accela, Inc."}


def test_a_heading_s_words_after_the_place_are_no_part_of_it(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "report.txt"
    lines = [*RECORD]
    lines[1] = "CITY OF CARLSBAD CITY COUNCIL STAFF REPORT"  # en57's city, in a staff report's heading
    path.write_text(text_lines(*lines), encoding="utf-8")
    names, _ = _parties(path, capsys)
    assert names == {"client": "CITY OF CARLSBAD", "vendor": "Accela, Inc."}


def test_the_county_in_capitals_is_no_name(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "record.txt"
    lines = [*RECORD]
    lines[1] = "THE COUNTY COUNCIL—REQUEST FOR COUNCIL ACTION"
    path.write_text(text_lines(*lines), encoding="utf-8")
    names, _ = _parties(path, capsys)
    assert names == {"vendor": "Accela, Inc."}


def test_of_written_with_a_capital_is_still_the_place(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "record.txt"
    lines = [*RECORD]
    lines[1] = "City Of Santa Ana [Exhibit F]"  # en55's line, as its OCR'd exhibit heads its pages
    path.write_text(text_lines(*lines), encoding="utf-8")
    names, _ = _parties(path, capsys)
    assert names == {"client": "City Of Santa Ana", "vendor": "Accela, Inc."}
