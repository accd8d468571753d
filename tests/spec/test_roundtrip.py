"""Property: a valid spec survives dump → load → validate unchanged."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from spec_strategies import service_spec

from termsmith.spec.dump import SCHEMA_MODELINE, dump_spec, dump_yaml, to_plain
from termsmith.spec.model import ServiceSpecDocument
from termsmith.validation import validate_path, validate_text

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.yaml"))
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _reload(text: str) -> ServiceSpecDocument:
    result = validate_text(text, "roundtrip.yaml")
    assert result.ok, [f"{d.line}:{d.col} {d.message}" for d in result.diagnostics] + [text]
    return result.document


@FAST
@given(service_spec())
def test_generated_spec_survives_dump_load_validate(data: dict) -> None:
    original = ServiceSpecDocument.model_validate(data)
    text = dump_spec(original)
    reloaded = _reload(text)
    assert reloaded == original
    # The written forms survive too: "3000.10 CNY" stays 3000.10, not 3000.1.
    assert to_plain(reloaded) == to_plain(original)
    assert dump_spec(reloaded) == text


@FAST
@given(service_spec())
def test_hand_written_forms_load_to_the_same_spec(data: dict) -> None:
    """The raw data (money as mappings or 'CNY 12.5', percents as numbers) written as YAML."""
    original = ServiceSpecDocument.model_validate(data)
    assert _reload(dump_yaml(data)) == original


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_samples_round_trip(sample: Path) -> None:
    first = validate_path(sample)
    assert first.ok, first.diagnostics
    text = dump_spec(first.document)
    assert text.startswith(SCHEMA_MODELINE + "\n")
    assert _reload(text) == first.document


def test_money_keeps_its_written_decimals() -> None:
    fuel = next(p for p in SAMPLES if p.name.startswith("fuel-station"))
    data = to_plain(validate_path(fuel).document)
    data["spec"]["fees"]["recurring"][0]["amount"] = "3000.10 CNY"
    data["spec"]["fees"]["rate_card"][0]["price"] = {"amount": Decimal("1e3"), "currency": "CNY"}
    text = dump_yaml(data)
    assert "amount: 3000.10 CNY" in text
    fees = _reload(text).spec.fees
    assert str(fees.recurring[0].amount.amount) == "3000.10"
    assert str(fees.rate_card[0].price) == "1000 CNY"
    assert "price: 1000 CNY" in dump_spec(_reload(text))
