"""`termsmith validate` starts fast: it never imports the renderers or their libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
BROKEN = Path(__file__).resolve().parent / "broken" / "28-unknown-field-typo-required.yaml"

# Rendering and templating libraries, and termsmith's own heavy packages.
FORBIDDEN = (
    "docx",
    "weasyprint",
    "jinja2",
    "lxml",
    "fontTools",
    "pydyf",
    "tinycss2",
    "cssselect2",
    "PIL",
    "termsmith.rendering",
    "termsmith.assembly",
    "termsmith.library",
    "termsmith.lint",
)

_PROBE = """
import io, json, sys, contextlib
from termsmith.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["validate", *sys.argv[1:]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(*files: Path) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, files)], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["code"], result["modules"]


def _forbidden(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]


def test_valid_spec_imports_no_renderer() -> None:
    code, modules = _modules_after(SAMPLE)
    assert code == 0
    assert "termsmith.spec.model" in modules  # the probe really validated
    assert _forbidden(modules) == []


def test_invalid_spec_imports_no_renderer() -> None:
    code, modules = _modules_after(BROKEN)
    assert code == 1
    assert _forbidden(modules) == []


def test_importtime_shows_no_renderer() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "termsmith", "validate", str(SAMPLE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert "termsmith.validation" in imported
    assert _forbidden(imported) == []
