"""A workspace with an offer built from tests/validate/minimal-valid.yaml, and a deal over it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from offers_support import DEAL_HEAD, OFFER


class Workspace:
    def __init__(self, root: Path):
        self.root = root
        (root / "offers").mkdir()
        (root / "deals").mkdir()
        self.write("offers/shop.yaml", OFFER)

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def deal(self, extra: str = "", name: str = "deals/deal.yaml", head: str = DEAL_HEAD) -> Path:
        return self.write(name, head + textwrap.indent(textwrap.dedent(extra), "  "))

    def line_of(self, rel: str, needle: str, nth: int = 1) -> int:
        """1-based line of the nth line containing ``needle``."""
        hits = [
            i for i, line in enumerate((self.root / rel).read_text(encoding="utf-8").splitlines(), 1) if needle in line
        ]
        return hits[nth - 1]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.chdir(tmp_path)
    return Workspace(tmp_path)


@pytest.fixture
def validate(ws: Workspace) -> Callable[..., object]:
    from termsmith.validation import validate_path

    return lambda path, **kw: validate_path(path.relative_to(ws.root), **kw)
