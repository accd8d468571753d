"""Where termsmith keeps what it may rebuild at any time (compiled clauses, font links).

``$TERMSMITH_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/termsmith`` (``~/.cache/termsmith``);
``TERMSMITH_CACHE_DIR=off`` turns every cache off. A cache is only an optimisation: callers
treat a folder that cannot be made or written as "no cache", never as an error.
"""

from __future__ import annotations

import os
from pathlib import Path

OFF = "off"


def cache_folder(name: str) -> Path | None:
    """The cache's sub-folder ``name`` (not created here), or None when caching is off."""
    configured = os.environ.get("TERMSMITH_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in {OFF, ""} else Path(configured) / name
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "termsmith" / name
