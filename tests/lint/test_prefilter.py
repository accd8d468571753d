"""Speed-ups read from the patterns (termsmith.lint.prefilter) change no match.

Pattern terms are matched only where one of their fixed openings stands:
the matches must be exactly those of ``finditer`` over the whole text, pattern by pattern.

The texts are the lint corpus and the tuning part of the real-text corpus, joined, plus
sentences built to put one opening right after another (时的 inside 当时的).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from lint_findings import warnings

from termsmith.lint.matcher import _latin_exclusion, _lead_scanned, _matches_at_leads, _pattern_matches, lexicon
from termsmith.lint.prefilter import compile_with_first_class, compile_with_first_pairs, first_class, first_pairs, leads

HERE = Path(__file__).parent


def _texts() -> list[str]:
    corpus = [
        json.loads(line)["text"]
        for line in (HERE / "corpus" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    tuning = [
        line.partition(" | ")[2]
        for lang in ("zh-Hans", "zh-Hant", "en")
        for path in sorted((HERE / "realtext" / lang).glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if " | " in line and not line.startswith("#")
    ]
    built = [
        "按当时的服务费标准收取，届时的价格表另行通知。",
        "乙方提供给予优质的服务，确保提供相关的资料，做到较强较好。",
        "保证保证系统正常，额外额外费用，另外另外报价，满足满足需求。",
        "视视情况而定，根据根据实际情况，依依据情况。",
    ]
    return ["".join(corpus), "\n".join(tuning), *built, *corpus[:50]]


def _whole_text(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), term.term)
        for trigger, pattern, term in lexicon().patterns
        if trigger in text
        for m in pattern.compiled().finditer(text)
    ]


@pytest.mark.parametrize("text", _texts())
def test_matches_are_those_of_finditer(text: str) -> None:
    got = [(m.start(), m.end(), term.term) for m, term in _pattern_matches(text)]
    assert got == _whole_text(text)


@pytest.mark.parametrize("text", _texts())
def test_matches_at_leads_are_those_of_finditer(text: str) -> None:
    """Each lead-scanned pattern on its own, whatever the length of the text or its trigger."""
    patterns = lexicon().patterns
    found = _matches_at_leads(text, tuple(_lead_scanned()))
    for i, matches in found.items():
        assert [m.span() for m in matches] == [m.span() for m in patterns[i][1].compiled().finditer(text)], patterns[i][
            2
        ]


def test_the_corpora_hold_matches_of_lead_scanned_patterns() -> None:
    """Otherwise the comparisons above would prove nothing."""
    scanned = {lexicon().patterns[i][2].term for i in _lead_scanned()}
    found = {name for text in _texts() for _, _, name in _whole_text(text)}
    assert len(scanned & found) >= 8


def test_long_texts_are_lead_scanned() -> None:
    assert len(_texts()[0]) >= 2000 and len(_lead_scanned()) >= 10


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("其他[^，]{1,12}?工作", ("其他",)),
        ("(?:提供|给予)x", ("提供", "给予")),
        ("[视視]而定", ("视", "視")),
        ("较(?![为少])[一-鿿]|最(?=[佳优])", ("较", "最")),
        ("(?i)ab", ()),  # case folded: the opening is not one fixed string
        ("a?b", ()),  # may open with b
        ("a*", ()),  # may match nothing
        ("[^a]b", ()),
        ("(?:ab|[cd])", ("ab", "c", "d")),  # a group's choices are read through
        ("(?:ab|.)", ()),  # … unless one opens with no fixed character
    ],
)
def test_leads(pattern: str, expected: tuple[str, ...]) -> None:
    assert leads(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("ab|cd", "[ac]"),
        (r"\bnot\b|不", "[n不]"),  # a boundary consumes nothing
        (r"(?:至少)?\s*\d+个", r"[\d\s至]"),  # an optional part: what follows may open
        ("(?P<x>例如)|(?=[ab])c", "[c例]"),  # a lookahead consumes nothing either
        ("[a-c]x", "[a-c]"),
        ("a*", None),  # may match nothing
        ("[^a]b", None),  # a negated class joins no union
        (".b", None),
        ("(?i)ab", None),
    ],
)
def test_first_class(pattern: str, expected: str | None) -> None:
    assert first_class(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", "a[^b]"),
        ("ab|cd", "a[^b]|c[^d]"),
        ("a?bc", "a[^b]|b[^c]"),  # an optional first part: the next one may open
        ("(?:x|yz)w", "x[^w]|y[^z]"),
        (r"a\bc", "a[^c]"),  # a boundary consumes nothing
        ("(?:ab)+c", "a[^b]"),
        ("(?:ab|ac)", "a[^bc]"),
        (r"a\.|\d\s", r"a[^\.]"),  # \d is no single character: not told apart
        ("ab?", None),  # may end after one character
        ("a[^b]", None),  # a negated class: the second character cannot be told
        ("[a-c]x|by", None),  # b may open a match of the range's branch too
        ("a个", None),  # a class of Chinese characters is not worth its compile time
        ("a*", None),
        ("(?:ab)?", None),
        (".b", None),
        ("(?i)ab", None),
    ],
)
def test_first_pairs(pattern: str, expected: str | None) -> None:
    assert first_pairs(pattern) == expected


_SMALL = [
    "a?bc|d",
    "(?:ab|c)*d",
    r"x(?:y|z\b)?w?|(?:uv)+",
    "(?:a|b?)c?d",
    "[ab]{2,3}c|a[^c]",
    r"(?:a(?=b)|bc)+(?:d|$)",
    "(?:a|)b",
    "(?:ab|ac|b)d|[c-d]a",
    r"x\by|xz?",
]


@pytest.mark.parametrize("pattern", _SMALL)
def test_the_pairs_admit_every_match_of_small_patterns(pattern: str) -> None:
    """Every string of up to four characters over the patterns' alphabet: the pattern
    matches exactly where it matches behind the lookaheads on its first two characters."""
    plain, fast = re.compile(pattern), compile_with_first_pairs(pattern)
    texts = [""]
    for _ in range(4):
        texts = [t + c for t in texts for c in "abcdxyzuvw"] + texts
    for text in texts:
        assert (fast.match(text) is None) == (plain.match(text) is None), text


def _prefiltered() -> list[str]:
    from termsmith.lint import uses
    from termsmith.lint.bounds import _KINDS

    named = [name for name in dir(uses) if name.startswith(("_EN_", "_ZH_")) and isinstance(getattr(uses, name), str)]
    return [
        p
        for p in (
            uses._MARKS,
            f"(?P<p>{uses._ZH_PURPOSE})|(?P<n>{uses._ZH_PROHIBITION})|(?P<c>{uses._ZH_NEXT_VERB})",  # _zh_patterns()[0]
            *_KINDS.values(),
            *(getattr(uses, name) for name in named),
        )
        if first_class(p) is not None
    ]


@pytest.mark.parametrize("pattern", _prefiltered())
def test_the_lookahead_changes_no_match(pattern: str) -> None:
    """The marker scan, every bound kind and the Chinese and English use patterns find
    the same matches (place, group) behind their lookahead (on the first character, and on the first two), over every text above, lower-cased as the lint reads it."""
    plain = re.compile(pattern)
    for fast in (compile_with_first_class(pattern), compile_with_first_pairs(pattern)):
        for text in _texts():
            lower = text.lower()
            assert [(m.span(), m.lastgroup) for m in fast.finditer(lower)] == [
                (m.span(), m.lastgroup) for m in plain.finditer(lower)
            ]


def test_no_chinese_spelling_starts_where_a_latin_exclusion_could_hide_it() -> None:
    """The premise of leaving Latin exclusions (reasonable attorneys’ fees) out of the
    Chinese scan: every other spelling in it starts with a Chinese character, so none can
    start inside them."""
    lookup = lexicon().lookup
    chinese = [w for w in lookup if not w.isascii() and not _latin_exclusion(w, lookup)]
    assert chinese and all(w[0] >= "\u2e80" for w in chinese)
    assert _latin_exclusion("reasonable attorneys’ fees", lookup)


# The definition check runs only when the sentence's opening window holds what every
# definition holds (termsmith.lint.uses._DEFINITION_NEEDS).

_DEFINITIONS = [
    '"Incident" means any interruption of the Service.',
    "“维护服务”是指乙方提供的服务。",
    "本合同所称“工作日”是指周一至周五。",
    "business day shall have the meaning given below.",
    "工作日：指周一至周五。",
    "本协议所称服务期是指十二个月。",
    "“服务”包括安装与调试。",
    "濫發電郵被界定為在互聯網上充斥某電子信息的複本。",
]


def test_every_definition_branch_needs_what_the_quick_check_looks_for() -> None:
    from termsmith.lint.uses import _DEFINITION, _DEFINITION_NEEDS

    needs = re.compile(_DEFINITION_NEEDS)
    branches = re.compile(_DEFINITION)
    for text in _DEFINITIONS:
        lower = text.lower()
        assert branches.match(lower), text  # the examples are definitions
        assert needs.search(lower), text
    # removing the needed marks from a definition leaves no definition
    for text in _DEFINITIONS:
        stripped = re.sub(_DEFINITION_NEEDS, "", text.lower())
        assert needs.search(stripped) is None
        assert branches.match(stripped) is None, stripped


@pytest.mark.parametrize("text", _texts())
def test_definition_quick_check_never_hides_a_definition(text: str) -> None:
    from termsmith.lint.uses import _DEFINITION, _DEFINITION_NEEDS

    needs, definition = re.compile(_DEFINITION_NEEDS), re.compile(_DEFINITION)
    lower = text.lower()
    for lo in range(0, len(lower), 7):
        window = min(len(lower), lo + 120)
        if definition.match(lower, lo, window):
            assert needs.search(lower, lo, window), lower[lo:window]


@pytest.mark.parametrize("kind", sorted(__import__("termsmith.lint.bounds", fromlist=["_KINDS"])._KINDS))
def test_the_pairs_lookahead_changes_no_bound(kind: str) -> None:
    """Every bound kind finds the same quantities behind the lookahead on its first two
    characters, over every text above, lower-cased as the lint reads it, from every 5th offset."""
    from termsmith.lint.bounds import _KINDS

    plain, fast = re.compile(_KINDS[kind]), compile_with_first_pairs(_KINDS[kind])
    for text in _texts():
        lower = text.lower()
        assert [m.span() for m in fast.finditer(lower)] == [m.span() for m in plain.finditer(lower)]
        for i in range(0, len(lower), 5):
            found, expected = fast.search(lower, i, i + 80), plain.search(lower, i, i + 80)
            assert (found and found.span()) == (expected and expected.span())


_PROBE_EDGES = [
    "will " + "x" * 50 + " " + "y" * 30 + "ful. then",  # a word that starts at the last place and runs past the window
    "will " + "x" * 56 + "ive",  # starts one place too late
    "will " + "x" * 55 + " abcive",
    "shall respond prompt-ly and well-organized, in a friendly way",
    "will be o'clock-ous'",  # an apostrophe after the suffix
    "will be quick; efficient",  # a clause stop before the word
    "will be (efficient)",
    "will be efficient",  # the suffix at the end of the text
    "will be effici",
    "will " + "-" * 70 + "ous",
    "will be lyly ly-ly 'ous ous' -ive",
]


@pytest.mark.parametrize("text", [*_texts(), *_PROBE_EDGES])
def test_the_quick_probe_finds_what_the_probe_finds(text: str) -> None:
    """``probe_at`` equals the evaluative probe at every offset (span and groups)."""
    from termsmith.lint.evaluative import probe, probe_at

    lower = text.lower()
    plain = probe().match
    for i in range(len(lower) + 1):
        found, expected = probe_at(lower, i), plain(lower, i)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), i


@pytest.mark.parametrize("compile_", [compile_with_first_class, compile_with_first_pairs])
def test_a_pattern_the_engine_skips_through_by_itself_is_compiled_as_written(compile_: Any) -> None:
    """A fixed opening, a class, or branches that each open with a character: the engine
    scans for them itself, and a lookahead in front would only slow it (``.pattern`` is
    None when the lookahead was put in front)."""
    for pattern in ("不在|不属于|除外", "[(（【]", "收(?<!验收)费", "arbitrat|court|仲裁"):
        assert compile_(pattern).pattern == pattern
    for pattern in (r"\bnot\b|不", "(?P<x>例如)|比如", r"(?:至少)?\s*\d+个"):
        assert compile_(pattern).pattern is None


# Patterns tried only where one of their opening characters stands (found with str.find):
# the same matches as finditer over the whole text, sparse openings or dense.


def _opening_patterns() -> list[str]:
    from termsmith.lint import definitions

    return [definitions._EN_DEF_RE, definitions._ZH_DEF_RE, r"[(（](?:\d+|[a-z])[)）]", "(?<=a)b|c+"]


@pytest.mark.parametrize("pattern", _opening_patterns())
def test_matches_at_openings_are_those_of_finditer(pattern: str) -> None:
    from termsmith.lint.prefilter import finditer_at_openings, opening_chars

    compiled, chars = re.compile(pattern), opening_chars(pattern)
    assert chars
    dense = "".join(_DEFINITIONS) * 3 + "(a)(1)（2）abcc cab"
    for text in [*_texts(), *_DEFINITIONS, dense, "", "no opening here"]:
        got = [(m.span(), m.groups()) for m in finditer_at_openings(compiled, chars, text)]
        assert got == [(m.span(), m.groups()) for m in compiled.finditer(text)]


def test_opening_chars_only_when_they_are_a_few_single_characters() -> None:
    from termsmith.lint.prefilter import opening_chars

    assert opening_chars(r"[\"“'(]x") == "\"'(“"
    assert opening_chars(r"(?<=x)ab|cd") == "ac"
    assert opening_chars(r"\dx") is None  # a category, not a few characters
    assert opening_chars(r"[a-z]x") is None  # a range
    assert opening_chars(r"a?b?") is None  # a match may be empty
    assert opening_chars("|".join("abcdefghij")) is None  # too many to find one by one


def test_leads_read_through_a_group_of_choices() -> None:
    """A pattern whose openings are grouped (written so: its lookahead once, not once per
    opening) keeps the same fixed leads, and a group after fixed characters continues them."""
    assert leads(r"(?:判定|认定)(?=x)|以(?:本公司|我司)(?=y)|指定") == ("判定", "认定", "以本公司", "以我司", "指定")
    assert leads(r"不时(?=改)|不時(?=改)") == ("不时", "不時")  # the parser groups them behind 不
    assert leads(r"有所(?:调整|变动)") == ("有所调整", "有所变动")
    assert leads(r"不[时時]x") == ("不时", "不時")
    assert leads(r"(?:当时|届)+的") == ()  # a repeat: not read through, nothing before it
    assert leads(r"(?:a|\d)b") == ()  # a choice that opens with no fixed character
    assert leads(r"x(?:ab|\d)") == ("xab", "x")  # … after fixed ones: those alone lead it
    assert leads(r"(?i)abc") == ()


def test_grouped_openings_match_as_one_branch_per_opening() -> None:
    """判定为准 written with grouped openings matches where its former form (one branch per
    opening, each with its own lookahead) does, over every text above."""
    from termsmith.lint.lexicon.terms import _ZH_CLAUSE, ZH_PATTERN_TERMS

    grouped = next(pattern for name, *_, pattern in ZH_PATTERN_TERMS if name == "判定为准")
    per_opening = "|".join(
        [
            *(
                w + r"(?=[^。；;\n]{0,20}?(?:为准|為準|为主|為主))"
                for w in ("判定", "认定", "認定", "判断", "判斷", "评估", "評估", "检测", "檢測")
            ),
            *(
                "以"
                + w
                + "(?=(?:(?!书面|書面|盖章|蓋章|公章|签字|簽字|签章|簽章)"
                + _ZH_CLAUSE
                + r"){0,16}?(?:为准|為準))"
                for w in ("本公司", "我公司", "我司", "我方", "我們", "我们", "乙方", "本店", "本站")
            ),
            r"指定(?=[^。；;\n]{0,24}?(?:为准|為準))",
            *(
                w
                + "(?<=[会會将將]"
                + w
                + ")(?="
                + _ZH_CLAUSE
                + r"{0,16}?(?:点数|點數|费用|費用|价格|價格|工时|工時|时数|時數))"
                for w in ("评估", "評估", "判定", "认定", "認定")
            ),
        ]
    )
    built = "以我司记录为准。会评估所需费用。以乙方书面通知为准。判定结果以检测为准，指定机构为准。"
    for text in [*_texts(), built]:
        expected = [m.span() for m in re.finditer(per_opening, text)]
        assert [m.span() for m in re.finditer(grouped, text)] == expected
    assert [m.span() for m in re.finditer(grouped, built)]  # the built text holds matches


# A pattern term the engine cannot skip through (its matches open with lookbehinds) is tried
# only within its reach before each of its trigger's places (termsmith.lint.matcher._matches_near).


def test_every_match_of_a_pattern_term_holds_its_trigger() -> None:
    """The lexicon's rule for triggers, which the trigger test and the tries near triggers rely on."""
    for text in _texts():
        for trigger, pattern, term in lexicon().patterns:
            for m in pattern.compiled().finditer(text):
                assert trigger in m.group(), (term.term, m.group())


def test_some_pattern_term_is_tried_near_its_trigger_and_the_corpora_hold_its_matches() -> None:
    """Otherwise the comparisons of _pattern_matches with finditer would not cover it."""
    from termsmith.lint.matcher import _anchor_reach

    near = [i for i in range(len(lexicon().patterns)) if _anchor_reach(i)]
    assert near
    assert any(_whole_text_one(text, i) for text in _texts() for i in near)


def _whole_text_one(text: str, i: int) -> list[tuple[int, int]]:
    return [m.span() for m in lexicon().patterns[i][1].compiled().finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "trigger", "text"),
    [
        ("(?<![a-z])[a-z]{0,3}x", "x", "ax bbx x cccx ddddx xx x axbx"),  # overlapping reaches, a trigger in a match
        ("(?<=[ab])..x|x", "x", "x abx bcx aax xxxx"),
        ("(?:地|..地)(?!区)", "地", "地区规范地做好地地地区地"),
    ],
)
def test_matches_near_the_trigger_are_those_of_finditer(pattern: str, trigger: str, text: str) -> None:
    from termsmith.lint.matcher import _matches_near

    compiled = re.compile(pattern)
    reach = _parser_width(pattern) - 1
    expected = [m.span() for m in compiled.finditer(text)]
    assert expected
    assert [m.span() for m in _matches_near(text, compiled, trigger, reach)] == expected


def _parser_width(pattern: str) -> int:
    import re._parser as _parser  # type: ignore[import-not-found]

    return int(_parser.parse(pattern).getwidth()[1])


def test_latin_exclusions_with_a_typographic_apostrophe_silence_their_term() -> None:
    """Every exclusion spelled with ’ (as Word writes "attorneys’ fees") hides its vague word
    exactly as its straight-apostrophe spelling does: until session 22 the English scan
    left them out, so "reasonable attorneys’ fees" warned while "attorneys' fees" did not."""
    lookup = lexicon().lookup
    curly = sorted(w for w in lookup if _latin_exclusion(w, lookup) and "’" in w)
    assert "reasonable attorneys’ fees" in curly
    for spelling in curly:
        straight = spelling.replace("’", "'")
        sentence = f"The Vendor shall pay {spelling} to the Customer."
        assert warnings(sentence) == warnings(f"The Vendor shall pay {straight} to the Customer."), spelling
        assert not [w for w in warnings(sentence) if w[1].lower() in spelling.lower()], (spelling, warnings(sentence))
