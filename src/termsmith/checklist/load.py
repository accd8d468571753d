"""Finding and loading checklists: a file path, or the name of a bundled checklist."""

from __future__ import annotations

from pathlib import Path

from termsmith.resources import bundled
from termsmith.validation import ValidationResult, validate_path

DEFAULT_CHECKLIST = "after-sales-standard"


class UnknownChecklist(LookupError):
    """Neither a readable file nor a bundled checklist name."""


def bundled_names() -> list[str]:
    folder = bundled("checklists")
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder.is_dir() else []


def checklist_path(name_or_file: str) -> Path:
    """A file path as given, else ``checklists/NAME.yaml`` of the bundled library."""
    path = Path(name_or_file)
    if path.suffix in (".yaml", ".yml") or path.exists() or "/" in name_or_file:
        return path
    candidate = bundled("checklists") / f"{name_or_file}.yaml"
    if candidate.is_file():
        return candidate
    names = ", ".join(bundled_names()) or "none"
    raise UnknownChecklist(
        f"no bundled checklist named {name_or_file!r} (bundled: {names}); give a checklist file path or a bundled name"
    )


def load_checklist(name_or_file: str = DEFAULT_CHECKLIST) -> ValidationResult:
    """Load and validate a checklist; the result's ``document`` is a ``ChecklistDocument`` when valid."""
    path = checklist_path(name_or_file)
    return validate_path(path, expect_kind="Checklist")
