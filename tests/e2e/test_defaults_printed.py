"""Defaults printed in the agreement are the model's declared defaults, and what the spec writes
replaces them; `review` marks the defaults and `check` sees the value the agreement prints.
DOCX and PDF are read back."""

from __future__ import annotations

import json
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


# ---------------------------------------------------------------- numbers the clause library used to write itself
_NOTICE_CHECKLIST = """\
apiVersion: termsmith/v1
kind: Checklist
metadata:
  name: force-majeure-notice
spec:
  title: {zh-Hans: 不可抗力通知, zh-Hant: 不可抗力通知, en: Force-majeure notice}
  requirements:
    - id: fm-notice
      level: must
      title: {zh-Hans: 不可抗力通知不超过48小时, zh-Hant: 不可抗力通知不超過48小時, en: Notice within 48 hours}
      rationale: {zh-Hans: 及早知情, zh-Hant: 及早知情, en: Early notice}
      assert: {kind: duration_at_most, path: force_majeure.notice_within, value: 48 hours}
"""


def _fm_notice_row(tmp_path: Path, spec: Path) -> dict:
    checklist = tmp_path / "fm.yaml"
    checklist.write_text(_NOTICE_CHECKLIST, encoding="utf-8")
    out = tmp_path / "check.json"
    main(["check", str(spec), "--checklist", str(checklist), "--format", "json", "-o", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    return next(r for r in report["specs"][0]["results"] if r["id"] == "fm-notice")


def test_numbers_the_clauses_wrote_now_follow_the_spec(tmp_path: Path) -> None:
    """Force majeure, repeated failures, SSL renewal, penalties and the paid-work payment days: the
    value written in the spec is printed, in DOCX and PDF, and the old fixed number is gone."""
    spec = _edited(
        tmp_path,
        (
            "  confidentiality:\n    survives: 3 years\n",
            "  confidentiality:\n    survives: 3 years\n"
            "  force_majeure:\n    notice_within: 24 hours\n    terminate_after: 60 days\n",
        ),
        ("    transition_support: 30 days\n", "    transition_support: 30 days\n    repeated_failures: 2\n"),
        ("    ssl_renewal: true\n", "    ssl_renewal: true\n    ssl_renewal_before: 45 days\n"),
        ("    cap: 10%\n  liability:\n", "    cap: 10%\n    payable_within: 7 days\n  liability:\n"),
        ("    on_acceptance:\n      due_days: 15\n", "    on_acceptance:\n      due_days: 20\n"),
    )
    _langs, docx, pdf = render_texts(str(spec), "zh-Hans", "agreement")
    for text in (docx, pdf):
        flat = squash(text)
        assert "应在不可抗力发生后24小时内书面通知另一方" in flat
        assert "不可抗力持续超过60日的" in flat
        assert "在任意连续3个月内有2次以上未在解决时限内解决紧急故障" in flat
        assert "应在证书到期前45日完成续期与部署" in flat
        assert "违约金应在守约方书面通知送达后7日内支付" in flat
        # paid work: upfront share and balance on the terms of payment.on_acceptance, not a fixed 10 days
        assert "在收到每张发票后20日内支付" in flat
        assert "10个工作日内预付" not in flat
        for gone in ("发生后48小时内", "持续超过30日", "有3次以上", "到期前30日"):
            assert gone not in flat, gone


def test_omitted_numbers_print_the_declared_defaults_and_check_says_default(tmp_path: Path) -> None:
    """The sample writes none of these: the agreement prints each declared default (DOCX and PDF),
    and `check` judges the value the agreement prints, marked as a default, never "not stated"."""
    spec = _edited(tmp_path)
    _langs, docx, pdf = render_texts(str(spec), "zh-Hans", "agreement")
    for text in (docx, pdf):
        flat = squash(text)
        assert "应在不可抗力发生后48小时内书面通知另一方，并在15日内提供" in flat
        assert "在任意连续3个月内有3次以上未在解决时限内解决紧急故障" in flat
        assert "应在证书到期前30日完成续期与部署" in flat
        assert "违约金应在守约方书面通知送达后15日内支付" in flat
        assert "于交寄后3日" in flat  # notices by courier
    out = tmp_path / "review.md"
    assert main(["review", str(spec), "--format", "md", "-o", str(out)]) == 0
    review = out.read_text(encoding="utf-8")
    assert "| `spec.force_majeure.notice_within` | 48小时 (default) |" in review
    assert "| `spec.termination.repeated_failures` | 3 (default) |" in review
    row = _fm_notice_row(tmp_path, spec)
    # a notice period runs on no stated clock: elapsed hours, shown without a clock name
    assert (row["verdict"], row["vendor_text"], row["default"]) == ("pass", "48小时", True)
    assert row["note"] == "默认值（规格未写明，协议按此约定）"
    assert row["clause"] == "第十八条 18.2"  # the sub-clause that prints it

    written = _edited(
        tmp_path, ("  confidentiality:\n", "  force_majeure:\n    notice_within: 72 hours\n  confidentiality:\n")
    )
    row = _fm_notice_row(tmp_path, written)
    assert (row["verdict"], row["vendor_text"], row["default"], row["note"]) == (
        "fail",
        "72小时",
        False,
        None,
    )


def test_english_agreement_prints_written_and_default_numbers(tmp_path: Path) -> None:
    en = ROOT / "samples" / "business-system-support.en.yaml"
    text = en.read_text(encoding="utf-8")
    assert "  termination:\n" in text
    path = tmp_path / "edited.en.yaml"
    path.write_text(
        text.replace("  termination:\n", "  force_majeure:\n    evidence_within: 10 days\n  termination:\n", 1),
        encoding="utf-8",
    )
    _langs, docx, pdf = render_texts(str(path), "en", "agreement")
    for got in (docx, pdf):
        flat = " ".join(got.split())
        assert "within 48 hours after the force majeure event occurs and provide, within 10 days," in flat
        assert "If the force majeure lasts more than 30 days" in flat
        assert "if sent by courier, 3 days after dispatch" in flat
