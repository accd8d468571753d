"""What a regular expression's matches open with, read from the pattern itself.

Python's regex engine jumps straight to the next possible start of a match only
when the pattern opens with one fixed string or one character class. A pattern
that opens with a choice of groups, a word boundary or an optional part (the
marker scan, the bound kinds) is tried at every character of the text, through
every branch. Two helpers tell, from the parsed pattern, what every match must
open with, so the lint can skip the places where none can start:

- :func:`leads`: the fixed strings one of which opens every match (``提供|给予|…``);
- :func:`compile_with_first_class`: the pattern behind a lookahead on the characters
  a match can open with (``(?=[…])(?:pattern)``), the same matches, found faster.

Both read ``re._parser``, CPython's own parser (no stub, private): what they return
is derived from the pattern, never written by hand; when a pattern holds anything they
do not know (a flag, a back reference, ``.``, a negated class), they give up and the
pattern is used as written.
"""

from __future__ import annotations

import re
import re._compiler as _compiler  # type: ignore[import-not-found]  # loaded with re itself
import re._parser as _parser  # type: ignore[import-not-found]
from typing import Any

from termsmith import regex_cache

_CATEGORIES = {
    _parser.CATEGORY_DIGIT: r"\d",
    _parser.CATEGORY_NOT_DIGIT: r"\D",
    _parser.CATEGORY_SPACE: r"\s",
    _parser.CATEGORY_NOT_SPACE: r"\S",
    _parser.CATEGORY_WORD: r"\w",
    _parser.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def _parse(pattern: str) -> Any:
    """The parsed pattern, or None when it sets a flag (case folding changes what a literal matches)."""
    parsed = _parser.parse(pattern)
    return parsed if parsed.state.flags == re.UNICODE else None


def leads(pattern: str) -> tuple[str, ...]:
    """The fixed strings one of which opens every match of ``pattern`` (``其他``,
    ``提供|给予|…``, ``[视視依按]``, ``(?:判定|认定)…``, ``以(?:本公司|我司)…``), or ``()``
    when there are none to tell. A group of choices is read through: its choices'
    openings follow the fixed string before it (the parser itself turns ``不时…|不時…``
    into 不 and a group of 时…|時…), so a pattern written with grouped openings, which
    compiles faster than a branch per opening, is scanned for the same leads."""
    parsed = _parse(pattern)
    if parsed is None or parsed.getwidth()[0] == 0 or not parsed.data:
        return ()  # an empty match opens with nothing
    out = _sequence_leads(parsed.data)
    if out is None or "" in out:
        return ()
    return tuple(dict.fromkeys(out))


def _sequence_leads(ops: Any) -> list[str] | None:
    """Fixed strings (maybe empty) one of which opens every match of the sequence ``ops``:
    its literal characters, then the openings of the choices of a group (or class) after them."""
    out = [""]
    for op, arg in ops:
        if op is _parser.LITERAL:
            out = [s + chr(arg) for s in out]
            continue
        choices = _choice_leads(op, arg)
        if choices is not None:
            out = [s + c for s in out for c in choices]
        break  # after a group, or at anything else, the fixed part ends
    return out


def _choice_leads(op: Any, arg: Any) -> list[str] | None:
    """The openings of the choices of a group, branch or class of single characters; None
    for anything else (a repeat, a lookaround, ``.``)."""
    if op is _parser.IN:
        return [chr(code) for kind, code in arg] if all(kind is _parser.LITERAL for kind, _ in arg) else None
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, sub = arg
        if add_flags or del_flags:
            return None
        return _sequence_leads(sub.data)
    if op is _parser.BRANCH:
        out: list[str] = []
        for branch in arg[1]:
            own = _sequence_leads(branch.data)
            if own is None:
                return None
            out += own
        return out
    return None


def first_class(pattern: str) -> str | None:
    """A character class (``[…]``) holding every character a match of ``pattern`` can
    open with; None when that cannot be told or a match may be empty."""
    parsed = _parse(pattern)
    return None if parsed is None else _first_class(parsed)


def _first_class(parsed: Any) -> str | None:
    items, may_be_empty = _sequence(parsed.data)
    if items is None or may_be_empty or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def compile_with_first_class(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead on the characters its matches open with,
    ``(?=[…])(?:pattern)``: the same matches, group names and numbers (the lookahead
    captures nothing), but the engine leaves a place at its first character when no
    match can start there. The lookahead goes in front of the parsed pattern, which is
    compiled as it is: parsing these large alternations twice would slow a cold
    'termsmith lint' (the compiled pattern's ``.pattern`` is None). A later run takes the
    program from ``regex_cache``, under a key that changes with the pattern or this module's code."""
    return regex_cache.compile_parsed(
        f"lint.prefilter first class {regex_cache.code_key(__file__)} {pattern}", lambda: _with_first_class(pattern)
    )


def _with_first_class(pattern: str) -> Any:
    parsed = _parse(pattern)
    cls = None if parsed is None or engine_skips(parsed) else _first_class(parsed)
    if cls is None:
        return pattern  # as written
    parsed.data[:0] = _parser.parse(f"(?={cls})").data
    return parsed


def engine_skips(parsed: Any) -> bool:
    """The engine finds the places a match can start by itself: the pattern opens with a
    fixed string, a class, or a choice of branches that each open with a character
    (``收…``, ``[(（]``, ``不在|除外|…``). It then scans for those characters in one tight
    loop, which a lookahead in front would stop: such a pattern is compiled as written
    (it ran about twice as fast so, over the clauses of the bench text). Read from the
    engine's own compiler; if that changes, the lookahead is used (the matches are the
    same either way)."""
    try:
        prefix = _compiler._get_literal_prefix(parsed, parsed.state.flags)[0]
        return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, parsed.state.flags))
    except (AttributeError, TypeError, ValueError, IndexError):
        return False


def opening_chars(pattern: str) -> str | None:
    """The characters every match of ``pattern`` opens with, when they are a few single
    characters (``"“'(``, no range, no ``\\d``) and no match may be empty; else None."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    items, may_be_empty = _sequence(parsed.data)
    if not items or may_be_empty or len(items) > _OPENING_CHARS or not all(_is_literal(i) for i in items):
        return None
    return "".join(sorted({item[-1] for item in items}))


_OPENING_CHARS = 8  # more opening characters than this: one find per character would cost more than the regex scan
# a text holding more openings than one per this many characters is scanned by the regex engine: a match
# tried from Python costs about what the engine's own scan of a few hundred characters does
_OPENING_SPACING = 400


def finditer_at_openings(pattern: re.Pattern[str], chars: str | None, text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, where ``chars`` is :func:`opening_chars` of the pattern.

    The regex engine reads every character of a text to find where a match can open
    (about 3 ms per million characters, even for one character class); ``str.find`` goes
    to the next of a few characters ten to thirty times faster. A text without any of them
    (no quote, no bracket: most texts for the definition patterns) costs a few finds; each
    place that holds one is matched there, in text order, from the end of the previous
    match, as ``finditer`` does. When the openings are dense the regex scans as before."""
    if chars is None:
        return list(pattern.finditer(text))
    limit = len(text) // _OPENING_SPACING + 1
    places: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            places.append(i)
            if len(places) > limit:
                return list(pattern.finditer(text))
            i = text.find(ch, i + 1)
    if not places:
        return []
    places.sort()
    out: list[re.Match[str]] = []
    free = 0
    match = pattern.match
    for i in places:
        if i >= free and (m := match(text, i)) is not None:
            out.append(m)
            free = m.end()
    return out


_Items = set[str] | None  # class items (escaped characters, ranges, \d…); None: unknown


def _sequence(ops: Any) -> tuple[_Items, bool]:
    """The characters the sequence ``ops`` can open with, and whether it can match nothing."""
    out: set[str] = set()
    for op, arg in ops:
        items, may_be_empty = _opening(op, arg)
        if items is None:
            return None, False
        out |= items
        if not may_be_empty:
            return out, False
    return out, True


def _opening(op: Any, arg: Any) -> tuple[_Items, bool]:
    """The characters one element can open with, and whether it can match nothing."""
    if op is _parser.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is _parser.IN:
        return _class_items(arg), False
    if op in _ZERO_WIDTH:
        return set(), True  # a boundary or a lookaround consumes nothing: the next element opens
    if op in _REPEATS:
        low, _, sub = arg
        items, may_be_empty = _sequence(sub.data)
        return items, may_be_empty or low == 0
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, sub = arg
        return _sequence(sub.data) if not add_flags and not del_flags else (None, False)
    if op is _parser.BRANCH:
        out: set[str] = set()
        may_be_empty = False
        for branch in arg[1]:
            items, empty = _sequence(branch.data)
            if items is None:
                return None, False
            out |= items
            may_be_empty = may_be_empty or empty
        return out, may_be_empty
    return None, False  # ., a back reference, a conditional: not told


def _class_items(arg: Any) -> _Items:
    items: set[str] = set()
    for kind, value in arg:
        if kind is _parser.LITERAL:
            items.add(re.escape(chr(value)))
        elif kind is _parser.RANGE:
            items.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is _parser.CATEGORY and value in _CATEGORIES:
            items.add(_CATEGORIES[value])
        else:
            return None  # a negated class ([^…]) cannot join a union of items
    return items


# ------------------------------------------------------------- first two characters

_Pairs = list[tuple[frozenset[str], "_Next"]]  # (what the first character can be, what may follow it)
_Next = tuple[frozenset[str], bool] | None  # (items the second character can be, may end there); None: anything


def first_pairs(pattern: str) -> str | None:
    """A negative lookahead body on the first two characters of the matches of ``pattern``:
    a character that opens a match only when one of a few characters follows it, followed
    by another (``o[^nw]|t[^ehw]|…``); None when no opening character can be told apart so.
    Only a literal first character is told apart, and only by a second character from
    Latin-1 (a class of Chinese characters costs milliseconds to compile)."""
    parsed = _parse(pattern)
    return None if parsed is None else _pairs_body(parsed)


def compile_with_first_pairs(pattern: str) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the first character its matches open with and a
    negative one on the second (see :func:`first_pairs`), ``(?=[…])(?!o[^nw]|…)(?:pattern)``:
    the same matches, groups and numbers. For large English alternations, whose openings
    cover most letters (one, two, see, per, usd …), one character lets the engine into
    every branch at almost every letter of a clause; two characters rarely do."""
    return regex_cache.compile_parsed(
        f"lint.prefilter first pairs {regex_cache.code_key(__file__)} {pattern}", lambda: _with_first_pairs(pattern)
    )


def _with_first_pairs(pattern: str) -> Any:
    parsed = _parse(pattern)
    body = None if parsed is None or engine_skips(parsed) else _pairs_body(parsed)
    if body is None:
        return _with_first_class(pattern)
    parsed.data[:0] = _parser.parse(f"(?={_first_class(parsed)})(?!{body})").data
    return parsed


def _pairs_body(parsed: Any) -> str | None:
    if _first_class(parsed) is None:
        return None  # a match may be empty, or what it opens with cannot be told
    pairs = _seq_pairs(list(parsed.data))
    if not pairs:
        return None
    seconds: dict[str, set[str] | None] = {}  # a literal first character → what may follow it (None: anything)
    others: set[str] = set()  # first items that are no single character (ranges, \d …)
    for first, nxt in pairs:
        for item in first:
            if not _is_literal(item):
                others.add(item)
                continue
            known = seconds.get(item[-1], set())
            if known is None or nxt is None or nxt[1] or not all(_latin1(i) for i in nxt[0]):
                seconds[item[-1]] = None  # may end after it, anything may follow, or a costly class
            else:
                seconds[item[-1]] = known | nxt[0]
    covered = regex_cache.compile("[" + "".join(sorted(others)) + "]") if others else None
    branches = [
        re.escape(char) + "[^" + "".join(sorted(second)) + "]"
        for char, second in sorted(seconds.items())
        if second is not None and (covered is None or covered.match(char) is None)  # a range may open with it too
    ]
    return "|".join(branches) if branches else None


def _is_literal(item: str) -> bool:
    r"""A class item that is one character, escaped or not (not a range, not \d, \s …)."""
    return len(item) == 1 or (len(item) == 2 and item[0] == "\\" and not item[1].isalnum())


def _latin1(item: str) -> bool:
    return all(ord(ch) < 256 for ch in item)


def _seq_pairs(ops: list[Any]) -> _Pairs | None:
    """The (first, second) characters of the matches of the sequence ``ops``; None: not told.
    A sequence that may match nothing contributes no pair for its empty match (the
    caller checks it cannot be empty as a whole)."""
    out: _Pairs = []
    for i, (op, arg) in enumerate(ops):
        if op in _ZERO_WIDTH:
            continue
        own = _elem_pairs(op, arg)
        if own is None:
            return None
        rest_items, rest_empty = _sequence(ops[i + 1 :])
        for first, nxt in own:
            if nxt is not None and nxt[1]:  # the element may end after its first character
                nxt = None if rest_items is None else (nxt[0] | frozenset(rest_items), rest_empty)
            out.append((first, nxt))
        _, may_be_empty = _opening(op, arg)
        if not may_be_empty:
            return out
    return out


def _elem_pairs(op: Any, arg: Any) -> _Pairs | None:
    """The (first, second) characters of the matches of one element; a second that is
    ``(…, True)`` may also be whatever follows the element."""
    if op is _parser.LITERAL or op is _parser.IN:
        items, _ = _opening(op, arg)
        return None if items is None else [(frozenset(items), (frozenset(), True))]
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, sub = arg
        return _seq_pairs(list(sub.data)) if not add_flags and not del_flags else None
    if op is _parser.BRANCH:
        out: _Pairs = []
        for branch in arg[1]:
            own = _seq_pairs(list(branch.data))
            if own is None:
                return None
            out += own
        return out
    if op in _REPEATS:
        _, high, sub = arg
        own = _seq_pairs(list(sub.data))
        again, sub_empty = _sequence(sub.data)
        if own is None or again is None or sub_empty:
            return None
        if high == 1:
            return own
        # another round may follow the first character's round
        return [(first, nxt if nxt is None or not nxt[1] else (nxt[0] | frozenset(again), True)) for first, nxt in own]
    return None
