"""The user's disk and permissions are not termsmith bugs (issue 11, defects 7 and 8).

An output that cannot be written says which path and why (the errno in words and its
name), exits 1 (2 when -o itself is unusable), is not positioned in the spec, never asks
for a bug report, and leaves no half-written or temporary file behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from robust_support import EN_SAMPLE, run_cli

import termsmith.atomic as atomic


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def _no_bug_report(text: str) -> None:
    assert "report the bug" not in text and "report it" not in text and "X001" not in text
    assert "internal error" not in text and "Traceback" not in text


@pytest.mark.parametrize("target", ["afile", "afile/sub"])
def test_render_to_an_output_that_is_a_file_is_a_usage_error(tmp_path: Path, target: str) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    code, _, err = run_cli("render", str(EN_SAMPLE), "-o", str(tmp_path / target), "--format", "docx")
    assert code == 2 and "is not a folder" in err
    _no_bug_report(err)
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize(
    ("number", "where"),
    [(errno.EACCES, "mkstemp"), (errno.EROFS, "mkstemp"), (errno.ENOSPC, "fsync"), (errno.EPERM, "replace")],
)
def test_render_write_failures_name_the_path_and_errno(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, where: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(number, os.strerror(number))

    if where == "mkstemp":
        monkeypatch.setattr(atomic.tempfile, "mkstemp", fail)
    else:
        monkeypatch.setattr(atomic.os, where, fail)
    code, stdout, err = run_cli("render", str(EN_SAMPLE), "-o", str(out), "--format", "docx")
    assert code == 1
    assert f"{os.strerror(number)} ({errno.errorcode[number]})" in err
    assert f"cannot write {out / 'order-system-support-hk.agreement.en.docx'}" in err
    assert ":1:1:" not in err  # not positioned in the spec: the spec is fine
    _no_bug_report(err)
    assert _files(out) == {}  # no temporary file, no half-written document
    assert "wrote" not in stdout


def test_render_of_a_symlink_loop_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    code, _, err = run_cli("render", str(tmp_path / "a.yaml"), "-o", str(tmp_path / "out"))
    assert code == 1 and "Too many levels of symbolic links (ELOOP)" in err
    _no_bug_report(err)


def test_lint_report_on_a_full_disk_leaves_the_old_report_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("乙方应及时响应。\n", encoding="utf-8")
    report = tmp_path / "reports" / "lint.json"
    report.parent.mkdir()
    report.write_text("old report\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    code, _, err = run_cli("lint", str(draft), "--format", "json", "-o", str(report))
    assert code == 1
    assert f"cannot write the report to {report}: No space left on device (ENOSPC)" in err
    _no_bug_report(err)
    assert _files(report.parent) == {"lint.json": b"old report\n"}


def test_lint_report_is_written_whole(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("乙方应及时响应。\n", encoding="utf-8")
    report = tmp_path / "lint.txt"
    code, out, _ = run_cli("lint", str(draft), "-o", str(report))
    assert code == 1 and out == ""  # one warning: exit 1 (README), the report still written whole
    assert "及时响应" in report.read_text(encoding="utf-8") and "Found 1 warning" in report.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md", "lint.txt"]


def test_lint_report_into_a_missing_folder(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("ok\n", encoding="utf-8")
    code, _, err = run_cli("lint", str(draft), "-o", str(tmp_path / "nope" / "r.txt"))
    assert code == 1 and "No such file or directory (ENOENT)" in err
    _no_bug_report(err)


def test_any_other_os_error_is_the_environment_not_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    import termsmith.commands.validate as validate

    def broken(args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", "/etc/somewhere")

    monkeypatch.setattr(validate, "run", broken)
    code, _, err = run_cli("validate", "x.yaml")
    assert code == 1 and "cannot use /etc/somewhere: Permission denied (EACCES)" in err
    _no_bug_report(err)


def test_lint_with_an_output_file_imports_no_renderer(tmp_path: Path) -> None:
    """lint -o shares termsmith.atomic with render, but not the renderers (DESIGN: fast start)."""
    import json
    import subprocess
    import sys

    draft = tmp_path / "draft.md"
    draft.write_text("乙方应及时响应。\n", encoding="utf-8")
    probe = (
        "import json, sys; from termsmith.cli import main; "
        "code = main(['lint', sys.argv[1], '-o', sys.argv[2]]); "
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(draft), str(tmp_path / "r.txt")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 1 and (tmp_path / "r.txt").is_file()  # one warning: exit 1 (README)
    heavy = [
        m for m in result["modules"] if m.split(".")[0] in ("docx", "weasyprint") or m.startswith("termsmith.rendering")
    ]
    assert heavy == []
