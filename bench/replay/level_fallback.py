"""Port today's `rules/level_fallback.py` into a first-run tree for `bench/replay_first_runs.py --patcher`:

    .venv/bin/python bench/replay_first_runs.py --patcher bench/replay/level_fallback.py

The module is copied with shims for names older trees lack (`not_a_limit`, `_kinds_in_order`, `_Level.named_at`; before
`level_words.py` existed the level vocabulary lived in `levels.py`), and called where today's `severity_levels` calls
it: after every other reader, before the averages are dropped, only when no level time and no untiered promise was
found. Exits 1 when the tree has no place to call it from.
"""

from __future__ import annotations

import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[2] / "src" / "termsmith" / "extract" / "rules" / "level_fallback.py"
IMPORT = (
    "from termsmith.extract.rules.level_words import _LEVEL, _clock, _kinds_in_order, _Level, _level_in, not_a_limit"
)
CALL = (
    "    if not untiered and not any(lv.times for lv in levels.values()):\n"
    "        from termsmith.extract.rules.level_fallback import fallback_levels\n"
    "        fallback_levels(ctx.sentences, levels)\n"
)
ANCHORS = (
    "    _drop_figures(ctx, levels, untiered)\n",
    "    tiers = _distinct(",
    "    tiers = [lv for lv in levels.values()",
)


def _shimmed(source: str, words: str) -> str:
    shim = (
        f"from termsmith.extract.rules.{words} import _LEVEL, _clock, _Level, _level_in\n"
        "try:\n"
        f"    from termsmith.extract.rules.{words} import _kinds_in_order\n"
        "except ImportError:\n"
        f"    from termsmith.extract.rules.{words} import _RESOLUTION, _RESPONSE\n\n"
        "    def _kinds_in_order(text):\n"
        "        hits = sorted([(m.start(), 'response') for m in _RESPONSE.finditer(text)]\n"
        "                      + [(m.start(), 'resolution') for m in _RESOLUTION.finditer(text)])\n"
        "        return list(dict.fromkeys(kind for _, kind in hits))\n"
        "try:\n"
        f"    from termsmith.extract.rules.{words} import not_a_limit\n"
        "except ImportError:\n\n"
        "    def not_a_limit(text, d):\n"
        "        return False\n"
    )
    source = source.replace(IMPORT, shim)
    return source.replace(
        "entry.named_at = entry.named_at or level_at", "entry.named_at = getattr(entry, 'named_at', None) or level_at"
    )


def main() -> None:
    rules = Path(sys.argv[1]) / "src" / "termsmith" / "extract" / "rules"
    levels = rules / "levels.py"
    text = levels.read_text(encoding="utf-8")
    anchor = next((a for a in ANCHORS if a in text), None)
    source = MODULE.read_text(encoding="utf-8")
    if anchor is None or IMPORT not in source:
        sys.exit(1)
    words = "level_words" if (rules / "level_words.py").exists() else "levels"
    (rules / "level_fallback.py").write_text(_shimmed(source, words), encoding="utf-8")
    levels.write_text(text.replace(anchor, CALL + anchor, 1), encoding="utf-8")


if __name__ == "__main__":
    main()
