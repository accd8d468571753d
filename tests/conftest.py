"""Suite-wide settings: compiled clause templates go to a folder of this run, not ~/.cache."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _clause_cache_of_this_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every process the suite starts inherits it, so later renders exercise the cache hits."""
    previous = os.environ.get("TERMSMITH_CACHE_DIR")
    os.environ["TERMSMITH_CACHE_DIR"] = str(tmp_path_factory.mktemp("termsmith-cache"))
    yield
    if previous is None:
        os.environ.pop("TERMSMITH_CACHE_DIR", None)
    else:
        os.environ["TERMSMITH_CACHE_DIR"] = previous
