"""All of extract29's changes on an old tree, each put in where its context exists (a diff with patch, or by text)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
tree = sys.argv[1]
py = sys.executable


def diff(p):
    base = ["patch", "-p1", "-s", "-f", "--no-backup-if-mismatch", "-i", p]
    if subprocess.run([*base, "--dry-run"], cwd=tree, capture_output=True).returncode:
        return False  # applied whole or not at all
    return subprocess.run(base, cwd=tree, capture_output=True).returncode == 0


def script(*args):
    return (
        subprocess.run(
            [py, *args, tree] if len(args) == 1 else [py, args[0], tree, *args[1:]], capture_output=True
        ).returncode
        == 0
    )


done = [
    diff(str(HERE / "x29_p1.patch")),
    script(str(HERE / "x29_patch_titles.py")),
    diff(str(HERE / "x29_p3.patch")),
    diff(str(HERE / "x29_p4.patch")),
    diff(str(HERE / "x29_p5.patch")),
    diff(str(HERE / "x29_p6.patch")),
    script(str(HERE / "x29_patch_p78.py"), "both"),
    diff(str(HERE / "x29_p9.patch")),
    script(str(HERE / "x29_pp_restate.py")),
    diff(str(HERE / "x29_p11.patch")),
]
Path(tree, ".x29_applied").write_text(" ".join(str(int(d)) for d in done))
sys.exit(0 if any(done) else 1)
