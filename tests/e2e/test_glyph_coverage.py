"""Characters the PDF fonts cannot draw are reported before rendering, at their place in the spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from termsmith.rendering.coverage import uncovered_characters

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
RARE = "\U00026009"  # 𦀉: in no Simplified-Chinese Noto face
ASTRAL_BUT_COVERED = "\U00020bb7"  # 𠮷: Noto CJK SC draws it


def test_common_text_needs_no_font_lookup_and_has_no_gaps() -> None:
    assert (
        uncovered_characters(["甲方应在30分钟内响应 Client shall respond", "（一）；¥12,000.00"], ["zh-Hans", "en"])
        == []
    )


def test_rare_ideograph_is_reported_and_covered_astral_one_is_not() -> None:
    found = uncovered_characters([f"福州{RARE}能源 {ASTRAL_BUT_COVERED}野家"], ["zh-Hans"])
    assert found == [RARE]


def test_invisible_format_characters_need_no_glyph() -> None:
    assert uncovered_characters(["\u200e\u202e\u2028name\ufeff"], ["en"]) == []


def _render(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "termsmith", "render", str(spec), "-o", str(out), "--format", "pdf"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_render_warns_at_the_character_and_still_renders(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "legal_name: 福州闽油能源有限公司", f"legal_name: 福州闽油{RARE}能源有限公司"
    )
    spec = tmp_path / "rare.yaml"
    spec.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if RARE in row)
    col = text.splitlines()[line - 1].index(RARE) + 1
    result = _render(spec, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert f"{spec}:{line}:{col}: warning[X003]" in result.stderr
    assert "U+26009" in result.stderr and "empty boxes" in result.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1


def test_samples_render_without_glyph_warnings(tmp_path: Path) -> None:
    result = _render(SAMPLE, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "X003" not in result.stderr
