"""The general causes behind batch 12's misses and the regressions found probing this session's rules
(session 13), each on documents of our own in zh-Hans, zh-Hant and English (none is a corpus text), read back
through the real CLI or API:

- a hyphenated time is an adjective: before the thing it limits ("15-minute response", "4-hour resolution
  target") it is a deadline; before a service it describes ("24-hour support") it is none; a level word in the
  brackets describing a level ("High (major impact): …") names no level of its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from extract_support import level_times, terms_of, text_lines as _lines

from termsmith.cli import main


def _extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The document's entry of `termsmith extract FILE --format json`, as a client runs it."""
    assert main(["extract", str(path), "--format", "json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)["documents"][0]
    return found


# --- hyphenated times, descriptions in brackets -------------------------------------------------------


def test_hyphenated_times_run_together_in_one_paragraph_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    document.add_paragraph("Our response tiers")
    document.add_paragraph(
        "Urgent (whole office down): 20-minute response, 3-hour resolution target. "
        "Medium (minor impact): 2-hour response, 2-day resolution. "
        "Low (question): 8-hour response."
    )
    document.add_paragraph("We offer 24-hour support by phone.")
    document.save(str(tmp_path / "tiers.docx"))
    found = _extract_json(tmp_path / "tiers.docx", capsys)
    assert level_times(found["terms"]) == {
        "Urgent": ("20m", "3h"),
        "Medium": ("2h", "2 days"),
        "Low": ("8h", None),
    }


def test_a_service_described_by_a_hyphenated_time_is_no_deadline(tmp_path: Path) -> None:
    text = _lines("We provide 24-hour support and a 12-hour monitoring window.", "We respond within 2 hours.")
    assert level_times(terms_of(tmp_path, text)) == {"all issues": ("2h", None)}
