"""extract31 idea 4 (reverted): the parties the signature block names (`party_signatures.py`, copied in), read when
no other reader named anyone."""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit


def main(root: Path) -> int:
    anchor = "            or self_named(ctx.sentences)\n"
    ok = edit(
        root,
        "rules/parties.py",
        anchor,
        anchor
        + "            or __import__('termsmith.extract.rules.party_signatures', fromlist=['x']).signature_block(ctx.sentences, _role_of)\n",
    )
    if ok:
        shutil.copy(
            Path(__file__).parent / "party_signatures.py", root / "src/termsmith/extract/rules/party_signatures.py"
        )
    return 0 if ok else 1


sys.exit(main(Path(sys.argv[1])))
