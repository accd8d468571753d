"""extract31 idea 8 (reverted): prices one a line under one lead naming the fee and its period ("a monthly fee …
based on the tier selected:" / "£99 + VAT" / "£149 + VAT"): the lead titles them all (`pricelist.patch`)."""

import subprocess
import sys
from pathlib import Path

patch = Path(__file__).parent / "pricelist.patch"
run = subprocess.run(["patch", "-p1", "--forward", "--silent", "-i", str(patch)], cwd=sys.argv[1])
sys.exit(run.returncode)
