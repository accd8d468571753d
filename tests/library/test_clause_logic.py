"""LB016 (logic in clause text), the named phrases, and the generated helper reference."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import pytest
from library_support import GOOD, REPO

from termsmith.cli import main
from termsmith.library import phrases
from termsmith.library.check import check_library
from termsmith.library.clause_logic import dict_literals, long_chains
from termsmith.spec.legal import HandoverWhen
from termsmith.spec.service import FreeMethod, StartEvent

_HEAD = "id: sla\nversion: 1.0.0\nstatus: approved\ntitle: {zh-Hans: 时限, zh-Hant: 時限, en: Times}\ntext:\n"


def _clause(zh_hans: str) -> str:
    body = "".join(f"  {lang}: |\n    {zh_hans}\n" for lang in ("zh-Hans", "zh-Hant", "en"))
    return _HEAD + body


def _lb016(overlay, text: str) -> list:
    folder = overlay({"sla.yaml": _clause(text)})
    return [d for d in check_library([GOOD, folder], [], include_bundled=False, check_lock=False) if d.code == "LB016"]


def test_dict_literal_is_flagged_at_its_brace_in_every_language(overlay) -> None:
    found = _lb016(overlay, "服务方式为{{ {'remote': '远程处理'}[spec.free_maintenance.methods[0]] }}。")
    assert [d.extra["lang"] for d in found] == ["zh-Hans", "zh-Hant", "en"]
    for d in found:
        line = Path(d.file).read_text(encoding="utf-8").splitlines()[d.line - 1]
        assert line[d.col - 1 :].startswith("{'remote'")
        assert d.severity.value == "warning" and d.name == "logic-in-clause-text" and d.path.startswith("text.")
        assert "label(" in (d.hint or "") and "phrases.py" in (d.hint or "")


def test_long_inline_chain_is_flagged_at_its_if(overlay) -> None:
    chain = (
        "自{% if spec.free_maintenance.start_event == 'signing' %}签订之日{% elif spec.free_maintenance.start_event "
        "== 'acceptance' %}验收之日{% else %}约定之日{% endif %}起计算。"
    )
    found = _lb016(overlay, chain)
    assert len(found) == 3
    line = Path(found[0].file).read_text(encoding="utf-8").splitlines()[found[0].line - 1]
    assert line[found[0].col - 1 :].startswith("{% if spec.free_maintenance.start_event == 'signing'")
    assert "3 wordings inside a sentence" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "{% if spec.project.live_on %}{{ date(spec.project.live_on) }}{% else %}上线之日{% endif %}起。",
        "{{ free_period_start }}起计算，方式为{{ free_methods }}。{{ '；' if not loop else '。' }}",
        "{# {'a': 1} in a comment #}{{ '{' }}是字符，不是字典。",
    ],
)
def test_short_choices_and_braces_in_strings_pass(text: str) -> None:
    assert dict_literals(text) == [] and long_chains(text) == []


def test_paragraph_alternatives_up_to_three_pass_and_four_do_not() -> None:
    three = "{% if a %}\n甲。\n{% elif b %}\n乙。\n{% else %}\n丙。\n{% endif %}\n"
    four = "{% if a %}\n甲。\n{% elif b %}\n乙。\n{% elif c %}\n丙。\n{% else %}\n丁。\n{% endif %}\n"
    assert long_chains(three) == []
    assert long_chains(four) == [(0, 4, False)]
    nested = "{% if a %}x{% if b %}y{% elif c %}z{% else %}w{% endif %}{% endif %}"
    assert long_chains(nested) == [(11, 3, True)]


def test_bundled_library_has_no_logic_findings_and_the_rule_is_documented(capsys) -> None:
    diags = check_library([REPO / "clauses"], [], check_lock=False)
    assert [f"{d.file}:{d.line}" for d in diags if d.code == "LB016"] == []
    assert main(["rule", "LB016"]) == 0
    out = capsys.readouterr().out
    assert "logic-in-clause-text" in out and "free_period_start" in out


# ---------------------------------------------------------------- the phrases
@pytest.mark.parametrize(
    ("enum", "table", "skip"),
    [
        (StartEvent, phrases.FREE_PERIOD_EVENTS, {"date"}),
        (FreeMethod, phrases.FREE_METHODS, set()),
        (HandoverWhen, phrases.HANDOVER_AFTER, set()),
    ],
)
def test_every_value_has_wording_in_every_language(enum: type[Enum], table: dict, skip: set) -> None:
    assert set(table) == {m.value for m in enum} - skip
    for words in table.values():
        assert len(words) == 3 and all(w.strip() for w in words)


def test_language_names_cover_every_document_language() -> None:
    assert {phrases.language_name(code, "en") for code in ("zh-Hans", "zh-Hant", "en")} == {
        "Simplified Chinese",
        "Traditional Chinese",
        "English",
    }


def test_free_period_start_wording() -> None:
    import datetime as dt

    day = dt.date(2026, 3, 9)
    assert phrases.free_period_start("acceptance", "zh-Hans", accepted_on=day) == "软件通过甲方验收之日（2026年3月9日）"
    assert phrases.free_period_start("go-live", "en", live_on=day) == "the date the Software goes live (9 March 2026)"
    assert phrases.free_period_start("go-live", "zh-Hant") == "軟體正式上線運作之日"
    assert phrases.free_period_start("date", "en", start_date=day) == "9 March 2026"
    with pytest.raises(ValueError, match="start_date"):
        phrases.free_period_start("date", "en")
    assert phrases.free_methods(["remote", "phone", "on-site"], "en") == (
        "remote access, telephone guidance and on-site visits"
    )
    assert phrases.monitored_metrics(["cpu", "queue-depth"], "zh-Hans") == "CPU使用率、queue-depth"


def test_phrases_reach_the_agreement_and_record_what_they_read(tmp_path: Path) -> None:
    """The rendered free-maintenance clause prints the phrase for each start event, and the
    review's provenance names the fields the phrase read."""
    from termsmith import api

    source = (REPO / "src/termsmith/library/specs/maximal.yaml").read_text(encoding="utf-8")
    spec = tmp_path / "go-live.yaml"
    spec.write_text(
        source.replace("start_event: date", "start_event: go-live").replace("    start_date: 2026-02-02\n", ""),
        encoding="utf-8",
    )
    gate = api.check_spec(spec)
    assert gate.document is not None and not gate.blocked
    for lang, expected in (
        ("zh-Hans", "免费维护期自软件正式上线运行之日（2025年12月15日）起计算"),
        ("en", "The Free Maintenance Period starts on the date the Software goes live (15 December 2025) and lasts"),
    ):
        document = api.assemble(gate, lang=lang)
        from termsmith.rendering.markdown_renderer import render_markdown

        assert expected in render_markdown(document)
    from termsmith.assembly.builder import build

    built = build(gate.document, kind="agreement", languages=("en",))
    reads = {p for c in built.clauses if c.clause.id == "free-maintenance" for p, _ in c.provenance.values_read}
    assert {"spec.free_maintenance.start_event", "spec.project.live_on", "spec.free_maintenance.methods"} <= reads


def test_clause_readme_reference_is_current() -> None:
    from termsmith.library.reference import generate, splice

    readme = (REPO / "clauses" / "README.md").read_text(encoding="utf-8")
    assert splice(readme, generate()) == readme, (
        "clauses/README.md is stale: run .venv/bin/python -m termsmith.library.reference --write clauses/README.md"
    )
    for name in ("free_period_start", "free_methods", "monitored_metrics", "handover_after", "language_name"):
        assert f"| `{name}` |" in readme and f"**`{name}`**" in readme
