"""extract31 idea 12 (reverted): a spaced dash before a word cuts a clause as a comma does ("Critical – Response:
1 hour – Resolution: 4 hours" read the 1 hour as the resolution and lost the 4 hours). Found with a probe sentence,
not in development text (no development document has the layout); `dash.patch`."""

import subprocess
import sys
from pathlib import Path

patch = Path(__file__).parent / "dash.patch"
run = subprocess.run(["patch", "-p1", "--forward", "--silent", "-i", str(patch)], cwd=sys.argv[1])
sys.exit(run.returncode)
