"""extract18's three changes together, for `bench/replay_first_runs.py --patcher`: the term from contract-term
wording (`term_wording.py`), a fee's period from its noun or a spaced slash (`fee_period_noun.patch`), and
today's `party_records.py` (a record naming the firm alone gives the vendor). Each part applies where the tree
allows it; exits 1 when none does.

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/extract18.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import party_records  # noqa: E402
import term_wording  # noqa: E402


def main(root: Path) -> int:
    applied = term_wording.main(root) == 0
    applied = party_records.main(root) == 0 or applied
    patch = subprocess.run(
        ["patch", "-p1", "--forward", "--silent", "-r", "-", "-i", str(HERE / "fee_period_noun.patch")],
        cwd=root,
        capture_output=True,
        check=False,
    )
    return 0 if patch.returncode == 0 or applied else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
