"""Defaults printed in the agreement are the model's declared defaults, and what the spec writes
replaces them; `review` marks the defaults and `check` sees the value the agreement prints.
DOCX and PDF are read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import ROOT, render_texts, squash

from termsmith.checklist.evaluate import Verdict
from termsmith.checklist.load import load_checklist
from termsmith.checklist.report import run_check
from termsmith.cli import main

pytestmark = pytest.mark.slow

SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def _edited(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "edited.zh-Hans.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_written_values_replace_defaults_and_omitted_sections_print_the_declared_defaults(tmp_path: Path) -> None:
    spec = _edited(
        tmp_path,
        (
            "  confidentiality:\n    survives: 3 years\n",
            "  notice_periods:\n    channel_change: 7 business days\n    data_breach_notice: 1 hour\n",
        ),
        ("    cure_period: 15 days\n    handover_within: 10 business days\n", ""),
        ("      cpu_alert: 80%\n", "      cpu_alert: 80%\n      cpu_sustained: 10 minutes\n"),
        ("    transition_support: 30 days\n", "    transition_support: 30 days\n    refund_within: 20 days\n"),
    )
    _langs, docx, pdf = render_texts(str(spec), "zh-Hans", "agreement")
    for text in (docx, pdf):
        flat = squash(text)
        assert "应至少提前7个工作日书面通知甲方" in flat  # written: channel change notice
        assert "应在发现后1小时内通知甲方，24小时内提交书面报告" in flat  # written + declared default (24 hours)
        assert "CPU使用率连续10分钟高于80%" in flat  # written: sustained CPU
        assert "至本协议终止后3年届满" in flat  # default: confidentiality (section omitted)
        assert "书面通知后30日内未纠正" in flat  # default: cure period (field omitted)
        assert "提前5个工作日书面通知甲方；变更生效前，原渠道" not in flat
        assert "乙方应在解除后20日内按日折算退还" in flat  # written: refund
        assert "应在收到发票后5个工作日内书面提出" in flat  # default: invoice dispute


def test_review_marks_defaults_and_check_sees_what_the_agreement_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _edited(tmp_path, ("  confidentiality:\n    survives: 3 years\n", ""))
    out = tmp_path / "review.md"
    assert main(["review", str(spec), "--format", "md", "-o", str(out)]) == 0
    review = out.read_text(encoding="utf-8")
    assert "| `spec.confidentiality.survives` | 3年 (default) |" in review
    assert "| `spec.notice_periods.channel_change` | 5个工作日 (default) |" in review
    assert "| `spec.termination.cure_period` | 15日 |" in review  # written, not marked
    strict = load_checklist("strict")
    report = run_check([spec], strict.document, strict.file, "zh-Hans")
    row = next(r for r in report.results[0].rows if r.outcome.requirement.id == "confidentiality-survives")
    assert row.outcome.verdict is Verdict.PASS  # 3 years ≥ 2 years: the value the agreement prints
    _langs, docx, _pdf = render_texts(str(spec), "zh-Hans", "agreement")
    assert "至本协议终止后3年届满" in squash(docx)
