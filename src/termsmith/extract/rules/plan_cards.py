"""Plan cards: a pricing page's plans one after another, each a short name line, often a price line, feature lines,
and the plan's times on lines of their own, with no severity named.

    Starter                                  ← the card's name: a short line without a number
    $ 90 /month                              ← its price line
    3 Edits per Month                        ← features (no time of a kind)
    96 Hours Guaranteed First Response       ← the card's times: one level, named for the plan
    5 Days Guaranteed Completion
    Growth
    …

The times without a level are grouped by card: a card begins at a name line after the previous card's times. Its
name is the last name line before the card's price line (a page title or tagline above the first card is not the
plan), else the last name line before its times. Read as promises without a level, a card that repeated the time of
the card before it ("48 hours" twice) was taken for one promise said twice, and the cards' times slid onto each
other. The cards count only when there are two or more, each with a name of its own, each time on a short line, and
no card states one kind twice; otherwise the promises are grouped as before (`levels._untiered_levels`).
"""

from __future__ import annotations

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import _kinds_in_order, _Level
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, money

_Untiered = tuple[str, FoundDuration, str | None, Sentence]

_NAME_WORDS = 3  # a plan's name is a few words ("Power User", "Business Plus"); more is a feature or a sentence
_TIME_LINE_WORDS = 8  # a card's time line is short ("First response within 4 hours"); more is prose
# a price line without an amount names its period ("/month", "per year", "billed annually"); one with an amount is
# read by the fee reader's own money parser
_PERIOD = _re(r"/\s*(?:mo|month|yr|year|hr|hour)\b|\bper\s+(?:month|year|hour)\b|\b(?:monthly|annually|yearly)\b\s*$")


def _price_line(text: str) -> bool:
    return bool(money(text, "USD")) or _PERIOD.search(text) is not None


def _name_line(text: str) -> bool:
    """A card's name: a few words, none a number, no kind word, no sentence or label punctuation."""
    words = text.split()
    return (
        0 < len(words) <= _NAME_WORDS
        and any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
        and not any(c in text for c in ":：.,;!?|")
        and not _kinds_in_order(text)
    )


def plan_cards(sentences: list[Sentence], untiered: list[_Untiered]) -> list[_Level]:
    """One level per plan card holding times without a level, named for its plan; [] when the times do not stand
    on plan cards."""
    lines = [s for s in sentences if s.offset == 0]
    timed: dict[int, list[_Untiered]] = {}
    for u in untiered:
        timed.setdefault(u[3].paragraph.number, []).append(u)
    if any(len(us[0][3].paragraph.text.split()) > _TIME_LINE_WORDS for us in timed.values()):
        return []
    cards: list[_Level] = []
    gap: list[Sentence] = []  # the lines since the previous card's times
    current: _Level | None = None
    for line in lines:
        if line.paragraph.number not in timed:
            if line.paragraph.text.strip():
                gap.append(line)
            continue
        if current is None or any(_name_line(g.paragraph.text) for g in gap):
            named = _card_name(gap)
            if named is None:
                return []
            name = named.paragraph.text.strip(" *_#\t")
            current = _Level(f"plan-card-{name.lower()}", name, None)
            current.named_at = named
            cards.append(current)
        gap = []
        for kind, duration, clock, s in timed[line.paragraph.number]:
            if kind in current.times:
                return []  # one card stating a kind twice: no card of one level
            current.times[kind] = (duration, clock, s)
    names = [c.name.lower() for c in cards]
    return cards if len(cards) >= 2 and len(set(names)) == len(names) else []


def _card_name(gap: list[Sentence]) -> Sentence | None:
    """The line naming the plan among the lines before its times: the last name line before its price line, else
    the last name line."""
    price = next((i for i, s in enumerate(gap) if _price_line(s.paragraph.text)), len(gap))
    names = [s for s in gap[:price] if _name_line(s.paragraph.text)] or [s for s in gap if _name_line(s.paragraph.text)]
    return names[-1] if names else None
