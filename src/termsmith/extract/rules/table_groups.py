"""A table that repeats the levels an earlier table already timed, under a title of its own: its levels are the
title's ("Service Level during regular Business Hours" / Critical / High … and then "Service Level during non
regular Business Hours" / Critical / High …; a plan's table under the plan's heading). Read into the earlier
table's levels, the second table's times would be lost (the first time of a kind wins) or land on the wrong
group's level; kept apart, each (group, level) is a level of its own, named "<level> (<title>)".
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_tables import read_table
from termsmith.extract.rules.level_words import _COLUMN_OF_LEVELS, PLAN_WORD, _kinds_in_order, _Level, plan_level
from termsmith.extract.rules.tables import Table
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

# a title naming a plan or an offer ("VIP SLA" / "Available between 8:30am & 6pm, Mon-Fri." / its table)
_OFFER = _re(rf"{PLAN_WORD.pattern}|\bslas?\b|\bcontracts?\b")
_Untiered = list[tuple[str, FoundDuration, str | None, Sentence]]
_TITLE_LENGTH = 90


def _title(table: Table) -> str | None:
    """The title line above the table (past a line naming only its level column, "Service Level"), when it is
    short and holds no time, without its brackets; past one lead-in sentence, the section heading just above it
    ("## Terms for Managed Services" / "The targets below replace those above …" / the table)."""
    lead_in = False
    for raw in reversed(table.intro[-3:]):
        line = raw.strip().lstrip("#").strip()
        if not line or (len(line.split()) <= 3 and _names_only_the_column(line)):
            continue
        if len(line) > _TITLE_LENGTH or durations(line) or line.endswith((".", "。")):
            if lead_in or not line.endswith((".", "。")):
                return None
            lead_in = True  # a sentence leading into the table: the title may stand above it, as a heading
            continue
        if lead_in and not raw.lstrip().startswith("#") and not _OFFER.search(line):
            return None  # a plain line above the lead-in is a title only when it names an offer ("VIP SLA")
        return re.sub(r"\s*[(（][^()（）]*[)）]?\s*", " ", line).strip(" :：") or None
    return None


# words a line naming the level column may hold beside the column's word ("Service Level", "Severity Levels:")
_COLUMN_FILLER = re.compile(r"\b(?:service|support|the|of|and|by|per|sla|definitions?)\b|[^\w]", re.IGNORECASE)
_COLUMN_WORDS = re.compile(rf"(?:{_COLUMN_OF_LEVELS.pattern})s?", _COLUMN_OF_LEVELS.flags)


def _names_only_the_column(line: str) -> bool:
    """ "Service Level" above a flattened table names its level column; "Premium Tier" or "Gold Plan" names a plan
    with the same column word and is the table's title."""
    return _COLUMN_OF_LEVELS.search(line) is not None and not _COLUMN_FILLER.sub("", _COLUMN_WORDS.sub("", line))


def read_grouped(
    table: Table,
    levels: dict[str, _Level],
    untiered: _Untiered,
    timed: dict[str, set[str]],
    outer: dict[int, str] | None = None,
) -> None:
    """Read the table into `levels`; when it times a kind of a level an earlier table timed (`timed`: level key →
    kinds, kept up to date here) and it has a title, its levels are its own, named after the title. A title that
    names only the kind ("### Support Response Times", the same over every plan's table) tells no group: the
    heading of the section around it (`outer`: paragraph → that heading, "## Professional Tier") names it then."""
    trial: dict[str, _Level] = {}
    read_table(table, trial, [])
    title = _title(table)
    if title is not None and _kinds_in_order(title) and (around := (outer or {}).get(table.first)):
        title = around
    elif title is not None and (section := _section_of(table, outer)) and _titled_before(title, levels):
        # a label every plan's section repeats ("SLA Commitments:" under "### Professional", "### Enterprise"):
        # the section's own heading names the group
        title = section
    if (
        title is None
        or not any(set(lv.times) & timed.get(key, set()) for key, lv in trial.items())
        or _restates(trial, levels)
    ):
        read_table(table, levels, untiered)
        _note(table, levels, timed)
        return
    for key, lv in trial.items():
        grouped = _Level(*plan_level(key, lv.name, title))
        grouped.times, grouped.named_at = lv.times, lv.named_at
        levels.setdefault(grouped.key, grouped)
    _note(table, levels, timed)


def _section_of(table: Table, outer: dict[int, str] | None) -> str | None:
    """The heading of the section the table stands in (`outer` keeps it under the key -table.first), without its
    brackets ("### Enterprise ($1,999/month)" → "Enterprise")."""
    heading = (outer or {}).get(-table.first)
    return re.sub(r"\s*[(（][^()（）]*[)）]?\s*", " ", heading).strip(" :：") or None if heading else None


def _titled_before(title: str, levels: dict[str, _Level]) -> bool:
    """An earlier table's levels are already grouped under this title."""
    return any(key.endswith(f"@{title.lower()}") for key in levels)


def _restates(trial: dict[str, _Level], levels: dict[str, _Level]) -> bool:
    """Every time the table gives a level already timed is the time it has ("Response Channel: Within 1 hour" in a
    coverage table under the severity table's "1 hour"): the table restates the levels, it is no group of its own."""
    shared = [
        (lv.times[kind][0].duration, levels[key].times[kind][0].duration)
        for key, lv in trial.items()
        if key in levels
        for kind in lv.times
        if kind in levels[key].times
    ]
    return bool(shared) and all(a == b for a, b in shared)


_MARKDOWN_HEADING = re.compile(r"^\s*(?P<depth>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")


def outer_headings(sentences: list[Sentence]) -> dict[int, str]:
    """Each paragraph under two levels of markdown headings → the outer one's text ("## Professional Tier" over
    "### Support Response Times" and its table); and, keyed by the paragraph's negated number, the nearest heading
    over any paragraph ("### Enterprise" over "SLA Commitments:" and its table)."""
    stack: list[tuple[int, str]] = []  # the open headings, outermost first
    out: dict[int, str] = {}
    for s in sentences:
        if s.offset == 0 and s.paragraph.depth:  # a Markdown file's heading, its '#'s read off
            stack = [h for h in stack if h[0] < s.paragraph.depth] + [(s.paragraph.depth, s.paragraph.text)]
        elif s.offset == 0 and (m := _MARKDOWN_HEADING.match(s.paragraph.text)):  # '#'s in a text file
            depth = len(m["depth"])
            stack = [h for h in stack if h[0] < depth] + [(depth, m["text"])]
        elif stack:
            out[-s.paragraph.number] = stack[-1][1]
            if len(stack) >= 2:
                out[s.paragraph.number] = stack[-2][1]
    return out


def _note(table: Table, levels: dict[str, _Level], timed: dict[str, set[str]]) -> None:
    for key, lv in levels.items():
        for kind, (_duration, _clock, s) in lv.times.items():
            if s.paragraph.number in table.paragraphs:
                timed.setdefault(key, set()).add(kind)
