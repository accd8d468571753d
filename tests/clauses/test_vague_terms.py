"""No clause text (outside template code) uses a vague term of the lint lexicon.

"Uses" as the language rules decide: a word that forms one expression with its
quantity (至少提前5个工作日), a negation (不另收费) or a negotiation with its
arbitration fallback is not vague, so the check runs the rules, not a bare
substring search."""

from __future__ import annotations

import pytest

from termsmith.library.check import blank_template
from termsmith.lint.matcher import find_terms
from termsmith.lint.rules.language import language_findings
from tests.clauses.conftest import LANGS, clause_files, load, prose


@pytest.mark.parametrize("path", clause_files(), ids=lambda p: p.stem)
def test_clause_text_has_no_vague_terms(path):
    data = load(path)
    found = []
    for lang in LANGS:
        for key in ("title", "text"):
            for finding in language_findings(blank_template(data[key][lang], lang)):
                found.append(f"{lang} {key}: {finding.hit.text!r}")
    assert not found, f"{path.name}: {found}"


def test_the_check_catches_a_vague_term():
    assert [f.hit.text for f in language_findings(prose("乙方应{{ x }}及时响应，并尽快修复。"))] == ["及时", "尽快"]
    assert [f.hit.text for f in language_findings(prose("甲方应提前通知乙方。"))] == ["提前"]
    assert [h.text for h in find_terms(prose("甲方应至少提前5个工作日通知乙方。"))] == ["提前"]
    assert [h.text for h in find_terms(prose("The Vendor shall respond promptly."))] == ["promptly"]


def test_a_printed_duration_bounds_the_word_before_it_and_nothing_else():
    """ "至少提前{{ duration(…) }}" states a notice period; a value that is no duration bounds nothing."""

    def found(text: str, lang: str = "zh-Hans") -> list[str]:
        return [f.hit.text for f in language_findings(blank_template(text, lang))]

    assert found("乙方应至少提前{{ duration(spec.notice_periods.channel_change) }}书面通知甲方。") == []
    assert found("乙方应至少提前{{ spec.notice_periods.channel_change|duration }}书面通知甲方。") == []
    assert found("乙方应至少提前{{ spec.vendor.name }}书面通知甲方。") == ["提前"]
    assert found("乙方应提前书面通知甲方，期限为{{ duration(spec.x) }}以外的任何时间。") == ["提前"]
    assert blank_template("within {{ duration(spec.x) }}.", "en").startswith("within __ days ")
    assert "5" not in blank_template("提前{{ duration(spec.x) }}", "zh-Hans")  # LB050 counts no blank
