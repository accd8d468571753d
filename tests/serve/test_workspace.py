"""Workspace paths and saves: nothing outside the workspace, nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from termsmith.serve.workspace import Conflict, OutsideWorkspace, Workspace, token_of
from tests.serve.conftest import DEAL


@pytest.mark.parametrize(
    "rel",
    [
        "../x.yaml",
        "a/../../x.yaml",
        "/etc/passwd.yaml",
        "..\\x.yaml",
        "x.yaml\x00",
        "~/x.yaml",
        "",
        "deal.txt",
        "a/../deal.yaml/..",
    ],
)
def test_paths_outside_or_not_specs_are_refused(workspace: Path, rel: str) -> None:
    with pytest.raises(OutsideWorkspace):
        Workspace(workspace).resolve(rel)


def test_symlink_out_of_the_workspace_is_refused_and_not_listed(workspace: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n", encoding="utf-8")
    os.symlink(secret, workspace / "link.yaml")
    ws = Workspace(workspace)
    with pytest.raises(OutsideWorkspace):
        ws.resolve("link.yaml")
    assert ws.specs() == [DEAL]


def test_symlink_inside_the_workspace_is_fine(workspace: Path) -> None:
    os.symlink(workspace / DEAL, workspace / "alias.yaml")
    assert Workspace(workspace).resolve("alias.yaml") == (workspace / DEAL).resolve()


def test_save_with_a_stale_token_is_a_conflict_and_keeps_the_file(workspace: Path) -> None:
    ws = Workspace(workspace)
    opened = ws.open(DEAL)
    (workspace / DEAL).write_text(opened.text + "# someone else\n", encoding="utf-8")
    with pytest.raises(Conflict) as caught:
        ws.save(DEAL, "mine\n", opened.token)
    assert caught.value.disk_text.endswith("# someone else\n")
    assert (workspace / DEAL).read_text(encoding="utf-8").endswith("# someone else\n")


def test_save_keeps_text_byte_for_byte_and_returns_the_new_token(workspace: Path) -> None:
    ws = Workspace(workspace)
    opened = ws.open(DEAL)
    text = opened.text.replace("apiVersion: termsmith/v1", "apiVersion: termsmith/v9  # broken on purpose")
    token = ws.save(DEAL, text, opened.token)
    assert (workspace / DEAL).read_text(encoding="utf-8") == text
    assert token == token_of(text.encode("utf-8"))
    assert ws.save(DEAL, opened.text, token) == opened.token  # the new token works for the next save


def test_create_never_overwrites(workspace: Path) -> None:
    ws = Workspace(workspace)
    with pytest.raises(Conflict):
        ws.create(DEAL, "x: 1\n")
    ws.create("sub/new.yaml", "x: 1\n")
    assert (workspace / "sub" / "new.yaml").read_text(encoding="utf-8") == "x: 1\n"
    assert ws.specs() == [DEAL, "sub/new.yaml"]


def test_a_failed_save_leaves_the_old_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = Workspace(workspace)
    opened = ws.open(DEAL)

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        ws.save(DEAL, "half", opened.token)
    assert (workspace / DEAL).read_text(encoding="utf-8") == opened.text
    assert [p.name for p in workspace.iterdir()] == [DEAL]  # no temporary file left behind
