"""Language rules: each family fires and stays silent; scripts, boundaries, exclusions,
defined terms, bounded terms and exact positions (prose and every YAML scalar style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.diagnostics import Position, Severity
from termsmith.lint import lint_text
from termsmith.lint.config import LintConfig
from termsmith.lint.lexicon.terms import EN_TERMS, ZH_TERMS
from termsmith.lint.runner import lint_file


def codes(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("code", "fires", "silent"),
    [
        ("VT001", "乙方应及时响应。", "乙方应在 2 小时内响应。"),
        ("VE001", "乙方将尽最大努力恢复。", "乙方应在 4 小时内恢复。"),
        ("VQ001", "按合理价格收费。", "按 3000 元/人天收费。"),
        ("VS001", "包括基础维护。", "包括缺陷修复与安全补丁。"),
        ("VD001", "费用另行协商。", "费用按附件二价格表计算。"),
    ],
)
def test_each_family_fires_and_stays_silent(code: str, fires: str, silent: str) -> None:
    assert codes(fires) == [code]
    assert codes(silent) == []


def test_lexicon_size_and_replacements() -> None:
    assert len(ZH_TERMS) >= 40 and len(EN_TERMS) >= 40
    for families in ({f for _, f, _ in ZH_TERMS}, {f for _, f, _ in EN_TERMS}):
        assert families == {"VT", "VE", "VQ", "VS", "VD"}
    assert all(rep.strip() for _, _, rep in ZH_TERMS + EN_TERMS)


@pytest.mark.parametrize(
    "text", ["乙方应尽快处理", "乙方應儘快處理", "乙方應盡快處理", "乙方應及時回覆", "提供技術支援", "提供技术支持"]
)
def test_simplified_and_traditional(text: str) -> None:
    assert len(codes(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "服务等级",
        "请等待回复",
        "双方地位平等",
        "金额相等",
        "等于 5 小时",
        "等級劃分",
        "因重大过失造成损失",
        "乙方为一般纳税人",
        "合理使用原则",
        "定期存款利息",
        "本协议立即生效",
    ],
)
def test_exclusions_are_silent(text: str) -> None:
    assert codes(text) == []


def test_open_list_etc_is_flagged() -> None:
    assert codes("包括小程序、后台、接口等。") == ["VS001"]


@pytest.mark.parametrize(
    ("text", "col"),
    [
        ("乙方应promptly回复", 4),
        ("Vendor 应 promptly处理", 10),
        ("（promptly）", 2),
        ("ASAP!", 1),
    ],
)
def test_english_boundaries_next_to_cjk(text: str, col: int) -> None:
    diags = lint_text(text, "t.txt")
    assert [(d.code, d.col) for d in diags] == [("VT001", col)]


@pytest.mark.parametrize(
    "text",
    [
        "the unreasonable price",
        "materials are listed",
        "a promptlyx token",
        "timelyness",
        "etcetera",
        "beyond reasonable doubt",
        "material breach",
    ],
)
def test_english_inside_words_or_terms_of_art_is_silent(text: str) -> None:
    assert codes(text) == []


def test_english_is_case_insensitive() -> None:
    assert codes("RESPOND PROMPTLY. Best Efforts apply.") == ["VT001", "VE001"]


def test_defined_capitalised_term_is_not_flagged() -> None:
    text = '"Reasonable Efforts" means at least two engineers working 7x24.\nThe Vendor shall use Reasonable Efforts.'
    assert codes(text) == []
    assert codes(text + "\nThe Vendor shall use reasonable efforts.") == ["VE001"]


def test_defined_term_in_spec_prose_via_parameter() -> None:
    assert codes("Response within one Business Day.") == []  # not a lexicon term at all
    diags = lint_text("The Vendor acts Promptly.", "t.txt", defined=frozenset({"Promptly"}))
    assert diags == []


@pytest.mark.parametrize(
    "text",
    ["尽快处理，最迟不超过4小时。", "promptly, and in any event within 4 hours.", "及时响应（不超过 30 分钟）。"],
)
def test_bounded_term_is_info(text: str) -> None:
    diags = lint_text(text, "t.txt")
    assert len(diags) == 1 and diags[0].severity is Severity.INFO and "bound" in diags[0].extra


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("乙方收取费用，每次¥800元。", "¥800"),
        ("乙方收取费用，每次￥1,200.50。", "￥1,200.50"),
        ("The Vendor may charge a fee of £80 per visit.", "£80"),
    ],
)
def test_a_money_bound_is_quoted_whole(text: str, bound: str) -> None:
    """The info message quotes the amount that bounds the term as written, not its first digit (“¥8”)."""
    bounded = [d for d in lint_text(text, "t.txt") if d.severity is Severity.INFO]
    assert [d.extra["bound"] for d in bounded] == [bound]
    assert f"“{bound}”" in bounded[0].message or f'"{bound}"' in bounded[0].message


def test_bound_does_not_leak_into_the_next_sentence() -> None:
    diags = lint_text("乙方应尽快处理。响应时间为 4 小时。", "t.txt")
    assert [d.severity for d in diags] == [Severity.WARNING]


def test_prose_positions_count_code_points() -> None:
    diags = lint_text("第一行\n𠮷𠮷𠮷乙方应及时响应", "t.txt")
    assert diags[0].start == Position(2, 7) and diags[0].end == Position(2, 9)


YAML = """apiVersion: termsmith/v1
kind: Note
literal: |
  𠮷𠮷 乙方应
  及时响应
folded: >-
  𠮷 The Vendor will respond
  promptly to every report.
quoted: "𠮷 \\u5c0f 尽快 \\
  and as soon as possible"
single: '𠮷''s 尽快'
plain: first line 𠮷
  continued 酌情 here
"""


def test_yaml_positions_in_every_scalar_style(tmp_path: Path) -> None:
    from termsmith.lint.runner import spec_language_diagnostics
    from termsmith.yaml_loader import load_yaml

    path = tmp_path / "note.yaml"
    path.write_text(YAML, encoding="utf-8")
    diags = spec_language_diagnostics(load_yaml(path))
    got = {(d.extra["term"], d.line, d.col) for d in diags}
    assert got == {
        ("及时", 5, 3),
        ("promptly", 8, 3),
        ("尽快", 9, 19),
        ("as soon as possible", 10, 7),
        ("尽快", 11, 15),
        ("酌情", 13, 13),
    }
    lines = YAML.splitlines()
    for d in diags:  # the caret lands on the term itself
        assert lines[d.line - 1][d.col - 1 :].startswith(d.extra["term"][:2])


def test_spec_strings_are_linted_with_paths(lint_spec) -> None:  # type: ignore[no-untyped-def]
    def vague(data):  # type: ignore[no-untyped-def]
        data["spec"]["scope"]["included"][0]["description"] = "乙方应及时修复缺陷"

    diags = [d for d in lint_spec(vague) if d.code == "VT001"]
    assert len(diags) == 1 and diags[0].path == "spec.scope.included[0].description"


def test_lint_file_reads_prose(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("# 草案\n乙方应尽快处理。\n", encoding="utf-8")
    report = lint_file(path, LintConfig())
    assert [(d.code, d.line, d.col) for d in report.diagnostics] == [("VT001", 2, 4)]


def test_offer_references_of_an_effective_spec_are_not_prose(tmp_path: Path) -> None:
    """``validate --effective`` records the offers a deal merged (``metadata.offers``: name,
    version, sha256, source): identifiers like "basic", not agreement prose; the title still is."""
    from termsmith.spec.dump import dump_yaml, to_plain
    from termsmith.validation import validate_path

    data = to_plain(
        validate_path(Path(__file__).resolve().parents[2] / "samples" / "dental-clinic-website.zh-Hans.yaml").document
    )
    assert [o["source"] for o in data["metadata"]["offers"]] == ["basic", "standard"]
    data["metadata"]["title"] += "（提供优质服务）"
    path = tmp_path / "effective.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    vague = [d for d in lint_file(path, LintConfig()).diagnostics if d.code.startswith("V")]
    assert [(d.code, d.path) for d in vague] == [("VQ001", "metadata.title")]
