"""The catalogue of diagnostic codes that are not lint rules.

termsmith prints more than lint findings: the YAML loader (``Y``), spec validation
(``S``), offers and deals (``O``), the clause-library check (``LB``), rendering (``X``), lint's own input
handling (``L``), the service report (``R``), the read-back audit (``AU``) and document extraction (``E``)
report problems with stable codes too. Each code here carries the
same documentation as a lint rule (kebab-case name, default severity, one-line
message, what / why / example / use instead) so ``termsmith rule Y002``, docs/rules.md
and SARIF can describe it.

These codes are *not* lint rules: ``--select``/``--ignore`` and
``# termsmith: ignore[...]`` do not accept them, because they report input that
termsmith cannot read, a spec that is not valid, a library that cannot be used, or
an output that could not be made. Family modules hold the entries as data;
``all_codes()`` imports them.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache

from termsmith.code_table import NAME_RE, CodeTable, lookup  # noqa: F401  (NAME_RE re-exported)
from termsmith.diagnostics import Severity

CODE_RE = re.compile(r"^(?:Y|S|O|LB|X|L|R|AU|E)\d{3}$")

# Family prefix → (title, the stage that emits the code).
FAMILIES: dict[str, str] = {
    "Y": "YAML loading: the file cannot be read as one plain YAML document",
    "S": "Spec validation: the document does not fit the spec model",
    "O": "Offers and deals: a deal's offer cannot be found, loaded or merged",
    "LB": "Clause library: clause files, agreement templates and clauses.lock",
    "X": "Rendering: an output file could not be made well",
    "L": "Lint input: a file lint cannot read",
    "R": "Service report: a row of the ticket log that cannot be measured",
    "AU": "Read-back audit: what a careful reader flags in a rendered agreement or quote",
    "E": "Extraction: a vendor's document that cannot be read, or terms that contradict each other",
}

_FAMILY_MODULES = (
    "termsmith.diagnostic_codes.loading",
    "termsmith.diagnostic_codes.validation",
    "termsmith.diagnostic_codes.offers",
    "termsmith.diagnostic_codes.library",
    "termsmith.diagnostic_codes.rendering",
    "termsmith.diagnostic_codes.lint_input",
    "termsmith.diagnostic_codes.report",
    "termsmith.diagnostic_codes.audit",
    "termsmith.diagnostic_codes.extraction",
)

NOT_A_RULE = "A diagnostic code, not a lint rule: it cannot be selected, ignored or suppressed; fix the input instead."


@dataclass(frozen=True, slots=True)
class DiagnosticCode:
    """One documented diagnostic code (not a lint rule)."""

    code: str
    name: str
    severity: Severity
    message: str
    what: str
    why: str
    example: str
    instead: str
    emitted_by: str  # the command or stage that reports it, for people

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    @property
    def kind(self) -> str:
        return "diagnostic"

    def markdown(self, level: int = 1) -> str:
        """The code's documentation, in the same shape as a lint rule's page."""
        from termsmith.code_docs import code_page

        meta = (
            f"Family: {FAMILIES[self.family]} · default severity: **{self.severity.value}** · "
            f"reported by: {self.emitted_by}"
        )
        return code_page(
            level=level,
            code=self.code,
            name=self.name,
            meta=meta,
            what=self.what,
            why=self.why,
            example=self.example,
            instead=self.instead,
            preface=(NOT_A_RULE,),
        )


_CATALOGUE: CodeTable[DiagnosticCode] = CodeTable("diagnostic", CODE_RE, FAMILIES)


def document(*codes: DiagnosticCode) -> tuple[DiagnosticCode, ...]:
    """Add ``codes`` to the catalogue; codes and names must be well-formed and unique."""
    for entry in codes:
        _CATALOGUE.add(entry)
    return codes


@cache
def all_codes() -> dict[str, DiagnosticCode]:
    """Every documented diagnostic code, by family order then code."""
    for module in _FAMILY_MODULES:
        importlib.import_module(module)
    order = list(FAMILIES)
    return dict(sorted(_CATALOGUE.entries.items(), key=lambda item: (order.index(item[1].family), item[0])))


def get_code(code_or_name: str) -> DiagnosticCode | None:
    return lookup(all_codes(), code_or_name)
