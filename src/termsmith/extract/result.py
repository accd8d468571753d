"""What extraction produces: terms in the spec's vocabulary, the evidence for each
value, what the document does not state, and diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from termsmith.diagnostics import Diagnostic
from termsmith.extract.source import Location

if TYPE_CHECKING:
    from termsmith.extract.unread import UnreadFigure

# Paths reported as not stated when the rules find nothing (the essential terms).
ESSENTIAL: tuple[str, ...] = (
    "parties",
    "severity_levels",
    "free_maintenance.length",
    "free_maintenance.start_event",
    "term.length",
    "fees",
    "support_channels",
    "intellectual_property.source_code_owner",
    "disputes.governing_law",
    "disputes.forum",
    "liability.cap",
    "payment.milestones",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    quote: str
    location: Location

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        return {
            "quote": self.quote,
            "page": loc.page,
            "paragraph": loc.paragraph,
            "line": loc.line,
            "column": loc.column,
        }


@dataclass(slots=True)
class Extraction:
    file: str
    format: str
    language: str
    terms: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # places holding a duration, an amount or a percentage no evidence cites (termsmith.extract.unread)
    unread_figures: list[UnreadFigure] = field(default_factory=list)

    @property
    def not_stated(self) -> list[str]:
        return [path for path in ESSENTIAL if not self.stated(path)]

    def stated(self, path: str) -> bool:
        if path == "disputes.forum":
            disputes = self.terms.get("disputes", {})
            return "court" in disputes or "arbitration" in disputes
        node: Any = self.terms
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return node not in (None, [], {})

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "language": self.language,
            "terms": self.terms,
            "evidence": {path: ev.to_dict() for path, ev in self.evidence.items()},
            "not_stated": self.not_stated,
            "diagnostics": [_diag(d) for d in self.diagnostics],
            "unread_figures": [u.to_dict() for u in self.unread_figures],
        }


def _diag(d: Diagnostic) -> dict[str, Any]:
    from termsmith.reporting.json_format import diagnostic_to_dict

    return diagnostic_to_dict(d)
