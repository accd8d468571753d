"""Load a script of ``bench/`` as a module, for the tests of the bench tools (they are scripts, not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_bench(name: str) -> ModuleType:
    """``bench/<name>.py`` imported as the module ``name`` (registered in sys.modules: its dataclasses look it up)."""
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))  # as when run: its own folder is importable (bench/checkout_path.py)
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
