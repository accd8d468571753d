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

It loads the faces of every language, one at a time, while no job waits; the command
tells it which languages its document has as soon as it knows (``warm``), and then it
loads those faces only (each CJK face ~20 ms; Simplified Chinese and English share theirs).

Protocol (the child's stdin and stdout): one JSON line per message, either
``{"warm": [languages]}`` (no answer) or a job, the keyword arguments of
``Compiler.compile``; a job's answer is ``K`` or ``E``, the payload's length as 8 bytes
big-endian, then the payload (the PDF, or the error text). The child exits at the end of
its input, so a command that ends, by any path, ends its worker too.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
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
        try:  # -P: no folder of the user's goes first on the worker's import path (a "typst.py" there)
            _worker = subprocess.Popen(
                [sys.executable, "-P", "-m", "termsmith.rendering.typst_worker", *languages],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=package_parent,
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


def warm(languages: tuple[str, ...]) -> None:
    """Tell the worker the next document's languages: it loads their faces, and no others (no answer)."""
    global _worker
    with _lock:
        worker = _worker
        if worker is None or worker.stdin is None:
            return
        try:
            worker.stdin.write(json.dumps({"warm": list(languages)}).encode("utf-8") + b"\n")
            worker.stdin.flush()
        except OSError:  # it died: never ask it again
            _worker = None
            _close(worker)


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


def serve(compiler: Any, requests: int, answers: IO[bytes], warm: list[bytes]) -> None:
    """Typeset each job read from the file descriptor ``requests`` until it ends, loading the
    faces of ``warm`` (``typst_setup.face_samples``) one by one while no job waits; a
    ``{"warm": [languages]}`` line (the next document's) replaces what is left to load with
    those languages' faces: another language's faces would only keep the worker busy
    when the job comes (a document loads any face it needs itself)."""
    lines = _Lines(requests)
    pending = list(warm)
    loaded: set[bytes] = set()
    while True:
        if pending and not lines.ready():
            face = pending.pop(0)
            with contextlib.suppress(Exception):  # only a head start: the job loads what it needs
                compiler.compile(input=face, format="pdf")
            loaded.add(face)
            continue
        line = lines.next()
        if line is None:
            return
        message = json.loads(line)
        if "warm" in message:  # the command's next document: its faces, and no others
            pending = [face for face in _faces(message["warm"]) if face not in loaded]
            continue
        try:
            pdf = bytes(compiler.compile(**message))
        except Exception as exc:  # reported as "E"; the caller typesets in-process and reports it
            _answer(answers, b"E", str(exc).encode("utf-8", "replace"))
        else:
            _answer(answers, b"K", pdf)


class _Lines:
    """Lines of a file descriptor, with a way to ask, without waiting, whether one is there."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = b""
        self._ended = False

    def ready(self) -> bool:
        return b"\n" in self._buffer or self._ended or bool(select.select([self._fd], [], [], 0)[0])

    def next(self) -> bytes | None:
        """The next line (blocking), or None at the end."""
        while b"\n" not in self._buffer and not self._ended:
            chunk = os.read(self._fd, 65536)
            self._ended = not chunk
            self._buffer += chunk
        if b"\n" not in self._buffer:
            return None
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line


def _faces(languages: list[str]) -> list[bytes]:
    from termsmith.rendering.theme import load_theme
    from termsmith.rendering.typst_setup import face_samples

    return face_samples(load_theme(), tuple(languages))


def main(languages: list[str]) -> None:
    from termsmith import codegen_cache

    codegen_cache.install()  # the methods of the Document's dataclasses, as the command stored them (not saved here)
    from termsmith.rendering.typst_setup import new_compiler  # not the renderer: the layout is the command's

    compiler = new_compiler("theme")
    serve(compiler, sys.stdin.fileno(), sys.stdout.buffer, _faces(languages))


if __name__ == "__main__":
    with contextlib.suppress(Exception):  # the parent sees the end of our output and typesets in-process
        main(sys.argv[1:])
        sys.stdout.flush()
    os._exit(0)  # nothing to tear down: skip unloading the modules
