"""Does a change to the lint code change what its commands print? Record their output, compare later.

    git archive <base> | tar -x -C /tmp/old                                           # a whole tree: offers/ is read beside src
    .venv/bin/python bench/lint_equivalence_cli.py --record /tmp/before.json --src /tmp/old/src
    .venv/bin/python bench/lint_equivalence_cli.py --check /tmp/before.json              # this checkout's src

The companion of ``bench/lint_equivalence.py`` (which compares every finding of ``lint_text``
on the corpora, sentence by sentence and whole): this one runs, with ``PYTHONPATH=<src>``,
what a user and the quality reports see — ``termsmith lint --format json`` on ``samples/``,
on every ``.md`` and ``.yaml`` of the team's docs, on the clause library (``--library``, against every sample), and
``bench/eval_lint_realtext.py --split all`` and ``--documents`` (figures only) — and compares
their exit codes and output, byte for byte, once the path of ``src``'s checkout (where the
bundled offers are found) is cut from the file names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lint_equivalence import record_or_check  # (bench/, the script's folder, is on sys.path)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "samples").glob("*.yaml")
)  # (the library's default is src's)
COMMANDS: dict[str, list[str]] = {
    "lint samples": ["-m", "termsmith", "lint", "--format", "json", "samples"],
    "lint docs": ["-m", "termsmith", "lint", "--format", "json", "docs"],
    "lint library": ["-m", "termsmith", "lint", "--format", "json", "--library", ".", *SAMPLES],
    "eval realtext all": ["bench/eval_lint_realtext.py", "--split", "all"],
    "eval realtext documents": ["bench/eval_lint_realtext.py", "--split", "all", "--documents"],
}


def _run(src: Path) -> dict[str, dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), "PYTHONDONTWRITEBYTECODE": "1"}
    out: dict[str, dict[str, object]] = {}
    for label, args in COMMANDS.items():
        done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        # files the code finds beside its src (the bundled offers) are named by their path there
        stdout = done.stdout.replace(f"{src.resolve().parent}{os.sep}", "")
        out[label] = {"rc": done.returncode, "stdout": stdout, "lines": stdout.count("\n") + 1}
    return out


def main() -> int:
    args = record_or_check(__doc__, "every command's output")
    now = _run(args.src)
    for label, row in now.items():
        print(f"{label}: exit {row['rc']}, {row['lines']} lines")
    if args.record:
        args.record.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    differ = [label for label in COMMANDS if before.get(label) != now[label]]
    for label in differ:
        print(f"{label}: differs")
    print("identical" if not differ else f"{len(differ)} command(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
