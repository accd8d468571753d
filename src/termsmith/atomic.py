"""Write output files atomically: a failed run never leaves half a file behind.

The bytes go to a temporary file in the target's own directory (so the final
``os.replace`` is a rename on one file system), are flushed and fsynced, and only
then replace the target. Any exception removes the temporary file and leaves an
existing target untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file whose content becomes ``path`` only if the block succeeds.

    A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a
    terminal) is written in place: renaming over it would replace the device itself."""
    target = Path(path)
    if _is_special(target):
        with open(target, "wb") as handle:
            yield handle
        return
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(target.parent)


def _is_special(target: Path) -> bool:
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temp file, fsync, rename)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"write_atomic needs bytes, got {type(data).__name__}")
    with atomic_output(path) as handle:
        handle.write(data)


def _keep_mode(target: Path, tmp_name: str) -> None:
    """Give the new file the old file's permissions, or the umask default (not 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp_name, mode)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
