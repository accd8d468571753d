"""Hypothesis strategies that mutate the bundled samples into hostile specs.

Two kinds of mutation, mixed:

- **structural**: the sample is loaded, then keys are deleted or retyped, values replaced
  by hostile scalars (control, bidi and zero-width characters, template syntax, huge
  strings, odd numbers) or wrapped in deep nesting, and the result is dumped back to YAML;
- **textual**: lines of the YAML text are deleted, duplicated (duplicate keys), re-indented,
  or have hostile characters inserted at arbitrary offsets.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "samples").glob("*.yaml")) + sorted((ROOT / "checklists").glob("*.yaml"))

HOSTILE_CHARS = [
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\t",
    "\r",
    "𠮷",
    "﷽",
    "\u0301",
    "\ud7ff",
]
HOSTILE_TEXT = [
    "",
    " ",
    "{{ 7*7 }}",
    "{% if true %}x{% endif %}",
    "<script>alert(1)</script>",
    "&amp;",
    "及时响应",
    "as soon as possible",
    "~",
    "null",
    "yes",
    "0x1F",
    "1e400",
    "-0",
    ".nan",
    "---",
    "*alias",
    "&anchor",
    "!!python/object:os.system",
    "2023-02-30",
    "24:61-25:00",
    "🀄" * 3,
]
NUMBERS = [
    0,
    -1,
    2**63,
    -(2**70),
    10**30,
    Decimal("3.5"),
    Decimal("-0.001"),
    Decimal("1E+400"),
    Decimal("0.000000000001"),
    True,
    False,
]


@st.composite
def huge_strings(draw: st.DrawFn) -> str:
    piece = draw(st.sampled_from(["W", "及", "as soon as possible ", "\u202e", "ab " * 3, "{{ x }}"]))
    return piece * draw(st.integers(200, 40_000))


def hostile_scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(HOSTILE_TEXT),
        st.sampled_from(NUMBERS),
        st.none(),
        st.builds(
            lambda a, b, c: a + b + c,
            st.sampled_from(HOSTILE_TEXT),
            st.sampled_from(HOSTILE_CHARS),
            st.text(max_size=20),
        ),
        huge_strings(),
    )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*prefix, i))
    return out


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _nest(value: Any, depth: int, as_list: bool) -> Any:
    for _ in range(depth):
        value = [value] if as_list else {"k": value}
    return value


@st.composite
def structural_mutation(draw: st.DrawFn, data: Any) -> Any:
    """``data`` (loaded YAML) with one to four structural mutations applied in place."""
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _get(data, path[:-1]), path[-1]
        action = draw(st.sampled_from(["delete", "retype", "hostile", "nest", "rename", "empty"]))
        if action == "delete":
            del parent[key]
        elif action == "retype":
            parent[key] = draw(st.sampled_from([1, Decimal("2.5"), True, None, "text", [], {}, ["a", 1], {"x": 1}]))
        elif action == "hostile":
            parent[key] = draw(hostile_scalars())
        elif action == "nest":
            parent[key] = _nest(parent[key], draw(st.integers(2, 80)), draw(st.booleans()))
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["x" + str(key), str(key).upper(), str(key) + "\u200b", "__class__"]))] = (
                parent.pop(key)
            )
        elif action == "empty":
            parent[key] = draw(st.sampled_from(["", [], {}, None]))
    return data


def dump_yaml(data: Any) -> str:
    """Loaded data back to block-style YAML (decimals stay numbers, odd strings get quoted)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.width = 4096
    yaml.representer.add_representer(
        Decimal,
        lambda r, d: r.represent_scalar(
            "tag:yaml.org,2002:float", format(d, "f") if d.is_finite() and abs(d.adjusted()) < 30 else str(d)
        ),
    )
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


@st.composite
def textual_mutation(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        action = draw(st.sampled_from(["delete", "duplicate", "indent", "insert", "long-line"]))
        if action == "delete" and lines:
            del lines[i]
        elif action == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif action == "indent" and lines:
            lines[i] = draw(st.sampled_from([" ", "\t", "  " * 40])) + lines[i]
        elif action == "insert" and lines:
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(HOSTILE_CHARS + HOSTILE_TEXT)) + lines[i][at:]
        elif action == "long-line" and lines:
            lines[i] = lines[i] + " " + "及时响应 as soon as possible " * draw(st.integers(10, 2_000))
    return "\n".join(lines)


@st.composite
def mutated_specs(draw: st.DrawFn) -> str:
    """The text of a mutated sample spec or checklist."""
    from termsmith.yaml_loader import load_yaml

    source = draw(st.sampled_from(SOURCES))
    if draw(st.booleans()):
        data = load_yaml(source).data
        return dump_yaml(draw(structural_mutation(data)))
    return draw(textual_mutation(source.read_text(encoding="utf-8")))


_NOT_PROSE_KEYS = {
    "id",
    "kind",
    "apiVersion",
    "clock",
    "currency",
    "unit",
    "level",
    "time_zone",
    "hours",
    "email",
    "phone",
    "credit_code",
    "registration_number",
    "trigger",
    "party",
    "breach",
    "role",
    "when",
    "start_event",
    "period",
    "cadence",
    "output",
    "prevailing",
    "source_code_owner",
    "item",
    "covers",
    "holidays",
    "forum",
    "governing_law",
    "name",
}
PROSE_HOSTILE = [
    "W" * 3_000,
    "\u202eevil\u202c",
    "a\u200bb\u200dc",
    "{{ 7*7 }} {% if x %}",
    "<b>&amp;</b>",
    "𠮷" * 200,
    "x\x7fy",
    "line\nbreak",
    "  padded  ",
    "ﷺ" * 50,
    "e\u0301" * 300,
]


@st.composite
def prose_mutated_specs(draw: st.DrawFn) -> str:
    """A service-spec sample whose prose strings (descriptions, titles, examples) were replaced by
    hostile text: such specs usually stay valid, so they reach the renderers."""
    from termsmith.yaml_loader import load_yaml

    source = draw(st.sampled_from([p for p in SOURCES if p.parent.name == "samples"]))
    data = load_yaml(source).data
    candidates = [
        p
        for p in _paths(data)
        if p
        and isinstance(_get(data, p), str)
        and len(_get(data, p)) > 3
        and not any(ch.isdigit() for ch in _get(data, p))
        and not ({str(k) for k in p} & _NOT_PROSE_KEYS)
        and p[0] == "spec"
    ]
    for path in draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=4, unique=True)):
        hostile = draw(st.sampled_from(PROSE_HOSTILE))
        _get(data, path[:-1])[path[-1]] = draw(st.sampled_from([hostile, _get(data, path) + " " + hostile]))
    return dump_yaml(data)
