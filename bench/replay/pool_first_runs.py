"""Pooled first-run figure before and after a change, from the output of ``bench/replay_first_runs.py --patcher …``
(a batch the change does not apply to counts as unchanged)."""

import re
import sys
from pathlib import Path

cur = None
rows = {}
for line in Path(sys.argv[1]).read_text().splitlines():
    if m := re.match(r"batch (\d+)", line):
        cur = int(m.group(1))
        rows[cur] = {}
    m = re.search(r"(first run|\+ change)\s+tp\s*(\d+)\s+fp\s*(\d+)\s+fn\s*(\d+)", line)
    if m:
        rows[cur][m.group(1)] = tuple(int(m.group(i)) for i in (2, 3, 4))


def f1(t):
    tp, fp, fn = t
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


first = [sum(r["first run"][i] for r in rows.values()) for i in range(3)]
after = [sum(r.get("+ change", r["first run"])[i] for r in rows.values()) for i in range(3)]
print("pooled first runs (all batches; a batch the change does not apply to counts as unchanged)")
print(f"  before tp {first[0]} fp {first[1]} fn {first[2]} F1 {f1(first):.4f}")
print(f"  after  tp {after[0]} fp {after[1]} fn {after[2]} F1 {f1(after):.4f}")
print("  applied to", sum("+ change" in r for r in rows.values()), "of", len(rows), "batches")
for b, r in rows.items():
    if "+ change" in r and r["+ change"] != r["first run"]:
        print(
            f"  batch {b}: {r['first run']} -> {r['+ change']}  F1 {f1(r['first run']):.3f} -> {f1(r['+ change']):.3f}"
        )
