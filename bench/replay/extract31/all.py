"""All of extract31's candidates at once (each reverted alone: none moved the check batches 27-32), for scoring the
next never-seen batch with and without them. Each candidate is applied where its anchors exist; exits 1 only when
none applies (an old first-run tree may lack some anchors: stderr names them)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
CANDIDATES = [
    "company",
    "once",
    "perday",
    "signature",
    "annual",
    "deliverables",
    "grid",
    "pricelist",
    "between",
    "dash",
]

root = sys.argv[1]
failed = [c for c in CANDIDATES if subprocess.run([sys.executable, str(HERE / f"{c}.py"), root]).returncode != 0]
if failed:
    print("did not apply:", ", ".join(failed), file=sys.stderr)
sys.exit(1 if len(failed) == len(CANDIDATES) else 0)
