"""Structural rules: weak or missing commitments in a validated service spec.

Importing this package registers every structural rule (one module per area).
The rule modules never import the spec model at import time, so listing the
rules stays fast.
"""

from __future__ import annotations

from termsmith.lint.rules.structural.base import load_all, structural_diagnostics

load_all()

__all__ = ["structural_diagnostics"]
