"""The positioned YAML loader: positions, numbers, dates, and what it refuses.

Each test runs through both composers: libyaml (the fast path) and pure-Python
ruamel (used for deep files), which must agree.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from termsmith import yaml_loader
from termsmith.diagnostics import Position
from termsmith.yaml_loader import MAX_DEPTH, MAX_FLOW_BRACKETS, LoadedYaml, YamlLoadError, load_yaml


@pytest.fixture(params=["libyaml", "pure"])
def composer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "pure":
        monkeypatch.setattr(yaml_loader, "_fast_path_is_safe", lambda text: False)
    else:
        pytest.importorskip("ruamel.yaml.cyaml")
    return request.param


def load(text: str) -> LoadedYaml:
    return load_yaml("t.yaml", text=text, file="t.yaml")


def load_error(text: str) -> tuple[str, str, Position]:
    with pytest.raises(YamlLoadError) as info:
        load(text)
    (diag,) = info.value.diagnostics
    return diag.code, diag.message, diag.start


# ------------------------------------------------------------------ positions
def test_columns_count_code_points_after_astral_characters(composer: str) -> None:
    text = "a: {𠮷𠮷: [x, y]}\nname: 𠮷野家\nb:\n  - 𠮷: 😀 value\n"
    loaded = load(text)
    assert loaded.data == {"a": {"𠮷𠮷": ["x", "y"]}, "name": "𠮷野家", "b": [{"𠮷": "😀 value"}]}
    assert loaded.position(("a", "𠮷𠮷", 1)) == Position(1, 13)
    assert loaded.position(("a", "𠮷𠮷"), key=True) == Position(1, 5)
    assert loaded.position(("b", 0, "𠮷")) == Position(4, 8)
    line = text.splitlines()[0]
    assert line[13 - 1] == "y"  # the column indexes the Python string directly


def test_key_and_value_positions(composer: str) -> None:
    loaded = load("spec:\n  fees:\n    currency: CNY\n")
    assert loaded.position(("spec", "fees", "currency")) == Position(3, 15)
    assert loaded.position(("spec", "fees", "currency"), key=True) == Position(3, 5)


def test_missing_path_points_at_the_deepest_existing_key(composer: str) -> None:
    loaded = load("spec:\n  fees:\n    currency: CNY\n")
    assert loaded.position(("spec", "fees", "tax", "rate")) == Position(2, 3)
    assert not loaded.has(("spec", "fees", "tax"))


def test_string_scalars_keep_their_spans(composer: str) -> None:
    loaded = load('a: 𠮷 "quoted"\nb: "及時 回應"\n')
    spans = {s.path: (s.value, s.style, s.start, s.end) for s in loaded.strings}
    assert spans[("a",)] == ('𠮷 "quoted"', None, Position(1, 4), Position(1, 14))
    assert spans[("b",)] == ("及時 回應", '"', Position(2, 4), Position(2, 11))


def test_crlf_and_bom(tmp_path: Path, composer: str) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes("\ufeffa: 1\r\nb: 𠮷\r\n".encode())
    loaded = load_yaml(path)
    assert loaded.data == {"a": 1, "b": "𠮷"}
    assert loaded.position(("b",)) == Position(2, 4)


# ------------------------------------------------------------------ numbers, dates, booleans
def test_decimals_come_from_the_text_never_a_float(composer: str) -> None:
    data = load("a: 3000.10\nb: 1e3\nc: 0.1\nd: 12\ne: 1_000\nf: -2.50\n").data
    assert data["a"] == Decimal("3000.10") and str(data["a"]) == "3000.10"
    assert data["b"] == Decimal("1000") and isinstance(data["b"], Decimal)
    assert str(data["c"]) == "0.1"  # float 0.1 would be 0.1000000000000000055…
    assert data["d"] == 12 and isinstance(data["d"], int)
    assert data["e"] == 1000
    assert str(data["f"]) == "-2.50"
    assert not any(isinstance(v, float) for v in data.values())


def test_non_finite_numbers_are_refused(composer: str) -> None:
    code, message, pos = load_error("a: 1\nb: .inf\n")
    assert (code, pos) == ("Y011", Position(2, 4))
    assert "finite" in message


def test_dates_are_kept_as_their_text(composer: str) -> None:
    data = load("start: 2026-01-18\nat: 2026-01-18T09:00:00\n").data
    assert data == {"start": "2026-01-18", "at": "2026-01-18T09:00:00"}


def test_yaml_1_2_booleans_only(composer: str) -> None:
    data = load("a: yes\nb: no\nc: on\nd: true\ne: False\nf: ~\n").data
    assert data == {"a": "yes", "b": "no", "c": "on", "d": True, "e": False, "f": None}


# ------------------------------------------------------------------ what it refuses
@pytest.mark.parametrize(
    ("text", "tag", "pos"),
    [
        ("a: !!python/object/apply:os.system [ls]\n", "!!python/object/apply:os.system", Position(1, 4)),
        ("a: !!python/name:os.system ''\n", "!!python/name:os.system", Position(1, 4)),
        ("a:\n  b: !include x.yaml\n", "!include", Position(2, 6)),
        ("a: !!binary aGVsbG8=\n", "!!binary", Position(1, 4)),
        ("a: !!set {x, y}\n", "!!set", Position(1, 4)),
    ],
)
def test_tags_are_refused(composer: str, text: str, tag: str, pos: Position) -> None:
    code, message, start = load_error(text)
    assert (code, start) == ("Y003", pos)
    assert repr(tag) in message


def test_merge_keys_are_refused(composer: str) -> None:
    code, message, pos = load_error("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n")
    assert (code, pos) == ("Y003", Position(3, 3))
    assert "merge keys" in message


def test_duplicate_keys_name_both_places(composer: str) -> None:
    code, message, pos = load_error("fees:\n  amount: 1\n  other: 2\n  amount: 3\n")
    assert (code, pos) == ("Y002", Position(4, 3))
    assert "first defined at line 2, column 3" in message


def test_block_depth_limit(composer: str) -> None:
    depth = MAX_DEPTH + 5
    text = "".join(f"{'  ' * i}k{i}:\n" for i in range(depth)) + "  " * depth + "leaf\n"
    code, message, pos = load_error(text)
    assert code == "Y004"
    assert f"deeper than {MAX_DEPTH}" in message
    assert pos.line == MAX_DEPTH + 2


@pytest.mark.parametrize("levels", [100, 600])
def test_flow_depth_limit(composer: str, levels: int) -> None:
    code, message, _pos = load_error("a: " + "[" * levels + "]" * levels + "\n")
    assert code == "Y004"
    assert "deeper" in message


def test_runaway_brackets_are_refused_before_parsing(tmp_path: Path) -> None:
    code, message, pos = load_error("a: " + "[" * 1500 + "]" * 1500 + "\n")
    assert (code, pos) == ("Y004", Position(1, 4 + MAX_FLOW_BRACKETS))
    assert "open brackets" in message
    huge = tmp_path / "brackets.yaml"
    huge.write_text("a: " + "[" * 4_000_000 + "\n", encoding="utf-8")
    with pytest.raises(YamlLoadError) as info:
        load_yaml(huge)  # quadratic in ruamel's scanner: must be refused before it
    assert info.value.diagnostics[0].code == "Y004"


def test_depth_just_inside_the_limit_loads(composer: str) -> None:
    text = "a: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1) + "\n"
    node = load(text).data["a"]
    for _ in range(MAX_DEPTH - 2):
        node = node[0]
    assert node == [1]


def test_alias_bomb_is_stopped(composer: str) -> None:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    code, message, _pos = load_error("\n".join(lines) + "\n")
    assert code == "Y004"
    assert "alias bomb" in message


def test_two_documents(composer: str) -> None:
    code, _message, pos = load_error("a: 1\n---\nb: 2\n")
    assert (code, pos) == ("Y010", Position(3, 1))


@pytest.mark.parametrize(
    ("raw", "code", "fragment", "pos"),
    [
        (b"", "Y007", "file is empty", Position(1, 1)),
        (b"# only a comment\n", "Y007", "no YAML content", Position(1, 1)),
        (b"a: 1\nb: x\x00y\n", "Y006", "NUL byte", Position(2, 5)),
        ("a: 1\nname: 加油站\n".encode("gbk"), "Y005", "not UTF-8", Position(2, 7)),
        ("a: 1\nname: 𠮷 加油站\n".encode()[:-4] + b"\xff\n", "Y005", "0xff", Position(2, 11)),
    ],
)
def test_bytes_that_are_not_a_spec(tmp_path: Path, raw: bytes, code: str, fragment: str, pos: Position) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(raw)
    with pytest.raises(YamlLoadError) as info:
        load_yaml(path)
    (diag,) = info.value.diagnostics
    assert (diag.code, diag.start) == (code, pos)
    assert fragment in diag.message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for target, fragment in ((tmp_path / "nope.yaml", "not found"), (tmp_path, "directory")):
        with pytest.raises(YamlLoadError) as info:
            load_yaml(target)
        assert fragment in info.value.diagnostics[0].message


def test_the_not_printable_class_is_yaml_c_printable_complemented() -> None:
    """The class the loader searches is exactly the characters YAML 1.2 (c-printable) refuses."""
    import re

    from termsmith.yaml_loader import _NOT_PRINTABLE

    c_printable = re.compile("[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    every = "".join(map(chr, range(0x110000)))
    refused = {ch for ch in every if not c_printable.fullmatch(ch)}
    assert set(_NOT_PRINTABLE.findall(every)) == refused
    assert len(refused) == 2111
