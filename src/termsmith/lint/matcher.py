"""One compiled automaton for every vague term in both languages.

All Chinese terms (Simplified and Traditional), all English terms and every
exclusion go into a single regular expression built as a trie, so the text is
scanned once whatever the size of the lexicon, and at each place the longest
entry wins (``合理使用`` hides ``合理``, ``等级`` hides ``等``). Chinese matches as
substrings; English is case-insensitive and bounded by "not an ASCII letter or
digit" on both sides, a boundary that also holds where English touches Chinese
(``\\b`` does not: CJK characters are word characters to it).
"""

from __future__ import annotations

import hashlib
import re
import re._parser as _parser  # type: ignore[import-not-found]  # loaded with re itself
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from termsmith import regex_cache
from termsmith.lint import evaluative
from termsmith.lint.lexicon.terms import (
    BOUND_KIND,
    EN_EVALUATIVE,
    EN_EXCLUSIONS,
    EN_PATTERN_TERMS,
    EN_TERMS,
    FAMILY_BOUND,
    ZH_EXCLUSIONS,
    ZH_EXTRA_VARIANTS,
    ZH_PATTERN_TERMS,
    ZH_TERMS,
)
from termsmith.lint.lexicon.variants import REPLACEMENTS_HANT, VARIANTS
from termsmith.lint.prefilter import engine_skips, leads

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


@dataclass(frozen=True, slots=True)
class Term:
    """A lexicon entry as matched: its canonical spelling, family and replacement
    (``replacement_hant``: the same in Traditional script), and the kind of quantity
    that bounds it (see :mod:`termsmith.lint.bounds`)."""

    term: str
    family: str
    replacement: str
    lang: str  # "zh" or "en"
    bound: str = "never"
    replacement_hant: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    text: str
    term: Term


Span = tuple[int, int, str, Term]  # a hit as a plain tuple: start, end, text as written, term


_Trie = dict[str, "_Trie"]  # one character → the rest of the words; "" marks a word's end


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie; longer continuations are tried first. The
    lexicon compiles its tries from their parse tree (:func:`_compile_trie`); this text is
    what that tree stands for, and the tests compile both and compare the programs."""
    return _node_pattern(build_trie(words))


def build_trie(words: list[str]) -> _Trie:
    """The words as a trie: one character → the rest; "" marks a word's end."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _node_pattern(node: _Trie) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _compile_trie(prefix: str, words: list[str]) -> re.Pattern[str]:
    """``re.compile(prefix + _trie_pattern(words))``, the trie's part built as the parser
    would build it from that text instead of written out and parsed: the parser reads a
    pattern a character at a time in Python (about 1 µs each), and the English trie's text
    runs to thousands of characters, so a cold lint spent milliseconds parsing what the
    trie already holds, more with every new entry. The compiled program is the same
    (``tests/lint/test_matcher_trie.py`` compares it with the parsed one); the compiled
    pattern's ``.pattern`` is None. A later run takes the program from ``regex_cache``,
    under a key that changes with any word, the prefix, or this module's code."""

    def build() -> object:
        parsed = _parser.parse(prefix)
        parsed.data += _node_ops(build_trie(words), parsed.state)
        return parsed

    key = hashlib.sha256("\0".join((prefix, *words)).encode()).hexdigest()
    return regex_cache.compile_parsed(f"lint.matcher trie {regex_cache.code_key(__file__)} {key}", build)


def _node_ops(node: _Trie, state: object) -> list[tuple[object, object]]:
    """The parsed form of ``_node_pattern(node)``: a group without a repeat is spliced into
    the sequence that holds it, a choice of single characters becomes a class, and an
    optional part a repeat of at most one."""
    branches = [[(_parser.LITERAL, ord(ch)), *_node_ops(child, state)] for ch, child in sorted(node.items()) if ch]
    if not branches:
        return []
    if len(branches) == 1:
        body = branches[0]
    elif all(len(branch) == 1 for branch in branches):
        body = [(_parser.IN, [branch[0] for branch in branches])]
    else:
        body = [(_parser.BRANCH, (None, [_parser.SubPattern(state, branch) for branch in branches]))]
    if "" in node:
        return [(_parser.MAX_REPEAT, (0, 1, _parser.SubPattern(state, body)))]
    return body


class LazyPattern:
    """A pattern term's regex, compiled the first time a text holds its trigger: most texts
    (a spec's strings, a vendor's page) hold the triggers of a few, and a cold lint need not
    compile the rest (~17 ms for the Chinese pattern terms)."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex_cache.compile(self.pattern)
        return self._compiled


@dataclass(frozen=True, slots=True)
class Lexicon:
    zh: re.Pattern[str]  # every Chinese spelling, matched as substrings
    en: re.Pattern[str]  # every English spelling, lower case, run over lower-cased text
    lookup: dict[str, Term | None]  # spelling (English lower-cased) → term, None = exclusion
    patterns: tuple[tuple[str, LazyPattern, Term], ...]  # trigger, pattern, term (ZH_PATTERN_TERMS)
    en_anchors: dict[str, tuple[_Anchored, ...]]  # anchor word → its EN_PATTERN_TERMS, compiled
    en_fallback: dict[str, Term]  # anchor word → its EN_EVALUATIVE term, when none of its patterns matches
    en_markers: frozenset[str]  # promise markers after which evaluative words are found by form


_Anchored = tuple[str, str, Term]  # pattern, before ("" = none), term


def _english_anchors() -> dict[str, tuple[_Anchored, ...]]:
    """EN_PATTERN_TERMS by anchor word: each pattern is tried where the trie finds its
    anchor, compiled the first time it is tried (a clean lint never pays for them)."""
    out: dict[str, tuple[_Anchored, ...]] = {}
    for name, family, replacement, bound, anchors, pattern, before in EN_PATTERN_TERMS:
        entry = (pattern, before, Term(name, family, replacement, "en", bound, replacement))
        for word in anchors:
            out[word] = (*out.get(word, ()), entry)
    return out


def _zh_spellings(word: str) -> set[str]:
    return {word, *VARIANTS.get(word, ()), *ZH_EXTRA_VARIANTS.get(word, ())}


@cache
def lexicon() -> Lexicon:
    lookup: dict[str, Term | None] = {}
    for word in ZH_EXCLUSIONS:
        for spelling in _zh_spellings(word):
            lookup[spelling] = None
    for term, family, replacement in ZH_TERMS:
        kind = BOUND_KIND.get(term, FAMILY_BOUND[family])
        entry = Term(term, family, replacement, "zh", kind, REPLACEMENTS_HANT.get(term, replacement))
        for spelling in _zh_spellings(term):
            lookup.setdefault(spelling, entry)
    for word in EN_EXCLUSIONS:
        lookup[word.lower()] = None
    for term, family, replacement in EN_TERMS:
        kind = BOUND_KIND.get(term, FAMILY_BOUND[family])
        lookup.setdefault(term.lower(), Term(term, family, replacement, "en", kind, replacement))
    en_anchors = _english_anchors()
    en_fallback: dict[str, Term] = {}
    for term, family, replacement in EN_EVALUATIVE:  # vague only in a promise (termsmith.lint.uses)
        entry = Term(term, family, replacement, "en", BOUND_KIND.get(term, FAMILY_BOUND[family]), replacement)
        if term in en_anchors:
            en_fallback[term] = entry
        else:
            lookup.setdefault(term, entry)
    for word in en_anchors:
        lookup.setdefault(word, None)  # found by the trie, then matched against its patterns
    markers = frozenset(w for w in evaluative.MARKERS if lookup.setdefault(w, None) is None and w not in en_anchors)
    zh = sorted(w for w in lookup if not w.isascii() and not _latin_exclusion(w, lookup))
    en = sorted(
        w for w in lookup if w.isascii() or _latin_exclusion(w, lookup)
    )  # attorneys’ fees: typographic apostrophe
    patterns = tuple(
        (
            trigger,
            LazyPattern(pattern),
            Term(
                name,
                family,
                replacement,
                "zh",
                BOUND_KIND.get(name, FAMILY_BOUND[family]),
                REPLACEMENTS_HANT.get(name, replacement),
            ),
        )
        for name, family, replacement, trigger, pattern in ZH_PATTERN_TERMS
    )
    english = _compile_trie(english_prefix(en), en)
    return Lexicon(_compile_trie("", zh), english, lookup, patterns, en_anchors, en_fallback, markers)


def english_prefix(words: list[str]) -> str:
    """What the English trie opens with: its left boundary, "no ASCII letter, digit or
    underscore before", and a class of the words' first letters.

    English runs over a lower-cased copy: re.IGNORECASE is ten times slower. When every
    first letter is an ASCII word character (the copy holds no upper-case ASCII letter),
    ASCII ``\\b`` (flag ``a``) before such a letter says exactly what the lookbehind
    ``(?<![a-z0-9_])`` says, at the text's start and before a ``pos`` too (both read the
    real text before it). re cannot skip ahead to a first letter here (a pattern that
    opens with an assertion is tried at every character), but ``\\b`` is tested inside
    that one call per character, where a lookbehind is one more nested call: the scan of
    the 0.5 MB bench text took 91M instructions with the lookbehind and takes 53M
    (callgrind). The class of first letters stays: without it, 56M. (Before the
    lookbehind, the boundary was checked in Python after each hit, the engine having
    tried the trie mid-word.)"""
    first = "".join(sorted({w[0] for w in words}))
    if all(c in _ASCII_WORD for c in first):
        return rf"(?a)\b(?=[{re.escape(first)}])"
    return rf"(?=[{re.escape(first)}])(?<![a-z0-9_])"  # a spelling opening with "-" or "'": \b would differ


def _latin_exclusion(spelling: str, lookup: dict[str, Term | None]) -> bool:
    """An exclusion with no Chinese character in it (reasonable attorneys’ fees: English,
    non-ASCII only for its typographic apostrophe). Left out of the Chinese scan, where it
    could report nothing and hide no Chinese spelling (none starts with a Latin letter),
    but made the scan enter the trie at every "r" of English text; it belongs to the
    English scan, which it was missing from until session 22 (so every typographic-apostrophe
    exclusion was silently ignored)."""
    return lookup[spelling] is None and not any(ch >= "\u2e80" for ch in spelling)


def lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets kept: U+0130 is the one code point whose
    lower case is two code points long."""
    return (text.replace("\u0130", "i") if "\u0130" in text else text).lower()


def find_terms(text: str, lower: str | None = None) -> list[Hit]:
    """Every vague term in ``text`` (exclusions and English mid-word hits dropped)."""
    return [Hit(*span) for span in scan_terms(text, lower)]


def scan_terms(text: str, lower: str | None = None) -> list[Span]:
    """``find_terms`` as plain ``(start, end, text, term)`` tuples, in text order
    (the fast path: no object per hit). ``lower`` is ``lower_same_length(text)``
    when the caller already has it."""
    lex = lexicon()
    lookup = lex.lookup
    spans: list[Span] = []
    append = spans.append
    for m in lex.zh.finditer(text):
        spelling = m.group()
        term = lookup[spelling]
        if term is not None:
            start, end = m.span()
            append((start, end, spelling, term))
    matches = _pattern_matches(text)
    if matches:
        spans = _add_pattern_spans(spans, matches)
    english = _english_spans(text, lower if lower is not None else lower_same_length(text), lex)
    if english:
        # starts are unique (Chinese and English spellings share no character),
        # so tuples sort by start without comparing terms
        spans += english
        spans.sort()
    return spans


def _add_pattern_spans(spans: list[Span], matches: list[tuple[re.Match[str], Term]]) -> list[Span]:
    """``spans`` plus the matches of the pattern terms (in lexicon order) that overlap
    no span already found, in text order. The spans found so far never overlap one
    another, so sorted by start their ends are sorted too: a match overlaps one of
    them exactly when the last span that starts before the match ends reaches past
    the match's start (one bisection per match, not a pass over every span)."""
    starts = [s for s, _, _, _ in spans]
    ends = [e for _, e, _, _ in spans]
    extra: list[Span] = []
    for m, term in matches:
        start, end = m.span()
        i = bisect_left(starts, end)
        if i and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        extra.append((start, end, m.group(), term))
    return sorted(spans + extra, key=lambda span: span[0]) if extra else spans


_LEAD_SCAN_MIN = 2000  # characters: a shorter text runs each pattern (see _pattern_matches)


def _pattern_matches(text: str) -> list[tuple[re.Match[str], Term]]:
    """Every match of the pattern terms whose trigger is in ``text``: pattern by pattern
    in lexicon order, each in text order, as ``finditer`` over the whole text gives them.

    In a long text, the patterns with fixed openings (:func:`_lead_scanned`) are not run
    over the whole text one by one: one scan finds where any of their openings stands,
    and each is matched only there, the only places where ``finditer`` could find a
    match. A short text (a spec's strings) runs each pattern: it is as quick there, and
    a cold 'termsmith lint' need not parse every pattern for its openings."""
    patterns = lexicon().patterns
    active = [i for i, (trigger, _, _) in enumerate(patterns) if trigger in text]
    long = len(text) >= _LEAD_SCAN_MIN
    scanned = _lead_scanned() if long else {}
    at_leads = _matches_at_leads(text, tuple(i for i in active if i in scanned))
    matches: list[tuple[re.Match[str], Term]] = []
    for i in active:
        trigger, pattern, term = patterns[i]
        if i in at_leads:
            found: Iterable[re.Match[str]] = at_leads[i]
        elif long and (reach := _anchor_reach(i)):
            found = _matches_near(text, pattern.compiled(), trigger, reach)
        else:
            found = pattern.compiled().finditer(text)
        matches += [(m, term) for m in found]
    return matches


_REACH_MAX = 32  # characters: a pattern whose matches may run longer before their trigger is run over the whole text


@cache
def _anchor_reach(i: int) -> int:
    """For a pattern term the regex engine cannot skip through a text with (its matches open
    with a lookbehind, not with fixed characters: …地（方式）), how far before its trigger a
    match may start: its longest match less one. 0: not so (the pattern opens with fixed
    characters, or has no one-character trigger, or its matches may be long)."""
    trigger, pattern, _ = lexicon().patterns[i]
    parsed = _parser.parse(pattern.pattern)
    longest = int(parsed.getwidth()[1])
    if len(trigger) != 1 or longest > _REACH_MAX or engine_skips(parsed):
        return 0
    return longest - 1


def _matches_near(text: str, pattern: re.Pattern[str], trigger: str, reach: int) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern each of whose matches holds ``trigger``
    (the lexicon's rule for triggers, checked over the corpora by the tests) at most
    ``reach`` characters after its start. A pattern that opens with lookbehinds is tried by
    the engine at every character of the text (13 ms per 370k characters of Chinese
    contracts for …地（方式）, a tenth of their lint); a match can only start within
    ``reach`` characters before a trigger, so the pattern is tried there alone, found with
    ``str.find``, at each place in text order from the end of the previous match, as
    ``finditer`` tries them."""
    out: list[re.Match[str]] = []
    match = pattern.match
    start = 0  # the first place not tried yet (nor covered by a match)
    at = text.find(trigger)
    while at >= 0:
        place = max(start, at - reach)
        while place <= at:
            m = match(text, place)
            if m is None:
                place += 1
            else:
                out.append(m)
                place = max(place + 1, m.end())  # a match holds its trigger: never empty
        start = place
        at = text.find(trigger, max(at + 1, start))
    return out


@cache
def _lead_scanned() -> dict[int, tuple[str, ...]]:
    """The pattern terms (by index) matched where their leads stand, with their leads:
    those whose matches open with one of several fixed strings, or with one of more than
    one character. The regex engine tries a choice of openings at every character of
    the text; a single opening character it jumps to by itself, no slower than a scan
    of ours (收, 、 are frequent)."""
    out: dict[int, tuple[str, ...]] = {}
    for i, (_, pattern, _) in enumerate(lexicon().patterns):
        openings = leads(pattern.pattern)
        if len(openings) > 1 or (openings and len(openings[0]) > 1):
            out[i] = openings
    return out


def _matches_at_leads(text: str, which: tuple[int, ...]) -> dict[int, list[re.Match[str]]]:
    """The matches of the pattern terms ``which`` (indexes into ``lexicon().patterns``,
    each in :func:`_lead_scanned`), found where one of their leads stands: a pattern is
    matched at each such place that its previous match does not cover, exactly the
    places ``finditer`` would find a match at."""
    found: dict[int, list[re.Match[str]]] = {i: [] for i in which}
    if not which:
        return found
    patterns = lexicon().patterns
    compiled = {i: patterns[i][1].compiled() for i in which}
    scanner, by_char = _lead_scanner(which)
    free = dict.fromkeys(which, 0)  # where each pattern's next match may start
    for lead in scanner.finditer(text):
        start = lead.start()
        for i in by_char[text[start]]:
            if start >= free[i] and (m := compiled[i].match(text, start)) is not None:
                found[i].append(m)
                free[i] = m.end()
    return found


@lru_cache(maxsize=64)  # one per set of patterns whose triggers a text holds: a few in practice
def _lead_scanner(which: tuple[int, ...]) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """One regex that stops at every place where one of the leads of the patterns
    ``which`` stands, and by first character, the patterns to try there.

    The regex opens with the class of the leads' first characters, so the engine skips
    to the next of them by itself. Most places it stops at hold no lead (时 in 小时, 付 in
    支付, 不 …: the first characters are frequent ones), and there a class of the leads'
    second characters fails at once; only past it are the first characters told apart,
    one branch each (a lookbehind on the character, the rests of its leads in one
    lookahead). Before, each stop went through a branch per first character, so every
    new pattern term made every stop slower. The match is the first character alone, so
    places one character apart are all found; a lead of one character (较, 最) skips the
    second-character test."""
    by_char: dict[str, tuple[int, ...]] = {}
    rests: dict[str, dict[str, None]] = {}  # first character → the rest of each lead ("" for a lone character)
    for i in which:
        for lead in _lead_scanned()[i]:
            by_char[lead[0]] = (*by_char.get(lead[0], ()), i)
            rests.setdefault(lead[0], {})[lead[1:]] = None
    lone = "".join(c for c, rest in rests.items() if "" in rest)
    seconds = "".join(sorted({r[0] for c, rest in rests.items() if c not in lone for r in rest}))
    branches = "|".join(
        f"(?<={re.escape(c)})(?=" + "|".join(map(re.escape, rest)) + ")" for c, rest in rests.items() if c not in lone
    )
    alternatives = ([f"(?<=[{re.escape(lone)}])"] if lone else []) + (
        [f"(?=[{re.escape(seconds)}])(?:{branches})"] if branches else []
    )
    pattern = f"[{re.escape(''.join(rests))}](?:{'|'.join(alternatives)})"
    return re.compile(pattern), {c: tuple(dict.fromkeys(ids)) for c, ids in by_char.items()}


def _english_spans(text: str, lower: str, lex: Lexicon) -> list[Span]:
    """English spellings that start and end on a word boundary (not an ASCII letter,
    digit or underscore on either side). One ``finditer`` over the text, begun again only
    where an anchored term's span ends elsewhere than its anchor word (the next search
    starts there, as before); each hit's word is read once and looked up once per table."""
    lookup, markers, anchors, fallback = lex.lookup, lex.en_markers, lex.en_anchors, lex.en_fallback
    n = len(text)
    out: list[Span] = []
    by_form: dict[int, Span] = {}  # evaluative words found by their form after a promise marker
    probe = evaluative.probe_at
    pos: int | None = 0
    while pos is not None:
        hits, pos = lex.en.finditer(lower, pos), None
        for m in hits:
            start, end = m.span()  # never inside a word: the pattern's lookbehind (see lexicon)
            if end < n and lower[end] in _ASCII_WORD:
                # the longest spelling ran into a word: retry the shorter ones
                shorter = _shorter_english(lower, text, start, end)
                if shorter is not None:
                    out.append(shorter)
                continue
            word = m.group()
            term = lookup[word]
            if term is not None:
                out.append((start, end, text[start:end], term))
            elif word in markers:
                if (first := probe(lower, end)) is not None:
                    for s, e in evaluative.candidates(lower, first, lookup):
                        by_form[s] = (s, e, text[s:e], _by_form_term())
            elif (entries := anchors.get(word)) is not None:
                anchored = _anchored_span(lower, text, start, entries)
                if anchored is not None:
                    out.append(anchored)
                    if anchored[1] != end:
                        pos = anchored[1]  # the next search starts where the span ends
                        break
                elif word in fallback:
                    out.append((start, end, text[start:end], fallback[word]))
    return _with_by_form(out, by_form) if by_form else out


@cache
def _by_form_term() -> Term:
    return Term(evaluative.TERM, "VQ", evaluative.REPLACEMENT, "en", "measure", evaluative.REPLACEMENT)


def _with_by_form(out: list[Span], by_form: dict[int, Span]) -> list[Span]:
    """``out`` plus the words found by form that overlap no lexicon hit, in text order.
    A hit that overlaps a word starts before the word ends and less than the longest hit
    before it: only those hits are looked at (bisect on the sorted starts)."""
    taken = sorted((s, e) for s, e, _, _ in out)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    extra = []
    for span in by_form.values():
        lo = bisect_left(starts, span[0] - longest)
        hi = bisect_left(starts, span[1])
        if not any(taken[i][1] > span[0] for i in range(lo, hi)):
            extra.append(span)
    return sorted(out + extra, key=lambda span: span[0])


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return regex_cache.compile(pattern)


def _anchored_span(lower: str, text: str, start: int, entries: tuple[_Anchored, ...]) -> Span | None:
    """The first EN_PATTERN_TERMS entry that matches at its anchor word ``start``."""
    for pattern, before, term in entries:
        m = _compiled(pattern).match(lower, start)
        if m is None:
            continue
        if not before:
            return (start, m.end(), text[start : m.end()], term)
        b = _compiled(before).search(lower, max(0, start - 48), start)
        if b is not None:  # the span takes in the words before the anchor (diligent efforts)
            return (b.start(), m.end(), text[b.start() : m.end()], term)
    return None


def _shorter_english(lower: str, text: str, start: int, end: int) -> Span | None:
    """The longest lexicon spelling at ``start`` that ends on a word boundary."""
    lookup = lexicon().lookup
    for stop in range(end - 1, start, -1):
        if lower[stop] in _ASCII_WORD or (lower[stop - 1] not in _ASCII_WORD and lower[stop - 1] != "."):
            continue
        spelling = lower[start:stop]
        if spelling in lookup:
            term = lookup[spelling]
            return None if term is None else (start, stop, text[start:stop], term)
    return None
