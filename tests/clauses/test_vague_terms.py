"""No clause text (outside template code) contains a vague term of the lint lexicon."""

from __future__ import annotations

import pytest

from termsmith.lint.matcher import find_terms
from tests.clauses.conftest import LANGS, clause_files, load, prose


@pytest.mark.parametrize("path", clause_files(), ids=lambda p: p.stem)
def test_clause_text_has_no_vague_terms(path):
    data = load(path)
    found = []
    for lang in LANGS:
        for key in ("title", "text"):
            for hit in find_terms(prose(data[key][lang])):
                found.append(f"{lang} {key}: {hit.text!r}")
    assert not found, f"{path.name}: {found}"


def test_the_check_catches_a_vague_term():
    assert [h.text for h in find_terms(prose("乙方应{{ x }}及时响应，并尽快修复。"))] == ["及时", "尽快"]
    assert [h.text for h in find_terms(prose("The Vendor shall respond promptly."))] == ["promptly"]
