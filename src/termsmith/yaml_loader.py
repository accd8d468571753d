"""Safe YAML loading that remembers where every value came from.

ruamel.yaml composes the node graph (safe, pure Python); termsmith then builds
plain Python values itself so that it can:

- keep the line and column of every key and value (``LoadedYaml.position``),
- refuse duplicate keys, unknown tags, merge keys, absurd depth and alias bombs,
- read numbers with a fraction as ``Decimal`` from the scalar's text (never float),
- keep dates and times as their text (the models parse them),
- report every problem as a ``Diagnostic`` with file:line:col.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, Position, Severity

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000  # values built, counting every expansion of an alias

_TAG = "tag:yaml.org,2002:"
PathTuple = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class ScalarString:
    """A string scalar and its source span (indicators and quotes included)."""

    path: PathTuple
    value: str
    style: str | None  # None (plain), '|', '>', '"', "'"
    start: Position
    end: Position
    file: str | None = None  # the file that holds it, when not the LoadedYaml's own (a deal's offer)


@dataclass(slots=True)
class LoadedYaml:
    file: str
    text: str
    lines: list[str]
    data: Any
    _values: dict[PathTuple, Position] = field(default_factory=dict)
    _keys: dict[PathTuple, Position] = field(default_factory=dict)
    _ends: dict[PathTuple, Position] = field(default_factory=dict)
    strings: list[ScalarString] = field(default_factory=list)
    # A merged document (a deal over its offer) holds values from several files:
    # ``_files`` names the file of every path that is not ``file``'s own, ``parts``
    # holds each file's own LoadedYaml (for its lines and text).
    _files: dict[PathTuple, str] = field(default_factory=dict)
    parts: dict[str, LoadedYaml] = field(default_factory=dict)

    def position(self, path: PathTuple, key: bool = False) -> Position:
        """Where the node at ``path`` starts (its key with ``key=True``).

        A path that goes deeper than the document (a missing field) resolves to its
        deepest existing ancestor, so a message always has a real place.
        """
        return self.locate(path, key)[1]

    def locate(self, path: PathTuple, key: bool = False) -> tuple[str, Position]:
        """The file and place of the node at ``path`` (see ``position``): in a deal, a value
        inherited from its offer is in the offer's file."""
        probe = tuple(path)
        while probe:
            table = self._keys if key and probe in self._keys else self._values
            if probe in table:
                return self._files.get(probe, self.file), table[probe]
            probe = probe[:-1]
            key = True  # a missing child points at its parent's key
        return self.file, self._values.get((), Position(1, 1))

    def file_of(self, path: PathTuple) -> str:
        return self.locate(path)[0]

    def end(self, path: PathTuple) -> Position | None:
        return self._ends.get(tuple(path))

    def part(self, file: str) -> LoadedYaml:
        """The LoadedYaml of one file of this document (itself for its own file)."""
        return self.parts.get(file, self)

    def sources(self) -> dict[str, list[str]]:
        """Every file's lines, for reports that quote the source."""
        out = {self.file: self.lines}
        for name, part in self.parts.items():
            out.setdefault(name, part.lines)
        return out

    def has(self, path: PathTuple) -> bool:
        return tuple(path) in self._values


class YamlLoadError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


_START = Position(1, 1)  # frozen, so one shared default is safe


def _error(
    file: str, code: str, message: str, pos: Position = _START, hint: str | None = None, end: Position | None = None
) -> YamlLoadError:
    return YamlLoadError([Diagnostic(code, Severity.ERROR, message, file, pos, end=end, hint=hint)])


_UTF16_BOMS = {b"\xff\xfe": "UTF-16 little-endian", b"\xfe\xff": "UTF-16 big-endian"}
_DOCUMENTS = (  # (magic bytes, what the file is, a hint)
    (
        b"PK\x03\x04",
        "a Word document (.docx) or another ZIP archive, not a YAML spec",
        "to read the terms of a vendor's document, run 'termsmith extract FILE'; a spec is a .yaml text file",
    ),
    (
        b"%PDF-",
        "a PDF document, not a YAML spec",
        "to read the terms of a vendor's document, run 'termsmith extract FILE'; a spec is a .yaml text file",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "an old-style Word or Excel document (.doc/.xls), not a YAML spec",
        "save it as .docx and run 'termsmith extract FILE'; a spec is a .yaml text file",
    ),
)


def _utf16(raw: bytes) -> str | None:
    """The UTF-16 variant ``raw`` is written in (by byte-order mark, or by NULs in every other byte)."""
    for bom, name in _UTF16_BOMS.items():
        if raw.startswith(bom):
            return name
    head = raw[:256]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) >= len(odd) * 0.9 and even.count(0) == 0:
            return "UTF-16 little-endian"
        if even.count(0) >= len(even) * 0.9 and odd.count(0) == 0:
            return "UTF-16 big-endian"
    return None


def _not_text(raw: bytes, file: str) -> YamlLoadError | None:
    """A clear refusal for a Word/PDF document or UTF-16 text, instead of "binary" and its bytes."""
    for magic, what, hint in _DOCUMENTS:
        if raw.startswith(magic):
            return _error(file, "Y013", f"file is {what}", hint=hint)
    encoding = _utf16(raw)
    if encoding is not None:
        return _error(
            file,
            "Y005",
            f"file is encoded as {encoding}, not UTF-8",
            hint="save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
        )
    return None


def decode_source(raw: bytes, file: str) -> str:
    """Bytes → text, with a clear message for empty, binary and non-UTF-8 input."""
    if len(raw) > MAX_BYTES:
        raise _error(file, "Y008", f"file is {len(raw):,} bytes; specs are limited to {MAX_BYTES:,} bytes")
    if not raw.strip():
        raise _error(file, "Y007", "file is empty", hint="start from a sample: termsmith validate samples/*.yaml")
    refusal = _not_text(raw, file)
    if refusal is not None:
        raise refusal
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        line = raw.count(b"\n", 0, offset) + 1
        col = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
        raise _error(file, "Y006", "file contains a NUL byte: it is binary, not a YAML spec", Position(line, col))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = len(raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace")) + 1
        raise _error(
            file,
            "Y005",
            f"file is not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be decoded)",
            Position(line, col),
            hint="save the file as UTF-8; GBK and Big5 are not accepted",
        ) from None


def read_source(path: Path | str, file: str) -> str:
    """The text of a spec file: a regular file, at most MAX_BYTES, decoded with clear refusals."""
    from termsmith.input_files import InputFileError, read_input

    try:
        raw = read_input(path, MAX_BYTES)
    except InputFileError as exc:
        if exc.too_large is not None:
            raise _error(
                file,
                "Y008",
                f"file is {exc.too_large:,} bytes; specs are limited to {MAX_BYTES:,} bytes"
                if exc.too_large
                else f"file is larger than {MAX_BYTES:,} bytes, the limit for a spec",
            ) from None
        raise _error(file, "Y009", str(exc)) from None
    return decode_source(raw, file)


# YAML 1.2 c-printable: everything else (C0 controls but tab/LF/CR, DEL, C1 but NEL, surrogates,
# U+FFFE/U+FFFF) is refused by the parser at "position N" — termsmith finds it first, at line:col.
# Written as the class of those characters: the same set as "[^<c-printable>]", whose ranges up to
# U+10FFFF re takes ~5 ms to compile, on every run (tests/loader compares the two over every code point).
_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _control_character(text: str, file: str) -> YamlLoadError | None:
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return None
    offset = found.start()
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    char = found.group()
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "a control character")
    return _error(
        file,
        "Y012",
        f"control character U+{ord(char):04X} ({name}) is not allowed in YAML",
        Position(line, col),
        end=Position(line, col + 1),
        hint=f"remove the character, or write it as the escape \\u{ord(char):04x} inside a double-quoted string",
    )


_CONTROL_NAMES = {
    0x07: "BELL",
    0x08: "BACKSPACE",
    0x0B: "LINE TABULATION",
    0x0C: "FORM FEED",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
}


def load_yaml(path: Path | str, *, text: str | None = None, file: str | None = None) -> LoadedYaml:
    """Load one YAML document from ``path`` (or from ``text``), keeping positions."""
    name = file if file is not None else str(path)
    if text is None:
        text = read_source(path, name)
    elif not text.strip():
        raise _error(name, "Y007", "file is empty")
    problem = _control_character(text, name)
    if problem is not None:
        raise problem
    root = _compose(text, name)
    loaded = LoadedYaml(file=name, text=text, lines=text.splitlines(), data=None)
    loaded.data = _Builder(loaded).build(root, (), 0)
    return loaded


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 0-based line and code-point column, or '' past the end."""
    lines = text.split("\n")
    return lines[line][column : column + 1] if 0 <= line < len(lines) else ""


def _fast_path_is_safe(text: str) -> bool:
    """libyaml (the C loader) crashes or stalls on absurd nesting; use it only when a
    conservative scan shows the text is shallow. Brackets inside strings count too,
    so the scan can only over-estimate, never miss."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    widest = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
    return deepest <= MAX_DEPTH and widest <= 4 * MAX_DEPTH


def _compose_nodes(text: str) -> list[Any]:
    """All documents' root nodes: libyaml when installed and safe (~10x faster), else pure Python."""
    if _fast_path_is_safe(text):
        try:
            from ruamel.yaml.cyaml import CSafeLoader
        except ImportError:  # ruamel.yaml.clib missing: the pure loader gives the same nodes
            pass
        else:
            loader = CSafeLoader(text)
            nodes = []
            while loader.check_node():
                nodes.append(loader.get_node())
            return nodes
    from ruamel.yaml import YAML

    return list(YAML(typ="safe", pure=True).compose_all(text))


# Flow brackets nested this deep are refused before parsing: ruamel's scanner is quadratic
# in flow depth (3,000 levels take 4 s; a 5 MB file of '[' would never finish).
MAX_FLOW_BRACKETS = 16 * MAX_DEPTH


def _runaway_brackets(text: str) -> Position | None:
    """Where open brackets first nest deeper than MAX_FLOW_BRACKETS (quoted text counts too)."""
    if text.count("[") + text.count("{") <= MAX_FLOW_BRACKETS:
        return None
    depth = 0
    line, line_start = 1, 0
    for i, ch in enumerate(text):
        if ch in "[{":
            depth += 1
            if depth > MAX_FLOW_BRACKETS:
                return Position(line, i - line_start + 1)
        elif ch in "]}":
            depth = max(0, depth - 1)
        elif ch == "\n":
            line, line_start = line + 1, i + 1
    return None


def _compose(text: str, file: str) -> Any:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    runaway = _runaway_brackets(text)
    if runaway is not None:
        raise _error(
            file,
            "Y004",
            f"YAML nesting is deeper than {MAX_DEPTH} levels (more than {MAX_FLOW_BRACKETS} open brackets)",
            runaway,
        )
    try:
        nodes = _compose_nodes(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = _pos(mark) if mark is not None else Position(1, 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        context = f" ({exc.context.strip()})" if exc.context and exc.problem else ""
        hint = "YAML indentation uses spaces, never tabs" if "\t" in problem or "tab" in problem else None
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            problem, context = "a tab character cannot indent YAML or start a value", ""
            hint = "replace the tab with spaces"
        raise _error(file, "Y001", f"YAML syntax error: {problem}{context}", pos, hint) from None
    except YAMLError as exc:
        raise _error(file, "Y001", f"YAML syntax error: {exc}") from None
    except RecursionError:
        raise _error(file, "Y004", f"YAML nesting is deeper than termsmith accepts ({MAX_DEPTH} levels)") from None
    if len(nodes) > 1:
        start = _pos(nodes[1].start_mark)
        raise _error(
            file, "Y010", "file holds more than one YAML document ('---')", start, hint="put each spec in its own file"
        )
    if not nodes or nodes[0] is None:
        raise _error(file, "Y007", "file has no YAML content (only comments or blank lines)")
    return nodes[0]


class _Builder:
    """Builds Python values from composed nodes, recording positions on the way."""

    def __init__(self, loaded: LoadedYaml):
        self.loaded = loaded
        self.count = 0
        self.deepest = 0
        # id(node) → (value, values built, levels below): an alias (*name) reuses its anchor's value
        # and counts its whole expansion at once, so a billion-laughs file is refused in milliseconds.
        self.built: dict[int, tuple[Any, int, int]] = {}

    def fail(self, code: str, message: str, node: Any, hint: str | None = None) -> YamlLoadError:
        return _error(self.loaded.file, code, message, _pos(node.start_mark), hint, _pos(node.end_mark))

    def build(self, node: Any, path: PathTuple, depth: int) -> Any:
        if id(node) in self.built:
            value, size, height = self.built[id(node)]
            self._count(node, size, depth + height)
            self.loaded._values.setdefault(path, _pos(node.start_mark))
            return value
        start_count, outer_deepest, self.deepest = self.count, self.deepest, depth
        value = self._build(node, path, depth)
        self.built[id(node)] = (value, self.count - start_count, self.deepest - depth)
        self.deepest = max(outer_deepest, self.deepest)
        return value

    def _count(self, node: Any, size: int, depth: int) -> None:
        self.count += size
        if self.count > MAX_NODES:
            raise self.fail(
                "Y004",
                f"document expands to more than {MAX_NODES:,} values (an alias bomb?)",
                node,
                "remove repeated aliases (*name); a spec needs no aliases at all",
            )
        if depth > MAX_DEPTH:
            raise self.fail("Y004", f"YAML nesting is deeper than {MAX_DEPTH} levels", node)
        self.deepest = max(self.deepest, depth)

    def _build(self, node: Any, path: PathTuple, depth: int) -> Any:
        from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

        self._count(node, 1, depth)
        self.loaded._values.setdefault(path, _pos(node.start_mark))
        self.loaded._ends.setdefault(path, _pos(node.end_mark))
        tag = str(getattr(node.tag, "value", node.tag))
        if isinstance(node, MappingNode):
            if tag != _TAG + "map":
                raise self.fail(
                    "Y003", f"unknown YAML tag {_short_tag(tag)!r}", node, "remove the tag; specs use plain YAML"
                )
            return self._mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            if tag != _TAG + "seq":
                raise self.fail(
                    "Y003", f"unknown YAML tag {_short_tag(tag)!r}", node, "remove the tag; specs use plain YAML"
                )
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node, tag, path)

    def _mapping(self, node: Any, path: PathTuple, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_tag = str(getattr(key_node.tag, "value", key_node.tag))
            if key_tag == _TAG + "merge":
                raise self.fail(
                    "Y003",
                    "merge keys ('<<') are not supported",
                    key_node,
                    "write the fields out; a duplicated value must be visible in the spec",
                )
            if not hasattr(key_node, "value") or not isinstance(key_node.value, str) or key_tag.startswith("!"):
                raise self.fail("Y002", "mapping keys must be plain text", key_node)
            key = key_node.value
            if key in result:
                first = self.loaded._keys[(*path, key)]
                raise self.fail(
                    "Y002",
                    f"duplicate key {key!r} (first defined at line {first.line}, column {first.col})",
                    key_node,
                    "a duplicated key would silently override the first one; remove or rename one",
                )
            self.loaded._keys[(*path, key)] = _pos(key_node.start_mark)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result

    def _scalar(self, node: Any, tag: str, path: PathTuple) -> Any:
        text: str = node.value
        kind = tag[len(_TAG) :] if tag.startswith(_TAG) else None
        if kind == "str":
            self.loaded.strings.append(
                ScalarString(path, text, node.style or None, _pos(node.start_mark), _pos(node.end_mark))
            )
            return text
        if kind == "null":
            return None
        if kind == "bool":
            return text.lower() == "true"
        if kind == "int":
            return self._int(node, text)
        if kind == "float":
            try:
                number = Decimal(text.replace("_", ""))
            except InvalidOperation:
                raise self.fail("Y011", f"{text!r} is not a finite number", node) from None
            if not number.is_finite():
                raise self.fail("Y011", f"{text!r} is not a finite number", node)
            return number
        if kind == "timestamp":
            return text  # the models parse dates from their ISO text
        raise self.fail("Y003", f"unknown YAML tag {_short_tag(tag)!r}", node, "remove the tag; specs use plain YAML")

    def _int(self, node: Any, text: str) -> int:
        clean = text.replace("_", "")
        try:
            return int(clean, 0)
        except ValueError:
            try:
                return int(clean, 10)
            except ValueError:
                raise self.fail("Y011", f"{text!r} is not a whole number", node) from None
