"""No clause text (outside template code) uses a vague term of the lint lexicon.

"Uses" as the language rules decide: a word that forms one expression with its
quantity (至少提前5个工作日), a negation (不另收费) or a negotiation with its
arbitration fallback is not vague, so the check runs the rules, not a bare
substring search."""

from __future__ import annotations

import pytest

from termsmith.lint.matcher import find_terms
from termsmith.lint.rules.language import language_findings
from tests.clauses.conftest import LANGS, clause_files, load, prose


@pytest.mark.parametrize("path", clause_files(), ids=lambda p: p.stem)
def test_clause_text_has_no_vague_terms(path):
    data = load(path)
    found = []
    for lang in LANGS:
        for key in ("title", "text"):
            for finding in language_findings(prose(data[key][lang])):
                found.append(f"{lang} {key}: {finding.hit.text!r}")
    assert not found, f"{path.name}: {found}"


def test_the_check_catches_a_vague_term():
    assert [f.hit.text for f in language_findings(prose("乙方应{{ x }}及时响应，并尽快修复。"))] == ["及时", "尽快"]
    assert [f.hit.text for f in language_findings(prose("甲方应提前通知乙方。"))] == ["提前"]
    assert [h.text for h in find_terms(prose("甲方应至少提前5个工作日通知乙方。"))] == ["提前"]
    assert [h.text for h in find_terms(prose("The Vendor shall respond promptly."))] == ["promptly"]
