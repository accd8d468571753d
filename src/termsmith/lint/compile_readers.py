"""``python -m termsmith.lint.compile_readers``: compile the lint's readers with mypyc into
termsmith's cache (see :mod:`termsmith.lint.compiled`); exit 1, readers left pure Python, when it cannot."""

from __future__ import annotations

import sys

from termsmith.lint.compiled import main

if __name__ == "__main__":
    sys.exit(main())
