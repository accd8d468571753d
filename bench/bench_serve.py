"""Round-trip benchmark of ``termsmith serve``: the editor's validate+lint, and the HTML preview.

Run by hand (never as a timed assertion inside the tests):

    .venv/bin/python bench/bench_serve.py                  # 30 round trips each on the fuel-station sample
    .venv/bin/python bench/bench_serve.py --runs 50 --sample samples/retail-app-maintenance.bilingual.yaml

It starts the real ``termsmith serve`` on a free port over a temporary workspace
holding the sample, and times whole HTTP round trips from this process:

- ``POST /diagnose`` with the editor's (unsaved) text, every request a little
  different so nothing is answered from a cache of the text — what a keystroke
  costs after the debounce. Target: median under 150 ms warm.
- ``GET /document`` — the agreement assembled and rendered as HTML for the
  preview frame. Target: median under 1 s warm.

The first request of each kind is reported separately as "cold" (it builds the
lint lexicon, compiles the clause library and loads the templates); the
medians are over the warm requests that follow.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"diagnose": 0.150, "preview": 1.0}


def venv_python() -> Path:
    candidate = ROOT / ".venv" / "bin" / "python"
    return candidate if candidate.exists() else Path(sys.executable)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request(
    port: int, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes, float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    return response.status, data, elapsed


def wait_listening(port: int) -> None:
    for _ in range(200):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit("termsmith serve did not start")


def line(label: str, cold: float, warm: list[float], target: float) -> None:
    median = statistics.median(warm)
    p90 = sorted(warm)[max(0, int(len(warm) * 0.9) - 1)]
    verdict = "within" if median < target else "OVER"
    print(
        f"{label:<28} cold {cold * 1000:7.1f} ms   warm median {median * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms"
        f"   ({len(warm)} runs; target {target * 1000:.0f} ms: {verdict})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--sample", type=Path, default=ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml")
    args = parser.parse_args()
    workspace = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    rel = args.sample.name
    shutil.copy(args.sample, workspace / rel)
    port = free_port()
    proc = subprocess.Popen(
        [str(venv_python()), "-m", "termsmith", "serve", "--workspace", str(workspace), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_listening(port)
        status, page, _ = request(port, "GET", "/")
        token = re.search(rb'"X-CSRF-Token": "([^"]+)"', page)
        if status != 200 or token is None:
            raise SystemExit(f"GET / answered {status} without a CSRF token")
        headers = {"x-csrf-token": token.group(1).decode(), "content-type": "application/x-www-form-urlencoded"}
        text = (workspace / rel).read_text(encoding="utf-8")
        path = "/diagnose/" + urllib.parse.quote(rel)
        times = []
        for i in range(args.runs + 1):
            body = urllib.parse.urlencode({"text": f"{text}# edit {i}\n"}).encode()
            status, data, elapsed = request(port, "POST", path, body, headers)
            if status != 200 or (b"diag" not in data and b"clean" not in data):
                raise SystemExit(f"POST {path} answered {status}")
            times.append(elapsed)
        print(
            f"termsmith serve on {rel} ({len(text.splitlines())} lines), load average "
            f"{os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs"
        )
        line("validate+lint (/diagnose)", times[0], times[1:], TARGETS["diagnose"])
        preview = "/document/" + urllib.parse.quote(rel)
        times = []
        for _ in range(max(3, args.runs // 3) + 1):
            status, data, elapsed = request(port, "GET", preview)
            if status != 200 or b"<html" not in data[:200].lower():
                raise SystemExit(f"GET {preview} answered {status}")
            times.append(elapsed)
        line("HTML preview (/document)", times[0], times[1:], TARGETS["preview"])
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(workspace, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
