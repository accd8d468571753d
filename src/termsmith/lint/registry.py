"""The rule registry: every lint rule's code, name, default severity and documentation.

Modelled on ruff: a rule has a stable code whose leading letters name its family
(``VT001`` belongs to ``VT``, vague time, which belongs to ``V``, vague language),
a kebab-case name that names the problem, a one-line message and documentation
in four parts (what it flags, why that hurts in an agreement, an example, what to
write instead). Rule modules register their rules on import; ``all_rules()``
imports them all, so listing rules never needs the spec model or the renderers.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache

from termsmith import regex_cache
from termsmith.code_table import NAME_RE, CodeTable, lookup  # noqa: F401  (NAME_RE re-exported)
from termsmith.diagnostics import Diagnostic, Position, Severity

CODE_RE = regex_cache.compile(r"^[A-Z]{1,3}\d{3}$")

# Families: prefix → title. Two-letter prefixes refine the one-letter ones.
FAMILIES: dict[str, str] = {
    "V": "Vague language",
    "VT": "Vague language: unbounded time",
    "VE": "Vague language: efforts standards",
    "VQ": "Vague language: unmeasured quality",
    "VS": "Vague language: open scope",
    "VD": "Vague language: discretion and escape clauses",
    "T": "Terms: missing or weak commitments in the validated spec",
    "TC": "Terms: scope and support channels",
    "TR": "Terms: severity levels and response times",
    "TK": "Terms: service calendars and working time",
    "TF": "Terms: free maintenance period",
    "TP": "Terms: fees, rate card and change process",
    "TI": "Terms: intellectual property and handover",
    "TD": "Terms: data protection and personal information",
    "TL": "Terms: liability and remedies",
    "M": "Meta: suppression comments and configuration",
}

_RULE_MODULES = (
    "termsmith.lint.rules.language",
    "termsmith.lint.rules.meta",
    "termsmith.lint.rules.structural",
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One lint rule and its documentation."""

    code: str
    name: str
    severity: Severity
    message: str
    what: str
    why: str
    example: str
    instead: str
    kind: str = "language"  # language | structural | meta
    references: tuple[str, ...] = field(default_factory=tuple)
    real: tuple[str, ...] = field(default_factory=tuple)  # sentences from real contracts, with their source

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def diagnostic(
        self,
        file: str,
        start: Position,
        end: Position | None = None,
        *,
        message: str | None = None,
        severity: Severity | None = None,
        path: str | None = None,
        expected: str | None = None,
        hint: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> Diagnostic:
        return Diagnostic(
            code=self.code,
            severity=severity or self.severity,
            message=message or self.message,
            file=file,
            start=start,
            end=end,
            path=path,
            expected=expected,
            hint=hint,
            name=self.name,
            extra=extra or {},
        )

    def markdown(self, level: int = 1) -> str:
        """The rule's documentation, in the shape of ruff's rule pages."""
        from termsmith.code_docs import code_page

        meta = f"Family: {FAMILIES.get(self.family, self.family)} · default severity: **{self.severity.value}**"
        return code_page(
            level=level,
            code=self.code,
            name=self.name,
            meta=meta,
            what=self.what,
            why=self.why,
            example=self.example,
            instead=self.instead,
            references=self.references,
            real=self.real,
        )


_REGISTRY: CodeTable[Rule] = CodeTable("rule", CODE_RE, FAMILIES)


def register(rule: Rule) -> Rule:
    """Add ``rule`` to the registry; codes and names must be well-formed and unique."""
    return _REGISTRY.add(rule)


@cache
def all_rules() -> dict[str, Rule]:
    """Every registered rule, by code, in code order."""
    for module in _RULE_MODULES:
        importlib.import_module(module)
    return dict(sorted(_REGISTRY.entries.items()))


def get_rule(code_or_name: str) -> Rule | None:
    return lookup(all_rules(), code_or_name)


def is_known_selector(selector: str) -> bool:
    """``selector`` is ``ALL``, a family prefix, or a prefix of at least one code."""
    s = selector.upper()
    return s == "ALL" or s in FAMILIES or any(code.startswith(s) for code in all_rules())
