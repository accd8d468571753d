"""The workspace folder the web app serves: safe paths, listing, and saves that never lose work.

Every path a browser sends is relative to the workspace. ``..``, absolute paths,
backslashes, NUL and symlinks that lead outside are refused with
:class:`OutsideWorkspace`. A file is opened together with a *version token* (the
SHA-256 of its bytes); saving with a token that no longer matches the file on disk
is a :class:`Conflict`, never a silent overwrite. Saves are atomic.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

SPEC_SUFFIXES = (".yaml", ".yml")
DOCUMENT_SUFFIXES = (".docx", ".pdf")  # a vendor's agreement, checked as it came (read-only here)
NEW_FILE_TOKEN = "new"  # the token of a file that does not exist yet
SKIPPED_DIRS = frozenset({".git", ".venv", "node_modules", "__pycache__", "out"})


class OutsideWorkspace(ValueError):
    """A path that is not a spec file (or, where asked for, a vendor document) inside the workspace."""


class Conflict(Exception):
    """The file changed on disk since it was opened; ``disk_text`` is what is there now."""

    def __init__(self, rel: str, disk_text: str, disk_token: str) -> None:
        super().__init__(f"{rel} changed on disk since it was opened")
        self.rel, self.disk_text, self.disk_token = rel, disk_text, disk_token


def token_of(data: bytes | None) -> str:
    return NEW_FILE_TOKEN if data is None else hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Opened:
    rel: str
    text: str
    token: str


class Workspace:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).resolve(strict=True)
        if not self.root.is_dir():
            raise NotADirectoryError(f"{root} is not a folder")

    # ------------------------------------------------------------------ paths
    def resolve(self, rel: str, suffixes: tuple[str, ...] = SPEC_SUFFIXES) -> Path:
        """The absolute path of ``rel``, a file inside the workspace whose suffix is one of
        ``suffixes`` (by default a spec); refuses anything else."""
        if not rel or "\\" in rel or "\x00" in rel:
            raise OutsideWorkspace(f"not a workspace path: {rel!r}")
        pure = PurePosixPath(rel)
        if pure.is_absolute() or ".." in pure.parts or rel.startswith("~"):
            raise OutsideWorkspace(f"{rel!r} is outside the workspace")
        if pure.suffix.lower() not in suffixes:
            raise OutsideWorkspace(f"{rel!r} is not a {' or '.join(suffixes)} file")
        path = (self.root / pure).resolve()  # follows symlinks, so a link out is caught below
        if not path.is_relative_to(self.root):
            raise OutsideWorkspace(f"{rel!r} leads outside the workspace")
        return path

    def rel(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()

    def specs(self) -> list[str]:
        """Every .yaml file in the workspace (not in hidden or tool folders), sorted; symlinks
        that lead outside are left out."""
        return self._files(SPEC_SUFFIXES)

    def documents(self) -> list[str]:
        """Every vendor agreement (.docx, .pdf) in the workspace, as :meth:`specs` finds specs."""
        return self._files(DOCUMENT_SUFFIXES)

    def _files(self, suffixes: tuple[str, ...]) -> list[str]:
        found: list[str] = []
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
            for name in files:
                if name.lower().endswith(suffixes) and not name.startswith("."):
                    rel = (Path(folder) / name).relative_to(self.root).as_posix()
                    try:
                        self.resolve(rel, suffixes)
                    except OutsideWorkspace:
                        continue
                    found.append(rel)
        return sorted(found)

    # ------------------------------------------------------------------ reading and saving
    def open(self, rel: str) -> Opened:
        data = self.resolve(rel).read_bytes()
        return Opened(rel, data.decode("utf-8", errors="replace"), token_of(data))

    def _disk(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def save(self, rel: str, text: str, token: str) -> str:
        """Write ``text`` atomically if the file is still as it was when ``token`` was issued;
        returns the new token. Raises :class:`Conflict` otherwise."""
        from termsmith.api import save_text

        path = self.resolve(rel)
        current = self._disk(path)
        if token_of(current) != token:
            raise Conflict(rel, (current or b"").decode("utf-8", errors="replace"), token_of(current))
        path.parent.mkdir(parents=True, exist_ok=True)
        save_text(path, text)
        return token_of(text.encode("utf-8"))

    def create(self, rel: str, text: str) -> str:
        """Write a new file; a file already there is a :class:`Conflict`."""
        return self.save(rel, text, NEW_FILE_TOKEN)

    def add_document(self, rel: str, data: bytes) -> None:
        """Store a vendor's agreement as uploaded (atomically); a file already there is a
        :class:`Conflict` and stays as it was."""
        from termsmith.atomic import write_atomic

        path = self.resolve(rel, DOCUMENT_SUFFIXES)
        if path.exists():
            raise Conflict(rel, "", token_of(path.read_bytes()))
        write_atomic(path, data)
