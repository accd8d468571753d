"""extract31 idea 10 (reverted): a plain "between A and B" line of a public contract with no roles in quotes, one
side a public body: that side is the client, the other the vendor (`between.patch`, on top of the kept capitals
change 7d2b7b5)."""

import subprocess
import sys
from pathlib import Path

patch = Path(__file__).parent / "between.patch"
run = subprocess.run(["patch", "-p1", "--forward", "--silent", "-i", str(patch)], cwd=sys.argv[1])
sys.exit(run.returncode)
