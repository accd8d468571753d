"""Loaded libraries kept on disk between runs: the same library, read again after any edit,
and a damaged, foreign or unwritable cache costs nothing but a parse."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import termsmith.library as library_package
from termsmith.library import get_library, library_cache
from termsmith.library.loader import load_library

ROOT = Path(__file__).resolve().parents[2]
GOOD = Path(__file__).resolve().parent / "fixtures" / "good"
SAMPLE = ROOT / "samples" / "business-system-support.en.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache folder, and no library left in this process's memory."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(folder))
    library_package._CACHE.clear()
    yield folder
    library_package._CACHE.clear()


def _stored(cache: Path) -> list[Path]:
    return sorted((cache / "library").glob("*.pickle"))


def _fresh(folders: list[Path] | None = None) -> library_package.Library:
    """What a new process gets: nothing in memory, whatever is on disk."""
    library_package._CACHE.clear()
    return get_library(folders)


def _same(a: library_package.Library, b: library_package.Library) -> None:
    assert a.clauses == b.clauses
    assert a.agreements == b.agreements
    assert a.diagnostics == b.diagnostics
    assert a.folders == b.folders


def test_the_stored_library_is_the_library_the_files_give(cache: Path) -> None:
    first = _fresh()
    (stored,) = _stored(cache)
    stamp = stored.stat().st_mtime_ns
    second = _fresh()
    _same(second, load_library())
    assert second.clauses["fees"].text == load_library().clauses["fees"].text
    assert second.clauses["fees"].position("text") == first.clauses["fees"].position("text")  # positions survive
    assert stored.stat().st_mtime_ns == stamp  # read, not rewritten


def test_an_edited_clause_is_read_again(cache: Path, tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    shutil.copytree(GOOD, overlay)
    clause = overlay / "clauses" / "fees.yaml"
    before = _fresh([overlay]).clauses["fees"].text
    text = clause.read_text(encoding="utf-8")
    edited = text.replace("en: |", "en: |\n    Edited after the cache was written.", 1)
    assert edited != text
    clause.write_text(edited, encoding="utf-8")
    os.utime(clause, ns=(clause.stat().st_atime_ns, clause.stat().st_mtime_ns + 10**9))
    after = _fresh([overlay]).clauses["fees"].text
    assert "Edited after the cache was written." in after["en"]
    assert after != before
    assert len(_stored(cache)) == 2  # one per state of the folder


@pytest.mark.parametrize("content", [b"not a pickle", b"", pickle.dumps({"clauses": {}})])
def test_a_damaged_or_foreign_file_is_replaced_not_trusted(cache: Path, content: bytes) -> None:
    _fresh()
    (stored,) = _stored(cache)
    stored.write_bytes(content)
    _same(_fresh(), load_library())
    assert stored.read_bytes() != content


def test_a_cache_folder_that_cannot_be_made_only_costs_a_parse(cache: Path) -> None:
    cache.mkdir()
    (cache / "library").write_text("a file where the cache folder would go")
    _same(_fresh(), load_library())
    assert (cache / "library").read_text() == "a file where the cache folder would go"


def test_off_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", "off")
    _same(_fresh(), load_library())
    assert not cache.exists()


def test_another_termsmith_never_reads_this_ones_library(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = ("any", "key")
    before = library_cache.cache_file(key)
    monkeypatch.setattr(library_cache, "_code_id", lambda: "a loader with other fields")
    assert library_cache.cache_file(key) != before


def test_a_second_process_renders_the_same_document_from_the_stored_library(tmp_path: Path) -> None:
    def render(out: Path) -> bytes:
        env = {**os.environ, "TERMSMITH_CACHE_DIR": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": "1700000000"}
        command = [sys.executable, "-m", "termsmith", "render", str(SAMPLE), "--format", "docx", "-o", str(out)]
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        (docx,) = out.glob("*.docx")
        return docx.read_bytes()

    first = render(tmp_path / "one")
    (stored,) = _stored(tmp_path / "cache")
    stamp = stored.stat().st_mtime_ns
    assert render(tmp_path / "two") == first
    assert stored.stat().st_mtime_ns == stamp


def test_a_folder_made_after_it_was_missing_is_no_longer_reported_missing(cache: Path, tmp_path: Path) -> None:
    later = tmp_path / "later"
    assert any(d.code == "LB001" for d in _fresh([later]).diagnostics)
    later.mkdir()  # an empty folder: no file changes the fingerprint, the folder's existence must
    assert not any(d.code == "LB001" for d in _fresh([later]).diagnostics)


def test_a_library_pickle_cannot_write_is_used_all_the_same(cache: Path) -> None:
    library = load_library()
    library.diagnostics.append(threading.Lock())  # type: ignore[arg-type]  # pickle refuses it with a TypeError
    path = library_cache.cache_file(("unpicklable",))
    library_cache.store(path, library)
    assert path is not None and not path.exists()
    assert not list(path.parent.glob(".*.tmp"))  # no half-written file left behind (atomic_output's temporary)


def test_libraries_of_earlier_edits_do_not_pile_up(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every edit of a clause stores a new library; only the most recent few are kept, and
    the one just stored always is."""
    monkeypatch.setattr(library_cache, "_KEPT", 3)
    overlay = tmp_path / "overlay"
    shutil.copytree(GOOD, overlay)
    clause = overlay / "clauses" / "fees.yaml"
    text = clause.read_text(encoding="utf-8")
    for n in range(6):
        clause.write_text(text.replace("en: |", f"en: |\n    Edit {n}.", 1), encoding="utf-8")
        os.utime(clause, ns=(clause.stat().st_atime_ns, clause.stat().st_mtime_ns + (n + 1) * 10**9))
        newest = _fresh([overlay])
        assert f"Edit {n}." in newest.clauses["fees"].text["en"]
    assert len(_stored(cache)) == 3
    stamps = {p: p.stat().st_mtime_ns for p in _stored(cache)}
    assert "Edit 5." in _fresh([overlay]).clauses["fees"].text["en"]
    assert {p: p.stat().st_mtime_ns for p in _stored(cache)} == stamps  # the last one read back, nothing stored
