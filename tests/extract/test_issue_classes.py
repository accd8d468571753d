"""A sentence listing times for classes of issue names a level after each time: "Response time: within 4 hours for
critical issues, 1 business day for standard requests" is two levels, though "standard" ranks nothing. A single
time "for all support requests" names every request, no class."""

from __future__ import annotations

from pathlib import Path

from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


def _levels(tmp_path: Path, capsys: CaptureFixture[str], *lines: str) -> list[tuple[str, str]]:
    path = tmp_path / "support.txt"
    path.write_text(text_lines(*lines), encoding="utf-8")
    levels = extract_json(path, capsys)["terms"].get("severity_levels", [])
    return [(lv["name"], lv["response"]["within"]) for lv in levels]


def test_each_time_takes_the_class_named_after_it(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    assert _levels(
        tmp_path,
        capsys,
        "3. SERVICE HOURS",
        "- Response time: within 4 hours for critical issues, 1 business day for standard requests",
    ) == [("critical", "4h"), ("standard requests", "1 business day")]


def test_a_time_for_every_request_is_no_class(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _levels(
        tmp_path,
        capsys,
        "We respond within 4 hours for critical issues and within 1 business day for all support requests.",
    )
    assert ("support requests", "1 business day") not in found
    assert ("critical", "4h") in found


def test_the_classes_of_a_paragraph_split_at_semicolons(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    assert _levels(
        tmp_path,
        capsys,
        "Response Time: Within 1 hour for critical incidents; within 2 hours for high-priority incidents.",
    ) == [("critical", "1h"), ("high-priority incidents", "2h")]


def test_a_later_sentence_for_every_request_names_no_class(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _levels(
        tmp_path,
        capsys,
        "Response Time: Within 1 hour for critical incidents; within 1 business day for all support requests.",
    )
    assert not any("support requests" in name for name, _ in found)
