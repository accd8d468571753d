"""Every extract30 point on an older tree: each applied where its anchors exist (the per-point patchers and diffs)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
root = sys.argv[1]
ok = 0


def diff(p):
    if subprocess.run(["patch", "-p1", "-s", "--dry-run", "-i", p], cwd=root, capture_output=True).returncode == 0:
        return subprocess.run(["patch", "-p1", "-s", "-i", p], cwd=root, capture_output=True).returncode == 0
    return False


for step in ["patch1.py", "patch2.py", "Dx30_c3.patch", "patch4.py", "Dx30_c5.patch", "Dx30_c6.patch", "patch7.py"]:
    if step.startswith("D"):
        ok += diff(str(HERE / step[1:]))
    else:
        ok += subprocess.run([sys.executable, str(HERE / step), root], capture_output=True).returncode == 0
print("applied", ok, file=sys.stderr)
sys.exit(0 if ok else 1)
