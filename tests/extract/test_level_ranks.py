"""A vendor's levels named by rank (P1, Severity 2, 一级故障, 第3級, High) are checked as the
spec's tiers by that rank, and the report says which level was taken and why; a level's
response on the vendor's business hours is never shown or judged as 24×7 time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.extract.rules.level_ranks import named_tier, ranked_tiers


def tiers(names: list[str]) -> list[str | None]:
    return ranked_tiers(names, [named_tier(n) for n in names])


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["P1", "P2", "P3", "P4"], ["emergency", "important", "general", "general"]),
        (["P0", "P1", "P2"], ["emergency", "important", "general"]),
        (["Severity Level 1", "Severity Level 2"], ["emergency", "important"]),
        (["一级故障", "二级故障", "三级故障"], ["emergency", "important", "general"]),
        (["第1級", "第2級", "第3級", "第4級", "第5級"], ["emergency", "important", "general", "general", "general"]),
        (["级别1-非常严重", "级别2-严重", "级别3-影响业务"], ["emergency", "important", "general"]),
        (["Critical", "High", "Medium", "Low"], ["emergency", "important", "general", "general"]),
        (["High", "Medium", "Low"], ["emergency", "important", "general"]),
        (["紧急", "高级", "中级", "低级"], ["emergency", "important", "general", "general"]),
        # a named consultation level stays one, and the ranked levels around it are ranked
        (["疑问咨询", "一级故障", "二级故障"], ["consultation", "emergency", "important"]),
        # the scales of real Chinese contracts and SLAs: degree words beside the named tiers
        (["危急", "高", "中", "低", "普通"], ["emergency", "important", "general", "general", "general"]),
        (["紧急", "严重", "一般", "轻微"], ["emergency", "important", "general", "general"]),
        (["致命", "严重", "一般", "轻微"], ["emergency", "important", "general", "general"]),
        (["严重故障", "较重故障", "一般故障"], ["emergency", "important", "general"]),
        (["特别重大", "重大", "较大", "一般"], ["emergency", "important", "general", "general"]),
        (["嚴重", "中度", "輕微"], ["emergency", "important", "general"]),
        # numbered the ways vendors number them
        (["S1", "S2", "S3", "S4"], ["emergency", "important", "general", "general"]),
        (["I 级", "II级", "III 级"], ["emergency", "important", "general"]),
        (["优先级 1", "优先级 2", "优先级 3"], ["emergency", "important", "general"]),
        (["嚴重性 1", "嚴重性 2"], ["emergency", "important"]),
        (["严重程度一", "严重程度二"], ["emergency", "important"]),
        (["1", "2", "3"], ["emergency", "important", "general"]),
        # a named level takes part in the walk: the levels below a named Critical are ranked below it
        (["Critical (P1)", "High (P2)", "Medium (P3)"], ["emergency", "important", "general"]),
        (["Critical", "Serious", "Moderate", "Minor"], ["emergency", "important", "general", "general"]),
        (["Severe", "Moderate", "Minor"], ["emergency", "important", "general"]),
        # … never above it: Moderate under a named important Major is not the emergency tier
        (["Major", "Moderate", "Minor"], ["important", "general", "general"]),
        # a level over a named Critical is an emergency too
        (["Blocker", "Critical", "Major", "Minor"], ["emergency", "emergency", "important", "general"]),
    ],
)
def test_levels_ranked_one_way_get_tiers_by_rank(names: list[str], expected: list[str]) -> None:
    assert tiers(names) == expected


@pytest.mark.parametrize(
    "names",
    [
        ["A", "B", "C"],  # letters rank nothing
        ["P3", "P4"],  # a fragment that starts below the scale's top
        ["Medium", "Low"],
        ["常见故障", "严重故障"],  # degree words the scale does not know
        ["P1", "High"],  # two ways of ranking in one list
        ["P1"],  # one level ranks against nothing
        ["重大", "严重", "轻微"],  # 重大 and 严重 rank alike: which is graver depends on the vendor
        ["Major", "High", "Low"],  # Major and High rank alike
    ],
)
def test_nothing_is_inferred_without_a_whole_ranking(names: list[str]) -> None:
    assert tiers(names) == [named_tier(n) for n in names]


def test_a_level_whose_place_against_a_named_level_is_unknown_gets_no_tier() -> None:
    # Important is named but has no degree: High may sit above or below it
    assert tiers(["High", "Urgent", "Important"]) == [None, "emergency", "important"]


VENDOR_EN = """Support Agreement
Priority 1: response within 30 minutes during business hours, resolution within 4 hours.
Priority 2: response within 2 hours, resolution within 1 business day.
Priority 3: response within 8 hours, resolution within 5 business days.
"""

VENDOR_ZH = """售后服务承诺
一级故障：接到报修后1小时内响应，8小时内解决。
二级故障：接到报修后4小时内响应，24小时内解决。
三级故障：接到报修后8小时内响应，3个工作日内解决。
"""


def _md_rows(out: str) -> dict[str, list[str]]:
    rows = {}
    for line in out.splitlines():
        if line.startswith("| ") and not line.startswith("| --"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0]] = cells
    return rows


def test_the_check_report_names_the_level_taken_as_emergency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "vendor.txt"
    doc.write_text(VENDOR_ZH, encoding="utf-8")
    main(["extract", str(doc), "--format", "json"])
    levels = json.loads(capsys.readouterr().out)["documents"][0]["terms"]["severity_levels"]
    assert [lv.get("tier") for lv in levels] == ["emergency", "important", "general"]

    main(["check", str(doc), "--lang", "zh-Hans", "--format", "md", "--no-clauses"])
    rows = _md_rows(capsys.readouterr().out)
    emergency = rows["emergency-response"]
    assert emergency[3] == "符合"
    assert "1小时" in emergency[4] and "“1级”按其排序视为紧急级别" in emergency[4]
    assert "接到报修后1小时内响应" in emergency[6]
    assert "“2级”按其排序视为重要级别" in rows["important-response"][4]


def test_business_hours_stay_business_hours_in_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "vendor.txt"
    doc.write_text(VENDOR_EN, encoding="utf-8")
    main(["check", str(doc), "--lang", "en", "--format", "md", "--no-clauses"])
    rows = _md_rows(capsys.readouterr().out)
    response = rows["emergency-response"]
    # 30 minutes of the vendor's business hours is not 30 minutes around the clock: not comparable
    # with a 24x7 requirement without the vendor's calendar, and never printed as 24x7
    assert "30 minutes (business hours)" in response[4]
    assert "24×7" not in response[4]
    assert response[3] == "not comparable"
    assert "“Priority 1” taken as the emergency level by its rank" in response[4]
    # a duration on no stated clock is elapsed time, shown without a clock name
    resolution = rows["emergency-resolution"]
    assert resolution[3] == "pass" and resolution[4].startswith("4 hours;")


def test_the_draft_spec_asks_to_check_a_tier_taken_from_a_rank(tmp_path: Path) -> None:
    doc = tmp_path / "vendor.txt"
    doc.write_text(VENDOR_ZH.replace("三级故障", "一般故障"), encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(doc), "--format", "yaml", "-o", str(draft)]) == 0
    tiers_written = [line.strip() for line in draft.read_text(encoding="utf-8").splitlines() if "tier:" in line]
    assert tiers_written == [
        "tier: emergency  # TODO: 请核对——按级别排序推定，名称未写明",
        "tier: important  # TODO: 请核对——按级别排序推定，名称未写明",
        "tier: general",  # 一般 names its tier
    ]


VENDOR_ZH_DEGREES = """软件维护服务承诺
故障分为危急、高、中、低四级。
危急：在2小时内响应，8小时内解决。
高：在4小时内响应，24小时内解决。
中：在24小时内响应，3个工作日内解决。
低：在两日内响应，5个工作日内解决。
"""


def test_a_chinese_degree_scale_is_checked_by_its_rank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 危急/高/中/低 names no tier; before, the check answered "not stated: no such level" for the emergency response
    doc = tmp_path / "vendor.txt"
    doc.write_text(VENDOR_ZH_DEGREES, encoding="utf-8")
    main(["extract", str(doc), "--format", "json"])
    levels = json.loads(capsys.readouterr().out)["documents"][0]["terms"]["severity_levels"]
    assert [(lv["name"], lv.get("tier")) for lv in levels] == [
        ("危急", "emergency"),
        ("高", "important"),
        ("中", "general"),
        ("低", "general"),
    ]
    main(["check", str(doc), "--lang", "zh-Hans", "--format", "md", "--no-clauses"])
    rows = _md_rows(capsys.readouterr().out)
    assert rows["emergency-response"][3] == "符合"
    assert "2小时" in rows["emergency-response"][4] and "“危急”按其排序视为紧急级别" in rows["emergency-response"][4]
    assert "在2小时内响应" in rows["emergency-response"][6]
    assert rows["important-response"][3] == "不符合"  # 4 hours against the checklist's 2
    assert "“高”按其排序视为重要级别" in rows["important-response"][4]
    # the levels are listed by the names the agreement gives them, not by ids termsmith made up (L1, L2 …)
    assert rows["severity-tiers"][4] == "4（危急、高、中、低）"


def test_plan_copies_of_a_severity_are_ranked_by_the_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "vendor.txt"
    doc.write_text(
        "Initial response targets\n"
        "- Sev-1: 1 hour (Premium), 4 hours (Standard)\n"
        "- Sev-2: 4 hours (Premium), 1 business day (Standard)\n"
        "- Sev-3: 1 business day (Premium), 3 business days (Standard)\n",
        encoding="utf-8",
    )
    main(["extract", str(doc), "--format", "json"])
    levels = json.loads(capsys.readouterr().out)["documents"][0]["terms"]["severity_levels"]
    tiers_by_name = {lv["name"]: lv.get("tier") for lv in levels}
    # no plain "Sev-1": every severity comes under a plan, and each copy takes its severity's tier
    assert tiers_by_name == {
        "Sev-1 (Premium)": "emergency",
        "Sev-1 (Standard)": "emergency",
        "Sev-2 (Premium)": "important",
        "Sev-2 (Standard)": "important",
        "Sev-3 (Premium)": "general",
        "Sev-3 (Standard)": "general",
    }


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a bracket that describes the level does not name its tier: the degree word before it ranks it
        (
            ["Very High (System-Wide Outage)", "High (Critical User Outage)", "Medium (Standard Service)"],
            ["emergency", "important", "general"],
        ),
        (
            ["严重（系统整体瘫痪无法使用）", "较重（部分功能受影响）", "轻微（界面显示问题）"],
            ["emergency", "important", "general"],
        ),
        # a one- or two-word label in the bracket still names it
        (["P1 (Critical)", "P2 (High)", "P3 (Low)"], ["emergency", "important", "general"]),
        (["High (Urgent)", "Medium", "Low"], ["emergency", "important", "general"]),
        # an intensifier ranks above its word
        (
            ["Very High", "High", "Medium", "Low", "Very Low"],
            ["emergency", "important", "general", "general", "general"],
        ),
    ],
)
def test_a_bracketed_description_and_very_high(names: list[str], expected: list[str]) -> None:
    assert ranked_tiers(names, [named_tier(n) for n in names]) == expected


def test_a_nested_bullet_scale_is_checked_from_the_top(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The layout that showed it (a vendor's DOCX-exported SLA): the second level's description says "Critical",
    which had made it the emergency level under a "Very High" first one."""
    doc = tmp_path / "vendor.txt"
    doc.write_text(
        "Priority Levels & Response Times\n"
        "• Very High (System-Wide Outage): A problem affecting the entire organization.\n"
        "    • Target Response: 1 hour\n"
        "    • Target Completion: Within 4 hours\n"
        "• High (Critical User Outage): A problem affecting a single priority user.\n"
        "    • Target Response: 2 hours\n"
        "    • Target Completion: Within 1 working day\n"
        "• Medium (Standard Service): A general request.\n"
        "    • Target Response: 8 hours\n"
        "    • Target Completion: Within 2 working days\n",
        encoding="utf-8",
    )
    main(["extract", str(doc), "--format", "json"])
    levels = json.loads(capsys.readouterr().out)["documents"][0]["terms"]["severity_levels"]
    assert [(lv["name"], lv.get("tier")) for lv in levels] == [
        ("Very High (System-Wide Outage)", "emergency"),
        ("High (Critical User Outage)", "important"),
        ("Medium (Standard Service)", "general"),
    ]
    assert levels[0]["response"]["within"] == "1h"
