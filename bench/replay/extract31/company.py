"""extract31 idea 1 (reverted): the one company named by its legal form is the vendor when no reader named anyone.
.venv/bin/python bench/replay_first_runs.py --patcher bench/replay/extract31/company.py --batch 27 …"""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit


def main(root: Path) -> int:
    if not (root / "src/termsmith/extract/rules/party_structure.py").exists():
        return 1
    anchor = "            or self_named(ctx.sentences)\n"
    ok = edit(
        root,
        "rules/parties.py",
        anchor,
        anchor
        + "            or __import__('termsmith.extract.rules.party_company', fromlist=['x']).sole_company(ctx.sentences)\n",
    )
    if ok:
        shutil.copy(Path(__file__).parent / "party_company.py", root / "src/termsmith/extract/rules/party_company.py")
    return 0 if ok else 1


sys.exit(main(Path(sys.argv[1])))
