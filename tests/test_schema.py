"""The committed JSON Schemas match the models, and every sample and bundled offer satisfies its schema
(a complete spec the service-spec schema, a deal the service-deal schema, an offer the service-offer schema)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from termsmith.commands.schema import SCHEMAS, generate
from termsmith.yaml_loader import load_yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schemas" / "service-spec.schema.json"
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
OFFERS = sorted((ROOT / "offers").glob("*.yaml"))
MODELINE = "# yaml-language-server: $schema=../schemas/service-spec.schema.json"
DEAL_MODELINE = "# yaml-language-server: $schema=../schemas/service-deal.schema.json"
OFFER_MODELINE = "# yaml-language-server: $schema=../schemas/service-offer.schema.json"


def _is_deal(sample: Path) -> bool:
    data = load_yaml(sample).data
    return isinstance(data, dict) and "offer" in data


@pytest.mark.parametrize(("name", "kind"), list(SCHEMAS.items()))
def test_committed_schema_is_current(name: str, kind: str) -> None:
    committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
    assert committed == generate(kind), f"schemas/{name} is out of date: run 'termsmith schema' and commit the result"


def _json_data(value: object) -> object:
    """Loaded YAML → what an editor's YAML language server hands to JSON Schema (numbers as numbers)."""
    from decimal import Decimal

    if isinstance(value, dict):
        return {k: _json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_data(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)  # JSON Schema checks types only; no amount is computed here
    return value


def _validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    return _validator("service-spec.schema.json")


def _errors(validator: jsonschema.protocols.Validator, data: object) -> list[str]:
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_satisfies_json_schema(sample: Path) -> None:
    name = "service-deal.schema.json" if _is_deal(sample) else "service-spec.schema.json"
    assert _errors(_validator(name), _json_data(load_yaml(sample).data)) == []


@pytest.mark.parametrize("sample", [s for s in SAMPLES if _is_deal(s)], ids=lambda p: p.name)
def test_effective_deal_satisfies_the_full_schema(sample: Path, validator: jsonschema.protocols.Validator) -> None:
    from termsmith.validation import effective

    assert _errors(validator, _json_data(effective(load_yaml(sample), sample).data)) == []


@pytest.mark.parametrize("offer", OFFERS, ids=lambda p: p.name)
def test_offer_satisfies_json_schema(offer: Path) -> None:
    assert offer.read_text(encoding="utf-8").splitlines()[0] == OFFER_MODELINE
    assert _errors(_validator("service-offer.schema.json"), _json_data(load_yaml(offer).data)) == []


def test_deal_schema_rejects_a_removal_that_is_not_true() -> None:
    deal = next(s for s in SAMPLES if _is_deal(s))
    data = _json_data(load_yaml(deal).data)
    assert isinstance(data, dict)
    data["spec"]["severity_levels"] = [{"id": "P0", "remove": "yes"}]
    assert any("True was expected" in e.message for e in _validator("service-deal.schema.json").iter_errors(data))


def test_json_schema_rejects_an_unknown_field(validator: jsonschema.protocols.Validator) -> None:
    data = _json_data(load_yaml(SAMPLES[0]).data)
    assert isinstance(data, dict)
    data["spec"]["fee"] = data["spec"]["fees"]
    assert any("fee" in e.message for e in validator.iter_errors(data))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_starts_with_schema_modeline(sample: Path) -> None:
    assert sample.read_text(encoding="utf-8").splitlines()[0] == (DEAL_MODELINE if _is_deal(sample) else MODELINE)


def test_there_are_at_least_four_samples() -> None:
    assert len(SAMPLES) >= 4
