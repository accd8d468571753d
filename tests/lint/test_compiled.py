"""The lint's readers compiled by mypyc (termsmith.lint.compiled): used only when built from the
readers' exact source, and then they find exactly what the Python readers find."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from termsmith.lint import compiled

ROOT = Path(__file__).resolve().parents[2]
READER_FILE = """
import json, sys
import termsmith.lint.uses as uses
from termsmith.lint import lint_text
from termsmith.lint.compiled import active
rows = []
for i, text in enumerate(json.load(open(sys.argv[1], encoding="utf-8"))):
    for d in lint_text(text, f"t{i}"):
        rows.append([d.file, d.start.line, d.start.col, d.end.col, d.code, str(d.severity), d.message, d.hint,
                     sorted(d.extra.items())])
print(json.dumps({"active": active(), "uses": uses.__file__, "rows": rows}, ensure_ascii=False))
"""


def _lint_in_process(cache: Path | str, texts_file: Path) -> dict[str, object]:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", READER_FILE, str(texts_file)], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _texts(tmp_path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_lint

    corpus = [
        json.loads(line)["text"]
        for line in (ROOT / "tests" / "lint" / "corpus" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [bench_lint.corpus(0.3), bench_lint.corpus(0.1, 0.02), *corpus, "\n".join(corpus)]
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_key_follows_every_source_it_covers() -> None:
    sources = compiled.reader_sources()
    key = compiled.build_key(sources)
    assert compiled.build_key(dict(sources)) == key
    for name in sources:
        edited = {**sources, name: sources[name] + b"\n"}
        assert compiled.build_key(edited) != key, name
    moved = dict(sources)
    first, second = sorted(moved)[:2]
    moved[first], moved[second] = moved[second], moved[first]
    assert compiled.build_key(moved) != key  # a file's bytes under another module's name


def test_the_key_covers_every_termsmith_module_a_reader_imports() -> None:
    src = ROOT / "src"
    imported: set[str] = set()
    for name in compiled.READERS:
        tree = ast.parse((src / "termsmith" / "lint" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported |= {a.name for a in node.names if a.name.startswith("termsmith")}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("termsmith"):
                module = str(node.module)
                for alias in node.names:
                    sub = f"{module}.{alias.name}"
                    imported.add(sub if src.joinpath(*sub.split(".")).with_suffix(".py").is_file() else module)
    readers = {f"termsmith.lint.{name}" for name in compiled.READERS}
    assert imported - readers == set(compiled.DEPENDENCIES)
    assert set(compiled.reader_sources()) == readers | set(compiled.DEPENDENCIES)


def test_no_build_means_the_python_readers(tmp_path: Path) -> None:
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(["乙方应及时响应。"]), encoding="utf-8")
    for cache in (tmp_path / "cache", "off"):
        result = _lint_in_process(cache, texts)
        assert result["active"] is False and str(result["uses"]).endswith("uses.py")
        assert len(result["rows"]) == 1  # type: ignore[arg-type]


def test_a_build_for_other_sources_or_an_unfinished_one_is_not_used(tmp_path: Path) -> None:
    """A build named for edited readers (or whose manifest lacks a reader) is never loaded: the
    files it names do not even exist, and the lint runs as Python without an error."""
    cache = tmp_path / "cache"
    sources = compiled.reader_sources()
    stale = cache / "lint-compiled" / compiled.build_key({**sources, "termsmith.lint.uses": b"# old\n"})
    own = cache / "lint-compiled" / compiled.build_key(sources)
    lines = [f"termsmith.lint.{name} {name}.missing.so" for name in compiled.READERS]
    for folder, manifest in ((stale, lines), (own, lines[1:])):
        folder.mkdir(parents=True)
        (folder / compiled.MANIFEST).write_text("\n".join(manifest) + "\n", encoding="utf-8")
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(["The Vendor will respond promptly."]), encoding="utf-8")
    result = _lint_in_process(cache, texts)
    assert result["active"] is False and len(result["rows"]) == 1  # type: ignore[arg-type]


def test_a_build_that_cannot_be_loaded_is_not_used(tmp_path: Path) -> None:
    """A finished build for this very source whose files are no loadable library (damaged, or built
    for another C library): the lint runs its Python readers, no ImportError."""
    folder = tmp_path / "cache" / "lint-compiled" / compiled.build_key(compiled.reader_sources())
    folder.mkdir(parents=True)
    names = [f"termsmith.lint.{name}" for name in compiled.READERS] + ["0123abcd__mypyc"]
    for name in names:
        (folder / f"{name}.so").write_bytes(b"\x7fELF not really")
    (folder / compiled.MANIFEST).write_text("".join(f"{n} {n}.so\n" for n in names), encoding="utf-8")
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(["乙方應儘快處理。"]), encoding="utf-8")
    result = _lint_in_process(tmp_path / "cache", texts)
    assert result["active"] is False and len(result["rows"]) == 1  # type: ignore[arg-type]


@pytest.mark.slow
def test_the_compiled_readers_find_exactly_what_the_python_ones_find(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built with mypyc into a fresh cache (~30 s), loaded from there, and compared finding by
    finding with the Python readers on the bench corpus and the lint corpus."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(cache))
    monkeypatch.setenv("PYTHONPATH", str(ROOT / "src"))  # as the bench scripts run it: the build must not mind
    folder = compiled.build()
    assert folder == compiled.build_folder() and (folder / compiled.MANIFEST).is_file()
    assert not list((ROOT / "src").rglob("*.so")), "a build never writes into src/"
    texts = _texts(tmp_path)
    fast = _lint_in_process(cache, texts)
    plain = _lint_in_process("off", texts)
    assert fast["active"] is True and str(fast["uses"]).startswith(str(folder))
    assert plain["active"] is False
    assert len(fast["rows"]) > 1000  # type: ignore[arg-type]
    assert fast["rows"] == plain["rows"]
