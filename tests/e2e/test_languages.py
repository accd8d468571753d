"""A document in language L holds only text written in L (names excepted).

- validate: every prose text has each language of ``languages.output`` (S201, all in one run);
- render: a language some text lacks is refused with every such text at file:line:col (X010),
  nothing written;
- ``--convert zh-Hans→zh-Hant`` converts with OpenCC (configuration from the spec's locale),
  lists each converted text (X011), and the DOCX and PDF read back hold the converted wording;
- the English quote names the invoice type in English (invoice is a per-language text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import ROOT, docx_text, load_sample, pdf_text, squash

from termsmith.cli import main
from termsmith.script_conversion import Conversion, opencc_config, parse_conversion
from termsmith.spec.languages import missing_texts
from termsmith.validation import validate_text

HANS = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
HANT = ROOT / "samples" / "company-website-maintenance.zh-Hant.yaml"
BILINGUAL = ROOT / "samples" / "retail-app-maintenance.bilingual.yaml"


def _line_col(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column (code points) of the first ``needle`` in ``text``."""
    before = text[: text.index(needle)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def test_validate_reports_every_text_missing_an_output_language() -> None:
    text = BILINGUAL.read_text(encoding="utf-8")
    broken = text.replace(
        "        name:\n          zh-Hans: 程序缺陷修复\n          en: Defect fixes\n",
        "        name: 程序缺陷修复\n",
        1,
    )
    broken = broken.replace(
        "          en: Adaptation to each major iOS or Android release within 10 business days, submitted for "
        "app-store review\n",
        "",
        1,
    )
    assert broken.count("\n") == text.count("\n") - 3
    result = validate_text(broken, file="bi.yaml")
    got = sorted((d.code, d.line, d.col) for d in result.diagnostics)
    name_at = _line_col(broken, "name: 程序缺陷修复")
    desc_at = _line_col(broken, "description:\n          zh-Hans: iOS")
    assert got == [("S201", name_at[0], name_at[1] + len("name: ")), ("S201", desc_at[0], desc_at[1])]
    assert all("no en text here" in d.message for d in result.diagnostics)


def test_names_and_addresses_serve_every_language() -> None:
    document = load_sample(BILINGUAL)
    paths = {path for path, _lang, _text in missing_texts(document.spec, ("zh-Hans", "en"))}
    assert paths == set()
    hant = load_sample(HANT)
    missing_en = {path for path, _lang, _text in missing_texts(hant.spec, ("en",))}
    assert ("parties", 0, "legal_name") not in missing_en and ("parties", 0, "address") not in missing_en
    assert ("scope", "included", 0, "description") in missing_en


def test_render_refuses_a_language_the_spec_lacks_with_every_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["render", str(HANT), "--lang", "en", "--format", "docx", "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 1
    assert not out.exists() or not any(out.iterdir())
    document = load_sample(HANT)
    expected = len(missing_texts(document.spec, ("en",)))
    assert err.count("error[X010]") == expected > 20
    text = HANT.read_text(encoding="utf-8")
    line, col = _line_col(text, "修正交付網站程式本身的功能錯誤")
    assert f"{HANT}:{line}:{col}: error[X010] no en text here (written in zh-Hant)" in err


def test_render_zh_hant_from_zh_hans_needs_convert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["render", str(HANS), "--lang", "zh-Hant", "--format", "docx", "-o", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == 1 and "error[X010]" in err and "--convert zh-Hans→zh-Hant" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_convert_writes_converted_texts_and_lists_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import opencc

    code = main(
        [
            "render",
            str(HANS),
            "--lang",
            "zh-Hant",
            "--convert",
            "zh-Hans→zh-Hant",
            "--format",
            "docx,pdf",
            "-o",
            str(tmp_path),
        ]
    )
    _, err = capsys.readouterr()
    assert code == 0, err
    document = load_sample(HANS)
    missing = missing_texts(document.spec, ("zh-Hant",))
    assert err.count("warning[X011]") == len(missing) > 20
    converter = opencc.OpenCC("s2t")  # a mainland spec (CNY, Asia/Shanghai): plain s2t
    scope = document.spec.scope.included[0].description.get("zh-Hans")
    converted = converter.convert(scope)
    assert converted != scope
    docx = docx_text((tmp_path / "fuel-station-miniprogram.agreement.zh-Hant.docx").read_bytes())
    pdf = pdf_text((tmp_path / "fuel-station-miniprogram.agreement.zh-Hant.pdf").read_bytes())
    for text in (docx, pdf):
        assert squash(converted) in squash(text)
        assert squash(scope) not in squash(text)


@pytest.mark.parametrize("spelling", ["zh-Hans→zh-Hant", "zh-Hans->zh-Hant", "zh-Hans:zh-Hant", " zh-Hans -> zh-Hant "])
def test_convert_spellings(spelling: str) -> None:
    assert parse_conversion(spelling) == Conversion("zh-Hans", "zh-Hant")


@pytest.mark.parametrize("spelling", ["zh-Hans→en", "zh-Hans", "zh-Hans=>zh-Hant", "zh-Hant→zh-Hant"])
def test_bad_convert_is_a_usage_error(spelling: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError):
        parse_conversion(spelling)
    assert main(["render", str(HANS), "--convert", spelling, "-o", "/nonexistent"]) == 2
    assert "--convert" in capsys.readouterr().err


def test_opencc_configuration_follows_the_spec_locale() -> None:
    to_hant = Conversion("zh-Hans", "zh-Hant")
    assert opencc_config(to_hant, load_sample(HANS).spec) == "s2t"  # CNY, Asia/Shanghai
    assert opencc_config(to_hant, load_sample(HANT).spec) == "s2twp"  # TWD, Asia/Taipei
    hk = load_sample(ROOT / "samples" / "business-system-support.en.yaml").spec
    assert hk.fees.currency == "HKD" and opencc_config(to_hant, hk) == "s2hk"
    assert opencc_config(Conversion("zh-Hant", "zh-Hans"), load_sample(HANT).spec) == "tw2sp"


@pytest.mark.slow
def test_english_quote_names_the_invoice_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["quote", str(BILINGUAL), "--lang", "en", "--format", "docx,pdf", "-o", str(tmp_path)])
    assert code == 0, capsys.readouterr().err
    for suffix, read in (("docx", docx_text), ("pdf", pdf_text)):
        text = read(next(tmp_path.glob(f"*.quote.en.{suffix}")).read_bytes())
        assert "VAT special invoice" in " ".join(text.split())
        assert "发票" not in text and "增值税" not in text
