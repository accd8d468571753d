"""The word tries are compiled from a parse tree built from the trie itself
(``termsmith.lint.matcher._compile_trie``), not from their text: the regex program must be
the one the text would give, so the matches are the same by construction."""

from __future__ import annotations

import re
import re._compiler as _compiler  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]

import pytest

from termsmith.lint.matcher import (
    _compile_trie,
    _latin_exclusion,
    _node_ops,
    _trie_pattern,
    build_trie,
    english_prefix,
    lexicon,
    lower_same_length,
)


def _program(prefix: str, words: list[str]) -> list[int]:
    parsed = _parser.parse(prefix + _trie_pattern(words))
    return list(_compiler._code(parsed, parsed.state.flags))


def _lexicon_words() -> list[tuple[str, list[str]]]:
    lookup = lexicon().lookup
    zh = sorted(w for w in lookup if not w.isascii() and not _latin_exclusion(w, lookup))
    en = sorted(w for w in lookup if w.isascii())
    return [("", zh), (english_prefix(en), en)]


SMALL = [
    ("", ["等", "等级", "合理", "合理使用", "及时", "及時", "尽快", "盡快"]),
    ("", ["a", "ab", "abc", "b", "bd", "c"]),  # words that are prefixes of others; single characters
    ("(?<![a-z])", ["as soon as possible", "as needed", "a.s.a.p.", "best-effort", "vendor's", "etc."]),
    ("", ["x"]),
    (r"(?a)\b(?=[abc])", ["a", "ab", "abc", "b", "bd", "c"]),  # the English form of the prefix
]


@pytest.mark.parametrize(("prefix", "words"), [*SMALL, *_lexicon_words()])
def test_the_program_is_the_one_the_pattern_text_gives(prefix: str, words: list[str]) -> None:
    assert _compile_trie(prefix, words).flags == re.compile(prefix + _trie_pattern(words)).flags
    # the compiled program itself, from the tree built from the trie and from the parsed text
    parsed = _parser.parse(prefix)
    parsed.data += _node_ops(build_trie(words), parsed.state)
    assert list(_compiler._code(parsed, parsed.state.flags)) == _program(prefix, words)


@pytest.mark.parametrize(("prefix", "words"), SMALL)
def test_the_matches_are_those_of_the_pattern_text(prefix: str, words: list[str]) -> None:
    text = "等级等合理使用合理及時尽快 abc ab a bd b c x as needed, a.s.a.p. best-effort vendor's etc. abcd"
    expected = [m.span() for m in re.finditer(prefix + _trie_pattern(words), text)]
    assert expected  # the text holds matches
    assert [m.span() for m in _compile_trie(prefix, words).finditer(text)] == expected


BOUNDARY_TEXT = (
    "Reasonable reasonable unreasonable reasonable_x x_reasonable 2reasonable reasonable2 "
    "乙方reasonable efforts合理 éreasonable (promptly) «etc.»etc. ETC.promptly\n"
    "promptly-ish re-reasonable K\u212areasonable İreasonable\tasap reasonable"
)


def test_the_english_boundary_is_the_lookbehind_it_replaced() -> None:
    """ASCII \\b before a first letter finds what ``(?<![a-z0-9_])`` found, over the
    lower-cased text: at its start and end, next to CJK, non-ASCII letters, digits,
    underscores and punctuation, and from every ``pos`` (a search restarts mid-text)."""
    en = sorted(w for w in lexicon().lookup if w.isascii())
    prefix = english_prefix(en)
    assert prefix.startswith("(?a)\\b")  # the lexicon's English spellings all open with a letter
    first = "".join(sorted({w[0] for w in en}))
    old = re.compile(f"(?=[{re.escape(first)}])(?<![a-z0-9_])" + _trie_pattern(en))
    new = lexicon().en
    lower = lower_same_length(BOUNDARY_TEXT)
    assert [m.span() for m in new.finditer(lower)] == [m.span() for m in old.finditer(lower)]
    assert len(list(old.finditer(lower))) >= 8
    for pos in range(len(lower) + 1):
        assert [m.span() for m in new.finditer(lower, pos)] == [m.span() for m in old.finditer(lower, pos)], pos


def test_a_spelling_opening_with_no_letter_keeps_the_lookbehind() -> None:
    assert english_prefix(["-ish", "abc"]) == "(?=[\\-a])(?<![a-z0-9_])"
    assert english_prefix(["abc", "b"]) == "(?a)\\b(?=[ab])"
