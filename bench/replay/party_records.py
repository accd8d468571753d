"""Port today's `extract/rules/party_records.py` (a "between" block with one role, both roles or two short names and
a public body; a council's record of its contract with a firm; read when nothing else names a party) into a
first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/party_records.py

Every tree's `parties()` fills `found` and `label_roles` in its loop over the sentences, has `_role_of`, and then
reads the body's roles (``body = _body_roles(ctx)``); the call goes right before that, as in today's code. The
module needs nothing of the tree, so it is copied as it is. Exits 1 when the tree has no such place.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "party_records.py"
BODY = "    body = _body_roles(ctx)\n"
CALL = (
    "    from termsmith.extract.rules.party_records import between_block, public_record\n\n"
    "    if not found:\n"
    "        for role, name, sentence in between_block(ctx.sentences, _role_of) or public_record(ctx.sentences):\n"
    "            found[role], label_roles[role] = (name, sentence), role\n"
)


def main(root: Path) -> int:
    parties = root / "src" / "termsmith" / "extract" / "rules" / "parties.py"
    text = parties.read_text(encoding="utf-8") if parties.exists() else ""
    if "public_record(ctx.sentences)" in text:  # the tree calls the readers already (batch 17 on): today's module
        shutil.copy(MODULE, parties.parent / "party_records.py")
        return 0
    if text.count(BODY) != 1 or "label_roles" not in text or "def _role_of" not in text:
        return 1
    parties.write_text(text.replace(BODY, CALL + BODY), encoding="utf-8")
    shutil.copy(MODULE, parties.parent / "party_records.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
