"""``termsmith render`` and ``termsmith quote`` from the command line, outputs read back.

In-process through ``termsmith.cli.main`` (so a renderer can be made to fail
mid-way), and in separate processes where determinism across processes is the
point. Specs are bundled samples, written out again with one change each.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from e2e_support import ROOT, SAMPLES, docx_text, pdf_text, squash

from termsmith.cli import main

EN_SAMPLE = next(p for p in SAMPLES if p.name.startswith("business-system-support"))
EN_NAME = "order-system-support-hk"  # its metadata.name: output files are named after it
TERMSMITH = [sys.executable, "-m", "termsmith"]


def write_spec(
    folder: Path, name: str, change: Callable[[dict[str, Any]], None] | None = None, sample: Path = EN_SAMPLE
) -> Path:
    """``sample`` written to ``folder/name`` as YAML after ``change`` edits its plain data."""
    from termsmith.spec.dump import dump_yaml, to_plain
    from termsmith.validation import validate_path

    data = to_plain(validate_path(sample).document)
    if change is not None:
        change(data)
    path = folder / name
    path.write_text(dump_yaml(data), encoding="utf-8")
    return path


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temporary files included) → its bytes."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- refused specs
def test_invalid_spec_exits_1_with_position_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def slow(data: dict[str, Any]) -> None:
        data["spec"]["severity_levels"][0]["response"] = "fast"

    spec = write_spec(tmp_path, "bad.yaml", slow)
    lines = spec.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.strip() == "response: fast")
    col = lines[line - 1].index("fast") + 1
    out_dir = tmp_path / "out"
    code, out, err = run_cli(capsys, "render", str(spec), "-o", str(out_dir))
    assert code == 1
    assert f"{spec}:{line}:{col}: error[" in err
    assert "'fast' is not a duration" in err
    assert "Traceback" not in err + out and "wrote" not in out
    assert files_in(out_dir) == {}


def test_error_level_lint_finding_blocks_the_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def not_free(data: dict[str, Any]) -> None:
        covers = data["spec"]["free_maintenance"]["covers"]
        data["spec"]["free_maintenance"]["covers"] = [c for c in covers if c != "defect-fixes"]

    spec = write_spec(tmp_path, "not-free.yaml", not_free)
    code, _out, err = run_cli(capsys, "render", str(spec), "-o", str(tmp_path / "out"), "--format", "docx")
    assert code == 1
    assert re.search(rf"{re.escape(str(spec))}:\d+:\d+: error\[TF001\]", err)
    assert "Traceback" not in err and files_in(tmp_path / "out") == {}


def test_warnings_are_shown_and_the_render_proceeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def no_exclusions(data: dict[str, Any]) -> None:
        data["spec"]["scope"]["excluded"] = []

    spec = write_spec(tmp_path, "warn.yaml", no_exclusions)
    code, out, err = run_cli(capsys, "render", str(spec), "-o", str(tmp_path / "out"), "--format", "docx")
    assert code == 0
    assert re.search(r"warn\.yaml:\d+:\d+: warning\[TC001\]", err)
    target = tmp_path / "out" / f"{EN_NAME}.agreement.en.docx"
    assert f"wrote {target}" in out
    assert "Kestrel Systems Limited" in docx_text(target.read_bytes())


# ---------------------------------------------------------------- atomic outputs
def _render_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, bytes]:
    spec = write_spec(tmp_path, "spec.yaml")
    out_dir = tmp_path / "out"
    code, _, _ = run_cli(capsys, "render", str(spec), "-o", str(out_dir), "--format", "docx")
    target = out_dir / f"{EN_NAME}.agreement.en.docx"
    assert code == 0 and target.is_file()
    return spec, target, target.read_bytes()


def test_failing_renderer_leaves_the_existing_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import termsmith.rendering

    spec, target, before = _render_once(tmp_path, capsys)

    def broken(doc: object) -> bytes:
        raise RuntimeError("renderer fell over half-way")

    monkeypatch.setattr(termsmith.rendering, "render_docx", broken)
    code, _out, err = run_cli(capsys, "render", str(spec), "-o", str(target.parent), "--format", "docx")
    assert code == 1
    assert "X001" in err and "renderer fell over half-way" in err and "Traceback" not in err
    assert files_in(target.parent) == {target.name: before}


def test_write_failing_mid_way_leaves_the_existing_file_and_no_temp_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new bytes are already in the temporary file when fsync fails: the target must not change."""
    import termsmith.atomic as atomic

    def changed(data: dict[str, Any]) -> None:
        data["spec"]["parties"][0]["legal_name"] = "Changed Name Limited"

    spec, target, before = _render_once(tmp_path, capsys)
    write_spec(tmp_path, "spec.yaml", changed)
    seen: list[int] = []

    def failing_fsync(fd: int) -> None:
        seen.append(os.fstat(fd).st_size)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    code, _, err = run_cli(capsys, "render", str(spec), "-o", str(target.parent), "--format", "docx")
    assert seen and seen[0] > 0, "the failure should come after the bytes were written"
    assert code == 1 and "No space left on device" in err and "Traceback" not in err
    assert files_in(target.parent) == {target.name: before}


def test_spec_made_invalid_leaves_the_existing_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(data: dict[str, Any]) -> None:
        data["spec"]["fees"]["currency"] = "RMB"

    spec, target, before = _render_once(tmp_path, capsys)
    write_spec(tmp_path, "spec.yaml", broken)
    code, _, err = run_cli(capsys, "render", str(spec), "-o", str(target.parent), "--format", "docx")
    assert code == 1 and "RMB" in err
    assert files_in(target.parent) == {target.name: before}


# ---------------------------------------------------------------- formats
HOSTILE_NAME = "<b>{{ 7*7 }}</b> & <script>alert(1)</script> Ltd"


def test_html_format_escapes_spec_strings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from html.parser import HTMLParser

    def hostile(data: dict[str, Any]) -> None:
        data["spec"]["parties"][0]["legal_name"] = HOSTILE_NAME

    spec = write_spec(tmp_path, "hostile.yaml", hostile)
    code, _, _ = run_cli(capsys, "render", str(spec), "-o", str(tmp_path / "out"), "--format", "html")
    assert code == 0
    assert sorted(files_in(tmp_path / "out")) == [f"{EN_NAME}.agreement.en.html"]
    page = (tmp_path / "out" / f"{EN_NAME}.agreement.en.html").read_text(encoding="utf-8")
    assert HOSTILE_NAME not in page and "<script>alert" not in page
    assert html.escape(HOSTILE_NAME, quote=False) in page or html.escape(HOSTILE_NAME) in page

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.text: list[str] = []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    parser = Collect()
    parser.feed(page)
    assert "script" not in parser.tags
    assert HOSTILE_NAME in "".join(parser.text)  # shown literally, {{ }} not evaluated


def test_three_formats_give_three_files_per_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specs = [
        write_spec(tmp_path, "a.yaml"),
        write_spec(tmp_path, "b.yaml", lambda d: d["metadata"].update(name="second-spec")),
    ]
    out_dir = tmp_path / "out"
    code, out, _ = run_cli(capsys, "render", *map(str, specs), "-o", str(out_dir), "--format", "docx,pdf,html")
    assert code == 0
    written = files_in(out_dir)
    assert sorted(written) == sorted(
        f"{name}.agreement.en.{fmt}" for name in (EN_NAME, "second-spec") for fmt in ("docx", "pdf", "html")
    )
    for name, data in written.items():
        text = {"docx": docx_text, "pdf": pdf_text, "html": lambda b: html.unescape(b.decode())}[name.rsplit(".", 1)[1]]
        assert "HarbourlineTradingLimited" in squash(text(data)), name
    assert out.count("wrote ") == 6


def test_quote_command_writes_quote_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from termsmith.library.helpers import money
    from termsmith.pricing import price_quote
    from termsmith.validation import validate_path

    fuel = next(p for p in SAMPLES if p.name.startswith("fuel-station"))
    code, _, _ = run_cli(capsys, "quote", str(fuel), "-o", str(tmp_path))
    assert code == 0
    written = files_in(tmp_path)
    assert sorted(written) == [
        "fuel-station-miniprogram.quote.zh-Hans.docx",
        "fuel-station-miniprogram.quote.zh-Hans.pdf",
    ]
    total = money(price_quote(validate_path(fuel).document.spec).total, "zh-Hans")
    assert total in docx_text(written["fuel-station-miniprogram.quote.zh-Hans.docx"])
    assert squash(total) in squash(pdf_text(written["fuel-station-miniprogram.quote.zh-Hans.pdf"]))


def test_pdfa_embeds_the_spec_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pypdf

    code, _, _ = run_cli(capsys, "quote", str(EN_SAMPLE), "-o", str(tmp_path), "--format", "pdf", "--pdfa")
    assert code == 0
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / f"{EN_NAME}.quote.en.pdf").read_bytes()))
    assert reader.attachments == {f"{EN_NAME}.yaml": [EN_SAMPLE.read_bytes()]}
    without = tmp_path / "plain"
    assert run_cli(capsys, "quote", str(EN_SAMPLE), "-o", str(without), "--format", "pdf")[0] == 0
    assert pypdf.PdfReader(io.BytesIO((without / f"{EN_NAME}.quote.en.pdf").read_bytes())).attachments == {}


# ---------------------------------------------------------------- usage errors
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "docx,odt"], "termsmith: error: unknown format 'odt'; choose from docx, pdf, html"),
        (["--format", ","], "termsmith: error: unknown format ','; choose from docx, pdf, html"),
        (["--jobs", "0"], "termsmith: error: --jobs must be at least 1"),
        (["--library", "no-such-folder"], "termsmith: error: --library no-such-folder is not a folder"),
        (["--lang", "fr"], None),
    ],
    ids=["format", "empty-format", "jobs-0", "library", "lang"],
)
@pytest.mark.parametrize("command", ["render", "quote"])
def test_usage_errors_exit_2_with_one_line(
    command: str,
    argv: list[str],
    message: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, command, str(EN_SAMPLE), "-o", "out", *argv)
    assert code == 2
    lines = err.strip().splitlines()
    if message is None:  # argparse's own: usage line, then one error line
        assert lines[-1].startswith(f"termsmith {command}: error:") or lines[-1].startswith("termsmith: error:")
    else:
        assert lines == [message]
    assert out == "" and "Traceback" not in err
    assert files_in(tmp_path) == {}


# ---------------------------------------------------------------- parallel and deterministic
@pytest.mark.slow
def test_jobs_2_writes_the_same_bytes_as_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(SAMPLES) >= 4
    outputs = {}
    for jobs in ("1", "2"):
        out_dir = tmp_path / f"jobs{jobs}"
        code, out, _ = run_cli(capsys, "render", *map(str, SAMPLES[:4]), "-o", str(out_dir), "--jobs", jobs)
        assert code == 0
        outputs[jobs] = files_in(out_dir)
        assert [line.split("/")[-1] for line in out.splitlines()] == sorted(outputs[jobs], key=_sample_order)
    assert len(outputs["1"]) == 8
    assert outputs["1"] == outputs["2"]


@pytest.mark.slow
def test_a_batch_after_typst_has_run_in_the_same_process_completes(tmp_path: Path) -> None:
    """The web app or a script renders with Typst, then runs a ``--jobs`` batch: the workers must not
    inherit Typst's native thread pools half-alive (a forked worker hung forever in them)."""
    code = (
        "import sys; sys.path.insert(0, 'tests/rendering');"
        "from render_documents import agreement; from termsmith.rendering import render_pdf;"
        "render_pdf(agreement('zh-Hans'), engine='typst');"
        "from termsmith.cli import main;"
        "sys.exit(main(['render', *sys.argv[2:], '--format', 'pdf', '--pdf-engine', 'typst',"
        " '--jobs', '2', '-o', sys.argv[1]]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), *map(str, SAMPLES[:2])],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("*.pdf"))) == 2


def _sample_order(name: str) -> tuple[int, str]:
    """Reported in argument order: the samples' metadata names in SAMPLES order."""
    from e2e_support import load_sample

    names = [load_sample(p).metadata.name for p in SAMPLES[:4]]
    return names.index(name.split(".")[0]), name


def _render_in_process(spec: Path, out_dir: Path, epoch: str | None) -> dict[str, bytes]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    env["PYTHONHASHSEED"] = "random"
    result = subprocess.run(
        [*TERMSMITH, "render", str(spec), "-o", str(out_dir), "--format", "docx,pdf"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return files_in(out_dir)


def _digest(files: dict[str, bytes]) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}


@pytest.mark.slow
def test_separate_processes_give_identical_bytes_and_signing_date_beats_source_date_epoch(tmp_path: Path) -> None:
    """The spec has a signing date: it dates the document, whatever SOURCE_DATE_EPOCH says."""
    import docx

    first = _render_in_process(EN_SAMPLE, tmp_path / "a", None)
    second = _render_in_process(EN_SAMPLE, tmp_path / "b", None)
    with_epoch = _render_in_process(EN_SAMPLE, tmp_path / "c", "86400")
    assert sorted(first) == [f"{EN_NAME}.agreement.en.docx", f"{EN_NAME}.agreement.en.pdf"]
    assert _digest(first) == _digest(second) == _digest(with_epoch)
    props = docx.Document(io.BytesIO(first[f"{EN_NAME}.agreement.en.docx"])).core_properties
    assert props.created.date().isoformat() == "2026-03-02"  # agreement.signing_date of the sample


def test_without_signing_date_source_date_epoch_dates_the_document(tmp_path: Path) -> None:
    """No signing date: SOURCE_DATE_EPOCH when set, else the term start; never the clock."""
    import docx

    def unsigned(data: dict[str, Any]) -> None:
        del data["spec"]["agreement"]["signing_date"]

    spec = write_spec(tmp_path, "unsigned.yaml", unsigned)

    def docx_only(out: str, epoch: str | None) -> bytes:
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        if epoch is not None:
            env["SOURCE_DATE_EPOCH"] = epoch
        result = subprocess.run(
            [*TERMSMITH, "render", str(spec), "-o", str(tmp_path / out), "--format", "docx"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return (tmp_path / out / f"{EN_NAME}.agreement.en.docx").read_bytes()

    epoch_a, epoch_b = docx_only("a", "1700000000"), docx_only("b", "1700000000")
    plain = docx_only("c", None)
    assert epoch_a == epoch_b
    created = docx.Document(io.BytesIO(epoch_a)).core_properties.created
    assert created.date().isoformat() == "2023-11-14"  # 1700000000 s after the epoch, UTC
    term_start = docx.Document(io.BytesIO(plain)).core_properties.created
    assert term_start.date().isoformat() == "2026-03-02"  # the sample's term.start
    assert plain != epoch_a


def test_the_console_entry_point_exits_fast_with_every_file_whole(tmp_path: Path) -> None:
    """``python -m termsmith`` ends with os._exit after main(): files complete, codes kept, no traceback."""

    def cli(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "termsmith", *args], capture_output=True, text=True, timeout=300, **kw
        )

    done = cli("render", str(SAMPLES[0]), "--format", "docx,pdf", "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    pdf, docx = sorted(tmp_path.glob("*.pdf")), sorted(tmp_path.glob("*.docx"))
    assert len(pdf) == len(docx) == 1
    assert pdf[0].read_bytes().rstrip().endswith(b"%%EOF")
    assert squash(docx_text(docx[0].read_bytes()))  # a whole zip python-docx can open
    assert cli("render", "--format", "nope", str(SAMPLES[0])).returncode == 2
    assert cli("render", "--help").returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: termsmith/v1\nkind: ServiceSpec\n", encoding="utf-8")
    assert cli("validate", str(bad)).returncode == 1
    prose = tmp_path / "terms.txt"
    prose.write_text("The Vendor shall respond as soon as possible.\n" * 3000, encoding="utf-8")
    piped = subprocess.run(  # far more findings than a pipe holds: the reader goes away mid-output
        f"'{sys.executable}' -m termsmith lint '{prose}' | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert len(piped.stdout) == 10
    assert "Traceback" not in piped.stderr and "Exception" not in piped.stderr, piped.stderr
