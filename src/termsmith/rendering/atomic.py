"""Kept for callers of the old name: atomic writes live in :mod:`termsmith.atomic`,
which ``lint`` and ``check`` use too without importing the renderers."""

from __future__ import annotations

from termsmith.atomic import atomic_output, write_atomic

__all__ = ["atomic_output", "write_atomic"]
