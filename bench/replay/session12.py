"""Session 12's two extractor rounds together on an old tree: extract29's changes, then extract30's (each patcher
applies a change only where its context exists; the tree counts as changed when either applied something)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
tree = sys.argv[1]
codes = [
    subprocess.run([sys.executable, str(HERE / script), tree], capture_output=True, check=False).returncode
    for script in ("extract29/x29_patch_all.py", "extract30/all.py")
]
sys.exit(0 if 0 in codes else 1)
