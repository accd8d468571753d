"""Session 21 (issue 12, extract20), read back through `extract_file`, the API under every front end: the two sides of
a "between" block when both get a role, or neither does. The positive texts are real lines of three corpus batches
(batch 20's en93, batch 19's en91, batch 17's en80), cut to the lines that matter; the guards are texts of our own.

- both sides with a role ('MOBILE ACCESS SOFTWARE, INC., ("Licensor") having … and The City of Santa Ana, a charter
  city … ("Customer")'), the first side's address between them: both are named;
- a side named by its role only ('and the client specified in the signature block below ("Client")'): the other side
  alone;
- two short names and no role ('("Tyler") and Eagle County, Colorado, … (hereinafter "County")'): the public body is
  the client and the other side the vendor; with no public body, or two, the block names nobody.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import terms_of, text_lines as _lines


def _parties(tmp_path: Path, *lines: str) -> dict[str, str]:
    return {p["role"]: p["legal_name"] for p in terms_of(tmp_path, _lines(*lines)).get("parties", [])}


def test_both_sides_with_a_role_and_an_address_between_them(tmp_path: Path) -> None:
    # en93 (batch 20), as the scanned page breaks its lines
    parties = _parties(
        tmp_path,
        "Software Maintenance Agreement",
        'AGREEMENT by and between MOBILE ACCESS SOFTWARE, INC., ("Licensor") having its principal place of',
        "business at 7220 Trade Street, Suite 350, San Diego, CA 92121, and The City of Santa Ana, a charter city and",
        "municipal corporation organized and existing Linder the Constitution and laws of the State of California "
        '("Customer")',
        "having its principal place of business at 20 Civic Center Plaza, Santa Ana, California 92701.",
    )
    assert parties == {"vendor": "MOBILE ACCESS SOFTWARE, INC.", "client": "City of Santa Ana"}


def test_a_side_named_only_by_its_role_leaves_the_other_side_alone(tmp_path: Path) -> None:
    # en91 (batch 19)
    parties = _parties(
        tmp_path,
        "Software Support and Maintenance Agreement",
        'This Software Support and Maintenance Agreement ("Agreement") is entered into as of the date last signed '
        'below ("Effective Date") by and between DigitalVista Systems Inc., a company organized and existing under '
        'the laws of the United States ("Provider") and the client specified in the signature block below '
        '("Client") collectively referred to as the "Parties."',
    )
    assert parties == {"vendor": "DigitalVista Systems Inc."}


def test_two_short_names_and_a_public_body(tmp_path: Path) -> None:
    # en80 (batch 17): neither bracket is a role; the county is the buyer
    parties = _parties(
        tmp_path,
        "Support Amendment to the Standard Software Maintenance Agreement",
        'This Amendment ("Support Amendment") is effective as of the date of signature of the last party to sign as '
        'indicated below (the "Effective Date"), by and between Tyler Technologies, Inc. with offices at 840 West '
        'Long Lake Road, Troy, MI 48098 ("Tyler") and Eagle County, Colorado, a body corporate and politic with '
        'offices at 500 Broadway, Eagle, Colorado 81631 (hereinafter "County").',
    )
    assert parties == {"vendor": "Tyler Technologies, Inc.", "client": "Eagle County"}


def test_two_short_names_without_one_public_body_name_nobody(tmp_path: Path) -> None:
    # texts of our own: two firms, then two public bodies; neither block says who buys
    firms = _parties(
        tmp_path,
        'This Agreement is made by and between Harbor Analytics LLC with offices at 9 Pier Road ("Harbor") and '
        'Lumen Data Ltd., a company with offices at 4 Mill Lane ("Lumen").',
    )
    bodies = _parties(
        tmp_path,
        'This Agreement is made by and between the City of Easton, a municipal corporation ("Easton") and '
        'Marion County, a political subdivision of the State of Oregon ("Marion").',
    )
    assert firms == {}
    assert bodies == {}
