"""Session 16 (issue 12, extract15), each on documents of our own (none is a corpus text), read back through the
real CLI:

- a party's role is the first quoted bracket after its name, not a later one naming someone else
  ('Acme Software Inc. ("Acme") provides … to the customer identified in the Order Form ("Customer")');
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from extract_support import text_lines as _lines

from termsmith.cli import main


def _extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The document's entry of `termsmith extract FILE --format json`, as a client runs it."""
    assert main(["extract", str(path), "--format", "json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)["documents"][0]
    return found


def _parties(found: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p["role"], p["legal_name"]) for p in found["terms"].get("parties", [])]


def test_a_later_bracket_naming_the_customer_is_not_the_named_vendors_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Support Terms",
            'Acme Software Inc. ("Acme") provides the support services to the customer identified in the Order '
            'Form ("Customer").',
            "Acme responds to Severity 1 issues within 1 hour.",
        ),
        encoding="utf-8",
    )
    assert ("client", "Acme Software Inc.") not in _parties(_extract_json(path, capsys))


def test_the_role_right_after_a_described_name_is_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Support Terms",
            "Acme Software Inc., a Delaware corporation with offices at 1 Main Street, Springfield (registration "
            'no. 4471) ("Provider") provides support to the customer identified in the Order Form ("Customer").',
            'Northwind Traders Ltd ("Customer") engages Acme Software Inc. ("Provider") for support.',
        ),
        encoding="utf-8",
    )
    found = _extract_json(path, capsys)
    assert ("vendor", "Acme Software Inc.") in _parties(found)
    assert ("client", "Acme Software Inc.") not in _parties(found)
