"""L: lint's own input handling (termsmith/lint/runner.py)."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

document(
    DiagnosticCode(
        "L001",
        "unreadable-lint-input",
        Severity.ERROR,
        "file cannot be read as UTF-8 text",
        what="Flags a prose file (.md, .markdown, .txt) given to `termsmith lint` that is not UTF-8 or cannot "
        "be read. YAML files are read by the loader instead and report Y codes.",
        why="Vague-language rules match words; text decoded with a guessed encoding would match nothing and "
        "report a clean file that was never checked.",
        example="termsmith lint notes-gbk.txt     # saved as GBK",
        instead="iconv -f GBK -t UTF-8 notes-gbk.txt > notes.txt && termsmith lint notes.txt",
        emitted_by="termsmith lint",
    ),
)
