"""One file of termsmith's cache holding values ``marshal`` writes, read once and written at the end.

The start-up caches (``regex_cache``: compiled regular expressions; ``codegen_cache``:
the code ``dataclasses`` and ``typing`` generate) keep what a cold run would otherwise rebuild from
the same inputs every time. Each keeps its entries in one ``MarshalStore``: a dict in a
file under ``cache_folder(name)``, named by a hash of ``engine`` (the Python that built the
values: a value is only ever given back to the interpreter that made it).

A store is never an error: a missing, damaged or foreign file reads as empty; a folder
that cannot be written, or ``TERMSMITH_CACHE_DIR=off``, means nothing is kept. The file is
written atomically by :meth:`MarshalStore.save` (from ``termsmith.cli.run`` when the
console command ends), and only when this run added an entry. A file that would pass
``max_bytes`` (entries of edited code pile up) keeps only the entries this run used.

Like ``.pyc`` files, the file holds what this user's own runs wrote into this user's own
cache folder (created ``0700``).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from pathlib import Path
from typing import Any

from termsmith.atomic import atomic_output
from termsmith.cache_folder import cache_folder

# The console command this process runs ("lint", "render" …), set by ``termsmith.cli.run`` before any store is read:
# each command keeps its own file, so a cold ``termsmith lint`` reads lint's entries only, not every regex and class
# that extract and render runs added to one shared file (session 23: 16 % of lint's cold-start instructions).
_profile = ""


def use_profile(name: str) -> None:
    """Keep this process's entries in the files of ``name`` (a command's name; "" for Python callers)."""
    global _profile
    _profile = name


class MarshalStore:
    """Entries (``marshal``-able keys and values) kept between runs in one cache file."""

    def __init__(self, name: str, engine: str, max_bytes: int) -> None:
        self.name, self.engine, self.max_bytes = name, engine, max_bytes
        self.reset()

    def reset(self) -> None:
        """Forget what was read and used (the file is read again on the next :meth:`get`)."""
        self._stored: dict[Any, Any] | None = None
        self._used: dict[Any, Any] = {}
        self._new = False

    def get(self, key: Any) -> Any | None:
        """The entry for ``key`` used in this run or stored by an earlier one, or None."""
        value = self._used.get(key)
        if value is None:
            value = self.stored().get(key)
        return value

    def used(self, key: Any, value: Any, *, new: bool) -> None:
        """Keep ``value`` for ``key`` (``new``: not from the file, so the file is written again)."""
        self._used[key] = value
        self._new = self._new or new

    def stored(self) -> dict[Any, Any]:
        """The file's entries (read once; empty when there is none or it cannot be read)."""
        if self._stored is None:
            self._stored = {}
            path = self.path()
            if path is not None:
                with contextlib.suppress(Exception):  # none yet, or a damaged or foreign file
                    loaded = marshal.loads(path.read_bytes())  # marshal.load(file) reads in small steps: 8× slower
                    if isinstance(loaded, dict):
                        self._stored = loaded
        return self._stored

    def path(self) -> Path | None:
        folder = cache_folder(self.name)
        if folder is None:
            return None
        owner = self.engine if not _profile else f"{self.engine}\0{_profile}"
        return folder / f"{hashlib.sha256(owner.encode()).hexdigest()[:24]}.marshal"

    def save(self) -> None:
        """Write this run's new entries with the stored ones (nothing when there are none)."""
        path = self.path()
        if not self._new or path is None:
            return
        with contextlib.suppress(Exception):  # the user's disk, a value marshal refuses: the next run rebuilds it
            data = marshal.dumps({**self.stored(), **self._used})
            if len(data) > self.max_bytes:
                data = marshal.dumps(self._used)
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with atomic_output(path) as stream:
                stream.write(data)
        self._new = False
