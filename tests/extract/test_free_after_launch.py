"""A free support or bug-fixing period counted from the launch (`rules/periods.py`, `_FREE_WORK`), read back through
`extract_file` and `termsmith extract --format json`. Every text here is our own.

- free work for a length: "free for two weeks", "2 weeks of free bug fixes", "without charge during 30 days",
  "bugs reported within 60 days … fixed free of charge"; a length in weeks is read as one;
- its start: the launch or the site going live (上线) is go-live; a handover is no start event of the spec's, so
  none is given;
- not: a free trial, hosting, a domain or a licence given free for a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _free(tmp_path: Path, *lines: str, name: str = "doc.txt") -> dict[str, Any] | None:
    found: dict[str, Any] | None = terms_of(tmp_path, _lines(*lines), name).get("free_maintenance")
    return found


def test_free_work_after_the_launch(tmp_path: Path) -> None:
    assert _free(tmp_path, "You get 2 weeks of free bug fixes following launch.") == {
        "length": "2 weeks",
        "start_event": "go-live",
    }
    assert _free(tmp_path, "Edits to content are free for two weeks after launch of the website.") == {
        "length": "2 weeks",
        "start_event": "go-live",
    }
    assert _free(tmp_path, "Any bugs reported within 60 days of launch will be fixed free of charge.") == {
        "length": "60 days",
        "start_event": "go-live",
    }


def test_a_start_outside_the_vocabulary_is_left_out(tmp_path: Path) -> None:
    # the handover is no start event of the spec's (signing, acceptance, go-live, date): the length alone
    assert _free(tmp_path, "We fix defects at no extra cost for 3 months after handover.") == {"length": "3 months"}


def test_chinese_free_period_from_go_live(tmp_path: Path) -> None:
    zh = _free(tmp_path, "网站上线后提供3个月免费维护。", name="zh.txt")
    assert zh == {"length": "3 months", "start_event": "go-live"}
    tw = _free(tmp_path, "網站上線後享有免費維護一年。", name="tw.txt")
    assert tw == {"length": "1 year", "start_event": "go-live"}


def test_what_is_no_free_period(tmp_path: Path) -> None:
    assert _free(tmp_path, "Try it free for 30 days.") is None
    assert _free(tmp_path, "Hosting is free for the first 12 months after launch.") is None
    assert _free(tmp_path, "Your domain is registered free for 1 year.") is None


def test_through_the_cli(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "care.txt"
    path.write_text(
        _lines(
            "Website care", "Updates after launch are billed hourly.", "Small edits are free for 3 weeks after go-live."
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["free_maintenance"] == {"length": "3 weeks", "start_event": "go-live"}
    evidence = found["evidence"]["free_maintenance.length"]
    assert evidence["quote"] == "Small edits are free for 3 weeks after go-live."
    assert evidence["line"] == 3
