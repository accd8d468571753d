"""The agreements termsmith writes pass its own lint: `review` finds no vague wording and no audit
finding in any sample's agreement (the lint rules grow with real contracts; our own text must not
trip them), and a recurring task never reads "持续一次" or "不进行一次"."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import SAMPLES, docx_text

from termsmith.cli import main


@pytest.mark.slow
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name.split(".")[0])
def test_review_of_every_sample_finds_nothing(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    assert main(["review", str(sample), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "lint findings: 0; audit findings: 0" in text, text[:400]


@pytest.mark.slow
def test_backup_cadences_read_as_promises(tmp_path: Path) -> None:
    hotel = next(s for s in SAMPLES if s.name.startswith("hotel-booking"))  # the premium offer: continuous
    assert main(["render", str(hotel), "--format", "docx", "-o", str(tmp_path)]) == 0
    (docx,) = tmp_path.glob("*.docx")
    text = docx_text(docx.read_bytes())
    assert "增量备份：每次数据变更时进行" in text
    assert "持续一次" not in text and "不进行一次" not in text
