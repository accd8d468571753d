"""Vendors named with their legal form on their own terms or support page (session 19, extract19P), read back
through the public API: a legal form ends its word (a title "… Connector - Support Policy" names no "Co"), a brand's
legal name in brackets, aliases in quotes that call the firm "we", and the service provided by a company (所提供)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of

_BODY = "Support hours are 9:00 to 17:00 on business days. Critical issues receive a response within 4 hours.\n"
_ZH_BODY = "工作日9:00-17:00提供技术支持。紧急故障4小时内响应。\n"


def _parties(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(p["role"], p["legal_name"]) for p in terms_of(tmp_path, text).get("parties", [])]


@pytest.mark.parametrize(
    "title",
    ["Amazon Odoo Connector - Support Policy", "Harbor Cloud Corporate Support Terms", "Nimbus Commerce Support Plan"],
)
def test_a_legal_form_ends_its_word_in_a_title(tmp_path: Path, title: str) -> None:
    assert _parties(tmp_path, f"{title}\n{_BODY}") == []
