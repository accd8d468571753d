"""Would a change to `termsmith extract` have helped on documents it had never seen? Each collection batch of the
real-contract corpus was scored once, on the code of the day, before anyone tuned on it (its "first run"). This
script rebuilds that code for every batch (``git archive <commit> src``), applies the candidate change to it, and
scores the batch both ways with today's scorer and keys. A gain there is a gain on never-seen documents, unlike a
gain on today's code, where every batch is tuned (F1 0.93–1.00) and a general change has little left to find.

    .venv/bin/python bench/replay_first_runs.py                      # the first runs alone (reproduces the record)
    .venv/bin/python bench/replay_first_runs.py --diff change.patch  # with a change (`git diff main -- src`)
    .venv/bin/python bench/replay_first_runs.py --patcher apply.py   # a script run on each tree's root instead
    .venv/bin/python bench/replay_first_runs.py --batch 12 --batch 13 -v

A diff is applied with ``git apply -3``-free plain ``patch -p1``; the older the tree, the likelier it does not apply
(then the batch says so). A patcher script gets the tree's root (holding ``src/``) as its one argument and exits
non-zero when it cannot apply. Only the batches listed in FIRST_RUNS are scored, and only their documents whose key
is in the tune split: a held-out batch is never scored here. Today's scorer compares times by length and clock, the
scorer of sessions 1-6 by length only, so batches 3 and 5 read lower here (0.651, 0.551) than their recorded first
runs (0.775, 0.714); batches 4 and 6-34 reproduce their records.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from termsmith.extract.score import Score, score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "extract"
# the commit each batch was first scored at (bench/corpus/extract/README.md; batches 1 and 2 have no record)
FIRST_RUNS = {
    3: "11da1cf",
    4: "02e959d",
    5: "01c5d2e",
    6: "cf199c1",
    7: "9657f07",
    8: "7d18ab6",
    9: "14df0e1",
    10: "72cd354",
    11: "a596704",
    12: "73aeb56",
    13: "1196fe4",
    14: "05fcfe2",
    15: "7cb4315",
    16: "8bcdd2e",
    17: "8c1c2a1",
    18: "8dfe3ff",
    19: "0227393",
    20: "0227393",
    21: "b3d4e11",
    22: "09e8446",
    23: "e0a8a2e",
    24: "144aa79",
    25: "171677a",
    26: "6d24123",
    27: "29e3670",
    28: "29e3670",
    29: "93ed1ce",
    30: "6161cb1",
    31: "491fcd9",
    32: "9d47339",
    33: "932ee73",
    34: "7f12402",
    35: "4ee7b2b",
    36: "b712afc",
    37: "41ef112",
    38: "41ef112",
    39: "4d73f14",
    40: "4d73f14",
    41: "4d73f14",
    42: "94ec28f",
    43: "8104b0e",
    44: "8104b0e",
    45: "8104b0e",
    46: "34c151b",
    47: "34c151b",
    48: "ca2cd9a",
    49: "6b7e8c2",
    50: "6b7e8c2",
    51: "ec86ce0",
    52: "ec86ce0",
    53: "d1533a9",
    54: "d1533a9",
    55: "79eb068",
    56: "79eb068",
    57: "fb68af3",
    58: "fb68af3",
    59: "47806e4",
    60: "47806e4",
    61: "3cadbfc",
    62: "3cadbfc",
    63: "f6a1951",
    64: "f6a1951",
    65: "a4f512b",
    66: "a4f512b",
    67: "15cebc5",
    68: "15cebc5",
    69: "40c9849",
    70: "40c9849",
    71: "90e11da",
    72: "90e11da",
    73: "2c70cac",
    74: "2c70cac",
    75: "440ea21",
    76: "440ea21",
    77: "68be6a8",
    78: "68be6a8",
    79: "df7b723",
    80: "df7b723",
    81: "9fc679b",
    82: "9fc679b",
    83: "40e7160",
    84: "b0e8b30",
    85: "2bd242d",
    86: "2bd242d",
    87: "1853793",
    88: "1853793",
    89: "f6d0b87",
    90: "f6d0b87",
    91: "e127899",
    92: "e127899",
    93: "ef4ecb6",
    94: "ef4ecb6",
    95: "100c3fe",
    96: "100c3fe",
    97: "6f3759e",
    98: "6f3759e",
    99: "e965254",
    100: "e965254",
    101: "7e4c4ca",
    102: "7e4c4ca",
    103: "e140709",
    104: "e140709",
    105: "aeed27d",
    106: "aeed27d",
    107: "932f119",
    108: "932f119",
    109: "d109dcf",
    110: "d109dcf",
    111: "cb1e340",
    112: "cb1e340",
    113: "5a605de",
    114: "5a605de",
    115: "b36db99",
    116: "b36db99",
    117: "d2c1749",
    119: "1db13ab",
    120: "21bb8e8",
    121: "21bb8e8",
    122: "cee0abc",
    123: "cee0abc",
    124: "522502c",
    125: "25443d9",
    126: "fbf5941",
    127: "6003e53",
    128: "6003e53",
    129: "c26a9d4",
    130: "c26a9d4",
    131: "5e0c112",
    132: "ec715c9",
    133: "ec715c9",
    134: "3e15fbd",
    135: "3e15fbd",
    136: "16242bd",
    137: "16242bd",
    138: "d9679f5",
    139: "d9679f5",
    140: "050f726",
    141: "050f726",
    142: "5153295",
    143: "5153295",
}
# run with the old tree first on sys.path: extract each named document, print its terms as JSON
_CHILD = """
import json, sys
from pathlib import Path
from termsmith.extract.api import extract_file
out = {}
for name in sys.argv[2:]:
    out[name] = extract_file(Path(sys.argv[1]) / name)[1].terms
print(json.dumps(out))
"""


def batch_of(history: str) -> int | None:
    """The collection batch a key's history names ("batch 12 (session 10): …", "held-out in session 4 (batch 4, …")."""
    m = re.search(r"\bbatch (\d+)\b", history)
    return int(m.group(1)) if m else None


def _documents(batch: int) -> dict[str, dict[str, object]]:
    keys = json.loads((CORPUS / "keys.json").read_text(encoding="utf-8"))["documents"]
    return {
        name: key["terms"]
        for name, key in keys.items()
        if key["split"] == "tune" and batch_of(key.get("history", "")) == batch
    }


def _tree(commit: str, where: Path) -> Path:
    where.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True)
    return where


def _apply(tree: Path, diff: Path | None, patcher: Path | None) -> bool:
    if diff is not None:
        run = ["patch", "-p1", "-s", "--dry-run", "-i", str(diff.resolve())]
        if subprocess.run(run, cwd=tree, capture_output=True).returncode:
            return False
        subprocess.run(run[:3] + run[4:], cwd=tree, check=True, capture_output=True)
    if patcher is not None:
        return subprocess.run([sys.executable, str(patcher.resolve()), str(tree)], capture_output=True).returncode == 0
    return True


def _score(tree: Path, keys: dict[str, dict[str, object]], verbose: bool) -> Score | str:
    """The tree's score on the documents, or the last line of its error when it cannot run."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    run = [sys.executable, "-c", _CHILD, str(CORPUS / "docs"), *keys]
    done = subprocess.run(run, env=env, capture_output=True, text=True)
    if done.returncode:
        return (done.stderr.strip().splitlines() or ["no message"])[-1]
    terms = json.loads(done.stdout)
    total = Score()
    for name, expected in keys.items():
        result = score(terms[name], expected)
        total.add(result)
        if verbose and (result.missed or result.wrong):
            print(f"    {name}: missed {result.missed} wrong {result.wrong}")
    return total


def _line(label: str, s: Score) -> str:
    return f"{label:<10} tp {s.tp:>3} fp {s.fp:>3} fn {s.fn:>3}  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--diff", type=Path, help="a unified diff of src/ to apply to each first-run tree")
    parser.add_argument("--patcher", type=Path, help="a script applying the change to the tree root it is given")
    parser.add_argument("--batch", type=int, action="append", help="only this batch (repeatable)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each document's misses and wrong facts")
    args = parser.parse_args()
    batches = args.batch or sorted(FIRST_RUNS)
    unknown = [b for b in batches if b not in FIRST_RUNS]
    if unknown:
        parser.error(f"no first run recorded for batch {unknown[0]}; known: {sorted(FIRST_RUNS)}")
    changed = args.diff is not None or args.patcher is not None
    with tempfile.TemporaryDirectory() as tmp:
        for batch in batches:
            keys = _documents(batch)
            base = _tree(FIRST_RUNS[batch], Path(tmp) / f"base-{batch}")
            print(f"batch {batch} ({len(keys)} documents, first run at {FIRST_RUNS[batch]})")
            before = _score(base, keys, args.verbose)
            if isinstance(before, str):
                print(f"  the first-run code fails: {before}")
                continue
            print("  " + _line("first run", before))
            if not changed:
                continue
            cand = Path(tmp) / f"cand-{batch}"
            shutil.copytree(base, cand)
            if not _apply(cand, args.diff, args.patcher):
                print("  the change does not apply to this tree")
                continue
            after = _score(cand, keys, args.verbose)
            if isinstance(after, str):
                print(f"  the changed code fails: {after}")
                continue
            print(
                "  " + _line("+ change", after) + ("" if (after.tp, after.fp) != (before.tp, before.fp) else "  (same)")
            )


if __name__ == "__main__":
    main()
