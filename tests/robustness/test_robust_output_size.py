"""Output stays linear in the input (issue 11, defects 1 and 2).

Defect 1: 8,000 vague terms on one 48 KB line printed 514 MB, because every finding
reprinted the whole line. Defect 2: a 32,000-character word made WeasyPrint's layout
quadratic. Speed itself is measured in bench/bench_hostile.py, not asserted here."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from robust_support import run_cli, sample_text

from termsmith.reporting.text import PER_LINE_AND_CODE, SNIPPET_WIDTH, display_width


def _long_line(tmp_path: Path, count: int) -> Path:
    draft = tmp_path / "draft.md"
    draft.write_text(" ".join(["as soon as possible"] * count) + "\n", encoding="utf-8")
    return draft


def test_text_output_of_one_long_line_is_small_and_counts_every_finding(tmp_path: Path) -> None:
    draft = _long_line(tmp_path, 8000)
    code, out, _ = run_cli("lint", str(draft))
    assert code == 1  # warnings: exit 1 (README)
    assert len(out) < 4_000  # 5 snippets and a count, against 48 KB of input (it was 514 MB)
    assert out.count("warning[VT001]") == PER_LINE_AND_CODE
    assert f"… and {8000 - PER_LINE_AND_CODE:,} more [VT001] on this line" in out
    assert "Found 8000 warnings in 1 file." in out


@pytest.mark.parametrize("count", [100, 1000, 4000])
def test_text_output_grows_at_most_linearly(tmp_path: Path, count: int) -> None:
    draft = _long_line(tmp_path, count)
    out = run_cli("lint", str(draft))[1]
    assert len(out) <= 10 * draft.stat().st_size + 2_000


def test_json_still_lists_every_finding_with_its_position(tmp_path: Path) -> None:
    draft = _long_line(tmp_path, 2000)
    doc = json.loads(run_cli("lint", str(draft), "--format", "json")[1])
    cols = [d["column"] if "column" in d else d["col"] for d in doc["diagnostics"]]
    assert len(cols) == 2000 and cols[:3] == [1, 21, 41]


def test_snippet_is_a_window_around_the_finding(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("x" * 5000 + " 及时响应 " + "y" * 5000 + "\n", encoding="utf-8")
    out = run_cli("lint", str(draft))[1]
    source, carets = [line for line in out.splitlines() if line.startswith(("1 |", "  |"))][1:3]
    assert source.startswith("1 | …") and source.endswith("…") and "及时响应" in source
    assert display_width(source) <= SNIPPET_WIDTH + 10
    # the carets sit exactly under the term (CJK characters are two cells wide)
    pad = display_width(source[: source.index("及")])
    assert carets.index("^") == pad and carets.count("^") in (4, 8)  # "及时" or "及时响应", two cells each


# ---------------------------------------------------------------- defect 2: overlong words in the PDF
def _spec_with_word(tmp_path: Path, length: int) -> Path:
    spec = tmp_path / "spec.yaml"
    text = sample_text().replace("examples: [Order entry unavailable,", f"examples: [{'W' * length},", 1)
    assert "W" * length in text
    spec.write_text(text, encoding="utf-8")
    return spec


def test_html_gives_overlong_words_break_opportunities_and_keeps_the_word(tmp_path: Path) -> None:
    from termsmith.rendering.text_clean import BREAK_EVERY, breakable

    word = "W" * 32_000
    broken = breakable(f"before {word} after 及时响应")
    assert broken.replace("\u200b", "") == f"before {word} after 及时响应"
    runs = re.split(r"[\s\u200b]", broken)
    assert max(map(len, runs)) <= BREAK_EVERY
    assert (
        breakable("ordinary words, an e-mail a@b.example and 中文") == "ordinary words, an e-mail a@b.example and 中文"
    )


@pytest.mark.slow
def test_pdf_with_a_long_word_renders_the_whole_word(tmp_path: Path) -> None:
    import pypdf

    spec = _spec_with_word(tmp_path, 3_000)
    out = tmp_path / "out"
    code, _, err = run_cli("render", str(spec), "-o", str(out), "--format", "pdf")
    assert code == 0, err
    [pdf] = out.glob("*.pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    assert "\u200b" not in text
    assert text.count("W") >= 3_000 and "OrderentryunavailableW" not in text
