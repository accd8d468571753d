"""Compiled clause templates kept on disk, so a cold ``render`` does not recompile the library.

Compiling the ~36 clauses of an agreement (parse, meter, generate Python, ``compile``)
takes 180–330 ms, more than Typst needs to typeset the whole PDF. Jinja's own
``FileSystemBytecodeCache`` stores each compiled template as marshalled code, keyed by
the template's name and checked against a hash of its source; this module only decides
where it lives and what else the key must cover:

- the directory: the sub-folder ``clauses`` of termsmith's cache (``cache_folder``:
  ``$TERMSMITH_CACHE_DIR``, else ``~/.cache/termsmith``; ``TERMSMITH_CACHE_DIR=off``
  turns it off);
- the key: besides the clause file, its language and its source (Jinja's checksum),
  the *compiler* — Jinja's version and the source of termsmith's sandbox and work
  budget, which rewrite every template before it is compiled — so a termsmith upgrade
  never runs code compiled by an older sandbox.

A cache is only an optimisation: a directory that cannot be created or written, or a
damaged file, means compiling as before, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
from functools import cache
from pathlib import Path

import jinja2
from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from termsmith.cache_folder import cache_folder


@cache
def compiler_id() -> str:
    """What the compiled code depends on besides the clause's own text."""
    from termsmith.library import budget, sandbox

    digest = hashlib.sha256(jinja2.__version__.encode())
    for module in (sandbox, budget):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path | None:
    """Where compiled clauses are kept, or None when the cache is off."""
    return cache_folder("clauses")


class ClauseBytecodeCache(FileSystemBytecodeCache):
    """Jinja's file cache with the compiler in the key and write failures ignored."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha256(f"{compiler_id()}\0{name}".encode()).hexdigest()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # a full disk or read-only cache only costs the next run a compile
            super().dump_bytecode(bucket)

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()


@cache
def bytecode_cache() -> BytecodeCache | None:
    """The process's clause cache, or None when it is off or its folder cannot be made."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return ClauseBytecodeCache(str(folder), pattern="%s.jinja")
