"""The broken-spec corpus: every file in broken/ is one mistake, and termsmith must say
exactly what and where (code, message, line:column in code points), from the library,
the CLI's text output and its JSON output, without a traceback.

Each file is ``minimal-valid.yaml`` with one change (or a small hostile file of its own).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.validation import validate_path

HERE = Path(__file__).resolve().parent
BROKEN = HERE / "broken"

# (file stem, code, message fragment, line, column): every diagnostic each file must produce, in order.
EXPECTED: list[tuple[str, str, str, int, int]] = [
    ("01-tab-indentation", "Y001", "YAML syntax error: a tab character cannot indent YAML or", 7, 1),
    ("02-unclosed-flow", "Y001", "YAML syntax error: did not find expected ',' or ']' (while", 21, 7),
    ("03-duplicate-fee-amount", "Y002", "duplicate key 'amount' (first defined at line 60, column 9)", 61, 9),
    ("04-duplicate-section", "Y002", "duplicate key 'fees' (first defined at line 52, column 3)", 94, 3),
    ("05-python-object-tag", "Y003", "unknown YAML tag '!!python/object/apply:os.system'", 18, 12),
    ("06-custom-tag", "Y003", "unknown YAML tag '!include'", 16, 11),
    ("07-merge-key", "Y003", "merge keys ('<<') are not supported", 41, 7),
    ("08-alias-bomb", "Y004", "document expands to more than 200,000 values (an alias", 5, 4),
    ("09-absurd-depth", "Y004", "YAML nesting is deeper than 64 levels", 6, 77),
    ("10-binary-junk", "Y006", "file contains a NUL byte: it is binary, not a YAML spec", 3, 1),
    ("11-nul-byte", "Y006", "file contains a NUL byte: it is binary, not a YAML spec", 7, 16),
    ("12-gbk-encoding", "Y005", "file is not UTF-8 (byte 0xb8 cannot be decoded)", 11, 19),
    ("13-empty-file", "Y007", "file is empty", 1, 1),
    ("14-whitespace-only", "Y007", "file is empty", 1, 1),
    ("15-comments-only", "Y007", "file has no YAML content (only comments or blank lines)", 1, 1),
    ("16-two-documents", "Y010", "file holds more than one YAML document ('---')", 99, 1),
    ("17-top-level-list", "S001", "a termsmith document is a mapping with apiVersion, kind,", 1, 1),
    ("18-wrong-type-due-days", "S102", "'ten' is not a whole number", 74, 17),
    ("19-wrong-type-working-days", "S102", "'mon-fri' is not a list (YAML '- item' lines)", 32, 21),
    ("20-wrong-type-bool", "S102", "'maybe' is not true or false", 56, 17),
    ("21-bad-unit-mins-later", "S103", "'30 mins later' is not a duration; write a number and a", 39, 17),
    ("22-bad-unit-parsecs", "S103", "'4 parsecs' is not a duration; write a number and a unit:", 40, 19),
    ("23-bare-number-duration", "S103", "a duration needs a unit: write '30h', '30 business days' or", 39, 17),
    ("24-negative-money", "S103", "money cannot be negative (-6000.00 CNY)", 60, 17),
    ("25-over-precise-money", "S103", "3000.123 CNY has more than 2 decimal places (CNY has 2)", 66, 16),
    ("26-money-without-currency", "S103", "money needs a currency: write '3000.00 CNY'", 66, 16),
    ("27-unknown-currency", "S103", "'RMB' is not an ISO 4217 code; write CNY (renminbi)", 18, 12),
    ("28-unknown-field-typo-required", "S100", "missing required field 'response'", 35, 7),
    ("28-unknown-field-typo-required", "S101", "unknown field 'respnse'", 39, 7),
    ("29-unknown-field-typo-optional", "S101", "unknown field 'confidentality'", 88, 3),
    ("30-missing-scope", "S100", "missing required field 'scope'", 5, 1),
    ("31-missing-severity-levels", "S100", "missing required field 'severity_levels'", 5, 1),
    ("32-missing-free-maintenance", "S100", "missing required field 'free_maintenance'", 5, 1),
    ("33-missing-fees", "S100", "missing required field 'fees'", 5, 1),
    ("34-missing-source-code-owner", "S100", "missing required field 'source_code_owner'", 86, 3),
    ("35-milestones-sum-90", "S200", "payment milestones add up to 90%, not 100%", 77, 5),
    ("36-deposit-30-percent", "S200", "a deposit (定金) of 30% exceeds 20% of the contract value", 80, 18),
    ("37-inverted-response-resolution", "S200", "resolution (30 minutes) is faster than response (4 hours)", 40, 19),
    ("38-business-hours-on-24x7", "S200", "2 business days needs a business-hours clock, but this time", 40, 19),
    ("39-unknown-clock", "S200", "unknown clock 'cn-workdays'", 45, 14),
    ("40-credit-code-check-digit", "S103", "check digit is '4' but GB 32100 gives '3': the code is", 12, 20),
    ("41-credit-code-length", "S103", "a unified social credit code has 18 characters, this one", 12, 20),
    ("42-court-and-arbitration", "S200", "name a court or an arbitration institution, not both", 98, 5),
    ("43-no-forum", "S200", "no forum for disputes", 94, 3),
    ("44-bilingual-without-prevailing", "S200", "a bilingual agreement must name the prevailing language", 19, 3),
    ("45-two-clients", "S200", "a spec names exactly one client (甲方); found 2", 10, 13),
    ("45-two-clients", "S200", "a spec names exactly one vendor (乙方); found 0", 10, 13),
    ("46-unsupported-api-version", "S002", "unsupported apiVersion 'termsmith/v2'; supported:", 1, 13),
    ("47-wrong-kind", "S003", "unsupported kind 'ServiceSpecs'; supported: ServiceSpec,", 2, 7),
    ("48-bad-slug", "S102", "'Minimal_Spec' does not have the required form", 4, 9),
    ("49-bad-time-zone", "S103", "unknown IANA time zone 'Asia/Beijing'; e.g. Asia/Shanghai,", 34, 18),
    ("50-start-date-missing", "S200", "start_event 'date' needs a start_date", 48, 3),
    ("51-fee-in-wrong-currency", "S200", "3000.00 USD is not in the agreement currency CNY", 66, 16),
    ("52-duplicate-level-id", "S200", "severity level id 'P0' is used twice", 41, 11),
    ("53-unknown-level-in-credits", "S200", "no severity level 'P9'", 90, 16),
    ("54-enum-typo", "S104", "'mini_program' is not an allowed value", 17, 11),
    ("55-bad-hours-form", "S102", "'9am-6pm' does not have the required form", 33, 14),
    ("56-impossible-date", "S102", "'2026-02-30' is not a date, YYYY-MM-DD: day value is", 8, 19),
    ("57-percent-over-100", "S103", "a percentage must be between 0% and 100%, not 120%", 92, 17),
    ("58-missing-api-version", "S002", "missing 'apiVersion'; supported: termsmith/v1", 1, 1),
    ("59-plain-scalar-file", "S001", "a termsmith document is a mapping with apiVersion, kind,", 1, 1),
    ("60-unknown-output-language", "S104", "'zh-CN' is not an allowed value", 20, 14),
    ("61-free-period-in-hours", "S200", "the free period is counted in days, months or years, e.g.", 50, 13),
    ("62-hours-end-before-start", "S103", "business hours 18:00-09:00 end before they start", 33, 14),
    ("63-missing-party-legal-name", "S100", "missing required field 'legal_name'", 13, 7),
    ("64-astral-before-bad-value", "S104", "'mini_program' is not an allowed value", 15, 32),
    ("65-response-mapping-without-within", "S100", "missing required field 'within'", 39, 7),
    ("66-empty-fee-schedule", "S200", "the fee schedule is empty", 52, 3),
    # two independent cross-field errors, both in one run
    ("67-business-days-without-calendar", "S200", "2 business days needs a business-hours clock", 36, 19),
    ("67-business-days-without-calendar", "S200", "3 business days needs a business-hours clock", 42, 19),
    ("68-term-shorter-than-free-period", "S200", "the term (6 months) is shorter than the free maintenance", 23, 13),
    (
        "69-tax-rate-as-fraction",
        "S103",
        "0.06 looks like a fraction, but percentages are written out: write 6%",
        55,
        13,
    ),
    ("70-date-far-in-future", "S103", "2206-01-10 is not a plausible date for a service agreement", 8, 19),
    ("71-tax-rate-implausible", "S103", "a tax rate of 60% is implausible", 55, 13),
    ("72-two-fees-in-wrong-currencies", "S200", "3000.00 USD is not in the agreement currency CNY", 66, 16),
    ("72-two-fees-in-wrong-currencies", "S200", "800.00 HKD is not in the agreement currency CNY", 70, 17),
]

# A hint fragment that must appear where the fix is not obvious from the message.
HINTS: dict[str, str] = {
    "01-tab-indentation": "replace the tab with spaces",
    "12-gbk-encoding": "save the file as UTF-8",
    "28-unknown-field-typo-required": "did you mean 'response'?",
    "29-unknown-field-typo-optional": "did you mean 'confidentiality'?",
    "36-deposit-30-percent": "Civil Code art. 586",
    "38-business-hours-on-24x7": "set 'clock:' to a calendar id",
    "39-unknown-clock": "24x7, cn-business",
    "44-bilingual-without-prevailing": "add 'prevailing: zh-Hans'",
    "47-wrong-kind": "did you mean 'ServiceSpec'?",
    "53-unknown-level-in-credits": "use one of: P0, P2",
    "54-enum-typo": "did you mean 'mini-program'?",
    "60-unknown-output-language": "did you mean 'zh-Hans'?",
    "64-astral-before-bad-value": "did you mean 'mini-program'?",
    "67-business-days-without-calendar": "create one as a spec.calendars entry, e.g. spec.calendars: - {id: cn-business",
    "68-term-shorter-than-free-period": "make the term at least 12 months",
}

BY_FILE: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
for _stem, _code, _fragment, _line, _col in EXPECTED:
    BY_FILE[_stem].append((_code, _fragment, _line, _col))
FILES = sorted(BY_FILE)


def test_every_broken_file_has_expectations() -> None:
    on_disk = sorted(p.stem for p in BROKEN.glob("*.yaml"))
    assert on_disk == FILES
    assert len(FILES) >= 40


def test_base_is_valid() -> None:
    result = validate_path(HERE / "minimal-valid.yaml")
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("stem", FILES)
def test_diagnostics(stem: str) -> None:
    result = validate_path(BROKEN / f"{stem}.yaml")
    assert not result.ok
    got = [(d.code, d.message, d.line, d.col) for d in sorted(result.diagnostics, key=lambda d: d.sort_key())]
    want = BY_FILE[stem]
    assert len(got) == len(want), got
    for (code, message, line, col), (w_code, w_fragment, w_line, w_col) in zip(got, want, strict=True):
        assert (code, line, col) == (w_code, w_line, w_col), message
        assert w_fragment in message
    if stem in HINTS:
        assert any(HINTS[stem] in (d.hint or "") for d in result.diagnostics), result.diagnostics


@pytest.mark.parametrize("stem", FILES)
def test_cli_text(stem: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = BROKEN / f"{stem}.yaml"
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    for _code, _fragment, line, col in BY_FILE[stem]:
        assert f"{path}:{line}:{col}: error[{_code}]" in out
    assert "Traceback" not in out + err


def test_cli_subprocess_text_and_json() -> None:
    """The real command over the whole corpus at once: exit 1, every position, valid JSON, no traceback."""
    paths = [str(BROKEN / f"{stem}.yaml") for stem in FILES]
    text = subprocess.run(
        [sys.executable, "-m", "termsmith", "validate", *paths],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert text.returncode == 1, text.stderr
    assert "Traceback" not in text.stdout + text.stderr
    for stem in FILES:
        for code, _fragment, line, col in BY_FILE[stem]:
            assert f"{BROKEN / stem}.yaml:{line}:{col}: error[{code}]" in text.stdout
    as_json = subprocess.run(
        [sys.executable, "-m", "termsmith", "validate", "--format", "json", *paths],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert as_json.returncode == 1, as_json.stderr
    assert "Traceback" not in as_json.stderr
    report = json.loads(as_json.stdout)
    assert report["files"] == len(FILES)
    assert report["summary"]["error"] == len(EXPECTED)
    got = sorted((Path(d["file"]).stem, d["code"], d["line"], d["column"]) for d in report["diagnostics"])
    assert got == sorted((stem, code, line, col) for stem, code, _f, line, col in EXPECTED)
