"""The theme's font files linked into one folder, so Typst reads a dozen fonts instead of
scanning the system's hundreds.

``typst.Compiler()`` scans every font the system has (~460 files on a Debian machine with
the Noto packages: 60–80 ms of a cold render; reading the theme's dozen files takes ~35). Given ``font_paths`` and ``ignore_system_fonts`` it reads only the folders it
is given — folders, not files — so the files fontconfig names for the theme's families
(``fonts.family_files``) are linked into a folder of termsmith's cache (``cache_folder``),
named by a hash of the file list: installing, upgrading or removing a font changes the
list, hence the folder. A folder that cannot be made, or a link that no longer leads to a
file, means ``None``: the caller scans the system's fonts as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from termsmith.cache_folder import cache_folder
from termsmith.rendering.fonts import family_files


def font_folder(families: Iterable[str]) -> Path | None:
    """A folder holding (links to) every file of ``families`` and nothing else, or None."""
    files = family_files(sorted(set(families)))
    parent = cache_folder("typst-fonts")
    if not files or parent is None:
        return None
    folder = parent / hashlib.sha256("\0".join(files).encode()).hexdigest()[:16]
    if _complete(folder, files):
        return folder
    try:
        return _make(folder, files)
    except OSError:  # a read-only home, a full disk: Typst scans the system's fonts instead
        return None


def _link_name(index: int, file: str) -> str:
    return f"{index:02d}-{Path(file).name}"


def _complete(folder: Path, files: list[str]) -> bool:
    return all(os.path.isfile(folder / _link_name(i, f)) for i, f in enumerate(files))


def _make(folder: Path, files: list[str]) -> Path:
    """Build the folder beside its final name and move it there in one step, so another
    process never sees half of it."""
    folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
    try:
        for i, file in enumerate(files):
            (building / _link_name(i, file)).symlink_to(file)
        if not folder.exists():
            with contextlib.suppress(OSError):  # another process moved its copy there first
                os.replace(building, folder)
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    if not _complete(folder, files):  # a stale folder of the same name with a dead link
        raise OSError(f"font folder {folder} is incomplete")
    return folder
