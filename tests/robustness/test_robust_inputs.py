"""Inputs that are not what a spec should be end quickly with a clear, positioned message.

Issue 11: /dev/zero and /dev/urandom (defect 3), a FIFO (defect 4), control characters
(defect 5), Python reprs in messages (defect 6), and the "Also" list: lint on a checklist,
walking folders, a Word document, UTF-16."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from robust_support import EN_SAMPLE, ROOT, run_cli, sample_text

from termsmith.input_files import InputFileError, read_input


# ---------------------------------------------------------------- defect 3: unbounded reads
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("command", ["validate", "lint", "render"])
def test_endless_devices_are_refused_without_reading(device: str, command: str, tmp_path: Path) -> None:
    if not os.path.exists(device):
        pytest.fail(f"{device} is missing on this machine")
    extra = ["-o", str(tmp_path)] if command == "render" else []
    code, out, err = run_cli(command, device, *extra)
    assert code == 1
    assert "character device, not a regular file" in out + err
    assert "Traceback" not in out + err and "MemoryError" not in out + err


def test_a_regular_file_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * 10_000)
    assert read_input(big, 10_000) == b"a" * 10_000
    with pytest.raises(InputFileError) as info:
        read_input(big, 9_999)
    assert info.value.too_large == 10_000 and "10,000 bytes" in str(info.value)


def test_oversized_spec_says_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# padding\n" * 600_000)
    code, out, _ = run_cli("validate", str(big))
    assert code == 1 and "Y008" in out and "6,000,000 bytes" in out


# ---------------------------------------------------------------- defect 4: FIFOs
@pytest.mark.parametrize("command", ["validate", "lint", "render", "check"])
def test_a_fifo_is_refused_and_nothing_blocks(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)
    result: dict[str, tuple[int, str, str]] = {}
    extra = ["-o", str(tmp_path / "out")] if command == "render" else []
    worker = threading.Thread(target=lambda: result.setdefault("r", run_cli(command, str(fifo), *extra)), daemon=True)
    worker.start()
    worker.join(60)
    if worker.is_alive():  # unblock the reader so the suite goes on, then fail
        with open(fifo, "wb", buffering=0):
            pass
        pytest.fail(f"termsmith {command} blocked on a FIFO")
    code, out, err = result["r"]
    assert code == 1 and "named pipe (FIFO), not a regular file" in out + err


# ---------------------------------------------------------------- defect 5: control characters
def test_control_character_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    lines = sample_text().splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("  title:"))
    lines[index] = '  title: "Order\x07 Management"'
    spec = tmp_path / "bell.yaml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run_cli("validate", str(spec))
    assert code == 1
    col = len('  title: "Order') + 1
    assert f"bell.yaml:{index + 1}:{col}: error[Y012]" in out
    assert "U+0007" in out and "remove the character" in out and "\\u0007" in out
    assert "\x07" not in out  # the snippet shows the character, it does not ring the bell
    assert "position" not in out


def test_escape_sequence_in_a_snippet_is_not_sent_to_the_terminal(tmp_path: Path) -> None:
    spec = tmp_path / "esc.yaml"
    spec.write_text("apiVersion: termsmith/v1\nkind: ServiceSpec\nmetadata: {name: \x1b[2Jx}\n", encoding="utf-8")
    code, out, _ = run_cli("validate", str(spec))
    assert code == 1 and "esc.yaml:3:18: error[Y012]" in out and "\x1b" not in out


# ---------------------------------------------------------------- defect 6: Python reprs
def _replace_line(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("apiVersion: termsmith/v1", "apiVersion: 1.5", "unsupported apiVersion 1.5;"),
        ("        period: month", "        period: 3.50", "3.50 is not an allowed value"),
        ("      clock: 24x7", "      clock: 3.5", "3.5 is not text"),
        ("      clock: 24x7", "      clock: true", "true is not text"),
    ],
)
def test_values_are_shown_as_written_not_as_python_reprs(tmp_path: Path, old: str, new: str, expected: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_replace_line(sample_text(), old, new), encoding="utf-8")
    code, out, _ = run_cli("validate", str(spec))
    assert code == 1 and expected in out, out
    assert "Decimal(" not in out and "True" not in out


def test_huge_value_is_cut_in_the_message(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        _replace_line(sample_text(), "        period: month", "        period: " + "m" * 50_000), encoding="utf-8"
    )
    code, out, _ = run_cli("validate", "--format", "json", str(spec))
    [d] = json.loads(out)["diagnostics"]
    assert code == 1 and len(d["message"]) < 200 and "…" in d["message"]


# ---------------------------------------------------------------- also: lint on a checklist
def test_lint_on_a_checklist_does_not_crash() -> None:
    code, out, err = run_cli("lint", str(ROOT / "checklists" / "strict.yaml"))
    assert code in (0, 1) and "internal error" not in err and "AttributeError" not in err
    assert ("strict.yaml" in out and "Found" in out) or "All checks passed" in out


# ---------------------------------------------------------------- also: walking folders
def test_walking_a_folder_skips_tool_folders_and_foreign_yaml(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "offer.yaml").write_text(sample_text(), encoding="utf-8")
    for hidden in (".venv/lib", ".git", "node_modules/pkg", "env"):
        (tmp_path / hidden).mkdir(parents=True, exist_ok=True)
        (tmp_path / hidden / "bad.yaml").write_text("apiVersion: termsmith/v1\nkind: Nope\n", encoding="utf-8")
    (tmp_path / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / "ci.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    code, out, _ = run_cli("validate", str(tmp_path))
    assert code == 0 and "All checks passed: 1 file" in out, out
    # a YAML file named explicitly is still checked
    code, out, _ = run_cli("validate", str(tmp_path / "ci.yml"))
    assert code == 1 and "S002" in out


# ---------------------------------------------------------------- also: Word files and UTF-16
def test_a_word_document_is_named_and_extract_suggested(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "vendor.docx"
    word = docx.Document()
    word.add_paragraph("乙方应及时响应。")
    word.save(str(path))
    code, out, _ = run_cli("validate", str(path))
    assert code == 1 and "error[Y013]" in out and "Word document" in out and "termsmith extract" in out
    assert "PK\x03\x04" not in out and "\x00" not in out and " | " not in out  # no binary snippet


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16", "UTF-16 little-endian"), ("utf-16-le", "UTF-16 little-endian"), ("utf-16-be", "UTF-16 big-endian")],
)
def test_utf16_names_the_encoding(tmp_path: Path, encoding: str, name: str) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(sample_text().encode(encoding))
    code, out, _ = run_cli("validate", str(path))
    assert code == 1 and f"encoded as {name}, not UTF-8" in out and "NUL byte" not in out
    assert "save the file as UTF-8" in out


def test_binary_junk_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "junk.yaml"
    path.write_bytes(b"a: 1\n\x00\x01\x02\x03\xff" * 10)
    code, out, _ = run_cli("validate", str(path))
    assert code == 1 and "Y006" in out and "\x00" not in out


def test_sample_still_validates() -> None:
    assert run_cli("validate", str(EN_SAMPLE))[0] == 0


@pytest.mark.parametrize("kind", ["[]", "{a: 1}", "3.5"])
def test_checklist_assertion_kind_that_is_not_text(tmp_path: Path, kind: str) -> None:
    """Found by the fuzzer: ``kind: []`` crashed validation with "unhashable type: 'list'"."""
    text = (ROOT / "checklists" / "after-sales-standard.yaml").read_text(encoding="utf-8")
    path = tmp_path / "checklist.yaml"
    path.write_text(text.replace("      kind: contains\n", f"      kind: {kind}\n", 1), encoding="utf-8")
    for command in ("validate", "lint"):
        code, out, err = run_cli(command, str(path))
        assert code == 1 and f"error[S200] unknown assertion kind {kind}" in out, out[-500:] + err
        assert "internal error" not in err
