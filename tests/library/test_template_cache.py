"""Compiled clauses kept on disk between runs: same documents, and a damaged or unwritable cache costs nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from termsmith.library import template_cache

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "business-system-support.en.yaml"


def _render(cache: str, out: Path) -> bytes:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": cache, "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run(
        [sys.executable, "-m", "termsmith", "render", str(SAMPLE), "--format", "docx", "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (docx,) = out.glob("*.docx")
    return docx.read_bytes()


def _cached(folder: Path) -> list[Path]:
    return sorted((folder / "clauses").glob("*.jinja"))


def test_a_second_process_uses_the_compiled_clauses_and_writes_the_same_document(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _render(str(cache), tmp_path / "one")
    files = _cached(cache)
    assert len(files) >= 10  # one per clause and language of the agreement
    stamps = [f.stat().st_mtime_ns for f in files]
    second = _render(str(cache), tmp_path / "two")
    assert second == first
    assert [f.stat().st_mtime_ns for f in _cached(cache)] == stamps  # read, not rewritten


def test_damaged_cache_files_are_recompiled_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    clean = _render(str(cache), tmp_path / "one")
    for f in _cached(cache):
        f.write_bytes(b"not marshalled code")
    assert _render(str(cache), tmp_path / "two") == clean
    assert all(f.read_bytes() != b"not marshalled code" for f in _cached(cache))


def test_a_cache_folder_that_cannot_be_made_only_costs_a_compile(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "clauses").write_text("a file where the cache folder would go")
    assert _render(str(cache), tmp_path / "one") == _render("off", tmp_path / "two")
    assert (cache / "clauses").read_text() == "a file where the cache folder would go"


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", "off")
    assert template_cache.cache_dir() is None
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    assert template_cache.cache_dir() == tmp_path / "clauses"
    monkeypatch.delenv("TERMSMITH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert template_cache.cache_dir() == tmp_path / "xdg" / "termsmith" / "clauses"


def test_a_different_compiler_never_reads_another_compilers_code(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = template_cache.ClauseBytecodeCache("/nonexistent")
    before = cache.get_cache_key("clauses/x.yaml#text.en")
    monkeypatch.setattr(template_cache, "compiler_id", lambda: "another sandbox")
    assert cache.get_cache_key("clauses/x.yaml#text.en") != before
