"""The committed JSON Schema matches the models, and every sample satisfies it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from termsmith.commands.schema import generate
from termsmith.yaml_loader import load_yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schemas" / "service-spec.schema.json"
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
MODELINE = "# yaml-language-server: $schema=../schemas/service-spec.schema.json"


def test_committed_schema_is_current() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == generate("ServiceSpec"), (
        "schemas/service-spec.schema.json is out of date: run 'termsmith schema' and commit the result"
    )


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


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_satisfies_json_schema(sample: Path, validator: jsonschema.protocols.Validator) -> None:
    data = _json_data(load_yaml(sample).data)
    errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_json_schema_rejects_an_unknown_field(validator: jsonschema.protocols.Validator) -> None:
    data = _json_data(load_yaml(SAMPLES[0]).data)
    assert isinstance(data, dict)
    data["spec"]["fee"] = data["spec"]["fees"]
    assert any("fee" in e.message for e in validator.iter_errors(data))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_starts_with_schema_modeline(sample: Path) -> None:
    assert sample.read_text(encoding="utf-8").splitlines()[0] == MODELINE


def test_there_are_at_least_four_samples() -> None:
    assert len(SAMPLES) >= 4
