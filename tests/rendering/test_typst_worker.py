"""The Typst worker process of a one-shot ``render``: the same PDF, and never the only way."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from render_documents import agreement

from termsmith.cli import main
from termsmith.rendering import finish_pdf, prepare_pdf, render_pdf, typst_worker

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "retail-app-maintenance.bilingual.yaml"


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records, for every job the worker is asked for, whether it answered with a PDF."""
    answers: list[bool] = []
    real = typst_worker.typeset

    def recording(job: dict[str, object]) -> bytes | None:
        pdf = real(job)
        answers.append(pdf is not None)
        return pdf

    monkeypatch.setattr(typst_worker, "typeset", recording)
    return answers


def _render(out: Path, *formats: str, pdfa: bool = False) -> bytes:
    extra = ["--pdfa"] if pdfa else []
    assert main(["render", str(SAMPLE), "--format", ",".join(formats), *extra, "-o", str(out)]) == 0
    (pdf,) = out.glob("*.pdf")
    return pdf.read_bytes()


@pytest.mark.parametrize("pdfa", [False, True])
def test_render_typesets_in_the_worker_the_same_bytes_as_in_process(
    tmp_path: Path, served: list[bool], monkeypatch: pytest.MonkeyPatch, pdfa: bool
) -> None:
    """The worker gets the same files (with --pdfa, the spec attached as well) and gives the same PDF."""
    by_worker = _render(tmp_path / "worker", "pdf", pdfa=pdfa)
    assert served == [True]  # the worker typeset it
    assert not typst_worker.running()  # and the command ended it
    monkeypatch.setattr(typst_worker, "start", lambda languages: None)  # no worker: in-process, as before
    in_process = _render(tmp_path / "in-process", "pdf", pdfa=pdfa)
    assert served == [True, False]
    assert by_worker == in_process
    assert by_worker.startswith(b"%PDF")


def test_a_pdf_alongside_a_docx_is_typeset_by_the_worker_too(tmp_path: Path, served: list[bool]) -> None:
    assert _render(tmp_path, "docx", "pdf").startswith(b"%PDF")
    assert served == [True]
    assert len(list(tmp_path.glob("*.docx"))) == 1


def test_a_dead_worker_means_typesetting_in_process() -> None:
    doc = agreement("zh-Hant")
    expected = render_pdf(doc, engine="typst")
    prepare_pdf(("zh-Hant",), "typst", separate_process=True)
    try:
        worker = typst_worker._worker
        assert worker is not None
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
        assert render_pdf(doc, engine="typst") == expected
        assert not typst_worker.running()  # it is not asked again
    finally:
        finish_pdf()


def test_a_worker_that_cannot_start_means_typesetting_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    prepare_pdf(("en",), "typst", separate_process=True)
    try:
        assert not typst_worker.running()
        assert render_pdf(agreement("en"), engine="typst").startswith(b"%PDF")
    finally:
        finish_pdf()


def test_a_typst_error_is_answered_as_an_error_not_a_pdf() -> None:
    class Failing:
        def compile(self, **job: object) -> bytes:
            raise RuntimeError(f"error: unknown variable: {job['input']}")

    answers = io.BytesIO()
    read, write = os.pipe()
    os.write(write, b'{"input": "main.typ"}\n')
    os.close(write)
    typst_worker.serve(Failing(), read, answers, warm=[])
    os.close(read)
    answers.seek(0)
    assert typst_worker._read_answer(answers) == (b"E", b"error: unknown variable: main.typ")


def test_the_worker_ends_with_the_command() -> None:
    """A command that ends by any path (here os._exit, as the console entry point does)
    ends its worker: the worker's input ends, and it exits."""
    code = (
        "import os, sys; from termsmith.rendering import prepare_pdf, typst_worker;"
        "prepare_pdf(('en',), 'typst', separate_process=True);"
        "print(typst_worker._worker.pid, flush=True); os._exit(0)"
    )
    pid = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended; only its parent may reap it


def test_a_folder_named_like_a_module_where_the_command_runs_is_not_imported_by_the_worker(tmp_path: Path) -> None:
    """The worker is a Python process of its own: a ``typst.py`` in the folder the user runs
    termsmith in must not be imported in place of the real compiler (nor run)."""
    (tmp_path / "typst.py").write_text("raise SystemExit('the wrong typst was imported')\n")
    (tmp_path / "termsmith").mkdir()  # an unrelated folder of the user's with the same name
    code = (
        "import sys; from termsmith.rendering import prepare_pdf, typst_worker, render_pdf;"
        "sys.path.insert(0, sys.argv[1]); from render_documents import agreement;"
        "prepare_pdf(('en',), 'typst', separate_process=True);"
        "real = typst_worker.typeset; answers = [];"
        "typst_worker.typeset = lambda job: answers.append(real(job)) or answers[-1];"
        "pdf = render_pdf(agreement('en'), engine='typst');"
        "print(answers[0] is not None and answers[0] == pdf)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "tests" / "rendering")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.stdout.strip() == "True", done.stderr
