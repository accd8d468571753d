"""The Jinja2 sandbox clause templates run in, and the record of what they read.

- ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``: no underscore
  attributes, no ``model_*`` or legacy Pydantic methods, no mutation of lists or
  dicts, and only ``range`` and ``namespace`` as globals (``cycler``, ``joiner``,
  ``lipsum`` and ``dict`` are removed), so a clause reaches the spec and the
  helpers and nothing else.
- ``finalize`` prints spec values in the clause's language (a ``Text`` in that
  language, money in figures, a duration in words) and refuses to print ``None``.
  Whatever a spec string contains — ``{{ 7*7 }}`` included — is output text, never
  template code, and its line breaks become spaces so it cannot start a block.
- Every attribute or item the template reads below ``spec`` is recorded (dotted
  path → printed value) in the active ``ReadRecorder``: the clause's provenance.
"""

from __future__ import annotations

import contextvars
import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from jinja2 import StrictUndefined, Undefined, nodes, pass_context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace
from pydantic import BaseModel

from termsmith.library import budget, formatting
from termsmith.punctuation import protect

PYDANTIC_LEGACY = frozenset(
    {
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "construct",
        "schema",
        "schema_json",
        "validate",
        "update_forward_refs",
    }
)


class ReadRecorder:
    """Paths of the spec values a render read; objects are tracked by identity while alive."""

    def __init__(self, roots: dict[str, Any], display: Callable[[Any], str]):
        self._paths: dict[int, str] = {}
        self._alive: list[Any] = []
        self.reads: dict[str, str] = {}
        self.offset = 0  # length of the text rendered so far (render_clause advances it)
        self.at: dict[str, list[int]] = {}  # path → offsets in the rendered text where it was read
        self._display = display
        for name, obj in roots.items():
            if obj is not None:
                self._track(obj, name)

    def _track(self, obj: Any, path: str) -> None:
        self._paths[id(obj)] = path
        self._alive.append(obj)
        if isinstance(obj, (list, tuple)):
            for i, item in enumerate(obj):
                if isinstance(item, (BaseModel, list, tuple)):
                    self._track(item, f"{path}[{i}]")

    def path_of(self, obj: Any) -> str | None:
        return self._paths.get(id(obj))

    def child(self, parent: Any, name: str | int, value: Any) -> None:
        base = self._paths.get(id(parent))
        if base is None or (callable(value) and not isinstance(value, BaseModel)):
            return
        path = f"{base}[{name}]" if isinstance(name, int) else f"{base}.{name}"
        self.note(path, value)

    def note(self, path: str, value: Any) -> None:
        self.at.setdefault(path, []).append(self.offset)
        if isinstance(value, (BaseModel, list, tuple)):
            self._track(value, path)
            if isinstance(value, BaseModel):
                self.reads.setdefault(path, "(present)")
                return
            if not all(isinstance(v, (BaseModel, list, tuple)) for v in value):
                self.reads[path] = ", ".join(self._safe(v) for v in value) or "(empty)"
                return
            self.reads.setdefault(path, f"({len(value)} items)")
            return
        self.reads[path] = "(absent)" if value is None else self._safe(value)

    def _safe(self, value: Any) -> str:
        try:
            return self._display(value)
        except Exception:  # a value the language cannot print still has a provenance
            return str(value)

    def values(self) -> tuple[tuple[str, str], ...]:
        """Reads, leaving out containers whose fields were read themselves."""
        paths = sorted(self.reads)
        keep = [
            p
            for p in paths
            if not any(q != p and (q.startswith(p + ".") or q.startswith(p + "[")) for q in paths)
            or not self.reads[p].startswith("(")
        ]
        return tuple((p, self.reads[p]) for p in keep)


_RECORDER: contextvars.ContextVar[ReadRecorder | None] = contextvars.ContextVar("termsmith_recorder", default=None)


@contextmanager
def recording(recorder: ReadRecorder) -> Iterator[ReadRecorder]:
    token = _RECORDER.set(recorder)
    try:
        yield recorder
    finally:
        _RECORDER.reset(token)


def current_recorder() -> ReadRecorder | None:
    return _RECORDER.get()


_COUNTED, _CONCAT = "termsmith_counted", "termsmith_concat"


class ClauseEnvironment(ImmutableSandboxedEnvironment):
    """One environment per language: ``finalize`` prints values in that language.

    Every loop, call, filter, ``*``/``+``/``**``/``%`` and ``~`` is metered against the
    render's :class:`termsmith.library.budget.WorkBudget`."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})

    def __init__(self, lang: str, display: Callable[[Any, str], str]):
        super().__init__(
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=self._finalize,
            auto_reload=False,
            optimized=False,  # the optimizer would run filters on constants at compile time, unmetered
        )
        self.lang = lang
        self._display = display
        self.globals.clear()
        self.globals.update({"range": _safe_range, "namespace": Namespace})
        for name, fn in list(self.filters.items()):
            self.filters[name] = _metered_filter(name, fn)
        self.filters[_COUNTED] = budget.counted
        self.filters[_CONCAT] = _concat

    def _generate(self, source: Any, name: str | None, filename: str | None, defer_init: bool = False) -> str:
        """Meter the compiled template: loop items go through ``counted``, ``~`` through ``_concat``.

        The metering rewrites a copy: the caller's tree stays as parsed, so the static check
        that walks it (``render.parse_clause``) still sees the loops and types the clause wrote."""
        if isinstance(source, nodes.Template):
            source = copy.deepcopy(source)
            for loop in source.find_all(nodes.For):
                loop.iter = nodes.Filter(loop.iter, _COUNTED, [], [], None, None, lineno=loop.iter.lineno)
            for parent in list(source.find_all(nodes.Node)):
                for field_name, child in parent.iter_fields():
                    if isinstance(child, nodes.Concat):
                        setattr(parent, field_name, _metered_concat(child))
                    elif isinstance(child, list):
                        child[:] = [_metered_concat(c) if isinstance(c, nodes.Concat) else c for c in child]
        return super()._generate(source, name, filename, defer_init=defer_init)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget.check_binop(operator, left, right)
        return budget.charge_result(super().call_binop(context, operator, left, right), operator)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        target = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format in a checker
        owner = getattr(target, "__self__", None)
        name = getattr(target, "__name__", None) or type(target).__name__
        budget.check_call(owner if isinstance(owner, str | list | tuple) else None, name, args, kwargs)
        return budget.charge_result(super().call(__context, __obj, *args, **kwargs), name)

    def _finalize(self, value: Any) -> Any:
        if value is None:
            raise ValueError("the template prints an empty value (None); guard optional fields with {% if … %}")
        if isinstance(value, str):
            return protect(value.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
        return protect(self._display(value, self.lang).replace("\n", " "))

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_") or attr.startswith("model_"):
            return False
        if isinstance(obj, BaseModel) and attr in PYDANTIC_LEGACY:
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        value = super().getattr(obj, attribute)
        recorder = _RECORDER.get()
        if recorder is not None and not isinstance(value, Undefined):
            recorder.child(obj, attribute, value)
        return value

    def getitem(self, obj: Any, argument: Any) -> Any:
        value = super().getitem(obj, argument)
        recorder = _RECORDER.get()
        if recorder is not None and not isinstance(value, Undefined) and isinstance(argument, (int, str)):
            recorder.child(obj, argument, value)
        return value


def _metered_concat(node: nodes.Concat) -> nodes.Filter:
    return nodes.Filter(nodes.List(node.nodes, lineno=node.lineno), _CONCAT, [], [], None, None, lineno=node.lineno)


def _concat(parts: list[Any]) -> str:
    """``a ~ b``: the same text as Jinja's own concatenation, charged before it is joined."""
    texts = [str(p) for p in parts]
    budget.check_call(None, "~", (), {})
    spent = budget.current()
    if spent is not None:
        spent.spend(sum(map(len, texts)), "'~'")
    return "".join(texts)


def _metered_filter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """A built-in filter that is charged for its input and refused before a huge result.

    The wrapper takes the render context, which also keeps Jinja from calling it on constants
    at compile time (``{{ 'x'|center(10**9) }}`` would otherwise run, unmetered, while compiling)."""
    passes = getattr(getattr(fn, "jinja_pass_arg", None), "name", None)

    @pass_context
    def metered(context: Any, *args: Any, **kwargs: Any) -> Any:
        value, extra = (args[0], args[1:]) if args else (None, ())
        budget.check_call(value, name, tuple(extra), kwargs)
        if passes == "context":
            result = fn(context, *args, **kwargs)
        elif passes == "eval_context":
            result = fn(context.eval_ctx, *args, **kwargs)
        elif passes == "environment":
            result = fn(context.environment, *args, **kwargs)
        else:
            result = fn(*args, **kwargs)
        return budget.charge_result(result, name)

    metered.__name__ = getattr(fn, "__name__", name)
    metered.__doc__ = fn.__doc__
    return metered


def _safe_range(*args: int) -> range:
    r = range(*args)
    if len(r) > 10000:
        raise OverflowError("range is limited to 10,000 items in a clause")
    return r


def plain_value(value: Any) -> str:
    """A value as text with no language (for logs and provenance fallbacks)."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_ENVIRONMENTS: dict[str, ClauseEnvironment] = {}


def environment(lang: str) -> ClauseEnvironment:
    """The shared environment of ``lang`` (compiled templates are cached by the library)."""
    env = _ENVIRONMENTS.get(lang)
    if env is None:
        env = _ENVIRONMENTS[lang] = ClauseEnvironment(lang, formatting.display)
        for name in formatting.FILTERS:
            env.filters[name] = _filter(getattr(formatting, name), lang)
    return env


def _filter(fn: Callable[..., str], lang: str) -> Callable[..., str]:
    def apply(value: Any, *args: Any) -> str:
        if value is None:
            raise ValueError(f"|{fn.__name__} got an empty value (None); guard optional fields with {{% if … %}}")
        budget.check_call(value, fn.__name__, args, {})
        return budget.charge_result(fn(value, *args, lang), fn.__name__)

    apply.__name__ = fn.__name__
    return apply


def template_lineno(exc: BaseException, name: str) -> int | None:
    """The template line an exception was raised at, from Jinja's rewritten traceback."""
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int) and getattr(exc, "name", None) in (None, name):
        return lineno
    tb = exc.__traceback__
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            found = tb.tb_lineno
        tb = tb.tb_next
    return found
