"""Put this checkout's ``src`` (and helper folders) on ``sys.path`` for a bench script — *after* any ``PYTHONPATH``.

A bench runs from a checkout, so the checkout's code must win over an installed termsmith. But scoring another tree
(the session-start code, a frozen patch applied to a copy of ``src``) is done with ``PYTHONPATH=<tree>/src``, and the
scripts used to put the checkout's ``src`` in front of it: every such run silently scored the checkout's own code.
Entries from ``PYTHONPATH`` now come first; ``code_under_test()`` names the code a report was made with.
"""

from __future__ import annotations

import compileall
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


def compile_checkout() -> None:
    """Write the bytecode of the code under test before a cold-start measurement.

    A user's second run of termsmith imports cached bytecode (pip writes it at install; Python writes it on the first
    run). A checkout whose ``__pycache__`` predates its last edits, run with ``PYTHONDONTWRITEBYTECODE`` set (as the
    test and bench shells here are), compiles every edited module again in each fresh process: the session-22 cold
    start of 416 ms was mostly the lexicon's 140 KB source being compiled per run. Compiling first measures what a
    user waits for, not what the shell's setting adds.
    """
    compileall.compile_dir(code_under_test(), quiet=1)
