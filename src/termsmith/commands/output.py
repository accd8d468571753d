"""Where a command's report goes: ``-o FILE`` (written atomically) or standard output."""

from __future__ import annotations

import os
import sys


def emit(text: str, output: str | os.PathLike[str] | None, prog: str = "termsmith") -> bool:
    """Write ``text`` to ``output`` atomically, or to stdout when there is none.

    False, with the reason on stderr, when the file cannot be written (the caller exits 2).
    """
    if not output:
        sys.stdout.write(text)
        return True
    from termsmith.atomic import write_atomic

    try:
        write_atomic(output, text.encode("utf-8"))
    except OSError as exc:
        sys.stderr.write(f"{prog}: error: cannot write {output}: {exc.strerror or exc}\n")
        return False
    return True
