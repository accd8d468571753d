"""Labelled level lists (`rules/level_lists.py`, extract21), read back through `extract_file`, the API under every
front end. The positive texts are real lines of corpus documents, cut to the lines that matter: en89 and en91
(batch 19), en70 (batch 16) and en75 (batch 17). The guards are texts of our own.

- "label: time" items under a lead naming the kind: the label is the level, whatever it says ("Sev-1",
  "Basic Support", "Emergency requests");
- the same labels under two or more headings: one level per heading and label ("Premium Sev-1", "Pro Sev-1");
- a label naming the kind and then the level ("Response time - critical tickets: 24h") needs no lead;
- no lead, a label naming a measure ("Maximum support time per month: 3h") or a lone item: no level.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines

from termsmith.extract.api import extract_file


def test_plan_headings_over_the_same_level_labels(tmp_path: Path) -> None:
    # en89 (batch 19), two of its three plans
    terms = terms_of(
        tmp_path,
        text_lines(
            "# Pinecone Support SLAs",
            "Pinecone Support has first-response SLAs based on the support plan of the ticket requester's "
            "organization and the selected severity. These SLAs are as follows:",
            "### Premium",
            "* **Sev-1**: 30 minutes",
            "* **Sev-2**: 2 business hours",
            "### Pro",
            "* **Sev-1**: 2 hours",
            "* **Sev-2**: 4 business hours",
        ),
    )
    assert level_times(terms) == {
        "Premium Sev-1": ("30m", None),
        "Premium Sev-2": ("2 business hours", None),
        "Pro Sev-1": ("2h", None),
        "Pro Sev-2": ("4 business hours", None),
    }
    clocks = [lv["response"]["clock"] for lv in terms["severity_levels"]]
    assert clocks[1] == clocks[3] == "business"


def test_plan_lists_each_under_its_own_lead(tmp_path: Path) -> None:
    # our own: each plan's heading, then a sentence leading its list; the labels repeat in two lists
    terms = terms_of(
        tmp_path,
        text_lines(
            "### Premium",
            "Premium tickets get a first response within the following times:",
            "* Sev-1: 30 minutes",
            "* Sev-2: 2 hours",
            "### Pro",
            "Pro tickets get a first response within the following times:",
            "* Sev-1: 2 hours",
            "* Sev-2: 8 hours",
        ),
    )
    assert level_times(terms) == {
        "Premium Sev-1": ("30m", None),
        "Premium Sev-2": ("2h", None),
        "Pro Sev-1": ("2h", None),
        "Pro Sev-2": ("8h", None),
    }


def test_numbered_items_under_a_heading_naming_the_kind(tmp_path: Path) -> None:
    # en91 (batch 19): the clause numbers are split from the items' text as sentences of their own
    terms = terms_of(
        tmp_path,
        text_lines(
            "3.2. Response Times",
            "The Provider shall respond to each support request within the following timeframes:",
            "3.2.1. Basic Support: within four (4) business hours of receipt of the support request during normal "
            "business hours;",
            "3.2.2. Priority Support: within two (2) hours of receipt of the support request, regardless of the day "
            "or time the request is received.",
        ),
    )
    assert level_times(terms) == {"Basic Support": ("4 business hours", None), "Priority Support": ("2h", None)}


def test_items_whose_value_names_no_kind_take_the_lead_s(tmp_path: Path) -> None:
    # en70 (batch 16)
    terms = terms_of(
        tmp_path,
        text_lines(
            "B. The vendor must respond to requests in accordance with the following criteria:",
            "1. Emergency requests: Services and/or parts must be provided within three (3) hours;",
            "2. High Priority requests: Services and/or parts must be provided within eight (8) hours;",
            "3. Routine requests: Services and/or parts must be provided within three (3) days;",
            "4. Service rates will be charged for emergency/urgent and routine requests according to the basic "
            "hourly rates quoted.",
        ),
    )
    assert level_times(terms) == {
        "Emergency requests": ("3h", None),
        "High Priority requests": ("8h", None),
        "Routine requests": ("3 days", None),
    }


def test_a_chinese_list_under_an_intro_naming_the_kind(tmp_path: Path) -> None:
    # our own: customer classes as the levels, bracketed numbers and full-width colons
    terms = terms_of(
        tmp_path,
        text_lines("服务响应时间如下：", "（1）金牌客户：30分钟", "（2）银牌客户：2小时", "（3）普通客户：8小时"),
    )
    assert level_times(terms) == {"金牌客户": ("30m", None), "银牌客户": ("2h", None), "普通客户": ("8h", None)}


def test_labels_naming_the_kind_then_the_level_per_plan(tmp_path: Path) -> None:
    # en75 (batch 17), two of its three plans; the plan's features with an hour count are no levels
    terms = terms_of(
        tmp_path,
        text_lines(
            "Support plans",
            "## Plan: Standard",
            "* Email support: yes",
            "* Maximum support time per month: 3h",
            "* Response time - regular incidents: 24h",
            "* Response time - critical tickets: 24h",
            "## Plan: Premier",
            "* Email support: yes",
            "* Maximum support time per month: 10h",
            "* Response time - regular incidents: 18h",
            "* Response time - critical tickets: 12h",
        ),
    )
    assert level_times(terms) == {
        "Standard regular incidents": ("24h", None),
        "Standard critical tickets": ("24h", None),
        "Premier regular incidents": ("18h", None),
        "Premier critical tickets": ("12h", None),
    }


def test_no_lead_a_measure_or_a_lone_item_gives_no_level(tmp_path: Path) -> None:
    # our own: a plan's features with hours but no lead naming a kind; a measure under a lead; a lone item
    terms = terms_of(
        tmp_path,
        text_lines(
            "## Gold plan",
            "* Onboarding workshop: 2 hours",
            "* Health check: 4 hours",
            "Support requests are answered as follows:",
            "* Support hours per day: 9 hours",
            "* Maximum session length: 2 hours",
            "Our consultants respond within the following time:",
            "* Standard: 8 hours",
        ),
    )
    assert "severity_levels" not in terms


def test_a_scope_list_with_deadlines_under_a_heading_naming_no_kind(tmp_path: Path) -> None:
    # our own, as termsmith's own agreements word their service scope: each item's value names when the work is
    # done, but no lead says these are levels; the levels are those the agreement states as levels
    terms = terms_of(
        tmp_path,
        text_lines(
            "第二条 服务内容与范围",
            "（一） 系统兼容性更新：操作系统版本更新导致功能异常时，在5个工作日内完成适配；",
            "（二） 支付接口维护：支付渠道升级导致订单同步异常时，在2个工作日内完成接口适配。",
            "第三条 故障等级",
            "紧急故障：2小时内响应，8小时内解决。",
            "一般故障：8小时内响应，48小时内解决。",
        ),
    )
    assert level_times(terms) == {"紧急": ("2h", "8h"), "一般": ("8h", "48h")}


def test_a_docx_whose_plan_headings_are_short_lines(tmp_path: Path) -> None:
    # en89's lists as a Word file: plain paragraphs, the plan names on lines of their own, typed bullets
    from tests.extract.conftest import write_docx

    path = write_docx(
        tmp_path / "plans.docx",
        [
            "Pinecone Support has first-response SLAs based on the support plan of the ticket requester's "
            "organization and the selected severity. These SLAs are as follows:",
            "Premium",
            "• Sev-1: 30 minutes",
            "• Sev-2: 2 business hours",
            "Developer",
            "• Sev-1: 8 business hours",
            "• Sev-2: 12 business hours",
        ],
    )
    terms = extract_file(path)[1].terms
    assert level_times(terms) == {
        "Premium Sev-1": ("30m", None),
        "Premium Sev-2": ("2 business hours", None),
        "Developer Sev-1": ("8 business hours", None),
        "Developer Sev-2": ("12 business hours", None),
    }
    assert extract_file(path)[1].evidence["severity_levels[0].response"].quote == "• Sev-1: 30 minutes"
