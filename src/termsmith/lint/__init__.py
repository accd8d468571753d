"""The lint engine: a registry of rules (language and structural), config, suppression.

``lint_text(text, file, lang_hint=None)`` lints any prose; ``lint_paths`` lints
files as ``termsmith lint`` does. Rule documentation: ``termsmith rule CODE``.
"""

from __future__ import annotations

from termsmith.lint.runner import FileReport, lint_file, lint_paths, lint_text

__all__ = ["FileReport", "lint_file", "lint_paths", "lint_text"]
