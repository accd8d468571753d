"""Put the label reader of `bench/level_labels_reader.py` (an experiment, not part of termsmith) into a first-run tree
for `bench/replay_first_runs.py --patcher`, in one of three roles chosen by ``LEVEL_LABELS_MODE``:

    LEVEL_LABELS_MODE=fallback .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/level_labels.py
    LEVEL_LABELS_MODE=fill ...      # also fills the kinds the tree's readers left empty on a level it also read
    LEVEL_LABELS_MODE=replace ...   # its levels instead of the tree's (the reader alone)

``fallback`` (the default) uses its levels only when the tree's readers found no level time and no untiered promise.
The hook goes where today's `severity_levels` calls `fallback_levels`: after every other reader, before the averages
are dropped. Exits 1 when the tree has no place to call it from.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

READER = Path(__file__).resolve().parents[1] / "level_labels_reader.py"
ANCHORS = ("    _drop_figures(ctx, levels, untiered)\n", "    tiers = _distinct(")
ROLES = {
    "fallback": "    if not untiered and not any(lv.times for lv in levels.values()):\n        levels.update(_labelled)\n",
    "fill": (
        "    if not untiered and not any(lv.times for lv in levels.values()):\n        levels.update(_labelled)\n"
        "    for _key, _level in _labelled.items():\n"
        "        if _key in levels:\n"
        "            for _kind, _time in _level.times.items():\n"
        "                levels[_key].times.setdefault(_kind, _time)\n"
    ),
    "replace": "    levels.clear()\n    levels.update(_labelled)\n    untiered.clear()\n",
}


def main() -> int:
    role = ROLES.get(os.environ.get("LEVEL_LABELS_MODE", "fallback"))
    rules = Path(sys.argv[1]) / "src" / "termsmith" / "extract" / "rules"
    levels = rules / "levels.py"
    if role is None or not (rules / "level_words.py").exists() or not levels.exists():
        return 1
    text = levels.read_text(encoding="utf-8")
    at = min((i for a in ANCHORS if (i := text.find(a)) >= 0), default=-1)
    if at < 0:
        return 1
    shutil.copy(READER, rules / "level_labels_experiment.py")
    hook = (
        "    from termsmith.extract.rules.level_labels_experiment import label_levels\n\n"
        "    _labelled = label_levels(ctx.sentences)\n" + role
    )
    levels.write_text(text[:at] + hook + text[at:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
