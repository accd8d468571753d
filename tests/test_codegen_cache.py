"""Code the standard library writes as text, compiled once and kept between runs: the same classes and
annotations, never an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from termsmith import codegen_cache
from termsmith.marshal_store import MarshalStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"

# classes of every kind dataclasses writes methods for, and what each one does
CLASSES = """
import dataclasses as dc
from dataclasses import dataclass, field, InitVar

@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)

@dataclass(kw_only=True, unsafe_hash=True)
class Options:
    name: str
    scale: float = 1.5

@dataclass(eq=False)
class Scaled:
    base: int
    factor: InitVar[int] = 2
    value: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.value = self.base * factor

def behaviour():
    p = Point(1, 2)
    try:
        p.x = 3
        frozen = "assigned"
    except dc.FrozenInstanceError:
        frozen = "frozen"
    return [
        repr(p), p == Point(1, 2), hash(p) == hash(Point(1, 2)), frozen, Point.__slots__,
        repr(Version(1, 2, ["x"])), sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1),
        repr(Options(name="a")), hash(Options(name="a")) == hash(Options(name="a")),
        Scaled(3).value, Scaled(3, 5).value, Scaled(1) == Scaled(1),
        Point.__init__.__annotations__, Version.__init__.__annotations__["return"] is None,
        [f.name for f in dc.fields(Scaled)],
    ]
"""


def _python(code: str, cache: Path | str) -> str:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return result.stdout


def _classes(install: bool) -> str:
    head = "from termsmith import codegen_cache as d; d.install();" if install else ""
    tail = "; print(d._STORE._new); d.save()" if install else ""
    return f"{head}\nexec({CLASSES!r})\nprint(behaviour()){tail}"


def test_classes_from_the_cache_are_the_classes_dataclasses_makes(tmp_path: Path) -> None:
    """Compiled and saved in one process, taken from the cache in the next: every method does
    what it does without the cache (the return annotation is the object, not a string)."""
    plain = _python(_classes(install=False), "off")
    first = _python(_classes(install=True), tmp_path).splitlines()
    second = _python(_classes(install=True), tmp_path).splitlines()
    assert first == [plain.strip(), "True"]  # compiled and new
    assert second == [plain.strip(), "False"]  # every method from the cache
    assert "'return': None" in plain and "'x': <class 'int'>" in plain


def test_a_damaged_cache_file_means_compiling_as_exec_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    store = MarshalStore("codegen", codegen_cache._STORE.engine, codegen_cache._MAX_BYTES)
    monkeypatch.setattr(codegen_cache, "_STORE", store)
    path = store.path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    namespace: dict[str, object] = {}
    codegen_cache._exec("def f(a, b=2):\n return a * b\n", namespace, namespace)
    assert namespace["f"](3) == 6  # type: ignore[operator]
    assert eval(codegen_cache._compile("list[int]", "<string>", "eval")) == list[int]


def test_exec_with_no_namespaces_uses_the_callers_as_the_builtin_does() -> None:
    def caller(run: object) -> dict[str, object]:
        scope: dict[str, object] = {}
        here = 41
        run("scope['seen'] = here + 1")  # type: ignore[operator]
        return scope | {"here": here}

    assert caller(codegen_cache._exec) == caller(exec) == {"seen": 42, "here": 41}


def test_install_and_uninstall_touch_only_dataclasses_and_typing() -> None:
    import builtins
    import dataclasses
    import typing

    codegen_cache.install()
    try:
        assert vars(dataclasses)["exec"] is codegen_cache._exec
        assert vars(typing)["compile"] is codegen_cache._compile
        assert builtins.exec is not codegen_cache._exec and builtins.compile is not codegen_cache._compile
    finally:
        codegen_cache.uninstall()
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


ANNOTATED = """
from __future__ import annotations
import typing
from typing import Optional

class Model:
    name: str
    tags: list[dict[str, int]]
    parent: Optional[Model] = None

def behaviour():
    ref = typing.ForwardRef("dict[str, list[int]]")
    return [typing.get_type_hints(Model), ref._evaluate(globals(), None, frozenset()), ref.__forward_code__.co_filename]
"""


def test_forward_references_from_the_cache_resolve_as_typing_resolves_them(tmp_path: Path) -> None:
    """String annotations (how pydantic reads the spec models) compiled in one process and
    saved, taken from the cache in the next: every hint is what ``typing`` gives alone."""
    plain = _python(f"exec({ANNOTATED!r})\nprint(behaviour())", "off")
    run = f"from termsmith import codegen_cache as d; d.install()\nexec({ANNOTATED!r})\nprint(behaviour())"
    run += "; print(d._STORE._new); d.save()"
    first = _python(run, tmp_path).splitlines()
    second = _python(run, tmp_path).splitlines()
    assert first == [plain.strip(), "True"] and second == [plain.strip(), "False"]
    assert "'parent': typing.Optional[__main__.Model]" in plain


def test_a_cli_run_saves_what_the_next_one_reuses(tmp_path: Path) -> None:
    """``termsmith validate`` writes the methods its dataclasses needed; the next run
    compiles none, and says the same."""
    validate = [sys.executable, "-m", "termsmith", "validate", str(SAMPLE), "--format", "json"]
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(tmp_path)}
    first = subprocess.run(validate, capture_output=True, text=True, env=env)
    (stored,) = (tmp_path / "codegen").glob("*.marshal")
    counted = (
        "from termsmith import codegen_cache as d, marshal_store; marshal_store.use_profile('validate'); d.install();"
        f"from termsmith.cli import main; main(['validate', {str(SAMPLE)!r}, '--format', 'json']);"
        "print(d._STORE._new)"
    )
    second = subprocess.run([sys.executable, "-c", counted], capture_output=True, text=True, env=env)
    assert second.stdout.rstrip().rsplit("\n", 1)[-1] == "False"
    assert first.stdout == second.stdout.rstrip().rsplit("\n", 1)[0] + "\n"
    assert stored.stat().st_size > 10_000


def test_no_cache_file_when_caching_is_off(tmp_path: Path) -> None:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": "off", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "termsmith", "validate", str(SAMPLE)], capture_output=True, env=env)
    assert not list(tmp_path.rglob("*.marshal"))
