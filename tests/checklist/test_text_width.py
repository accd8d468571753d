"""Text reports fit the terminal: long cells wrap to its width; to a pipe or a file they stay whole."""

from __future__ import annotations

import io

import pytest

from termsmith.checklist.formats.fit import MIN_WIDTH, fit_widths, tokens, wrap
from termsmith.checklist.formats.tables import matrix
from termsmith.checklist.formats.text import to_text
from termsmith.checklist.load import load_checklist
from termsmith.checklist.report import run_check
from termsmith.cli import main
from termsmith.commands.check import terminal_width
from termsmith.reporting.text import display_width

from .helpers import FIXTURES

THREE = [
    FIXTURES / "vendor-hkd.zh-Hans.yaml",
    FIXTURES / "vendor-strong.zh-Hans.yaml",
    FIXTURES / "vendor-weak.zh-Hans.yaml",
]


SUMMARY = ("Summary", "汇总", "彙總")


def _cut(line: str, start: int, end: int) -> str:
    """The characters of ``line`` that occupy terminal cells start..end."""
    out, cell = [], 0
    for ch in line:
        if start <= cell < end:
            out.append(ch)
        cell += display_width(ch)
    return "".join(out).strip()


def read_back(text: str) -> list[list[str]]:
    """The table in a text report as rows of whole cells: wrapped lines joined, using the rule's columns."""
    lines = text.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("----"))
    spans, cell = [], 0
    for dashes in lines[rule].split("  "):
        spans.append((cell, cell + len(dashes)))
        cell += len(dashes) + 2
    rows: list[list[list[str]]] = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            break
        cells = [_cut(line, a, b) for a, b in spans]
        if cells[0] or cells[2] in SUMMARY:  # a row starts with its id; the summary row with its label
            rows.append([[c] for c in cells])
        else:
            for parts, c in zip(rows[-1], cells, strict=True):
                parts.append(c)
    return [["".join(p for p in parts if p) for parts in row] for row in rows]


def _squash(text: str) -> str:
    return text.replace(" ", "")


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
def test_three_vendor_matrix_fits_120_columns_and_reads_back_whole(lang):
    report = run_check(THREE, load_checklist().document, "after-sales-standard", lang, locate=False)
    full = to_text(report)
    assert max(display_width(line) for line in full.splitlines()) > 120  # the problem being solved
    fitted = to_text(report, 120)
    table = fitted.split("\n\n")[1]
    assert max(display_width(line) for line in table.splitlines()) <= 120
    expected = matrix(report)
    got = read_back(fitted)
    assert len(got) == len(expected.rows)
    for want, have in zip(expected.rows, got, strict=True):
        assert [_squash(c) for c in have] == [_squash(c) for c in want]
    assert len(fitted.splitlines()) > len(full.splitlines())  # some cells did wrap


def test_without_a_width_every_cell_stays_on_one_line():
    report = run_check(THREE, load_checklist().document, "after-sales-standard", "en", locate=False)
    text = to_text(report)
    expected = matrix(report)
    body = text.split("\n\n")[1].splitlines()[2:]
    assert len(body) == len(expected.rows)
    assert "fail: 2 hours (Mon–Fri 09:00–18:00); calendar worst case" in text


def test_single_spec_table_fits_too():
    report = run_check(THREE[:1], load_checklist().document, "after-sales-standard", "en", locate=False)
    table = to_text(report, 100).split("\n\n")[1]
    assert max(display_width(line) for line in table.splitlines()) <= 100
    lines = table.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("----"))
    assert rule > 1  # the header wrapped too
    assert lines[rule + 1].startswith("free-period-length")


def test_fit_widths_keeps_narrow_and_fixed_columns_and_shares_the_rest():
    assert fit_widths([5, 10, 20], 100) == [5, 10, 20]
    widths = fit_widths([26, 6, 40, 30, 10, 80], 120, fixed=(0, 1))
    assert widths[:2] == [26, 6] and widths[4] == 10  # fixed, and narrow enough to keep its width
    assert sum(widths) + 2 * 5 == 120
    assert max(widths[2], widths[3], widths[5]) - min(widths[2], widths[3], widths[5]) <= 1
    assert min(fit_widths([30, 30, 30], 20)) == MIN_WIDTH  # never below the minimum


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (
            "not comparable: 2 hours (Mon–Fri 09:00–18:00)",
            15,
            ["not comparable:", "2 hours", "(Mon–Fri", "09:00–18:00)"],
        ),
        ("无法比较：2小时（周一至周五）", 10, ["无法比较：", "2小时（周", "一至周五）"]),
        ("emergency-incident-report", 10, ["emergency-", "incident-r", "eport"]),
        ("short", 10, ["short"]),
    ],
)
def test_wrap_breaks_at_spaces_and_between_cjk_characters(text, width, lines):
    assert wrap(text, width) == lines
    assert all(display_width(line) <= width for line in lines)


def test_closing_punctuation_never_starts_a_line():
    assert tokens("缺少：缺陷修复，安全补丁") == ["缺", "少：", "缺", "陷", "修", "复，", "安", "全", "补", "丁"]
    for width in range(4, 14):  # from two wide characters up: no token is cut
        assert not any(line[0] in "：，）" for line in wrap("缺少：缺陷修复，安全补丁（每周）", width))


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_width_only_on_a_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "97")
    assert terminal_width(_Tty()) == 97
    assert terminal_width(io.StringIO()) is None


def test_command_wraps_on_a_terminal_and_in_a_pipe(monkeypatch, capsys, tmp_path):
    """A pipe or a file gets 100 columns (the several-vendor report was ~400 wide); --width 0 keeps cells whole."""
    argv = ["check", *map(str, THREE), "--lang", "en", "--no-clauses"]
    main(argv)
    piped = capsys.readouterr().out
    assert max(map(display_width, piped.split("\n\n")[1].splitlines())) <= 100
    main([*argv, "-o", str(tmp_path / "report.txt")])
    written = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert max(map(display_width, written.split("\n\n")[1].splitlines())) <= 100
    main([*argv, "--width", "0"])
    assert max(map(display_width, capsys.readouterr().out.splitlines())) > 120
    monkeypatch.setenv("COLUMNS", "120")
    tty = _Tty()
    monkeypatch.setattr("sys.stdout", tty)
    main(argv)
    table = tty.getvalue().split("\n\n")[1]
    assert max(map(display_width, table.splitlines())) <= 120


def test_matrix_columns_stay_distinct_when_vendor_and_spec_name_repeat(capsys):
    sample = FIXTURES.parent.parent.parent / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
    strong = FIXTURES / "vendor-strong.zh-Hans.yaml"
    report = run_check([sample, strong], load_checklist().document, "x", "en", locate=False)
    assert report.results[0].vendor == report.results[1].vendor
    assert report.results[0].name == report.results[1].name  # the fixture keeps the sample's metadata.name
    columns = report.columns()
    assert len(set(columns)) == 2
    assert columns[1].endswith(f", {strong.name})")
