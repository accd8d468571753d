"""termsmith.api: the one pipeline under the CLI and the web app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from termsmith import api
from tests.serve.conftest import SAMPLE


def test_check_spec_of_unsaved_text_names_the_file_and_its_lines(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("kind: mini-program", "kind: mini-programme")
    gate = api.check_spec(tmp_path / "deal.yaml", text)  # the file need not exist
    assert gate.blocked
    wrong = [d for d in gate.diagnostics if d.code == "S104"]
    assert [(d.file, d.line) for d in wrong] == [
        (str(tmp_path / "deal.yaml"), text[: text.index("mini-programme")].count("\n") + 1)
    ]
    assert gate.sources[str(tmp_path / "deal.yaml")] == text.splitlines()


def test_produce_returns_named_bytes_and_never_raises(tmp_path: Path) -> None:
    done = api.produce(SAMPLE, "quote", ["html"], lang="zh-Hans")
    assert not done.failed and list(done.files) == ["fuel-station-miniprogram.quote.zh-Hans.html"]
    assert b"<html" in done.files["fuel-station-miniprogram.quote.zh-Hans.html"][:200].lower()
    # the sample is written in zh-Hans only: an English quote is refused (X010), not printed in Chinese
    english = api.produce(SAMPLE, "quote", ["html"], lang="en")
    assert english.failed and not english.files and "X010" in {d.code for d in english.diagnostics}
    broken = api.produce(tmp_path / "x.yaml", "agreement", ["docx"], text="apiVersion: [\n")
    assert broken.failed and not broken.files and broken.diagnostics[0].file == str(tmp_path / "x.yaml")


def test_languages_for_bilingual_puts_the_prevailing_language_first() -> None:
    gate = api.check_spec(SAMPLE)
    assert api.languages_for(gate.document.spec, None) == ("zh-Hans",)
    assert api.languages_for(gate.document.spec, "bilingual") == ("zh-Hans", "en")
    assert api.languages_for(gate.document.spec, "en") == ("en",)


def test_check_report_and_its_formats() -> None:
    report = api.check_report([SAMPLE], "strict", "zh-Hans")
    assert report.results[0].vendor == "云帆软件"
    assert api.format_report(report, "md").startswith("#")
    assert "<html" in api.format_report(report, "html").lower()


def test_importing_and_checking_imports_no_renderer() -> None:
    code = (
        "import sys; from termsmith import api; api.check_spec(sys.argv[1]); "
        "bad = [m for m in ('docx', 'weasyprint', 'termsmith.rendering.docx_renderer', "
        "'termsmith.rendering.pdf_renderer', 'starlette') if m in sys.modules]; print(bad)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
