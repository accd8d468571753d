"""Mutation fuzzing over validate, lint and render (issue 11, "Fuzzing in the suite").

Every mutated sample must end with: no traceback, exit code 0, 1 or 2, every diagnostic at
file:line:col, output linear in the input, and on failure no file left behind. By default
a few hundred cases run (validate and lint in-process, render mostly DOCX, a few PDFs);
``TERMSMITH_FUZZ_LONG=1`` runs ten times as many, with fresh random seeds.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from fuzz_strategies import mutated_specs, prose_mutated_specs
from hypothesis import HealthCheck, event, given, settings, strategies as st
from robust_support import POSITION, run_cli

LONG = bool(os.environ.get("TERMSMITH_FUZZ_LONG"))
SCALE = 10 if LONG else 1


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=not LONG,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


def _write(folder: Path, text: str) -> Path:
    spec = folder / "spec.yaml"
    spec.write_text(text, encoding="utf-8", errors="surrogatepass")
    return spec


# A finding can start every few bytes ("等" is 3) and costs a few hundred characters of JSON or of
# snippet: linear output stays under this factor; output that reprints a line per finding does not.
LINEAR_FACTOR = 200


def _linear(output: str, spec: Path) -> None:
    size = spec.stat().st_size
    assert len(output) <= LINEAR_FACTOR * size + 50_000, (
        f"{len(output):,} characters of output for {size:,} bytes of input"
    )


def _clean_exit(code: int, out: str, err: str) -> None:
    assert code in (0, 1, 2)
    assert "Traceback" not in out + err and "internal error" not in err, err[-2_000:]


def _positions_in_json(out: str, spec: Path) -> list[dict[str, object]]:
    diagnostics = json.loads(out)["diagnostics"]
    for d in diagnostics:
        assert d["file"] == str(spec) or str(d["file"]).endswith((".yaml", ".yml")), d
        assert isinstance(d["line"], int) and d["line"] >= 1 and isinstance(d["column"], int) and d["column"] >= 1, d
    return diagnostics


def _positions_in_text(out: str, count: int) -> None:
    """Every diagnostic block starts with file:line:col (a capped line prints a count instead)."""
    heads = [
        line
        for line in out.splitlines()
        if "]" in line and ("error[" in line or "warning[" in line or "info[" in line) and not line.startswith(" ")
    ]
    assert all(POSITION.match(h) for h in heads), heads[:3]
    assert len(heads) <= count


@given(text=mutated_specs())
@_settings(200)
def test_validate_survives_mutations(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spec = _write(Path(folder), text)
        code, out, err = run_cli("validate", "--format", "json", str(spec))
        _clean_exit(code, out, err)
        diagnostics = _positions_in_json(out, spec)
        assert (code == 1) == any(d["severity"] == "error" for d in diagnostics)
        _linear(out, spec)
        code, out, err = run_cli("validate", str(spec))
        _clean_exit(code, out, err)
        _positions_in_text(out, len(diagnostics))
        _linear(out, spec)


@given(text=mutated_specs())
@_settings(150)
def test_lint_survives_mutations(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spec = _write(Path(folder), text)
        code, out, err = run_cli("lint", "--format", "json", str(spec))
        _clean_exit(code, out, err)
        diagnostics = _positions_in_json(out, spec)
        _linear(out, spec)
        code, out, err = run_cli("lint", str(spec))
        _clean_exit(code, out, err)
        _positions_in_text(out, len(diagnostics))
        _linear(out, spec)


def _render(text: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spec = _write(Path(folder), text)
        out_dir = Path(folder) / "out"
        code, out, err = run_cli("render", str(spec), "--format", fmt, "-o", str(out_dir))
        event(f"render exit {code}")  # --hypothesis-show-statistics: how many cases really rendered
        _clean_exit(code, out, err)
        _linear(out + err, spec)
        written = sorted(p.name for p in out_dir.iterdir()) if out_dir.exists() else []
        assert not [n for n in written if n.endswith(".tmp")], written  # no temporary file, ever
        if code != 0:
            assert written == [], f"a failed render left {written}"
            _positions_in_text(err, 10**9)
        else:
            assert len(written) == 1 and written[0].endswith(f".{fmt}")
            _readable(out_dir / written[0], fmt)


def _readable(path: Path, fmt: str) -> None:
    """What was written opens: python-docx reads the DOCX, pypdf the PDF (and it has text)."""
    import io

    data = path.read_bytes()
    if fmt == "docx":
        import docx

        assert any(p.text.strip() for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        import pypdf

        assert pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().strip()


@given(text=st.one_of(mutated_specs(), prose_mutated_specs()))
@_settings(40)
def test_render_docx_survives_mutations(text: str) -> None:
    _render(text, "docx")


@pytest.mark.slow
@given(text=prose_mutated_specs())
@_settings(4)
def test_render_pdf_survives_mutations(text: str) -> None:
    _render(text, "pdf")
