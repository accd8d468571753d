"""extract31 idea 7: a plan × level grid flattened one cell per line and "within Support Hours" as the business clock.
Reverted on the check batches, then kept after batch 33 (session 13), where it alone gained 8 facts on a never-seen
document (en199.pdf). The module is `src/termsmith/extract/rules/flat_grid.py` of this checkout, copied into an old
tree; a tree that already has it is left alone (exit 1)."""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _edit import edit

HOOK = "    flattened = flat_rows(sentences, levels) | level_lists(sentences, levels)\n"
CLOCK = 'r"工作时间|工作時間|工作时段|工作時段|工作日|工作天|上班时间|上班時間|business hours|business days|working hours|office hours|"'


SOURCE = Path(__file__).resolve().parents[3] / "src/termsmith/extract/rules/flat_grid.py"


def main(root: Path) -> int:
    if (root / "src/termsmith/extract/rules/flat_grid.py").exists():
        return 1
    ok = edit(
        root,
        "rules/levels.py",
        HOOK,
        HOOK + "    flattened |= __import__('termsmith.extract.rules.flat_grid', fromlist=['x']).flat_grid(\n"
        "        [s for s in sentences if id(s) not in flattened], levels\n    )\n",
    )
    ok = ok and edit(
        root,
        "rules/level_words.py",
        CLOCK,
        CLOCK + '\n    r"(?:within|during)\\s+(?:the\\s+)?(?:normal\\s+|standard\\s+|basic\\s+)?support\\s+hours|"',
    )
    if ok:
        shutil.copy(SOURCE, root / "src/termsmith/extract/rules/flat_grid.py")
    return 0 if ok else 1


sys.exit(main(Path(sys.argv[1])))
