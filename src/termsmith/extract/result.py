"""What extraction produces: terms in the spec's vocabulary, the evidence for each
value, what the document does not state, and diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from termsmith.diagnostics import Diagnostic
from termsmith.extract.source import Location

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
    # essential paths with no value read but places that address them (termsmith.extract.unread): up to three each
    unread: dict[str, list[Evidence]] = field(default_factory=dict)

    @property
    def not_stated(self) -> list[str]:
        """The essential terms the document, as far as termsmith can tell, says nothing about: no value read and no
        place found that addresses them (those are in ``unread``)."""
        return [path for path in ESSENTIAL if not self.stated(path) and path not in self.unread]

    def unread_for(self, path: str) -> tuple[str, list[Evidence]] | None:
        """The essential path a spec path belongs to ("severity_levels[0].response" → "severity_levels",
        "disputes.court" → "disputes.forum") and its pointers, when it is stated but not read."""
        for essential, places in self.unread.items():
            forum = essential == "disputes.forum" and path.startswith(("disputes.court", "disputes.arbitration"))
            inside = path == essential or path.startswith((essential + ".", essential + "["))
            if forum or inside or essential.startswith(path + "."):
                return essential, places
        return None

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
            "unread": {path: [ev.to_dict() for ev in places] for path, places in self.unread.items()},
            "diagnostics": [_diag(d) for d in self.diagnostics],
        }


def _diag(d: Diagnostic) -> dict[str, Any]:
    from termsmith.reporting.json_format import diagnostic_to_dict

    return diagnostic_to_dict(d)
