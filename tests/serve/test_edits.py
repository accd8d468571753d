"""The common-fields form edits YAML without disturbing anything else."""

from __future__ import annotations

import difflib

import pytest

from termsmith.serve.edits import EditError, apply_fields, read_fields
from tests.serve.conftest import SAMPLE

TEXT = SAMPLE.read_text(encoding="utf-8")


def _changed_lines(old: str, new: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_read_fields_from_the_sample() -> None:
    values = read_fields(TEXT)
    assert values["client_legal_name"] == "福州闽油能源有限公司"
    assert values["term_start"] == "2026-01-18"
    assert values["languages"] == "zh-Hans"


def test_apply_changes_only_the_edited_lines_and_keeps_comments() -> None:
    new = apply_fields(
        TEXT,
        {
            "client_short_name": "新客户",
            "term_start": "2026-03-01",
            "languages": "zh-Hans,en",
            "prevailing": "zh-Hans",
            "project_name": "闽油能源加油站微信小程序",
        },
    )
    assert _changed_lines(TEXT, new) == [
        "-      short_name: 闽油能源",
        "+      short_name: 新客户",
        "-    output: [zh-Hans]",
        "+    output: [zh-Hans, en]",
        "+    prevailing: zh-Hans",
        "-    start: 2026-01-18",
        "+    start: 2026-03-01",
    ]
    assert new.splitlines()[:2] == TEXT.splitlines()[:2]  # the leading comments


def test_blank_and_unchanged_values_leave_the_text_identical() -> None:
    assert apply_fields(TEXT, {"client_legal_name": "", "term_length": "24 months"}) is TEXT


def test_a_missing_client_is_added() -> None:
    text = "apiVersion: termsmith/v1\nkind: ServiceSpec\n# keep me\nspec:\n  parties: []\n"
    new = apply_fields(text, {"client_legal_name": "甲公司"})
    assert "# keep me" in new and read_fields(new)["client_legal_name"] == "甲公司"


def test_broken_yaml_is_an_edit_error() -> None:
    with pytest.raises(EditError):
        apply_fields("a: [\n", {"project_name": "x"})
    assert read_fields("a: [\n")["project_name"] == ""
