"""The lint engine: a registry of rules (language and structural), config, suppression.

``lint_text(text, file, lang_hint=None)`` lints any prose; ``lint_paths`` lints
files as ``termsmith lint`` does. Rule documentation: ``termsmith rule CODE``.
The readers run compiled when a build for their source is in the cache
(:mod:`termsmith.lint.compiled`), else as Python.
"""

from __future__ import annotations

from termsmith.lint.compiled import install

install()  # before any reader is imported

from termsmith.lint.runner import FileReport, lint_file, lint_paths, lint_text  # noqa: E402

__all__ = ["FileReport", "lint_file", "lint_paths", "lint_text"]
