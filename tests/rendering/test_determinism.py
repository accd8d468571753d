"""The same Document gives byte-identical DOCX and PDF in separate processes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"

SCRIPT = """
import hashlib, os, sys
from render_documents import agreement
from termsmith.rendering import render_docx, render_pdf
if os.environ.get("WARM_UP_WITH"):  # state left by an earlier render must not leak into the next
    render_pdf(agreement(os.environ["WARM_UP_WITH"]))
    render_docx(agreement(os.environ["WARM_UP_WITH"]))
doc = agreement(sys.argv[1])
print(hashlib.sha256(render_docx(doc)).hexdigest())
print(hashlib.sha256(render_pdf(doc)).hexdigest())
print(hashlib.sha256(render_pdf(doc, pdfa=True)).hexdigest())
"""


def _digests(lang: str, env_extra: dict[str, str]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(SRC)]), **env_extra}
    out = subprocess.run([sys.executable, "-c", SCRIPT, lang], capture_output=True, text=True, env=env, check=True)
    return out.stdout.split()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh-Hans", "bilingual"])
def test_byte_identical_across_processes(lang: str) -> None:
    # different hash seeds, time zones and clock-derived state: none may leak into the bytes
    first = _digests(lang, {"PYTHONHASHSEED": "1", "TZ": "UTC"})
    second = _digests(lang, {"PYTHONHASHSEED": "2", "TZ": "Asia/Shanghai", "WARM_UP_WITH": "zh-Hant"})
    assert len(first) == 3
    assert first == second


def test_docx_identical_within_a_process() -> None:
    from render_documents import agreement

    from termsmith.rendering import render_docx

    doc = agreement("zh-Hant")
    assert hashlib.sha256(render_docx(doc)).digest() == hashlib.sha256(render_docx(doc)).digest()


def test_different_documents_give_different_bytes() -> None:
    from render_documents import agreement

    from termsmith.rendering import render_docx

    assert render_docx(agreement("zh-Hans")) != render_docx(agreement("zh-Hant"))


def test_dates_come_from_the_document_and_source_date_epoch_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from render_documents import agreement

    from termsmith.rendering.determinism import document_timestamp, source_date_epoch

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert source_date_epoch() == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not-a-number")
    assert source_date_epoch() is None
    assert document_timestamp(agreement("en")) == datetime(2025, 3, 1, tzinfo=UTC)
