"""Output formats for diagnostics: text (ruff/rustc style), JSON, and more."""
