"""Typst in a process of its own, for a one-shot command (``termsmith render`` run once).

Building a ``typst.Compiler`` reads the theme's font files (~40 ms) in native code that
*holds* the GIL, so on a thread (``typst_renderer.prewarm``) it stops the main thread
that is importing, validating and assembling for as long. A cold render has nothing else
for the second core to do: started before any spec is read, this worker builds its
compiler and loads the faces there, while the command works on the first core; the
command hands it each finished Document's files and reads back the PDF.

The worker is an accelerator, never the only way: it serves only documents the theme's
faces surely draw (the same test that picks the "theme" compiler in-process), and when it
cannot be started, has died, or reports a Typst error, :func:`typeset` answers None and
the caller typesets in-process as before — where a real error is raised and reported.
The worker uses the same ``typst`` and gets the same files, so the PDF is the same bytes.

Protocol (the child's stdin and stdout): one JSON line per job, the keyword arguments of
``Compiler.compile``; the answer is ``K`` or ``E``, the payload's length as 8 bytes big-endian,
then the payload (the PDF, or the error text). The child exits at the end of its input, so
a command that ends, by any path, ends its worker too.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

_HEADER = 9  # status byte + 8-byte length

_lock = threading.Lock()
_worker: subprocess.Popen[bytes] | None = None


def start(languages: tuple[str, ...]) -> None:
    """Start the worker for documents in ``languages`` (no-op when one runs; a failure to
    start only means typesetting in-process)."""
    global _worker
    with _lock:
        if _worker is not None:
            return
        package_parent = str(Path(__file__).resolve().parents[2])  # the termsmith this process runs
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        try:
            _worker = subprocess.Popen(
                [sys.executable, "-m", "termsmith.rendering.typst_worker", *languages],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError:
            _worker = None


def running() -> bool:
    return _worker is not None


def typeset(job: dict[str, Any]) -> bytes | None:
    """The PDF of ``job`` (``Compiler.compile``'s keyword arguments) typeset by the worker,
    or None: no worker, a dead one, or a Typst error (the caller then typesets in-process)."""
    global _worker
    with _lock:
        worker = _worker
        if worker is None or worker.stdin is None or worker.stdout is None:
            return None
        try:
            worker.stdin.write(json.dumps(job).encode("utf-8") + b"\n")
            worker.stdin.flush()
            status, payload = _read_answer(worker.stdout)
        except (OSError, ValueError):  # it died (a broken pipe, a short answer): never ask it again
            _worker = None
            _close(worker)
            return None
    return payload if status == b"K" else None


def stop() -> None:
    """End the worker: it exits when its input ends (not waited for; nothing it holds is ours)."""
    global _worker
    with _lock:
        worker, _worker = _worker, None
    if worker is not None:
        _close(worker)


def _close(worker: subprocess.Popen[bytes]) -> None:
    for stream in (worker.stdin, worker.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):  # its end of the pipe is already gone
                stream.close()


def _read_answer(stream: IO[bytes]) -> tuple[bytes, bytes]:
    header = stream.read(_HEADER)
    if len(header) != _HEADER or header[:1] not in (b"K", b"E"):
        raise ValueError("the Typst worker ended")
    size = int.from_bytes(header[1:], "big")
    payload = stream.read(size)
    if len(payload) != size:
        raise ValueError("the Typst worker ended")
    return header[:1], payload


def _answer(stream: IO[bytes], status: bytes, payload: bytes) -> None:
    stream.write(status + len(payload).to_bytes(8, "big") + payload)
    stream.flush()


def serve(compiler: Any, requests: IO[bytes], answers: IO[bytes]) -> None:
    """Typeset each job read from ``requests`` until it ends."""
    for line in requests:
        try:
            pdf = bytes(compiler.compile(**json.loads(line)))
        except Exception as exc:  # reported as "E"; the caller typesets in-process and reports it
            _answer(answers, b"E", str(exc).encode("utf-8", "replace"))
        else:
            _answer(answers, b"K", pdf)


def main(languages: list[str]) -> None:
    from termsmith.rendering import typst_renderer
    from termsmith.rendering.theme import load_theme

    compiler = typst_renderer.new_compiler("theme")
    compiler.compile(input=typst_renderer.font_sampler(load_theme(), tuple(languages)), format="pdf")
    serve(compiler, sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    with contextlib.suppress(Exception):  # the parent sees the end of our output and typesets in-process
        main(sys.argv[1:])
        sys.stdout.flush()
    os._exit(0)  # nothing to tear down: skip unloading the modules
