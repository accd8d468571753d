"""The bundled samples: each valid, free of vague words, and true to the scenario it stands for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from termsmith.cli import main
from termsmith.spec.model import ServiceSpecDocument
from termsmith.spec.types import Text
from termsmith.validation import validate_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))

# Words that promise nothing measurable (DOMAIN.md): a sample must never teach them.
VAGUE = re.compile(
    r"及时|及時|尽快|盡快|儘快|合理|基础维护|基礎維護|日常维护|日常維護|日常支持|日常支援|技术支持|技術支援|包您满意|包您滿意"
    r"|\b(?:as soon as possible|asap|promptly|timely|reasonabl[ey]|best efforts|etc\.?|basic maintenance"
    r"|technical support|appropriate|sufficient|where necessary|as needed)\b",
    re.IGNORECASE,
)


def _document(name: str) -> ServiceSpecDocument:
    result = validate_path(ROOT / "samples" / name)
    assert result.ok, result.diagnostics
    return result.document


def _texts(value: object) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_is_valid_from_the_cli(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample)]) == 0
    assert "All checks passed: 1 file" in capsys.readouterr().out


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_has_no_vague_words(sample: Path) -> None:
    result = validate_path(sample)
    assert result.loaded is not None
    vague = [(s.start.line, s.value) for s in result.loaded.strings if VAGUE.search(s.value)]
    assert vague == []


def test_vague_word_pattern_catches_what_it_should() -> None:
    for text in ("乙方应及时响应", "盡快修復", "提供基础维护", "We will respond promptly.", "reasonable fees", "etc."):
        assert VAGUE.search(text), text
    for text in ("30 分钟内响应", "respond within 30 minutes", "按月支付"):
        assert not VAGUE.search(text), text


def test_taiwan_website_sample() -> None:
    spec = _document("company-website-maintenance.zh-Hant.yaml").spec
    assert spec.languages.output == ["zh-Hant"]
    assert spec.project.kind.value == "website"
    assert spec.fees.currency == "TWD"
    assert {c.time_zone for c in spec.calendars} == {"Asia/Taipei"}
    assert all(c.holidays.value == "tw-official" for c in spec.calendars)  # Taiwan holidays and make-up days
    prose = " ".join(t for text in _texts(spec) for t in text.all_texts())
    for word in ("網站", "伺服器", "資料"):
        assert word in prose
    assert not re.search(r"[网务础络软数据]", prose), "Simplified characters in a Traditional sample"


def test_english_business_system_sample() -> None:
    spec = _document("business-system-support.en.yaml").spec
    assert spec.languages.output == ["en"]
    assert spec.project.kind.value == "system"
    assert spec.fees.currency in ("HKD", "SGD", "USD")
    assert spec.disputes.court is None and spec.disputes.arbitration is not None
    assert re.search(r"HKIAC|SIAC", spec.disputes.arbitration.institution.get("en"))
    prose = " ".join(t for text in _texts(spec) for t in text.all_texts())
    assert not re.search(r"[\u4e00-\u9fff]", prose), "Chinese text in the English sample"


def test_bilingual_sample_gives_every_text_in_both_languages() -> None:
    spec = _document("retail-app-maintenance.bilingual.yaml").spec
    assert spec.languages.output == ["zh-Hans", "en"]
    assert spec.languages.prevailing == "zh-Hans"
    texts = list(_texts(spec))
    assert len(texts) > 50
    one_for_all = [t.values for t in texts if not (t.has("zh-Hans") and t.has("en"))]
    assert one_for_all == []
    per_language = [t for t in texts if dict(t.values).keys() >= {"zh-Hans", "en"}]
    assert len(per_language) > 40
    assert all(re.search(r"[\u4e00-\u9fff]", t.get("zh-Hans")) for t in per_language if t.get("zh-Hans") != t.get("en"))
