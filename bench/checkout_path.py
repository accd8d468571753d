"""Put this checkout's ``src`` (and helper folders) on ``sys.path`` for a bench script — *after* any ``PYTHONPATH``.

A bench runs from a checkout, so the checkout's code must win over an installed termsmith. But scoring another tree
(the session-start code, a frozen patch applied to a copy of ``src``) is done with ``PYTHONPATH=<tree>/src``, and the
scripts used to put the checkout's ``src`` in front of it: every such run silently scored the checkout's own code.
Entries from ``PYTHONPATH`` now come first; ``code_under_test()`` names the code a report was made with.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def use_checkout(*folders: Path) -> None:
    """Insert ``folders`` (default: the checkout's ``src``) after the script's folder and the ``PYTHONPATH`` entries."""
    explicit = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    at = 1 + len(explicit)  # sys.path[0] is the script's folder, then PYTHONPATH in order
    sys.path[at:at] = [str(f) for f in (folders or (ROOT / "src",))]


def code_under_test() -> str:
    """The ``src`` folder termsmith was imported from, for the report's first line."""
    import termsmith

    return str(Path(termsmith.__file__).resolve().parents[1])
