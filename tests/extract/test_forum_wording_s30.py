"""Session 30 (issue 12, extract30): governing law and forum wording of English agreements. The positive texts are
real lines of corpus documents (en122, en132, en153, en154), cut to the lines that matter; the guards are texts of
our own.

- "a court of competent jurisdiction or other competent authority" (en122's severability clause) names no court;
  the forum is the one its governing-law clause names ("the courts of England and Wales");
- "**Governing Law:** Laws of the Federal Republic of Germany" (en132): a labelled law;
- "governed by Danish law, with exclusive jurisdiction in Danish courts" (en153): courts named by their adjective
  after "jurisdiction in";
- "Hungarian law applies; jurisdiction: Budapest." (en154): a law that applies, a labelled forum.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _disputes(tmp_path: Path, *lines: str) -> Any:
    return terms_of(tmp_path, _lines(*lines)).get("disputes")


def test_a_court_of_competent_jurisdiction_names_no_court(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en122
    path = tmp_path / "en122.md"
    path.write_text(
        _lines(
            "## 27. Severance",
            "",
            "If any part of the Contract is found by a court of competent jurisdiction or other competent authority "
            "to be invalid, unlawful or unenforceable then such part will be severed from the Contract.",
            "",
            "## 28. Governing law and jurisdiction",
            "",
            "The Contract shall be governed by and construed in accordance with the law of England and Wales. Each "
            "party irrevocably agrees that the courts of England and Wales shall have exclusive jurisdiction to "
            "settle any dispute or claim arising out of or in connection with the Contract.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["disputes"]["court"] == {"name": "England and Wales"}
    assert "courts of England and Wales shall have" in found["evidence"]["disputes.court.name"]["quote"]
    alone = _disputes(tmp_path, "Any dispute may be decided by a court of competent jurisdiction.")
    assert alone is None or "court" not in alone


def test_a_labelled_governing_law(tmp_path: Path) -> None:
    # en132's Appendix
    found = _disputes(tmp_path, "4. **Governing Law:** Laws of the Federal Republic of Germany")
    assert found["governing_law"] == "the Federal Republic of Germany"


def test_jurisdiction_in_the_courts_named_by_their_adjective(tmp_path: Path) -> None:
    # en153
    found = _disputes(
        tmp_path, "This Agreement is governed by Danish law, with exclusive jurisdiction in Danish courts."
    )
    assert found == {"governing_law": "Danish", "court": {"name": "Danish courts"}}


def test_a_law_that_applies_and_a_labelled_forum(tmp_path: Path) -> None:
    # en154 (a Markdown list under "## Governing Law")
    found = _disputes(tmp_path, "## Governing Law", "- Hungarian law applies; jurisdiction: Budapest.")
    assert found == {"governing_law": "Hungarian", "court": {"name": "Budapest"}}
    # a lower-case word after the label is no forum
    assert _disputes(tmp_path, "Jurisdiction: exclusive, as agreed below.") is None
