"""LB050: a literal commitment number in clause text.

Every number an agreement promises — a deadline, a count, a percentage, an amount —
belongs in the spec (or in a default declared once in the model), so that the
client's checklist, ``review`` and the quote see the same number the agreement
prints. A clause that writes "5个工作日" or "30 days" itself makes a promise no spec
says. This check scans the prose of each clause (template tags blanked, so values
printed by ``{{ … }}`` are not counted) for Arabic numerals and reports each at its
line and column in the clause file.

Not commitments, and therefore allowed: article and paragraph citations (第586条,
Article 586, Section 3, Cap. 486), years in the titles of laws (《…2021年…》, Act
2021), the 24×7 clock's name and definition (7×24, 24 hours a day), calendar facts in
a formula (divided by 12, (1 + tax rate)), a 0% rate, and identifiers of standards
and protocols (TLS 1.2, ISO/IEC 27001, GB/T 22239-2019).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.library.model import ClauseFile

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ALLOWED = re.compile(
    "|".join(
        [
            r"第\s*\d+\s*[条條款项項章节節]",  # 第586条, 第3款
            r"(?<![A-Za-z])(?:Article|Articles|Art\.|Section|Sections|Clause|Paragraph|Chapter|Rule|Schedule|Cap\.|No\.)\s*\d+(?:\.\d+)*",
            r"《[^》]*》",  # a law's or standard's title, years included
            r"(?<![A-Za-z])(?:Act|Law|Ordinance|Regulations?|Rules|Code|Measures)\s*(?:of\s+)?\(?(?:19|20)\d{2}\)?",
            r"(?:19|20)\d{2}\s*(?:年修[订訂正]|年版)",
            r"(?<!\d)7\s*[×x*]\s*24(?!\d)|(?<!\d)24\s*[×x*/]\s*7(?!\d)",  # the 24×7 clock's name
            r"每[周週]\s*7\s*[日天]|每[日天]\s*24\s*[小个個]*[时時]|24 hours a day|7 days a week",  # ... and its definition
            r"(?:除以|divided by)\s*(?:3|12)(?!\d)",  # months in a quarter, a year
            r"[（(]\s*1\s*[+＋]",  # (1 + tax rate)
            r"(?<![\d.])0\s*%",  # a zero rate is no commitment
            r"(?<![A-Za-z])(?:TLS|SSL|HTTP/?|IPv|ISO(?:/IEC)?|IEC|GB(?:/T)?|PCI\s?DSS|SOC|OWASP|WCAG|AES|SHA|RSA|UTF|UTC|GMT)"
            r"[\s-]*\d[\d.:/-]*(?:\s*[-:]\s*\d+)*",  # standards and protocol versions
        ]
    )
)


def _spans(prose: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ALLOWED.finditer(prose)]


def literal_numbers_in(prose: str) -> Iterator[tuple[int, str]]:
    """(offset, number) of each literal commitment number in ``prose`` (template tags already blanked)."""
    allowed = _spans(prose)
    for m in _NUMBER.finditer(prose):
        if any(start <= m.start() and m.end() <= end for start, end in allowed):
            continue
        yield m.start(), m.group()


def literal_numbers(clause: ClauseFile) -> list[Diagnostic]:
    """LB050 findings of ``clause``: each number its titles and texts write themselves."""
    from termsmith.library.check import blank_template
    from termsmith.library.loader import CODE_NAMES
    from termsmith.library.positions import offset_position

    out: list[Diagnostic] = []
    for key, table in (("title", clause.title), ("text", clause.text)):
        for lang, source in table.items():
            prose = blank_template(source)
            for offset, number in literal_numbers_in(prose):
                start = offset_position(clause, lang, offset, key)
                line = prose[prose.rfind("\n", 0, offset) + 1 :].split("\n", 1)[0].strip()
                out.append(
                    Diagnostic(
                        "LB050",
                        Severity.WARNING,
                        f"clause '{clause.id}' ({lang}) writes the number {number} itself",
                        clause.file,
                        start,
                        Position(start.line, start.col + len(number)),
                        path=f"{key}.{lang}",
                        hint="print a spec field instead ({{ duration(spec.…) }}), or declare a documented default in "
                        "the model; numbers in an agreement come from the spec",
                        name=CODE_NAMES["LB050"],
                        extra={"clause": clause.id, "lang": lang, "number": number, "line_text": line[:80]},
                    )
                )
    return out
