"""termsmith diff: two specs compared term by term in the spec's vocabulary, whom each change favours,
which checklist verdicts change; text, JSON, Markdown and HTML; exit 0 same, 1 changed, 2 errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termsmith.checklist.load import load_checklist
from termsmith.cli import main
from termsmith.diff.report import diff_specs
from termsmith.validation import validate_path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
EDITS = (
    ("      response: 30m\n", "      response: 2h\n"),  # P0 only: the first level
    ("    length: 12 months\n", "    length: 6 months\n"),
    ("        amount: 6000.00 CNY\n", "        amount: 7200.00 CNY\n"),
    ("    source_code_owner: client\n", "    source_code_owner: vendor\n"),
    ("      - id: ssl-ov\n", "      - id: ssl-ev\n"),
    ("    cap: 10%\n", "    cap: 20%\n"),
    ("      resolution: 3 business days\n", "      resolution: 24h\n"),
)


def edited(tmp_path: Path, edits=EDITS, name: str = "new.yaml") -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) >= 1, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def report(tmp_path: Path, lang: str):
    old = validate_path(SAMPLE).document
    new = validate_path(edited(tmp_path)).document
    return diff_specs(old, new, lang, checklist=load_checklist().document, checklist_name="after-sales-standard")


def test_changes_are_worded_in_the_specs_vocabulary_with_whom_they_favour(tmp_path: Path) -> None:
    lines = {e.term: (e.old_text, e.new_text, e.favours, e.change.kind) for e in report(tmp_path, "en").entries}
    assert lines == {
        "P0 response": ("30 minutes (24×7)", "2 hours (24×7)", "vendor", "changed"),
        "P2 resolution": ("3 business days (Mon–Fri 09:00–18:00)", "24 hours (Mon–Fri 09:00–18:00)", None, "changed"),
        "free period": ("12 months", "6 months", "vendor", "changed"),
        "retainer": ("CNY 6,000.00", "CNY 7,200.00", "vendor", "changed"),
        "rate ssl-ov": ("SSL 证书升级（DV 升级至 OV）", "—", None, "removed"),
        "rate ssl-ev": ("—", "SSL 证书升级（DV 升级至 OV）", None, "added"),
        "source code owner": ("Client", "Vendor", "vendor", "changed"),
        "penalty cap": ("10%", "20%", "client", "changed"),
    }


def test_chinese_report_words_values_as_the_agreement_does(tmp_path: Path) -> None:
    r = report(tmp_path, "zh-Hans")
    lines = {e.term: (e.old_text, e.new_text) for e in r.entries}
    assert lines["P0 响应时限"] == ("30分钟（7×24小时）", "2小时（7×24小时）")
    assert lines["免费维护期"] == ("12个月", "6个月")
    assert lines["retainer 金额"] == ("¥6,000.00", "¥7,200.00")
    assert lines["源代码归属"] == ("甲方", "乙方")
    assert r.summary() == "共 8 处变更（有利于甲方 1，有利于乙方 4）"


def test_checklist_requirements_that_change_verdict_are_listed(tmp_path: Path) -> None:
    verdicts = {v.id: (v.old.value, v.new.value) for v in report(tmp_path, "en").verdicts}
    assert verdicts["client-owns-source"] == ("pass", "fail")
    assert all(old != new for old, new in verdicts.values())


def test_same_terms_in_another_order_is_no_change(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    block_a = "      - id: api-simple\n        name: 第三方接口对接（简单）\n        unit: interface\n        price: 2000.00 CNY\n"
    block_b = "      - id: api-complex\n        name: 第三方接口对接（复杂）\n        unit: interface\n        price: 5000.00 CNY\n"
    assert block_a + block_b in text
    swapped = tmp_path / "swapped.yaml"
    swapped.write_text(text.replace(block_a + block_b, block_b + block_a), encoding="utf-8")
    assert main(["diff", str(SAMPLE), str(swapped)]) == 0


def test_cli_exit_codes_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = edited(tmp_path)
    assert main(["diff", str(SAMPLE), str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["diff", str(SAMPLE), str(new), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "~ P0 response: 30 minutes (24×7) → 2 hours (24×7)  [favours the vendor]" in out
    assert "- rate ssl-ov removed: SSL 证书升级（DV 升级至 OV）" in out
    assert "\033[" not in out  # no colour when not a terminal
    assert "client-owns-source [must] The client owns the source code: pass → fail" in out


def test_invalid_or_missing_spec_exits_2_with_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = edited(tmp_path, (("      response: 30m\n", "      response: 30\n"),), "broken.yaml")
    assert main(["diff", str(SAMPLE), str(broken)]) == 2
    err = capsys.readouterr().err
    line = broken.read_text(encoding="utf-8").splitlines().index("      response: 30") + 1
    assert f"broken.yaml:{line}:" in err
    assert main(["diff", str(SAMPLE), str(tmp_path / "absent.yaml")]) == 2
    assert "absent.yaml: no such file" in capsys.readouterr().err


def test_json_md_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = edited(tmp_path)
    out_json = tmp_path / "d.json"
    assert main(["diff", str(SAMPLE), str(new), "--format", "json", "-o", str(out_json), "--lang", "en"]) == 1
    data = json.loads(out_json.read_text(encoding="utf-8"))
    p0 = next(c for c in data["changes"] if c["path"] == "severity_levels.P0.response")
    assert p0["old"] == {"within": "30 minutes", "clock": "24x7"} and p0["new"] == {
        "within": "2 hours",
        "clock": "24x7",
    }
    assert p0["favours"] == "vendor" and p0["kind"] == "changed"
    assert {c["path"] for c in data["changes"] if c["kind"] != "changed"} == {
        "fees.rate_card.ssl-ov",
        "fees.rate_card.ssl-ev",
    }
    assert data["summary"] == {"changes": 8, "favour_client": 1, "favour_vendor": 4}
    assert main(["diff", str(SAMPLE), str(new), "--format", "md"]) == 1
    md = capsys.readouterr().out
    assert "| 免费维护期 | 12个月 | 6个月 | 乙方 |" in md
    assert main(["diff", str(SAMPLE), str(new), "--format", "html"]) == 1
    page = capsys.readouterr().out
    assert "<del>12个月</del>" in page and "<ins>6个月</ins>" in page and "&lt;" not in page


def test_text_is_coloured_on_a_terminal_only() -> None:
    import tempfile

    from termsmith.diff.formats import to_text

    with tempfile.TemporaryDirectory() as tmp:
        r = report(Path(tmp), "en")
    coloured = to_text(r, colour=True)
    assert "\033[33m~\033[0m P0 response" in coloured and "\033[35mfavours the vendor\033[0m" in coloured
    assert "\033[" not in to_text(r, colour=False)
