"""Static check of a clause template, before any rendering.

The template's syntax tree is walked with the type of every expression rooted
at ``spec`` (``Spec``), ``metadata``, ``quote`` (``termsmith.pricing.Quote``) and
the loop variables bound from them. Every attribute read is looked up in the
Pydantic model fields, properties and methods of that type, so
``spec.fees.nonexistent`` or ``lv.respnse`` inside ``{% for lv in
spec.severity_levels %}`` is reported at its line and column in the clause file.
Names outside the documented context, and underscore attributes, are refused.
"""

from __future__ import annotations

import dataclasses
import difflib
import inspect
import re
import types
import typing
from typing import Any

from jinja2 import nodes

from termsmith.diagnostics import Diagnostic, Severity, format_path
from termsmith.library.helpers import CONTEXT_NAMES
from termsmith.library.loader import CODE_NAMES
from termsmith.library.model import ClauseFile
from termsmith.library.positions import template_position
from termsmith.library.sandbox import PYDANTIC_LEGACY

UNKNOWN: Any = object()
_JINJA_NAMES = frozenset(
    {"range", "namespace", "loop", "caller", "varargs", "kwargs", "true", "false", "none", "True", "False", "None"}
)


def _root_types() -> dict[str, Any]:
    from termsmith.spec.model import Metadata, Spec

    roots: dict[str, Any] = {"spec": Spec, "metadata": Metadata, "lang": UNKNOWN}
    try:
        from termsmith.pricing import Quote

        roots["quote"] = Quote
    except ImportError:  # pragma: no cover - pricing ships with termsmith
        roots["quote"] = UNKNOWN
    return roots


def unwrap(annotation: Any) -> Any:
    """An annotation → a class, ("list", element) or ("tuple", items); UNKNOWN otherwise."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return unwrap(args[0]) if len(args) == 1 else UNKNOWN
    if origin in (list, typing.Sequence, typing.List):  # noqa: UP006  # matched as objects, not used as annotations
        return ("list", unwrap(typing.get_args(annotation)[0]))
    if origin is tuple:
        items = typing.get_args(annotation)
        if len(items) == 2 and items[1] is Ellipsis:
            return ("list", unwrap(items[0]))
        return ("tuple", tuple(unwrap(a) for a in items))
    if isinstance(annotation, type) and _is_structured(annotation):
        return annotation
    return UNKNOWN


def _is_structured(cls: type) -> bool:
    from pydantic import BaseModel

    return issubclass(cls, BaseModel) or dataclasses.is_dataclass(cls)


def _members(cls: type) -> list[str]:
    from pydantic import BaseModel

    if issubclass(cls, BaseModel):
        names = list(cls.model_fields)
    else:
        assert dataclasses.is_dataclass(cls)  # _is_structured: a pydantic model or a dataclass
        names = [f.name for f in dataclasses.fields(cls)]
    for name, _value in inspect.getmembers(cls):
        if name.startswith("_") or name.startswith("model_") or name in names or name in PYDANTIC_LEGACY:
            continue
        if isinstance(inspect.getattr_static(cls, name, None), (property, types.FunctionType)):
            names.append(name)
    return names


def _return_type(func: Any) -> Any:
    try:
        hints = typing.get_type_hints(func)
    except Exception:
        return UNKNOWN
    return unwrap(hints.get("return", Any))


def attribute_type(cls: Any, attr: str) -> tuple[Any, bool]:
    """The type of ``cls.attr`` and whether ``attr`` exists; UNKNOWN types always 'exist'."""
    from pydantic import BaseModel

    if not isinstance(cls, type) or not _is_structured(cls):
        return UNKNOWN, True
    if issubclass(cls, BaseModel) and attr in cls.model_fields:
        return unwrap(cls.model_fields[attr].annotation), True
    if dataclasses.is_dataclass(cls):
        for f in dataclasses.fields(cls):
            if f.name == attr:
                hints = typing.get_type_hints(cls)
                return unwrap(hints.get(attr, Any)), True
    if attr.startswith("model_") or (issubclass(cls, BaseModel) and attr in PYDANTIC_LEGACY):
        return UNKNOWN, False
    static = inspect.getattr_static(cls, attr, None)
    if isinstance(static, property):
        return _return_type(static.fget), True
    if isinstance(static, (types.FunctionType, classmethod, staticmethod)):
        return ("method", static), True
    if static is not None and not attr.startswith("_"):
        return UNKNOWN, True  # a class constant such as TIME_FIELDS
    return UNKNOWN, False


def resolve_path(dotted: str) -> str | None:
    """None when a dotted ``spec.…`` path exists in the model; else the first missing part."""
    parts = dotted.split(".")
    current: Any = _root_types().get(parts[0], UNKNOWN)
    for part in parts[1:]:
        current, exists = attribute_type(current, part)
        if not exists:
            return part
        if isinstance(current, tuple) and current[0] == "list":
            current = UNKNOWN
    return None


class _Checker:
    def __init__(self, clause: ClauseFile, lang: str):
        self.clause, self.lang = clause, lang
        self.problems: list[Diagnostic] = []
        self.roots = _root_types()

    def report(
        self,
        code: str,
        message: str,
        node: nodes.Node,
        needle: str | None,
        hint: str | None = None,
        path: str | None = None,
    ) -> None:
        pos = template_position(self.clause, self.lang, getattr(node, "lineno", None), needle)
        self.problems.append(
            Diagnostic(
                code,
                Severity.ERROR,
                message,
                self.clause.file,
                pos,
                path=path,
                hint=hint,
                name=CODE_NAMES.get(code),
                extra={"clause": self.clause.id, "lang": self.lang},
            )
        )

    # ------------------------------------------------------------ statements
    def block(self, body: list[nodes.Node], scope: dict[str, Any]) -> None:
        for node in body:
            self.stmt(node, scope)

    def stmt(self, node: nodes.Node, scope: dict[str, Any]) -> None:
        if isinstance(node, nodes.For):
            element = self.expr(node.iter, scope)
            inner = dict(scope)
            item = element[1] if isinstance(element, tuple) and element[0] == "list" else UNKNOWN
            self.bind(node.target, item, inner)
            inner["loop"] = UNKNOWN
            if node.test is not None:
                self.expr(node.test, inner)
            self.block(node.body, inner)
            self.block(node.else_, scope)
        elif isinstance(node, nodes.Assign):
            value = self.expr(node.node, scope)
            self.bind(node.target, value, scope)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope)
            for arg in node.args:
                inner[arg.name] = UNKNOWN
            for default in node.defaults:
                self.expr(default, scope)
            if isinstance(node, nodes.CallBlock):
                self.expr(node.call, scope)
            else:
                scope[node.name] = UNKNOWN
            self.block(node.body, inner)
        elif isinstance(node, nodes.AssignBlock):
            self.block(node.body, scope)
            self.bind(node.target, UNKNOWN, scope)
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=False):
                self.bind(target, self.expr(value, scope), inner)
            self.block(node.body, inner)
        else:
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Expr):
                    self.expr(child, scope)
                else:
                    self.stmt(child, scope)

    def bind(self, target: nodes.Node, value: Any, scope: dict[str, Any]) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = value
        elif isinstance(target, nodes.Tuple):
            items = value[1] if isinstance(value, tuple) and value[0] == "tuple" else ()
            for i, sub in enumerate(target.items):
                self.bind(sub, items[i] if i < len(items) else UNKNOWN, scope)

    # ------------------------------------------------------------ expressions
    def expr(self, node: nodes.Node, scope: dict[str, Any]) -> Any:
        if isinstance(node, nodes.Name):
            return self.name(node, scope)
        if isinstance(node, nodes.Getattr):
            return self.getattr(node, self.expr(node.node, scope), node.attr)
        if isinstance(node, nodes.Getitem):
            base = self.expr(node.node, scope)
            self.expr(node.arg, scope)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                return self.getattr(node, base, node.arg.value)
            if isinstance(base, tuple) and base[0] == "list":
                return base[1]
            return UNKNOWN
        if isinstance(node, nodes.Call):
            func = self.expr(node.node, scope)
            for child in (*node.args, *(k.value for k in node.kwargs), node.dyn_args, node.dyn_kwargs):
                if child is not None:
                    self.expr(child, scope)
            if isinstance(func, tuple) and func[0] == "method":
                return _return_type(getattr(func[1], "__func__", func[1]))
            return UNKNOWN
        for sub in node.iter_child_nodes():
            if isinstance(sub, nodes.Expr):
                self.expr(sub, scope)
            else:
                self.stmt(sub, scope)
        return UNKNOWN

    def name(self, node: nodes.Name, scope: dict[str, Any]) -> Any:
        if node.ctx != "load":
            return UNKNOWN
        if node.name in scope:
            return scope[node.name]
        if node.name in self.roots:
            return self.roots[node.name]
        if node.name in CONTEXT_NAMES or node.name in _JINJA_NAMES:
            return UNKNOWN
        close = difflib.get_close_matches(node.name, sorted(CONTEXT_NAMES), n=1)
        self.report(
            "LB012",
            f"unknown name '{node.name}': a clause sees spec, metadata, lang, quote and the helpers",
            node,
            rf"\b{re.escape(node.name)}\b",
            hint=f"did you mean '{close[0]}'?" if close else None,
        )
        return UNKNOWN

    def getattr(self, node: nodes.Node, base: Any, attr: str) -> Any:
        needle = rf"\.\s*{re.escape(attr)}\b|\[\s*['\"]{re.escape(attr)}"
        if attr.startswith("_"):
            self.report(
                "LB014",
                f"attribute '{attr}' is not accessible from a clause (sandbox)",
                node,
                needle,
                hint="clauses read spec fields and call helpers; nothing else",
            )
            return UNKNOWN
        value, exists = attribute_type(base, attr)
        if not exists:
            names = _members(base)
            close = difflib.get_close_matches(attr, names, n=1, cutoff=0.6)
            chain = _chain(node)
            hint = f"did you mean '{close[0]}'?" if close else f"{base.__name__} has: {', '.join(names)}"
            self.report(
                "LB011",
                f"'{chain}' is not a field of the spec model ({base.__name__} has no '{attr}')",
                node,
                needle,
                hint=hint,
                path=chain,
            )
            return UNKNOWN
        return value


def _chain(node: nodes.Node) -> str:
    parts: list[str | int] = []
    while isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
        elif isinstance(node.arg, nodes.Const):
            parts.append(node.arg.value)
        else:
            parts.append("?")
        node = node.node
    parts.append(node.name if isinstance(node, nodes.Name) else "…")
    return format_path(tuple(reversed(parts)))


def check_template(clause: ClauseFile, lang: str, tree: nodes.Template) -> list[Diagnostic]:
    """Unknown spec fields, unknown names and unsafe attributes in one language's template."""
    checker = _Checker(clause, lang)
    checker.block(tree.body, {})
    return checker.problems
