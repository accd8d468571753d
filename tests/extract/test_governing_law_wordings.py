"""Issue 12 (session 30): English governing-law clauses in the wordings real contracts use (batch 101's PDFs, en809):
"construed and enforced in accordance with the laws of", "governed exclusively by New York law", "Wyoming law will
govern", "governed by and interpreted in the applicable laws of", a label followed by a place alone. Texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of, text_lines


@pytest.mark.parametrize(
    ("line", "law"),
    [
        (
            "THIS AGREEMENT SHALL BE CONSTRUED AND ENFORCED IN ACCORDANCE WITH THE LAWS OF THE STATE OF OHIO.",
            "THE STATE OF OHIO",
        ),
        ("This Agreement is governed exclusively by New York law.", "New York"),
        (
            "Regardless of any conflicting laws, Wyoming law will govern all disputes arising out of this Agreement.",
            "Wyoming",
        ),
        ("This Agreement shall be governed by and interpreted in the applicable laws of Ontario, Canada.", "Ontario"),
        ("Governing Law: New York, USA", "New York, USA"),
        ("Governing Law: This Agreement is governed by the laws of Texas.", "Texas"),
    ],
)
def test_the_governing_law_is_read(tmp_path: Path, line: str, law: str) -> None:
    assert terms_of(tmp_path, text_lines(line))["disputes"]["governing_law"] == law


@pytest.mark.parametrize("line", ["Governing Law: The parties agree otherwise.", "Governing Law: see clause 12"])
def test_a_label_before_a_sentence_or_a_reference_names_no_law(tmp_path: Path, line: str) -> None:
    assert "disputes" not in terms_of(tmp_path, text_lines(line))
