"""The spec models' validators made from a stored core schema: the same documents and the same errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import Field

from termsmith import validator_cache
from termsmith.marshal_store import MarshalStore
from termsmith.spec.base import SpecModel

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
BROKEN = sorted((ROOT / "tests" / "validate" / "broken").glob("*.yaml"))
OFFERS = sorted((ROOT / "offers").glob("*.yaml"))

# Each file validated in a fresh process: its document (as JSON) or its diagnostics, and
# whether the model had to be built in that process.
VALIDATE_ALL = """
import json, sys
from termsmith.validation import validate_path
from termsmith.spec.model import ServiceSpecDocument
from termsmith import validator_cache
results = [(name, validate_path(name)) for name in sys.argv[1:]]
built = ServiceSpecDocument.__pydantic_complete__ or "importlib.metadata" in sys.modules  # before dumping
out = []
for name, result in results:
    document = result.document.model_dump(mode="json", by_alias=True) if result.document is not None else None
    places = [(d.code, d.message, d.start.line, d.start.col) if d.start else (d.code, d.message) for d in result.diagnostics]
    out.append([name, document, places])
validator_cache.save()
print(json.dumps([built, out], ensure_ascii=False))
"""


def _validate_all(files: list[Path], cache: Path | str) -> tuple[bool, list[object]]:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(cache)}
    args = [sys.executable, "-c", VALIDATE_ALL, *map(str, files)]
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    built, out = json.loads(done.stdout)
    return built, out


def test_a_stored_validator_gives_the_documents_and_errors_the_model_gives(tmp_path: Path) -> None:
    """Every sample, offer and broken spec, validated by the model (caching off), then by
    a process that stores the schema, then by one that only reads it: the same documents,
    defaults included, and the same diagnostics at the same places."""
    files = [*SAMPLES, *OFFERS, *BROKEN]
    assert len(BROKEN) > 20
    model_built, by_model = _validate_all(files, "off")
    storing_built, storing = _validate_all(files, tmp_path)
    reading_built, reading = _validate_all(files, tmp_path)
    assert model_built and storing_built  # validated by the model itself
    assert not reading_built  # validated without building the model
    assert by_model == storing == reading
    assert sum(1 for _, document, _ in by_model if document is not None) >= len(SAMPLES)
    assert sum(1 for _, _, diagnostics in by_model if diagnostics) >= len(BROKEN) // 2


def test_an_entry_whose_files_changed_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edited model file (another size or modification time) means building the model again."""
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    model_file = tmp_path / "model.py"
    model_file.write_text("x = 1\n")
    monkeypatch.setattr(validator_cache, "_seen", {})
    stamp = validator_cache._stamp((str(model_file),))
    assert validator_cache._stamp((str(model_file),)) == stamp
    model_file.write_text("x = 22\n")
    # this process keeps the file as it first saw it (what its models were built from) …
    assert validator_cache._stamp((str(model_file),)) == stamp
    # … and the next process sees the edit
    monkeypatch.setattr(validator_cache, "_seen", {})
    assert validator_cache._stamp((str(model_file),)) != stamp
    assert validator_cache._stamp((str(tmp_path / "gone.py"),)) == "unreadable"

    class Point(SpecModel):
        x: int

    store = _fresh_store(monkeypatch)
    store.used(validator_cache._key(Point), ((str(model_file),), stamp, b"never read"), new=False)
    assert validator_cache.validate(Point, {"x": 3}).x == 3  # built, not read from the stale entry
    assert Point.__pydantic_complete__


def test_a_schema_naming_a_lambda_is_not_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A default made by a lambda cannot be found by name in the next process: the model is
    validated and nothing is stored (a placeholder would silently lose the default)."""
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    store = _fresh_store(monkeypatch)

    class Tags(SpecModel):
        tags: list[str] = Field(default_factory=lambda: ["a"])

    assert validator_cache.validate(Tags, {}).tags == ["a"]
    assert store.get(validator_cache._key(Tags)) is None


def test_a_damaged_entry_means_building_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    store = _fresh_store(monkeypatch)
    source = tmp_path / "source.py"
    source.write_text("")
    files = (str(source),)

    class Point(SpecModel):
        x: int

    store.used(validator_cache._key(Point), (files, validator_cache._stamp(files), b"\x00not a pickle"), new=False)
    assert validator_cache.validate(Point, {"x": "3"}).x == 3


def _fresh_store(monkeypatch: pytest.MonkeyPatch) -> MarshalStore:
    store = MarshalStore("validators", "test", 100_000)
    monkeypatch.setattr(validator_cache, "_STORE", store)
    monkeypatch.setattr(validator_cache, "_primed", set())
    monkeypatch.setattr(validator_cache, "_seen", {})
    return store


def test_a_cli_run_stores_what_the_next_one_validates_with(tmp_path: Path) -> None:
    sample = str(SAMPLES[0])
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(tmp_path)}
    first = subprocess.run(
        [sys.executable, "-m", "termsmith", "validate", sample], capture_output=True, text=True, env=env
    )
    assert list((tmp_path / "validators").glob("*.marshal"))
    counted = (
        "from termsmith import marshal_store; marshal_store.use_profile('validate');"  # as the console command does
        "from termsmith.cli import main; from termsmith.spec.model import ServiceSpecDocument as S;"
        f"code = main(['validate', {sample!r}]); print(code, S.__pydantic_complete__)"
    )
    second = subprocess.run([sys.executable, "-c", counted], capture_output=True, text=True, env=env)
    assert second.stdout.rstrip().rsplit("\n", 1)[-1] == "0 False"
    assert first.stdout == second.stdout.rstrip().rsplit("\n", 1)[0] + "\n"
