"""The loader's limits and duplicate-key check at their exact edges.

Limits (yaml_loader): 5 MiB of bytes, 64 levels of nesting, 200,000 values built
(every alias expansion counted), 1,024 open flow brackets before parsing. Each
test puts a document exactly on a limit (it loads) and one step past it (refused
with the exact code, message and position, worked out by hand).
"""

from __future__ import annotations

import pytest

from termsmith import yaml_loader
from termsmith.diagnostics import Position
from termsmith.yaml_loader import YamlLoadError, decode_source, load_yaml


def load(text: str):
    return load_yaml("t.yaml", text=text, file="t.yaml")


def refusal(text: str) -> tuple[str, str, Position, Position | None, str | None]:
    with pytest.raises(YamlLoadError) as info:
        load(text)
    (d,) = info.value.diagnostics
    assert d.file == "t.yaml" and d.severity.value == "error"
    return d.code, d.message, d.start, d.end, d.hint


# ---------------------------------------------------------------- values built (alias bombs)
# root mapping (1) + a's list (1 + 737 scalars) + b's list (1) + 270 expansions of a (738 each)
# = 1 + 738 + 1 + 270 × 738 = 200,000 values: exactly the limit.
AT_LIMIT = "a: &a [" + ", ".join(["0"] * 737) + "]\nb: [" + ", ".join(["*a"] * 270) + "]\n"


def test_exactly_200000_values_load() -> None:
    data = load(AT_LIMIT).data
    assert len(data["b"]) == 270 and data["b"][269] == [0] * 737


def test_one_value_more_is_refused_where_it_is_built() -> None:
    assert refusal(AT_LIMIT + "c: 1\n") == (
        "Y004",
        "document expands to more than 200,000 values (an alias bomb?)",
        Position(3, 4),
        Position(3, 5),
        "remove repeated aliases (*name); a spec needs no aliases at all",
    )


def test_each_alias_expansion_counts_its_whole_value() -> None:
    # 271 expansions: 1 + 738 + 1 + 271 × 738 = 200,738 values; refused at the anchored list, which
    # runs from "&a" (column 4) past its "]": "a: &a [" is 7 columns, 737 zeros with 736 ", " are 2,209,
    # so "]" is column 2,217 and the span ends at 2,218
    text = AT_LIMIT.replace("*a]\n", "*a, *a]\n")
    assert text.count("*a") == 271
    code, message, start, end, _hint = refusal(text)
    assert (code, message, start, end) == (
        "Y004",
        "document expands to more than 200,000 values (an alias bomb?)",
        Position(1, 4),
        Position(1, 2218),
    )


# ---------------------------------------------------------------- nesting depth


def test_alias_expansion_counts_the_anchor_depth() -> None:
    # x's list is at depth 1, its inner list at 2, the scalar at 3: the anchor is 2 levels tall.
    # Used inside 61 brackets the alias sits at depth 62 and reaches 64: allowed.
    ok = "x: &x [[1]]\ny: " + "[" * 61 + "*x" + "]" * 61 + "\n"
    node = load(ok).data["y"]
    for _ in range(60):
        node = node[0]
    assert node == [[[1]]]
    # inside 62 brackets it reaches 65: refused, at the anchored value "&x [[1]]" (columns 4 to 12)
    deep = "x: &x [[1]]\ny: " + "[" * 62 + "*x" + "]" * 62 + "\n"
    assert refusal(deep) == ("Y004", "YAML nesting is deeper than 64 levels", Position(1, 4), Position(1, 12), None)


def test_block_nesting_of_64_levels_loads_and_65_is_refused_at_the_deepest_value() -> None:
    def nested(levels: int) -> str:
        # k0 at depth 0 holds a mapping at depth 1; the leaf value sits at depth `levels`
        return "".join(f"{'  ' * i}k{i}:\n" for i in range(levels - 1)) + "  " * (levels - 1) + f"k{levels - 1}: leaf\n"

    data = load(nested(64)).data
    for i in range(63):
        data = data[f"k{i}"]
    assert data == {"k63": "leaf"}
    code, message, start, _end, _hint = refusal(nested(65))
    # the leaf of k64 is on line 65, after 64 × 2 spaces and "k64: "
    assert (code, message, start) == ("Y004", "YAML nesting is deeper than 64 levels", Position(65, 134))


# ---------------------------------------------------------------- duplicate keys


def test_duplicate_key_message_hint_and_span() -> None:
    assert refusal("name: a\ntitle: b\nname: c\n") == (
        "Y002",
        "duplicate key 'name' (first defined at line 1, column 1)",
        Position(3, 1),
        Position(3, 5),
        "a duplicated key would silently override the first one; remove or rename one",
    )


def test_duplicate_key_inside_a_list_item() -> None:
    code, message, start, _end, _hint = refusal("items:\n  - id: a\n    id: b\n")
    assert (code, message, start) == ("Y002", "duplicate key 'id' (first defined at line 2, column 5)", Position(3, 5))


def test_same_key_in_different_mappings_is_not_a_duplicate() -> None:
    data = load("a: {k: 1}\nb: {k: 2}\nc:\n  - k: 3\n  - k: 4\n").data
    assert data == {"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 3}, {"k": 4}]}


def test_duplicate_key_in_flow_mapping() -> None:
    code, message, start, _end, _hint = refusal("a: {k: 1, j: 2, k: 3}\n")
    assert (code, message, start) == ("Y002", "duplicate key 'k' (first defined at line 1, column 5)", Position(1, 17))


@pytest.mark.parametrize(("text", "pos"), [("? [a, b]\n: 1\n", Position(1, 3)), ("? {a: 1}\n: 1\n", Position(1, 3))])
def test_non_text_keys_are_refused(text: str, pos: Position) -> None:
    code, message, start, _end, _hint = refusal(text)
    assert (code, message, start) == ("Y002", "mapping keys must be plain text", pos)


# ---------------------------------------------------------------- flow brackets and the fast path


def test_runaway_brackets_edges() -> None:
    runaway = yaml_loader._runaway_brackets
    assert runaway("[" * 1024) is None  # at most 1,024 opens in the whole text: not even scanned
    assert runaway("[" * 1025) == Position(1, 1025)
    assert runaway("{" * 1025) == Position(1, 1025)
    assert runaway("[" * 600 + "{" * 425) == Position(1, 1025)  # both kinds count together
    assert runaway("a\nbc\n" + "[" * 1025) == Position(3, 1025)  # lines and columns restart after newlines
    assert runaway("[]" * 1100) is None  # many brackets, never nested
    assert runaway("[" * 1024 + "]" + "[") is None  # a close lowers the depth again
    assert runaway("]" * 10 + "[" * 1025) == Position(1, 1035)  # stray closes do not go below zero
    assert runaway("X" * 10 + "[" * 1025) == Position(1, 1035)  # letters neither open
    assert runaway("[" * 1000 + "X" * 10 + "[" * 30) == Position(1, 1035)  # nor close
    assert runaway("[" * 1024 + "]" + "[" * 2) == Position(1, 1027)  # 1024, 1023, then 1025


def test_fast_path_only_for_shallow_text() -> None:
    safe = yaml_loader._fast_path_is_safe
    assert safe("[" * 64) is True
    assert safe("[" * 65) is False
    assert safe("{" * 65) is False
    assert safe("[]" * 100) is True
    assert safe("[" * 10 + "]" * 10 + "[" * 64) is True  # each close lowers the depth by one
    assert safe("[" * 64 + "]" + "[" * 2) is False  # 64, 63, then 65
    assert safe(" " * 256 + "a") is True
    assert safe(" " * 257 + "a") is False
    assert safe("a:\n" + " " * 257 + "b") is False  # the widest indent of any line counts
    assert safe("") is True


# ---------------------------------------------------------------- file size


def test_size_limit_is_5_mib() -> None:
    at_limit = b"a: " + b"x" * (5 * 1024 * 1024 - 4) + b"\n"
    assert len(at_limit) == 5 * 1024 * 1024
    assert decode_source(at_limit, "big.yaml").startswith("a: xxx")
    with pytest.raises(YamlLoadError) as info:
        decode_source(at_limit + b"x", "big.yaml")
    (d,) = info.value.diagnostics
    assert (d.code, d.message, d.file, d.start) == (
        "Y008",
        "file is 5,242,881 bytes; specs are limited to 5,242,880 bytes",
        "big.yaml",
        Position(1, 1),
    )


def test_an_alias_value_is_placed_at_its_anchor() -> None:
    # b's value is written at "&a" (line 1, column 4); b's key is at line 2, column 1
    loaded = load("a: &a {x: 1}\nb: *a\n")
    assert loaded.position(("b",)) == Position(1, 4)
    assert loaded.position(("b",), key=True) == Position(2, 1)
    assert loaded.data == {"a": {"x": 1}, "b": {"x": 1}}


def test_a_tagged_key_is_not_plain_text() -> None:
    # "!foo a" runs from column 1 to 6: the span ends at column 7
    assert refusal("!foo a: 1\n") == ("Y002", "mapping keys must be plain text", Position(1, 1), Position(1, 7), None)


def test_merge_key_message_and_hint() -> None:
    assert refusal("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n") == (
        "Y003",
        "merge keys ('<<') are not supported",
        Position(3, 3),
        Position(3, 5),
        "write the fields out; a duplicated value must be visible in the spec",
    )


def test_fast_path_counts_only_brackets() -> None:
    safe = yaml_loader._fast_path_is_safe
    assert safe("X" * 65 + "a" * 65) is True  # letters are not brackets
    assert safe("[" * 64 + "X" + "[") is False  # a letter does not close a bracket: depth 65
