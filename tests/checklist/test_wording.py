"""Report values read in the report language, worded by the clause library, in every format."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from termsmith.checklist import display
from termsmith.cli import main
from termsmith.library import helpers
from termsmith.library.labels import label

from .helpers import FIXTURES, ROOT, outcome, spec_with

WEAK = FIXTURES / "vendor-weak.zh-Hans.yaml"
STRONG = FIXTURES / "vendor-strong.zh-Hans.yaml"
HKD = FIXTURES / "vendor-hkd.zh-Hans.yaml"


def _json(capsys, *argv: str) -> dict[str, dict]:
    main(["check", *argv, "--format", "json", "--no-clauses"])
    doc = json.loads(capsys.readouterr().out)
    return {r["id"]: r for r in doc["specs"][0]["results"]}


@pytest.mark.parametrize(
    ("lang", "owner", "covers", "cadence", "start"),
    [
        ("en", "Client", "defect fixes", "weekly", "date of acceptance of the Project"),
        ("zh-Hans", "客户", "缺陷修复", "每周", "项目验收合格之日"),
        ("zh-Hant", "客戶", "缺陷修復", "每週", "專案驗收合格之日"),
    ],
)
def test_enum_values_are_words_in_the_report_language(lang, owner, covers, cadence, start):
    spec = spec_with()
    o = outcome("{kind: equals, path: intellectual_property.source_code_owner, value: client}", spec)
    assert (display.vendor(o, lang), display.required(o, lang)) == (owner, f"= {owner}")
    o = outcome("{kind: contains, path: free_maintenance.covers, value: defect-fixes}", spec)
    assert covers in display.vendor(o, lang) and display.required(o, lang).endswith(covers)
    o = outcome("{kind: one_of, path: data_protection.backups.restore_test, values: [weekly]}", spec)
    assert cadence in display.required(o, lang)
    o = outcome("{kind: equals, path: free_maintenance.start_event, value: acceptance}", spec)
    assert display.vendor(o, lang) == start


def test_missing_values_are_worded_and_raw_codes_stay_in_json(capsys):
    spec = spec_with(("    covers: [defect-fixes, compatibility-updates", "    covers: [compatibility-updates"))
    o = outcome("{kind: contains, path: free_maintenance.covers, value: [defect-fixes, backups]}", spec)
    assert display.note(o, "zh-Hans") == "缺少：缺陷修复"
    assert display.note(o, "en") == "missing: defect fixes"
    rows = _json(capsys, str(WEAK), "--lang", "zh-Hans")
    assert rows["client-owns-source"]["vendor"] == "vendor" and rows["client-owns-source"]["vendor_text"] == "供应商"
    assert rows["free-covers-defects"]["required"] == ["defect-fixes"]
    assert rows["free-covers-defects"]["required_text"] == "包含缺陷修复"
    assert rows["free-covers-defects"]["note"] == "缺少：缺陷修复"
    assert rows["free-covers-compatibility"]["vendor"] == ["compatibility-updates", "server-upkeep"]
    assert rows["free-covers-compatibility"]["vendor_text"] == "兼容性更新、服务器运维"


def test_every_enum_label_comes_from_the_library():
    """No second table: what the report shows for a choice is the library's label (minus English
    'the'), except who holds or owns something: a check report names client and vendor, never
    甲方/乙方, which a vendor's own agreement may use the other way round."""
    import enum

    import termsmith.spec.commercial as commercial
    import termsmith.spec.legal as legal
    import termsmith.spec.operations as operations
    import termsmith.spec.parties as parties
    import termsmith.spec.service as service
    import termsmith.spec.types as types
    from termsmith.library.labels import LABELS

    enums = {
        cls.__name__: cls
        for module in (commercial, legal, operations, parties, service, types)
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, enum.Enum) and cls.__name__ in LABELS
    }
    assert {"ServiceKind", "Cadence", "Owner", "ChannelKind", "HandoverItemKind"} <= set(enums)
    for cls in enums.values():
        for member in cls:
            for lang in ("zh-Hans", "zh-Hant", "en"):
                expected = label(member, lang)
                if lang == "en" and expected.startswith("the "):
                    expected = expected[4:]
                assert display.library_word(member, lang) == expected
                if cls.__name__ not in ("Holder", "Owner", "PartyRole"):
                    assert display.value(member, lang) == expected
                else:
                    assert "甲方" not in display.value(member, lang) and "乙方" not in display.value(member, lang)


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_durations_money_and_clocks_read_as_the_agreement_words_them(capsys, lang):
    spec = spec_with()
    rows = _json(capsys, str(HKD), "--lang", lang)
    limit = rows["important-response"]
    assert limit["vendor"] == {"value": "1", "unit": "hours", "clock": "24x7"}
    from termsmith.spec.types import Duration, Money

    one_hour = helpers.duration(Duration.parse("1h"), lang)
    assert limit["vendor_text"] == (
        f"{one_hour} (24×7)" if lang == "en" else f"{one_hour}（{helpers.clock_short('24x7', spec, lang)}）"
    )
    money = rows["feature-rate-market"]
    assert money["vendor"] == {"amount": "3000.00", "currency": "HKD"}
    assert money["vendor_text"] == "HKD 3,000.00"
    assert money["required_text"] == "≤ " + helpers.money(Money.parse("3500 CNY"), lang)
    assert money["required_text"] == ("≤ CNY 3,500.00" if lang == "en" else "≤ ¥3,500.00")
    clock = rows["emergency-24x7"]
    assert clock["vendor"] == "cn-business"
    assert clock["vendor_text"] == helpers.clock_short("cn-business", _hkd_spec(), lang)
    assert clock["required"] == "24x7" and clock["required_text"] == "= " + helpers.clock_short("24x7", spec, lang)


def _hkd_spec():
    from termsmith.validation import validate_path

    return validate_path(HKD).document.spec


@pytest.mark.parametrize(
    ("fmt", "needle", "raw"),
    [
        ("text", "= Client", "= client"),
        ("md", "= Client", "= client"),
        ("html", "= Client", "= client"),
    ],
)
def test_text_md_and_html_show_words_not_codes(capsys, fmt, needle, raw):
    main(["check", str(WEAK), str(STRONG), "--lang", "en", "--format", fmt, "--no-clauses"])
    out = capsys.readouterr().out
    assert needle in out and raw not in out
    for code in ("defect-fixes", "on-final-payment", "24x7", "chat-group"):
        assert code not in out.replace("free-covers-defects", "").replace("emergency-24x7", "").replace(
            "channel-24x7", ""
        )


def test_check_without_clauses_imports_no_template_engine_or_renderer():
    code = (
        "import sys, io, contextlib; from termsmith.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(WEAK)!r}, '--lang', 'en', '--no-clauses'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'docx', 'weasyprint')"
        " or m.startswith(('termsmith.rendering', 'termsmith.assembly', 'termsmith.library.sandbox',"
        " 'termsmith.library.loader'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
