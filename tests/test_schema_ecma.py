"""The JSON Schemas work in real editors: every ``pattern`` is an ECMA-262 regular expression.

yaml-language-server (VS Code and others) compiles schema patterns as JavaScript regexes and
reports "Invalid pattern" on every field whose pattern uses Python-only syntax such as
``(?P<name>…)``. These tests compile each pattern with ``regress``, a real ECMA-262 engine
(Rust's regress crate), and validate every sample with a validator whose ``pattern``
keyword uses that engine, so a Python-only construct fails here, not in a user's editor."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
import regress
from test_schema import SAMPLES, _json_data

from termsmith.yaml_loader import load_yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = sorted((ROOT / "schemas").glob("*.schema.json"))
CHECKLISTS = sorted((ROOT / "checklists").glob("*.yaml"))


def _patterns(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            yield from _patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _patterns(item)


def _all_patterns() -> list[tuple[str, str]]:
    return sorted({(p.name, pattern) for p in SCHEMAS for pattern in _patterns(json.loads(p.read_text("utf-8")))})


def test_the_engine_refuses_python_only_syntax() -> None:
    """The check can fail: regress rejects the named-group syntax the money pattern used to have."""
    with pytest.raises(Exception):  # noqa: B017  (regress raises its own error type)
        regress.Regex(r"(?P<cur>[A-Z]{3})")


def test_schemas_have_patterns() -> None:
    assert len(_all_patterns()) >= 5


@pytest.mark.parametrize(("schema", "pattern"), _all_patterns(), ids=lambda v: v[:40])
def test_every_pattern_is_ecma_262(schema: str, pattern: str) -> None:
    regress.Regex(pattern)  # raises on anything a JavaScript engine would not compile


def _ecma_pattern(
    validator: object, pattern: str, instance: object, schema: object
) -> Iterator[jsonschema.ValidationError]:
    if isinstance(instance, str) and regress.Regex(pattern).find(instance) is None:
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r} (ECMA-262)")


def _ecma_validator(schema_file: Path) -> jsonschema.protocols.Validator:
    schema = json.loads(schema_file.read_text("utf-8"))
    base = jsonschema.validators.validator_for(schema)
    cls = jsonschema.validators.extend(base, {"pattern": _ecma_pattern})
    return cls(schema)


@pytest.mark.parametrize("sample", SAMPLES + CHECKLISTS, ids=lambda p: p.name)
def test_samples_validate_clean_with_ecma_patterns(sample: Path) -> None:
    data = _json_data(load_yaml(sample).data)
    assert isinstance(data, dict)
    # a deal (``offer:``) is checked against the deal schema its modeline names, as in test_schema
    schema = "checklist" if data.get("kind") == "Checklist" else "service-deal" if "offer" in data else "service-spec"
    validator = _ecma_validator(ROOT / "schemas" / f"{schema}.schema.json")
    errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_ecma_money_pattern_refuses_what_python_refuses() -> None:
    validator = _ecma_validator(ROOT / "schemas" / "service-spec.schema.json")
    data = _json_data(load_yaml(SAMPLES[0]).data)
    assert isinstance(data, dict)
    data["spec"]["fees"]["recurring"][0]["amount"] = "six thousand"
    errors = list(validator.iter_errors(data))
    messages = [m for e in errors for m in _messages(e)]
    assert any("'six thousand' does not match" in m and "ECMA-262" in m for m in messages), messages


def _messages(error: jsonschema.ValidationError) -> Iterator[str]:
    yield error.message
    for sub in error.context or ():
        yield from _messages(sub)
