"""Outputs are replaced atomically; a failure leaves the old file and no temp file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from termsmith.atomic import atomic_output, write_atomic


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["a.docx"]


def test_replaces_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_file_is_not_private_tempfile_mode(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    write_atomic(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_failure_while_rendering_leaves_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "agreement.docx"
    target.write_bytes(b"signed version")

    def render() -> bytes:
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write(b"half a docu")
        handle.write(render())
    assert target.read_bytes() == b"signed version"
    assert os.listdir(tmp_path) == ["agreement.docx"]


def test_non_bytes_is_refused_without_touching_the_target(tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "text")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.html"]


def test_missing_directory_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nope" / "a.pdf", b"x")
    assert os.listdir(tmp_path) == []


def test_a_device_target_is_written_in_place_not_replaced() -> None:
    """``-o /dev/null`` must not turn the device into a regular file (as root it would)."""
    import os
    import stat

    from termsmith.atomic import write_atomic

    write_atomic("/dev/null", b"discarded")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
