"""Validate a YAML document against its model and turn every error into a Diagnostic.

The envelope decides the model: ``apiVersion`` must be supported and ``kind``
names the model (``ServiceSpec``, ``Checklist``). Pydantic's errors are mapped
back to the YAML node's line and column through the loader's positions, with
what was expected and, for unknown fields and choices, a "did you mean" hint.
"""

from __future__ import annotations

import importlib
import re
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from termsmith import validator_cache
from termsmith.diagnostics import Diagnostic, Position, Severity, format_path, shown
from termsmith.spec.base import RuleError, RuleErrors
from termsmith.yaml_loader import LoadedYaml, PathTuple, YamlLoadError, load_yaml

SUPPORTED_API_VERSIONS = ("termsmith/v1",)

# kind → "module:Class"; imported only when a document of that kind is validated.
KINDS: dict[str, str] = {
    "ServiceSpec": "termsmith.spec.model:ServiceSpecDocument",
    "ServiceOffer": "termsmith.offers.model:ServiceOfferDocument",
    "Checklist": "termsmith.checklist.model:ChecklistDocument",
}


@dataclass(slots=True)
class ValidationResult:
    file: str
    loaded: LoadedYaml | None = None
    document: Any = None  # the validated model instance, or None when invalid
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document is not None and not any(d.severity is Severity.ERROR for d in self.diagnostics)


def model_for_kind(kind: str) -> type[BaseModel]:
    module_name, _, class_name = KINDS[kind].partition(":")
    model: type[BaseModel] = getattr(importlib.import_module(module_name), class_name)
    return model


def validate_path(
    path: Path | str, expect_kind: str | None = None, display: str | None = None, root: Path | None = None
) -> ValidationResult:
    """Load and validate one file — for a deal, the effective spec merged over its offer
    (``root``: the workspace offer paths may not leave). Never raises for bad input:
    problems are diagnostics."""
    name = display or str(path)
    try:
        loaded = load_yaml(path, file=name)
    except YamlLoadError as exc:
        return ValidationResult(name, diagnostics=exc.diagnostics)
    return validate_loaded(loaded, expect_kind, path=Path(path), root=root)


def validate_text(
    text: str,
    file: str = "<text>",
    expect_kind: str | None = None,
    *,
    path: Path | None = None,
    root: Path | None = None,
) -> ValidationResult:
    """Validate ``text`` as if read from ``path`` (which locates a deal's relative offer path)."""
    try:
        loaded = load_yaml(file, text=text, file=file)
    except YamlLoadError as exc:
        return ValidationResult(file, diagnostics=exc.diagnostics)
    return validate_loaded(loaded, expect_kind, path=path, root=root)


def effective(loaded: LoadedYaml, path: Path | None = None, root: Path | None = None) -> LoadedYaml:
    """The document every command sees: a deal merged over its offer, anything else as loaded.
    Raises ``termsmith.offers.resolve.OfferError``."""
    if not isinstance(loaded.data, dict) or "offer" not in loaded.data:
        return loaded
    from termsmith.offers.resolve import resolve_deal

    return resolve_deal(loaded, path, root)


def validate_loaded(
    loaded: LoadedYaml, expect_kind: str | None = None, *, path: Path | None = None, root: Path | None = None
) -> ValidationResult:
    result = ValidationResult(loaded.file, loaded=loaded)
    envelope_problem = _check_envelope(loaded, expect_kind)
    if envelope_problem is not None:
        result.diagnostics.append(envelope_problem)
        return result
    if "offer" in loaded.data and loaded.data["kind"] in ("ServiceSpec", "ServiceOffer"):
        from termsmith.offers.resolve import OfferError

        try:
            loaded = result.loaded = effective(loaded, path, root)
        except OfferError as exc:
            result.diagnostics.extend(exc.diagnostics)
            return result
    model = model_for_kind(loaded.data["kind"])
    todos = _todo_markers(loaded)
    try:
        result.document = validator_cache.validate(model, loaded.data)
    except ValidationError as exc:
        marked = {d.start for d in todos}
        result.diagnostics.extend(
            d for d in _diagnostics(exc.errors(include_url=False), loaded, model) if d.start not in marked
        )
    if loaded.data["kind"] == "ServiceOffer":
        result.diagnostics.extend(_offer_spec_diagnostics(loaded))
    if todos:
        result.document = None
        result.diagnostics = sorted(todos + result.diagnostics, key=Diagnostic.sort_key)
    return result


# the marker ``termsmith extract --format yaml`` writes: TODO, alone or before a note ("TODO: …"), in capitals as a
# word of its own — a name that starts with the letters ("Todoist Ltd.") or a word that is spelt so ("todo incluido")
# is a value, not a marker
_TODO_MARKER = re.compile(r"TODO(?![A-Za-z0-9_])")


def _todo_markers(loaded: LoadedYaml) -> list[Diagnostic]:
    """``TODO`` values (left by ``termsmith extract --format yaml`` for terms a document does not state)."""
    found: list[Diagnostic] = []

    def walk(node: Any, path: PathTuple) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*path, i))
        elif isinstance(node, str) and _TODO_MARKER.match(node.strip()):
            found.append(
                Diagnostic(
                    "S300",
                    Severity.ERROR,
                    f"'{format_path(path)}' is still a TODO marker: the "
                    "document it was extracted from does not state this term",
                    loaded.file,
                    loaded.position(path),
                    path=format_path(path),
                    hint="fill in the value (agree it with the vendor), then validate again",
                )
            )

    walk(loaded.data, ())
    return found


# Errors an offer may have: what each deal adds (the client, the project, dates) is missing.
_PARTIAL_OK = ("missing", "too_short")


def _offer_spec_diagnostics(loaded: LoadedYaml) -> list[Diagnostic]:
    """An offer's spec, checked as far as it goes: every value it holds must be valid."""
    from termsmith.spec.model import ServiceSpecDocument, Spec

    spec = loaded.data.get("spec")
    if not isinstance(spec, dict):
        return []
    try:
        validator_cache.validate(Spec, spec)
    except ValidationError as exc:
        errors = [
            {**e, "loc": ("spec", *e["loc"])} for e in exc.errors(include_url=False) if e["type"] not in _PARTIAL_OK
        ]
        return _diagnostics(errors, loaded, ServiceSpecDocument)
    return []


def _check_envelope(loaded: LoadedYaml, expect_kind: str | None) -> Diagnostic | None:
    data, file = loaded.data, loaded.file
    if not isinstance(data, dict):
        return Diagnostic(
            "S001",
            Severity.ERROR,
            "a termsmith document is a mapping with apiVersion, kind, metadata and spec",
            file,
            loaded.position(()),
            path=None,
            hint="start from a sample in samples/",
        )
    version = data.get("apiVersion")
    if version not in SUPPORTED_API_VERSIONS:
        where = ("apiVersion",) if "apiVersion" in data else ()
        supported = ", ".join(SUPPORTED_API_VERSIONS)
        problem = (
            "missing 'apiVersion'"
            if version is None
            else f"unsupported apiVersion {_written(loaded, ('apiVersion',), version)}"
        )
        return Diagnostic(
            "S002",
            Severity.ERROR,
            f"{problem}; supported: {supported}",
            file,
            loaded.position(where),
            path="apiVersion",
            expected=" or ".join(SUPPORTED_API_VERSIONS),
            hint="write 'apiVersion: termsmith/v1'",
        )
    kind = data.get("kind")
    kinds = [expect_kind] if expect_kind else list(KINDS)
    if kind not in kinds:
        where = ("kind",) if "kind" in data else ()
        close = _close(str(kind), kinds) if kind else []
        return Diagnostic(
            "S003",
            Severity.ERROR,
            (f"unsupported kind {_written(loaded, ('kind',), kind)}" if kind is not None else "missing 'kind'")
            + f"; supported: {', '.join(kinds)}",
            file,
            loaded.position(where),
            path="kind",
            expected=" or ".join(kinds),
            hint=f"did you mean '{close[0]}'?" if close else f"write 'kind: {kinds[0]}'",
        )
    return None


# ----------------------------------------------------------------------------- error mapping
def _data_path(loc: tuple[Any, ...], data: Any) -> tuple[PathTuple, bool]:
    """Pydantic's loc → the YAML path, skipping union/validator tags. The flag says
    whether the whole loc existed in the data."""
    path: list[str | int] = []
    node = data
    exists = True
    for part in loc:
        present = (isinstance(node, dict) and isinstance(part, str) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        )
        if present:
            path.append(part)
            node = node[part]
        elif isinstance(part, str) and (isinstance(node, dict) or node is None) and _looks_like_field(part):
            path.append(part)
            exists = False
            node = None
        # otherwise: a union member tag such as 'function-plain[parse()]' — skip
    return tuple(path), exists


def _looks_like_field(part: str) -> bool:
    return part.replace("_", "").replace("-", "").isalnum() and "[" not in part


def _unwrap(annotation: Any) -> list[Any]:
    """The classes an annotation can hold (through Optional, list, dict, Annotated)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list, tuple, set, dict):
        found: list[Any] = []
        for arg in typing.get_args(annotation):
            found.extend(_unwrap(arg))
        return found
    return [annotation]


def _model_at(root: type[BaseModel], path: PathTuple) -> type[BaseModel] | None:
    """The model class that holds the fields at ``path`` (ints index into lists)."""
    current: type[BaseModel] | None = root
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part) or next(
            (f for f in current.model_fields.values() if f.alias == part), None
        )
        if info is None:
            return None
        current = next((c for c in _unwrap(info.annotation) if isinstance(c, type) and issubclass(c, BaseModel)), None)
    return current


def _field_names(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _expected_for(model: type[BaseModel] | None, name: str) -> str | None:
    if model is None or name not in model.model_fields:
        return None
    info = model.model_fields[name]
    choices = [c for c in _unwrap(info.annotation) if isinstance(c, type) and issubclass(c, Enum)]
    if choices:
        return "one of " + ", ".join(repr(m.value) for m in choices[0])
    return info.description


def _diagnostics(errors: list[Any], loaded: LoadedYaml, root: type[BaseModel]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    seen: set[tuple[str, str]] = set()
    for err in _expand(errors):
        diag = _one(err, loaded, root)
        key = (diag.path or "", diag.message)
        if key not in seen:
            seen.add(key)
            out.append(diag)
    return out


def _expand(errors: list[Any]) -> list[Any]:
    """One pydantic error per broken rule: a ``RuleErrors`` holds several independent ones."""
    out: list[Any] = []
    for err in errors:
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, RuleErrors):
            out.extend({**err, "ctx": {**err["ctx"], "error": one}} for one in cause.errors)
        else:
            out.append(err)
    return out


def _one(err: dict[str, Any], loaded: LoadedYaml, root: type[BaseModel]) -> Diagnostic:
    etype: str = err["type"]
    path, exists = _data_path(tuple(err["loc"]), loaded.data)
    ctx = err.get("ctx") or {}
    cause = ctx.get("error")
    hint: str | None = None
    expected: str | None = None
    key = False
    if isinstance(cause, RuleError):
        model_path = path
        path, key, exists = _rule_target(path + cause.rel_path, loaded.data)
        code, message, hint = cause.code, str(cause), cause.hint
        message += _related_places(loaded, loaded.file_of(path), model_path, cause.related)
    elif etype == "missing":
        parent = _model_at(root, path[:-1])
        code, message = "S100", f"missing required field '{path[-1]}'"
        expected = _expected_for(parent, str(path[-1]))
        hint = f"add '{path[-1]}:' under '{format_path(path[:-1]) or 'the top level'}'"
        if expected and not expected.startswith("one of"):
            hint, expected = f"{hint} ({expected})", None
    elif etype == "extra_forbidden":
        parent = _model_at(root, path[:-1])
        names = _field_names(parent)
        close = _close(str(path[-1]), names, cutoff=0.6)
        code, message, key = "S101", f"unknown field '{path[-1]}'", True
        hint = (
            f"did you mean '{close[0]}'?" if close else (f"fields allowed here: {', '.join(names)}" if names else None)
        )
    elif etype in ("enum", "literal_error"):
        code = "S104"
        value = err.get("input")
        expected = ctx.get("expected")
        message = f"{_written(loaded, path, value)} is not an allowed value"
        options = [o.strip().strip("'\"") for o in str(expected or "").replace(" or ", ",").split(",") if o.strip()]
        alias = _VALUE_ALIASES.get(str(value))
        close = [alias] if alias in options else _close(str(value), options, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else None
        expected = f"one of {expected}" if expected else None
    elif etype == "string_pattern_mismatch":
        code = "S102"
        message = f"{_written(loaded, path, err.get('input'))} does not have the required form"
        expected = _PATTERN_WORDS.get(str(ctx.get("pattern")), f"text matching {ctx.get('pattern')}")
    elif etype == "value_error":
        code, message = "S103", str(err["msg"]).removeprefix("Value error, ")
    else:
        code, message = "S102", str(err["msg"])
        expected = _type_expectation(etype)
        value = err.get("input")
        if expected and isinstance(value, str | int | bool | Decimal):
            detail = message.partition(", ")[2] if etype.startswith("date") else ""
            message = f"{_written(loaded, path, value)} is not {expected}" + (f": {detail}" if detail else "")
    file, pos = loaded.locate(path, key=key or not exists)
    end = None if not exists else loaded.end(path)
    if key and path:
        end = Position(pos.line, pos.col + len(str(path[-1])))
    if end is not None and end.line != pos.line:
        end = None
    if etype in ("missing", "too_short") and file != loaded.file:
        file, pos, end = loaded.file, _in_own_file(loaded, path), None
        hint = f"{hint} — the offer leaves it to each deal" if hint else "the offer leaves it to each deal: add it here"
    return Diagnostic(
        code,
        Severity.ERROR,
        message,
        file,
        pos,
        end=end,
        path=format_path(path) or None,
        expected=expected,
        hint=hint,
        name=_CODE_NAMES.get(code),
    )


def _written(loaded: LoadedYaml, path: PathTuple, value: Any) -> str:
    """A value as the spec wrote it: its source text for a one-line number, bool or null
    (``1.50``, ``yes``), else :func:`termsmith.diagnostics.shown` (quoted text)."""
    if not isinstance(value, str) and loaded.has(path) and loaded.locate(path)[0] == loaded.file:
        start, end = loaded.position(path), loaded.end(path)
        if end is not None and end.line == start.line and 1 <= start.line <= len(loaded.lines):
            source = loaded.lines[start.line - 1][start.col - 1 : end.col - 1].strip()
            if source and len(source) <= 80 and "\n" not in source:
                return source
    return shown(value)


def _in_own_file(loaded: LoadedYaml, path: PathTuple) -> Position:
    """Where a field (or a list item) missing from a deal belongs in the deal itself: under the deepest
    mapping the deal writes (list positions may differ from the merged ones)."""
    own = loaded.part(loaded.file)
    prefix: list[str | int] = []
    for part in path:
        if not isinstance(part, str):
            break
        prefix.append(part)
    return own.position(tuple(prefix), key=True)


def _related_places(loaded: LoadedYaml, file: str, model_path: PathTuple, related: tuple[PathTuple, ...]) -> str:
    """For a cross-field rule: the other fields it compared, when another file holds them
    (a deal's override against its offer's value) — so the message names both places."""
    places = []
    for rel in related:
        other = (*model_path, *rel)
        other_file, pos = loaded.locate(other)
        if other_file != file:
            places.append(f"{format_path(other)} is set in {other_file}:{pos.line}:{pos.col}")
    return f" ({'; '.join(places)})" if places else ""


def _close(word: str, choices: list[str], cutoff: float = 0.6) -> list[str]:
    """The closest choice for a "did you mean" hint (difflib is imported only when a spec is wrong)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)


def _rule_target(path: PathTuple, data: Any) -> tuple[PathTuple, bool, bool]:
    """Where a cross-field rule's message points: (path, at the key?, path exists?).

    A container (a whole section or list) is named by its key; a field written in
    shorthand (``resolution: 2 business days`` for ``resolution.within``) is its value."""
    node, depth = data, 0
    for part in path:
        present = (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        )
        if present:
            node, depth = node[part], depth + 1
        else:
            break
    if depth < len(path):
        if depth and not isinstance(node, dict | list):
            return path[:depth], False, True
        return path, True, False
    return path, isinstance(node, dict | list) and bool(path) and isinstance(path[-1], str), True


# Everyday spellings of allowed values that difflib would match to the wrong choice.
_VALUE_ALIASES = {
    "zh-CN": "zh-Hans",
    "zh-SG": "zh-Hans",
    "zh": "zh-Hans",
    "zh_CN": "zh-Hans",
    "cn": "zh-Hans",
    "zh-TW": "zh-Hant",
    "zh-HK": "zh-Hant",
    "zh-MO": "zh-Hant",
    "zh_TW": "zh-Hant",
    "en-US": "en",
    "en-GB": "en",
    "en-HK": "en",
    "en-SG": "en",
    "english": "en",
}


def _type_expectation(etype: str) -> str | None:
    return {
        "int_type": "a whole number",
        "int_parsing": "a whole number",
        "bool_type": "true or false",
        "bool_parsing": "true or false",
        "string_type": "text",
        "list_type": "a list (YAML '- item' lines)",
        "dict_type": "a mapping (key: value)",
        "model_type": "a mapping (key: value)",
        "model_attributes_type": "a mapping (key: value)",
        "date_type": "a date, YYYY-MM-DD",
        "date_from_datetime_parsing": "a date, YYYY-MM-DD",
        "date_parsing": "a date, YYYY-MM-DD",
        "decimal_type": "a decimal number",
        "decimal_parsing": "a decimal number",
    }.get(etype)


_PATTERN_WORDS = {
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": "a lowercase slug of letters, digits and hyphens, e.g. fuel-station-miniprogram",
    r"^[A-Za-z][A-Za-z0-9_-]*$": "an identifier: a letter, then letters, digits, '-' or '_' (e.g. P0, feature-work)",
    r"^[A-Z]{3}$": "an ISO 4217 currency code in capitals, e.g. CNY",
    r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$": "business hours as HH:MM-HH:MM, e.g. 09:00-18:00",
}

_CODE_NAMES = {
    "S100": "missing-field",
    "S101": "unknown-field",
    "S102": "wrong-type",
    "S103": "invalid-value",
    "S104": "not-an-allowed-value",
    "S200": "inconsistent-terms",
    "S201": "text-missing-language",
}
