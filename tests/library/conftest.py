"""Fixtures for the clause-library tests (helpers live in library_support)."""

from __future__ import annotations

from library_support import minimal_text, overlay  # noqa: F401  (fixtures)
