"""termsmith report: a month of tickets against the agreement, figures worked out by hand."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import docx
import pytest

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[2]
FUEL = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
# fuel-station levels: P0 30 min / 4 h and P1 1 h / 24 h on 24x7; P2 4 h / 3 business days on
# cn-business (Mon-Fri 09:00-18:00, mainland holidays with make-up days); retainer 6,000 CNY a
# year = 500 CNY a month; credits: P0 response 5 %, P0 resolution 10 %, cap 30 %.
LOG = """\
id,level,opened,first_response,resolved,channel
T-1,P0,2026-09-03 10:00,2026-09-03 10:20,2026-09-03 13:00,phone
T-2,P0,2026-09-05 22:00,2026-09-05 23:10,2026-09-06 05:00,phone
T-3,P1,2026-09-10 09:00,2026-09-10 09:30,2026-09-10 20:00,ticket
T-4,P2,2026-09-18 17:30,2026-09-21 10:00,2026-09-22 12:00,email
T-5,P2,2026-09-25 16:00,,,email
T-6,P1,2026-09-28 11:00,2026-09-28 11:40,,ticket
"""


def _write(tmp_path: Path, text: str = LOG, encoding: str = "utf-8") -> Path:
    path = tmp_path / "tickets.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _json(tmp_path: Path, capsys: pytest.CaptureFixture[str], log: Path, *extra: str) -> dict:
    assert main(["report", str(FUEL), str(log), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_figures_worked_out_by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(tmp_path, capsys, _write(tmp_path))
    assert data["month"] == "2026-09"
    assert (data["requests"], data["responded"], data["resolved"]) == (6, 5, 4)
    assert data["resolution_rate_percent"] == "66.7"  # 4 of 6
    levels = {lv["level"]: lv for lv in data["levels"]}
    p0 = levels["P0"]
    assert (p0["response"]["median_minutes"], p0["response"]["p90_minutes"]) == ("45", "70")  # 20 and 70 min
    assert (p0["resolution"]["median_minutes"], p0["resolution"]["p90_minutes"]) == ("300", "420")  # 3 h and 7 h
    assert p0["response"]["attainment_percent"] == "50.0"
    # T-4: Friday 17:30 → Monday 10:00 is 10 h 30 working minutes: 0.5 h Friday, 9 h on
    # Sunday 20 September (a make-up working day), 1 h Monday
    p2 = levels["P2"]
    assert p2["response"]["clock"] == "cn-business" and p2["response"]["median_minutes"] == "630"
    assert p2["response"]["limit_minutes"] == "240" and p2["resolution"]["limit_minutes"] == "1620"
    # average response: (20 + 70 + 30 + 630 + 40) / 5 = 158 minutes, each on its level's clock
    assert data["average_response_minutes"] == "158.0"
    breaches = {(b["ticket"], b["measure"]): b for b in data["breaches"]}
    assert set(breaches) == {
        ("T-2", "response"),
        ("T-2", "resolution"),
        ("T-4", "response"),
        ("T-5", "response"),
        ("T-5", "resolution"),
        ("T-6", "resolution"),
    }
    assert breaches[("T-5", "resolution")]["took_minutes"] is None  # still open, deadline passed in September
    assert breaches[("T-2", "response")]["credit"] == "25.00 CNY"  # 5 % of 500
    assert breaches[("T-2", "resolution")]["credit"] == "50.00 CNY"  # 10 % of 500
    assert data["credits"] == {
        "monthly_fee": "500.00 CNY",
        "under_rules": "75.00 CNY",
        "cap": "150.00 CNY",
        "owed": "75.00 CNY",
    }


def test_credits_are_capped_each_month(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = "".join(f"T-{i},P0,2026-09-{i:02d} 10:00,2026-09-{i:02d} 11:00,2026-09-{i:02d} 18:00\n" for i in range(1, 6))
    data = _json(tmp_path, capsys, _write(tmp_path, LOG.splitlines()[0] + "\n" + rows))
    # five P0 tickets, each late to respond (5 %) and to resolve (10 %): 5 × 75 = 375, capped at 150
    assert data["credits"] == {
        "monthly_fee": "500.00 CNY",
        "under_rules": "375.00 CNY",
        "cap": "150.00 CNY",
        "owed": "150.00 CNY",
    }


def test_excel_bom_and_gbk_logs_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chinese = LOG.replace("phone", "电话")
    a = _json(tmp_path, capsys, _write(tmp_path, "\ufeff" + chinese))
    b = _json(tmp_path, capsys, _write(tmp_path, chinese, "gbk"))
    assert a == b and a["requests"] == 6


def test_bad_rows_are_all_reported_at_their_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = LOG + (
        "T-7,P9,2026-09-12 10:00,,\n"
        "T-8,P1,2026-09-31 10:00,,\n"
        "T-9,P1,2026-09-12 10:00,2026-09-12 09:00,\n"
        "T-10,P1,2026-10-02 10:00,,\n"
    )
    log = _write(tmp_path, bad)
    out = tmp_path / "report.md"
    assert main(["report", str(FUEL), str(log), "--month", "2026-09", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert not out.exists()
    for line, words in (
        (8, "unknown severity level 'P9'"),
        (9, "is not a date and time"),
        (10, "is before opened"),
        (11, "outside 2026-09"),
    ):
        assert f"tickets.csv:{line}:" in err and words in err
    assert "Traceback" not in err
    assert main(["report", str(FUEL), str(log), "--month", "2026-09", "--skip-bad-rows", "-o", str(out)]) == 0
    assert "服务请求数 | 6" in out.read_text(encoding="utf-8")


def test_a_log_over_several_months_needs_month(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = _write(tmp_path, LOG + "T-10,P1,2026-10-02 10:00,,\n")
    assert main(["report", str(FUEL), str(log), "--format", "json"]) == 2
    assert "--month" in capsys.readouterr().err


def test_another_language_than_the_agreement_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(FUEL), str(_write(tmp_path)), "--lang", "en"]) == 2
    assert "mix languages" in capsys.readouterr().err


def _shown(text: str) -> str:
    """Text as a reader sees it: the renderers' no-break glue (``rendering.nobreak``: U+2060 word
    joiner, U+2005 before it) prints as nothing and as a space."""
    return text.replace("\u2060", "").replace("\u2005", " ")


def test_documents_carry_the_figures_and_charts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from word_numbers import numbered_paragraphs

    log = _write(tmp_path)
    outputs = {fmt: tmp_path / f"report.{fmt}" for fmt in ("html", "docx", "pdf")}
    for path in outputs.values():
        assert main(["report", str(FUEL), str(log), "-o", str(path)]) == 0
    html = outputs["html"].read_text(encoding="utf-8")
    html_text = re.sub(r"<[^>]+>", "", html)  # as a browser shows it: a no-break span is one with its text
    assert (
        html.count("<svg") == 2
        and "图1 各级别90分位用时与时限" in html_text
        and "10小时30分钟（工作时间）" in html_text
    )
    data = outputs["docx"].read_bytes()
    word = docx.Document(io.BytesIO(data))
    assert len(word.inline_shapes) == 2
    # the report's sections keep their own headings: Word's article numbering prints nothing before them
    shown = [text for _, text in numbered_paragraphs(data)]
    for heading in ("一、服务概况", "二、各级别服务水平", "三、超时明细", "四、服务赔偿", "五、计算说明"):
        assert heading in shown, heading
    assert "图1 各级别90分位用时与时限" in shown and "图2 本月每日超时次数" in shown
    cells = [_shown(c.text) for t in word.tables for r in t.rows for c in r.cells]
    assert "¥75.00" in cells and "3个工作日（工作时间）" in cells
    text = subprocess.run(["pdftotext", str(outputs["pdf"]), "-"], capture_output=True, text=True, check=True).stdout
    squashed = "".join(text.split())
    assert "2026年9月月度服务报告" in squashed and "¥150.00" in squashed and "T-4" in squashed
    assert "日期" in squashed  # chart text stays text in the PDF


def test_reports_are_byte_identical_across_runs(tmp_path: Path) -> None:
    log = _write(tmp_path)
    for fmt in ("docx", "pdf", "html"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        assert main(["report", str(FUEL), str(log), "-o", str(a)]) == 0
        assert main(["report", str(FUEL), str(log), "-o", str(b)]) == 0
        assert a.read_bytes() == b.read_bytes(), fmt


def test_typst_engine_draws_the_charts_too(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert main(["report", str(FUEL), str(_write(tmp_path)), "-o", str(out), "--pdf-engine", "typst"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    squashed = "".join(text.split())
    assert "图2本月每日超时次数" in squashed and "日期" in squashed and "¥75.00" in squashed
