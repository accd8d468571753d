"""The general causes behind batch 13's misses (session 14), each on documents of our own (none is a corpus
text), read back through the real CLI or API:

- a grid with plans as columns and levels as rows ("Priority | Basic | Plus | Max", under a line naming the
  kind): every plan's time is a level of its own, not only the first plan's; the first plan keeps the level's
  key so a resolution table below joins it; the kind is the first the lines above name, so a hedge about
  resolution under an "initial response time" sentence does not turn the grid into resolutions. This is also
  the fix of en51's regression: the session-start code's one extra fact there was a support-hours cell ("Next
  business day response") that 140eb35 rightly stopped reading, and the plan columns were never read;
- a cell listing one time per plan in the page's markup ("旗艦：30 分鐘內<br>標準：3 小時內") under a level's row: each
  plan's time is a level, its clock from the row's cell listing the same plans (24 小時全年無休, 作業時間);
- a row naming one kind across plan columns whose cells list one time per level ("Severity 1: under 2 hours<br />
  Severity 2: …"): each level under each plan is a level;
- the items of a list or the rows of a table under a label line naming the channels ("2.4 Ways in: support
  channels", a column "| Tier | Hours | Channel |", "Feature | Contact information" without outer pipes) name
  channels, even with their addresses left blank; the client opening a ticket (開立問題單, 提交工单) reports by ticket;
- a dispute clause offering the forums listed below with the choice left blank (按下列第 种方式解决) names none;
- the time the service is given as a length from the signing (提供服务的时间:签订合同后起一年内) is the term;
- the document as a sentence's subject ("This Support Schedule (\"Schedule\") … by {{CUSTOMER}} (\"Customer\")") is no party.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from extract_support import extract_json as _extract_json, level_times, terms_of, text_lines as _lines

# --- plans as columns, levels as rows ------------------------------------------------------------------


def test_every_plan_column_of_a_response_grid_is_read_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    document.add_paragraph("3. First reply targets")
    grid = document.add_table(rows=4, cols=3)
    for r, cells in enumerate(
        [
            ("Priority", "Standard Care", "Premier Care"),
            ("Blocker", "6 hours", "2 hours"),
            ("Normal", "2 business days", "6 business hours"),
            ("Cosmetic", "Best effort", "3 business days"),
        ]
    ):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    document.add_paragraph("4. Fix targets")
    fixes = document.add_table(rows=3, cols=2)
    for r, cells in enumerate([("Priority", "Fix time"), ("Blocker", "36 hours"), ("Normal", "9 business days")]):
        for c, text in enumerate(cells):
            fixes.cell(r, c).text = text
    document.save(str(tmp_path / "grid.docx"))
    found = _extract_json(tmp_path / "grid.docx", capsys)
    assert level_times(found["terms"]) == {
        "Blocker": ("6h", "36h"),
        "Blocker (Premier Care)": ("2h", None),
        "Normal": ("2 business days", "9 business days"),
        "Normal (Premier Care)": ("6 business hours", None),
        "Cosmetic": ("3 business days", None),
    }


def test_a_plan_grid_under_a_resolution_hedge_holds_responses_txt(tmp_path: Path) -> None:
    text = _lines(
        "Our objective is stated as the first reply time to a request, per plan, in the grid below.",
        "We try hard to fix problems but promise no resolution or resolution time.",
        "",
        "Plan | Lite | Team | Corporate",
        "--- | --- | --- | ---",
        "Sev A | none | 3 business hours | 45 min",
        "Sev B | none | 10 business hours | 5 business hours",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Sev A": ("3 business hours", None),
        "Sev A (Corporate)": ("45m", None),
        "Sev B": ("10 business hours", None),
        "Sev B (Corporate)": ("5 business hours", None),
    }


def test_a_table_with_one_time_column_is_no_plan_grid_txt(tmp_path: Path) -> None:
    """A grid of one plan column and a description column stays one level per row."""
    text = _lines(
        "Response times",
        "",
        "Level | Meaning | Time",
        "--- | --- | ---",
        "Critical | site down | 1 hour",
        "Minor | a cosmetic fault | 2 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("1h", None), "Minor": ("2 days", None)}


# --- lists inside cells (markup of a documentation page) -----------------------------------------------


def test_a_cell_listing_one_time_per_plan_gives_each_plan_a_level_md(tmp_path: Path) -> None:
    text = _lines(
        "## 服務等級",
        "下表列出各等級的回應時間目標。",
        "",
        "等級|說明|回應時間目標|回應時間涵蓋範圍",
        "---|---|---|---",
        "等級 1|<strong>整個系統停擺。</strong>|<ul><li><strong>旗艦：</strong>30 分鐘內</li><li><strong>標準：</strong>3 小時內</li>"
        "<li><strong>入門：</strong>不提供</li></ul>|<ul><li><strong>旗艦：</strong>24 小時全年無休</li>"
        "<li><strong>標準：</strong>作業時間</li><li><strong>入門：</strong>不提供</li></ul>",
        "等級 2|部分功能受影響。|<ul><li><strong>旗艦：</strong>2 小時內</li><li><strong>標準：</strong>6 小時內</li></ul>"
        "|<ul><li><strong>旗艦：</strong>作業時間</li><li><strong>標準：</strong>作業時間</li></ul>",
    )
    levels = {
        lv["name"]: (lv["response"]["within"], lv["response"]["clock"])
        for lv in terms_of(tmp_path, text, "plans.md")["severity_levels"]
    }
    assert levels == {
        "等級 1": ("30m", "24x7"),
        "等級 1 (標準)": ("3h", "business"),
        "等級 2": ("2h", "business"),
        "等級 2 (標準)": ("6h", "business"),
    }


def test_a_kind_row_whose_plan_cells_list_one_time_per_level_md(tmp_path: Path) -> None:
    text = _lines(
        "# Plans",
        "",
        "| | Free | Team | Business |",
        "|---|---|---|---|",
        "| Who it is for | hobby projects | small teams | companies |",
        "| First reply target | n/a | Severity 1: under 2 hours<br />Severity 2: under 6 hours "
        "| Severity 1: under 1 hour<br />Severity 2: under 3 hours |",
    )
    assert level_times(terms_of(tmp_path, text, "plans.md")) == {
        "Severity 1": ("2h", None),
        "Severity 2": ("6h", None),
        "Severity 1 (Business)": ("1h", None),
        "Severity 2 (Business)": ("3h", None),
    }


# --- channels listed under a label naming them ---------------------------------------------------------


def _channel_kinds(terms: dict[str, Any]) -> list[str]:
    return [c["kind"] for c in terms.get("support_channels", [])]


def test_a_list_under_a_support_channels_label_names_the_channels_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_heading("2. HOW WE HELP", level=1)
    document.add_paragraph("2.1 Hours: Monday to Friday.")
    document.add_paragraph("2.4 Support channels")
    for line in ("- Phone: [number to follow]", "- Helpdesk portal: [address]", "- Email: ____"):
        document.add_paragraph(line)
    document.add_paragraph("2.5 Hardware covered")
    document.add_paragraph("- Chat terminals in the lobby")
    document.save(str(tmp_path / "ways.docx"))
    found = _extract_json(tmp_path / "ways.docx", capsys)
    assert sorted(_channel_kinds(found["terms"])) == ["email", "phone", "ticket"]


def test_a_table_column_of_channels_names_them_md(tmp_path: Path) -> None:
    text = _lines(
        "### Coverage",
        "",
        "| Tier | Hours | Channel |",
        "|---|---|---|",
        "| Basic | 9-5 weekdays | Email |",
        "| Plus | 8-8 weekdays | Email + Phone |",
    )
    assert sorted(_channel_kinds(terms_of(tmp_path, text, "tiers.md"))) == ["email", "phone"]


def test_a_list_under_another_label_names_no_channel_txt(tmp_path: Path) -> None:
    text = _lines("Equipment covered", "- Phone handsets", "- Email server appliance", "- Chat kiosk")
    assert _channel_kinds(terms_of(tmp_path, text)) == []


def test_rows_under_a_contact_information_header_without_outer_pipes_txt(tmp_path: Path) -> None:
    text = _lines(
        "Reaching us",
        "",
        "Feature | Contact information",
        "--- | ---",
        "Chat Support | a shared room opened for you on day one",
        "Mail Support | help@example.org",
    )
    assert sorted(_channel_kinds(terms_of(tmp_path, text))) == ["chat-group", "email"]


# --- a choice of forum left blank ----------------------------------------------------------------------


def _disputes(terms: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = terms.get("disputes", {})
    return found


def test_forums_offered_with_the_choice_left_blank_are_none_txt(tmp_path: Path) -> None:
    text = _lines(
        "第九条 争议的解决",
        "因本合同引起的争议,双方协商不成的,按下列第 种方式解决:",
        "1.提交深圳国际仲裁院仲裁;",
        "2.向乙方所在地人民法院提起诉讼。",
        "第十条 其他",
        "本合同自双方签字盖章之日起生效。",
    )
    assert _disputes(terms_of(tmp_path, text)) == {}


def test_forums_offered_with_the_choice_made_keep_the_chosen_one_txt(tmp_path: Path) -> None:
    """A choice filled in is no blank: the forum named in the clause itself is read as before."""
    text = _lines(
        "第九條 爭議的解決",
        "因本合約引起的爭議,雙方同意提交台北地方法院管轄;或選擇下列第二種方式:",
        "1.提交中華民國仲裁協會仲裁。",
    )
    assert _disputes(terms_of(tmp_path, text))["court"] == {"name": "台北地方法院"}


# --- opening a ticket ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "當您開立問題單時,請選擇適當的嚴重性,我們依嚴重性安排處理順序。",
        "用户提交工单后,我们按问题的严重程度安排处理顺序。",
        "对于您提交的事件单,我们按优先级安排处理顺序。",
    ],
)
def test_the_client_opening_a_ticket_reports_by_ticket_txt(tmp_path: Path, sentence: str) -> None:
    assert _channel_kinds(terms_of(tmp_path, _lines("處理順序", sentence))) == ["ticket"]


# --- the time the service is given, as a length from the signing ----------------------------------------


def test_the_service_time_as_a_length_from_signing_is_the_term_txt(tmp_path: Path) -> None:
    text = _lines("四、服务安排", "1、提供服务的时间:自签署本合同之日起两年内。", "2、服务地点:甲方办公楼。")
    assert terms_of(tmp_path, text)["term"]["length"] == "2 years"


def test_service_hours_are_no_term_txt(tmp_path: Path) -> None:
    text = _lines("服务安排", "服务时间:周一至周五 9:00-18:00,合同签订后开始提供。")
    assert "term" not in terms_of(tmp_path, text)


# --- the document is no party --------------------------------------------------------------------------


def test_the_agreement_as_the_subject_is_no_party_txt(tmp_path: Path) -> None:
    """Both parties are template placeholders: the schedule naming itself is neither of them."""
    text = _lines(
        "Support Terms",
        'This Support Schedule ("Schedule") sets out the help expected from {{PROVIDER}} ("Provider") by {{CUSTOMER}} '
        '("Customer").',
    )
    assert terms_of(tmp_path, text).get("parties", []) == []
