"""Read-back audits: what a careful reader of a finished agreement or quote would flag.

The audits look at the text of a rendered document — the assembled ``Document``
or the text read back from its DOCX or PDF — never at the spec or the clauses,
so they catch a defect whatever produced it:

- AU001 foreign script: Chinese in an English document, English prose (or kana,
  hangul) in a Chinese one;
- AU002 Simplified-only characters in a Traditional Chinese document (table
  generated from OpenCC by ``python -m termsmith.audit.build``);
- AU003 two punctuation marks in a row; AU004 punctuation of the other language;
- AU005 unbalanced brackets or quotes;
- AU006 template leftovers: ``{{``, ``{%``, ``None``, ``session(s)``.

Party names, addresses, people's names and the like may be in any script: the
spec's own values are the allow-list (``allowed_names``). Every finding is a
``Diagnostic`` whose line is the paragraph (Document, DOCX) or page (PDF) and
whose column is the character in it; ``termsmith review`` prints them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from termsmith.audit.checks import CHECKS, mask, unbalanced
from termsmith.diagnostics import Diagnostic, Position, Severity

__all__ = ["allowed_names", "audit_document", "audit_text", "audit_units"]

_NAMES = {
    "AU001": "foreign-script",
    "AU002": "simplified-in-traditional",
    "AU003": "doubled-punctuation",
    "AU004": "mismatched-punctuation",
    "AU005": "unbalanced-brackets",
    "AU006": "template-leftover",
}
_NAME_FIELDS = (
    "legal_name",
    "short_name",
    "address",
    "representative",
    "name",
    "role",
    "title",
    "place",
    "email",
    "phone",
    "institution",
    "bank",
    "account_name",
)


def _texts(value: Any) -> Iterable[str]:
    from termsmith.spec.types import Text

    if isinstance(value, Text):
        yield from (value.get(lang) for lang in ("zh-Hans", "zh-Hant", "en") if value.get(lang))
    elif isinstance(value, str):
        yield value


def _walk_names(model: Any) -> Iterable[str]:
    if isinstance(model, (list, tuple)):
        for item in model:
            yield from _walk_names(item)
    elif isinstance(model, BaseModel):
        for field in type(model).model_fields:
            value = getattr(model, field, None)
            if field in _NAME_FIELDS:
                yield from _texts(value)
            if isinstance(value, (BaseModel, list, tuple)):
                yield from _walk_names(value)


def allowed_names(spec: Any) -> tuple[str, ...]:
    """Names that may appear in any script: parties, their people and addresses, signatories,
    the project, the court or arbitration institution — longest first, so a name is
    blanked before a shorter name inside it."""
    found: set[str] = set()
    for part in ("parties", "signatures", "disputes"):
        found.update(_walk_names(getattr(spec, part, None)))
    for channel in getattr(spec, "support_channels", None) or ():  # a phone number, a URL, a chat group's name
        found.update(_texts(channel.address))
    project = getattr(spec, "project", None)
    if project is not None:
        found.update(_texts(project.name))
    return tuple(sorted((n.strip() for n in found if n and n.strip()), key=len, reverse=True))


def audit_units(
    units: Iterable[tuple[str, str, str, int]],
    file: str,
    allowed: tuple[str, ...] = (),
    skip: frozenset[str] = frozenset(),
) -> list[Diagnostic]:
    """Audit ``(text, lang, where, line)`` units; ``where`` names the clause or page for people."""
    out: list[Diagnostic] = []
    for text, lang, where, line in units:
        masked = mask(text, allowed)
        for check in CHECKS:
            for code, col, message in check(masked, lang):
                if code not in skip:
                    out.append(_finding(code, message, file, Position(line, col + 1), where, lang, text, col))
    return out


def _finding(
    code: str, message: str, file: str, at: Position, where: str, lang: str, text: str, col: int
) -> Diagnostic:
    return Diagnostic(
        code,
        Severity.WARNING,
        message,
        file,
        at,
        name=_NAMES[code],
        hint=_HINTS[code],
        extra={"clause": where, "lang": lang, "line_text": text[max(0, col - 20) : col + 30]},
    )


_HINTS = {
    "AU001": "give the spec text in this language (or render the language it is written in)",
    "AU002": "write the Traditional form in the spec or the clause (軟體, not 软件)",
    "AU003": "leave the sentence mark to the clause: end spec descriptions without one, or fix the clause",
    "AU004": "use the punctuation of the document's language",
    "AU005": "close every bracket and quote in the same paragraph",
    "AU006": "a clause printed an empty value or a template tag; guard it with {% if %} or fix the helper",
}


def audit_document(
    document: Any, allowed: tuple[str, ...] = (), file: str = "<assembled document>"
) -> list[Diagnostic]:
    """Every line of an assembled ``Document`` (paragraphs, list items, table rows, signatures)."""
    from termsmith.assembly.text import document_lines

    lines = document_lines(document)
    out = audit_units(
        [(ln.text, ln.lang, ln.anchor, i) for i, ln in enumerate(lines, 1) if not ln.mixed], file, allowed
    )
    mixed = [(ln.text, ln.lang, ln.anchor, i) for i, ln in enumerate(lines, 1) if ln.mixed]
    skip = frozenset({"AU001", "AU004"}) if len(document.languages) > 1 else frozenset()
    return sorted(out + audit_units(mixed, file, allowed, skip), key=lambda d: d.sort_key())


def audit_text(
    text: str,
    languages: tuple[str, ...],
    allowed: tuple[str, ...] = (),
    file: str = "<read back>",
    unit: str = "paragraph",
) -> list[Diagnostic]:
    """Text read back from a DOCX (one paragraph a line) or a PDF (pages separated by form feeds).

    In a bilingual document both scripts are expected, so AU001 is not checked; PDF
    extraction breaks lines inside sentences, so a PDF page is one unit — except for
    brackets and quotes, which a paragraph may open on one page and close on the next:
    those are paired over the whole document.
    """
    lang = languages[0]
    skip = frozenset({"AU001", "AU004"}) if len(languages) > 1 else frozenset()
    parts = text.split("\f") if unit == "page" else text.split("\n")
    units = [(part, lang, f"{unit} {i}", i) for i, part in enumerate(parts, 1) if part.strip()]
    if unit != "page":
        return audit_units(units, file, allowed, skip)
    out = audit_units(units, file, allowed, skip | {"AU005"})
    for code, offset, message in unbalanced(mask(text, allowed), lang):
        page = text.count("\f", 0, offset) + 1
        col = offset - (text.rfind("\f", 0, offset) + 1)
        out.append(_finding(code, message, file, Position(page, col + 1), f"page {page}", lang, parts[page - 1], col))
    return out
