"""Suite-wide settings: compiled clause templates go to a folder of this run, not ~/.cache, and
property tests draw the same examples on every run.

Hypothesis's default draws fresh random examples each run, so a CI run of an unrelated change
could turn red on a case no earlier run drew. The suite's profile fixes the draw
(``derandomize``); ``TERMSMITH_FUZZ_LONG=1`` explores with fresh seeds instead (the robustness
fuzz also runs ten times as many cases then), which is where new failures are looked for."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

settings.register_profile("suite", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("explore" if os.environ.get("TERMSMITH_FUZZ_LONG") else "suite")


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
