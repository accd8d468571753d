"""Reading an input file without trusting it: regular files only, never more than a limit.

``termsmith validate /dev/zero`` must not read until memory runs out, and a FIFO
must not block forever: anything that is not a regular file is refused before it
is opened, and a regular file is read only up to ``limit`` bytes (one more byte
tells that it is larger). Every refusal is an ``InputFileError`` with a message
for people; callers turn it into their own diagnostic.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from termsmith.os_errors import describe

_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file; termsmith reads regular files only"),
    (stat.S_ISSOCK, "is a socket, not a regular file; termsmith reads regular files only"),
    (stat.S_ISCHR, "is a character device, not a regular file; termsmith reads regular files only"),
    (stat.S_ISBLK, "is a block device, not a regular file; termsmith reads regular files only"),
)


class InputFileError(Exception):
    """The file cannot be used as input; ``str(exc)`` says why (without the path)."""

    def __init__(self, message: str, *, missing: bool = False, too_large: int | None = None):
        super().__init__(message)
        self.missing = missing
        self.too_large = too_large


def input_problem(path: str | os.PathLike[str]) -> InputFileError | None:
    """Why ``path`` cannot be read as an input file, or None when it is a regular file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return InputFileError("file not found", missing=True)
    except OSError as exc:
        return InputFileError(_reason(exc))
    for test, message in _KINDS:
        if test(mode):
            return InputFileError(message)
    if not stat.S_ISREG(mode):
        return InputFileError("is not a regular file; termsmith reads regular files only")
    return None


def read_input(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raises InputFileError otherwise."""
    problem = input_problem(path)
    if problem is not None:
        raise problem
    try:
        # O_NONBLOCK: should the path have become a FIFO since the check, open() does not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputFileError("is not a regular file; termsmith reads regular files only")
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputFileError(_reason(exc)) from None
    if len(data) > limit:
        size = _size(path)
        raise InputFileError(f"file is {size:,} bytes; the limit is {limit:,} bytes", too_large=size)
    return data


def read_lines(path: str | os.PathLike[str], limit: int) -> list[str]:
    """Source lines for a caret display; empty when unreadable or not text (binary bytes are never echoed)."""
    try:
        raw = read_input(path, limit)
    except InputFileError:
        return []
    if b"\x00" in raw:
        return []
    return raw.decode("utf-8", errors="replace").splitlines()


def _reason(exc: OSError) -> str:
    """``cannot read file: Permission denied (EACCES)``."""
    return describe(exc, "read", "file")


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


# Folders a walk never enters: tools' and environments' own files, not the user's specs.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "venv", "site-packages", "dist", "build"})
_API_VERSION = re.compile(rb"^apiVersion:\s*[\"']?termsmith/", re.MULTILINE)
_HEAD_BYTES = 64 * 1024


def _skipped_folder(folder: Path) -> bool:
    name = folder.name
    return name.startswith(".") or name in SKIPPED_FOLDERS or (folder / "pyvenv.cfg").is_file()


def is_termsmith_yaml(path: Path) -> bool:
    """Whether a YAML file found by a walk declares a termsmith ``apiVersion`` near its top."""
    try:
        with path.open("rb") as handle:
            return _API_VERSION.search(handle.read(_HEAD_BYTES)) is not None
    except OSError:
        return True  # unreadable: let the caller report why


def walk(folder: Path, suffixes: frozenset[str] | set[str] | tuple[str, ...]) -> list[Path]:
    """Regular files below ``folder`` with one of ``suffixes`` (compared lower-case), sorted.

    Hidden folders (``.git``, ``.venv``), virtual environments and ``node_modules`` are not
    entered, and YAML files without a termsmith ``apiVersion`` (CI workflows, compose files)
    are left out: a walk finds specs, checklists and prose, not every YAML file."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not _skipped_folder(here / d))
        for name in files:
            path = here / name
            suffix = path.suffix.lower()
            if suffix not in suffixes or not path.is_file():
                continue
            if suffix in (".yaml", ".yml") and not is_termsmith_yaml(path):
                continue
            found.append(path)
    return sorted(found)
