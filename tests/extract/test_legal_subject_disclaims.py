"""Issue 12 (session 27): a firm named with its legal form that disclaims or answers for something is the one who
acts, as one that promises is ("FirstAttribute AG does not guarantee the permanent availability of its website",
en744, a German software firm's maintenance terms). A firm that is only described acts in nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parties_of, text_lines


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "FirstAttribute AG does not guarantee the permanent availability of its website.",
            "FirstAttribute AG",
        ),  # en744
        ("Acme Web Ltd is not liable for losses caused by third-party plugins.", "Acme Web Ltd"),
        ("Northwind GmbH is responsible for the maintenance of the software.", "Northwind GmbH"),
    ],
)
def test_a_legal_name_that_disclaims_or_answers_is_the_vendor(tmp_path: Path, line: str, name: str) -> None:
    assert parties_of(tmp_path, text_lines(line)) == [("vendor", name)]


def test_a_legal_name_only_described_is_no_party(tmp_path: Path) -> None:
    assert parties_of(tmp_path, text_lines("Acme Web Ltd is a registered company in England.")) == []
