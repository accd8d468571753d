"""termsmith diff on fields that used to be numbers in clause text and are now spec fields with
declared defaults: each is named in the asked language and script, says whom it favours, exit 1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
import pytest

from termsmith.audit.simplified import SIMPLIFIED_ONLY
from termsmith.cli import main

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
CJK = re.compile(r"[\u3400-\u9fff]")

# force_majeure is absent from the sample: the old side is the declared default (48 hours).
EDITS = (
    ("    ssl_renewal: true\n", "    ssl_renewal: true\n    ssl_renewal_before: 60 days\n"),
    ("    qa_response_within: 1h\n", "    qa_response_within: 1h\n    session_notice: 10 business days\n"),
    ("  disputes:\n", "  force_majeure:\n    notice_within: 24 hours\n  disputes:\n"),
)

# path → (old, new, favours) as the spec writes them
EXPECTED = {
    "force_majeure.notice_within": ("48 hours", "24 hours", "client"),  # the vendor must tell sooner
    "security.ssl_renewal_before": ("30 days", "60 days", "client"),  # renewed longer before expiry
    "training.session_notice": ("5 business days", "10 business days", "vendor"),  # the client's notice
}

LINES = {
    "zh-Hans": (
        "~ 不可抗力通知时限: 48小时 → 24小时  [有利于甲方]",
        "~ SSL证书到期前续期: 30日 → 60日  [有利于甲方]",
        "~ 培训提前通知期: 5个工作日 → 10个工作日  [有利于乙方]",
        "共 3 处变更（有利于甲方 2，有利于乙方 1）",
    ),
    "zh-Hant": (
        "~ 不可抗力通知時限: 48個小時 → 24個小時  [有利於甲方]",
        "~ SSL憑證到期前續期: 30日 → 60日  [有利於甲方]",
        "~ 教育訓練提前通知期: 5個工作日 → 10個工作日  [有利於乙方]",
        "共 3 處變更（有利於甲方 2，有利於乙方 1）",
    ),
    "en": (
        "~ force-majeure notice within: 48 hours → 24 hours  [favours the client]",
        "~ SSL renewed before expiry: 30 days → 60 days  [favours the client]",
        "~ notice of a training session: 5 business days → 10 business days  [favours the vendor]",
        "3 changes (2 favour the client, 1 favours the vendor)",
    ),
}


@pytest.fixture
def new_spec(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "new.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def in_script(text: str, lang: str) -> list[str]:
    """Characters of ``text`` that do not belong in a report in ``lang``."""
    if lang == "en":
        return CJK.findall(text)
    if lang == "zh-Hant":
        return [c for c in text if c in SIMPLIFIED_ONLY]
    to_simplified = opencc.OpenCC("t2s")
    return [c for c in text if to_simplified.convert(c) != c]


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_text_names_each_field_in_the_language_and_says_whom_it_favours(
    lang: str, new_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(SAMPLE), str(new_spec), "--lang", lang]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    for line in LINES[lang]:
        assert line in lines
    body = "\n".join(lines[1:])  # the title line holds the file names
    assert in_script(body, lang) == []
    if lang != "en":  # never the generic English field name ("notice within: 48小时 → 24小时")
        assert set(re.findall(r"[A-Za-z]+", body)) == {"SSL"}
    assert len([line for line in lines if line.startswith("~ ")]) == 3


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_json_reports_the_fields_with_their_names_and_favoured_party(lang: str, new_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / f"diff.{lang}.json"
    assert main(["diff", str(SAMPLE), str(new_spec), "--lang", lang, "--format", "json", "-o", str(out)]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    changes = {c["path"]: c for c in data["changes"]}
    assert set(changes) == set(EXPECTED)
    texts = {line.split(": ")[0].removeprefix("~ "): line for line in LINES[lang] if line.startswith("~ ")}
    for path, (old, new, side) in EXPECTED.items():
        c = changes[path]
        assert (c["old"], c["new"], c["favours"], c["kind"]) == (old, new, side, "changed")
        assert c["term"] in texts  # the same name as the text report
        assert f"{c['old_text']} → {c['new_text']}" in texts[c["term"]]
        assert in_script(c["term"] + c["old_text"] + c["new_text"], lang) == []
    assert data["lang"] == lang
    assert data["summary"] == {"changes": 3, "favour_client": 2, "favour_vendor": 1}


def test_the_traditional_names_follow_the_clause_library(new_spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """zh-Hant uses the clause library's Taiwan terms (教育訓練, 憑證), not a character-by-character
    conversion of the Simplified name (培訓, 證書)."""
    assert main(["diff", str(SAMPLE), str(new_spec), "--lang", "zh-Hant"]) == 1
    out = capsys.readouterr().out
    clauses = (REPO / "clauses" / "training-and-documents.yaml").read_text(encoding="utf-8")
    security = (REPO / "clauses" / "security.yaml").read_text(encoding="utf-8")
    assert "教育訓練" in clauses and "教育訓練提前通知期" in out and "培訓" not in out
    assert "SSL憑證" in security and "SSL憑證到期前續期" in out and "證書" not in out


def test_the_english_summary_counts_in_proper_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("  disputes:\n", EDITS[2][1])
    one = tmp_path / "one.yaml"
    one.write_text(text, encoding="utf-8")
    assert main(["diff", str(SAMPLE), str(one), "--lang", "en"]) == 1
    assert "1 change (1 favours the client, 0 favour the vendor)" in capsys.readouterr().out.splitlines()
