"""The clock a level's own heading line states for the times under it: "Priority 1 – 24 hours a day/seven days a
week" over "Response Time: 1 Hour" puts that hour on the 24x7 clock, "Priority 3 – Available during normal business
hours only" over "Response Time: 3 Hours" on the business clock. The heading is the line a few lines above the time
that opens with the level's name and states no time of its own; a time stating its own clock keeps it, and no
heading is looked for above another level's line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.level_words import _LEVEL, _level_in, row_clock
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations

# what follows the name on a heading line: a dash, a colon or a bracket before the note, not a sentence ("Critical
# issues are handled 24x7" is prose about the level, read with the prose rules)
_SEPARATOR = re.compile(r"\s*(?:故障|问题|問題|事件|issues?|incidents?|events?)?\s*(?:[-–—:：(（|｜]|\Z)", re.I)
_REACH = 3  # lines above the time where its level's heading may stand


def paragraph_norms(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Paragraph number → its normalised text (its sentences joined)."""
    out: dict[int, list[str]] = {}
    for s in sentences:
        out.setdefault(s.paragraph.number, []).append(s.norm)
    return {n: " ".join(parts) for n, parts in out.items()}


def _heading_rest(line: str, key: str, name: str) -> str | None:
    """What follows the level's name when ``line`` opens with it ("Priority 3 – Available during …" → "– Available
    during …"), by its written name or by its key ("二级故障 – 工作时间内" for the level "2级"), else None."""
    if line.casefold().startswith(name) and _SEPARATOR.match(line[len(name) :]):
        return line[len(name) :]
    m = _LEVEL.match(line)
    found = _level_in(line[: m.end()]) if m else None
    return line[m.end() :] if m and found and found[0] == key and _SEPARATOR.match(line[m.end() :]) else None


def heading_clock(lines: dict[int, str], key: str, name: str, number: int) -> tuple[str, int] | None:
    """The clock stated by the heading line of the level (``key``, ``name``) standing just above paragraph
    ``number``, with that line's paragraph number, if any."""
    name = name.strip().casefold()
    for above in range(number - 1, max(-1, number - 1 - _REACH), -1):
        line = lines.get(above, "").strip()
        rest = _heading_rest(line, key, name) if name else None
        if rest is None and (m := _LEVEL.match(line)) and _level_in(line[: m.end()]):
            return None  # another level's line: the time is not under this level's heading
        if rest is not None:
            # a heading, not another promise of the level: no time of its own
            clock = None if len(line) > 90 or durations(line) else row_clock([rest])
            return (clock, above) if clock else None
    return None
