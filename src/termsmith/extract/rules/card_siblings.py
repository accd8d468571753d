"""Cards of one list whose headings are not all level words: every heading of the list names a level.

A page that gives each level as a card (a heading line, then "Response Time: Within 8 business hours") may name some
levels by words that name no level anywhere else ("Standard Response:", "Priority Response:", "Urgent Response:",
en748). A heading is read as a level when its card opens with the same label as a card whose heading is a level word:
two cards or more open with that label ("Response Time:") on the line right under their headings, one of those
headings names a level (`_level_label`), and none holds a time or describes the level named on the line above it.
The headings are read in `layouts._LabelValue` as level headings.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.layouts import _CARD_TITLE, _OTHER_LABEL, _bare, _kind_label, _level_label
from termsmith.extract.rules.level_words import _kinds_in_order
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations

_REACH = 1  # the label line opening a card stands right under its heading
_LABEL = re.compile(r"^(?P<label>[^:：]{2,30})[:：]\s*\S")
_CLOSING = re.compile(r"\s*[:：]\s*$")

Level = tuple[str, str, str | None]


def card_headings(sentences: list[Sentence]) -> dict[int, Level]:
    """Paragraph number → the level a card heading names, for the headings `_level_label` does not read."""
    lines = [(s.paragraph.number, text) for s in sentences if (text := _bare(s)) is not None]
    by_label: dict[str, list[tuple[int, str]]] = {}
    for k, (number, text) in enumerate(lines):
        title = _CLOSING.sub("", text)
        if not _heading(title) or (k and _described(lines[k - 1], number, title)):
            continue
        label = _opening_label(lines[k + 1 : k + 1 + _REACH], number)
        if label is not None:
            by_label.setdefault(label, []).append((number, title))
    out: dict[int, Level] = {}
    for cards in by_label.values():
        if len(cards) < 2 or not any(_level_label(title) for _, title in cards):
            continue
        for number, title in cards:
            if not _level_label(title):
                out[number] = (f"card:{title.lower()}", title, None)
    return out


def _heading(title: str) -> bool:
    """A short title with no time: a level word, or capitalised words ("Standard Response", "Business Critical")
    that may name a kind, since the label under it is what the cards share."""
    if not title or durations(title) or _OTHER_LABEL.search(title):
        return False
    return _level_label(title) is not None or _CARD_TITLE.fullmatch(title) is not None


def _described(above: tuple[int, str], number: int, title: str) -> bool:
    """The line right above names a level and this one is no level word: this line describes that level
    ("一级故障 – 7×24小时" / "系统整体瘫痪" / "响应时间：1小时")."""
    return above[0] == number - 1 and _level_label(_CLOSING.sub("", above[1])) is not None and not _level_label(title)


def _opening_label(after: list[tuple[int, str]], number: int) -> str | None:
    """The label of the line opening the card (a "kind: time" line within reach), lower-cased."""
    for at, text in after:
        if at - number > _REACH:
            return None
        m = _LABEL.match(text)
        if m and len(_kinds_in_order(m["label"])) == 1 and durations(text) and not _kind_label(text):
            return m["label"].strip().lower()
    return None
