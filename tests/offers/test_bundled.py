"""The bundled offers: valid, lint-clean, three tiers that really differ, and every deal sample on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.lint.config import LintConfig
from termsmith.lint.runner import lint_file
from termsmith.offers import bundled_offers
from termsmith.validation import validate_path

ROOT = Path(__file__).resolve().parents[2]
OFFERS = sorted((ROOT / "offers").glob("*.yaml"))
DEALS = [p for p in sorted((ROOT / "samples").glob("*.yaml")) if "\noffer:" in p.read_text(encoding="utf-8")]


def test_bundled_offers_are_found_by_name() -> None:
    assert sorted(bundled_offers()) == ["basic", "premium", "standard"]
    assert len(DEALS) >= 3, "every bundled offer has a deal sample"


@pytest.mark.parametrize("offer", OFFERS, ids=lambda p: p.name)
def test_offer_validates_and_lints_without_any_finding(offer: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(offer)]) == 0
    report = lint_file(offer, LintConfig())
    assert report.diagnostics == []


@pytest.mark.parametrize("deal", DEALS, ids=lambda p: p.name)
def test_deal_sample_lints_clean(deal: Path) -> None:
    report = lint_file(deal, LintConfig())
    assert [d for d in report.diagnostics if d.severity != "info"] == [], report.diagnostics
    # TK001 reports the installed holiday data, not the sample: a term running into a year whose official
    # schedule is not yet published is information the author cannot act on (without inventing holidays).
    assert [d for d in report.diagnostics if d.severity == "info" and d.code != "TK001"] == []


def _effective_spec(name: str):
    deal = next(p for p in DEALS if validate_path(p).document.metadata.offers[0].name == name)
    return validate_path(deal).document.spec


def test_tiers_differ_where_a_buyer_looks() -> None:
    basic, standard, premium = (_effective_spec(n) for n in ("basic", "standard", "premium"))
    p0 = [s.severity_levels[0] for s in (basic, standard, premium)]
    assert [str(lv.response.within) for lv in p0] == ["2 hours", "30 minutes", "15 minutes"]
    assert [str(lv.resolution.within) for lv in p0] == ["24 hours", "4 hours", "2 hours"]
    assert [str(s.free_maintenance.length) for s in (basic, standard, premium)] == [
        "6 months",
        "12 months",
        "18 months",
    ]
    assert [s.fees.recurring[0].period.value for s in (basic, standard, premium)] == ["month", "year", "year"]
    assert premium.security.penetration_tests.value == "quarterly"
    assert basic.upgrades is None and standard.upgrades is not None


def test_a_website_deal_removes_the_wechat_item() -> None:
    spec = validate_path(ROOT / "samples" / "dental-clinic-website.zh-Hans.yaml").document.spec
    ids = [i.id for i in spec.scope.included]
    assert "wechat-compat" not in ids and ids[-1] == "browser-compat"


def test_offers_lock_pins_every_bundled_offer() -> None:
    from termsmith.offers.lock import check_lock

    assert check_lock(ROOT / "offers") == []


def test_an_offer_changed_without_a_version_bump_is_refused(tmp_path: Path) -> None:
    import shutil

    from termsmith.offers.lock import check_lock, main as lock_main

    for p in (ROOT / "offers").iterdir():
        shutil.copy(p, tmp_path / p.name)
    basic = tmp_path / "basic.yaml"
    basic.write_text(
        basic.read_text(encoding="utf-8").replace("amount: 500.00 CNY", "amount: 450.00 CNY"), encoding="utf-8"
    )
    assert check_lock(tmp_path) == [
        "offer basic changed but its version is still 1.1.0: bump metadata.version, "
        "then run python -m termsmith.offers.lock --update"
    ]
    basic.write_text(basic.read_text(encoding="utf-8").replace("version: 1.1.0", "version: 1.2.0"), encoding="utf-8")
    assert "pins 1.1.0" in check_lock(tmp_path)[0]
    assert lock_main(["--update", str(tmp_path)]) == 0 and check_lock(tmp_path) == []
