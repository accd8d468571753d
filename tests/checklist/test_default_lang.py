"""The report language: --lang, else the specs' common primary output language, else English."""

from __future__ import annotations

import json

import pytest

from termsmith.cli import main

from .helpers import FIXTURES, ROOT

SAMPLES = ROOT / "samples"
HANS = SAMPLES / "fuel-station-miniprogram.zh-Hans.yaml"
HANT = SAMPLES / "company-website-maintenance.zh-Hant.yaml"
EN = SAMPLES / "business-system-support.en.yaml"
BILINGUAL = SAMPLES / "retail-app-maintenance.bilingual.yaml"  # output: [zh-Hans, en]


def report_lang(capsys, *specs, extra: tuple[str, ...] = ()) -> str:
    main(["check", *map(str, specs), "--format", "json", "--no-clauses", *extra])
    doc = json.loads(capsys.readouterr().out)
    titles = {r["id"]: r["title"] for r in doc["requirements"]}
    # the words follow the language too, not just the tag
    assert (
        titles["client-owns-source"]
        == {"zh-Hans": "源代码归客户所有", "zh-Hant": "原始碼歸客戶所有", "en": "The client owns the source code"}[
            doc["lang"]
        ]
    )
    return doc["lang"]


@pytest.mark.parametrize(("spec", "lang"), [(HANS, "zh-Hans"), (HANT, "zh-Hant"), (EN, "en"), (BILINGUAL, "zh-Hans")])
def test_one_spec_is_reported_in_its_primary_output_language(capsys, spec, lang):
    assert report_lang(capsys, spec) == lang


def test_several_specs_in_one_language_keep_it_and_mixed_ones_get_english(capsys):
    assert report_lang(capsys, *sorted(FIXTURES.glob("*.yaml"))) == "zh-Hans"
    assert report_lang(capsys, HANS, BILINGUAL) == "zh-Hans"  # both are primarily zh-Hans
    assert report_lang(capsys, HANS, HANT) == "en"
    assert report_lang(capsys, HANT, EN, HANS) == "en"


def test_lang_option_wins(capsys):
    assert report_lang(capsys, HANS, HANT, extra=("--lang", "zh-Hant")) == "zh-Hant"
    assert report_lang(capsys, EN, extra=("--lang", "zh-Hans")) == "zh-Hans"


def test_unreadable_specs_do_not_vote(capsys, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("spec: [unclosed\n", encoding="utf-8")
    assert report_lang(capsys, broken) == "en"
    assert report_lang(capsys, broken, HANT) == "zh-Hant"


def test_help_documents_the_rule(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "primary output language" in text and "English for specs in different languages" in text
