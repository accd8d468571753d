"""LB016: logic in clause text that belongs in a named phrase or label.

A lawyer reads and edits ``clauses/``; a clause should read as a contract with blanks.
Two kinds of template code make it unreadable, and both have a better home:

- a dictionary literal (``{{ {'remote': '远程处理', …}[m] }}``, ``{% set owner = {…} %}``):
  per-value wording repeated in every language of every clause that needs it. It belongs in
  an enum label (``{{ label(x) }}``) or a named phrase of ``library/phrases.py``;
- a long ``{% if %}`` chain: more than two branches inside a sentence (an ``{% elif %}`` in
  the middle of a line), or more than three whole-paragraph alternatives. The choice belongs
  in a named phrase (``{{ free_period_start }}``), the sentence keeps one blank.

``{% if x %}…{% else %}…{% endif %}`` inside a sentence (a value, or the default wording when
the spec has none) and up to three paragraph alternatives stay: they are the lawyer's text.
Each finding is at its line and column in the clause file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.library.model import ClauseFile

MAX_INLINE_BRANCHES = 2
"""Branches of an ``{% if %}`` chain that opens and closes on one line (``if`` + ``else``)."""
MAX_BRANCHES = 3
"""Branches of any ``{% if %}`` chain (``if`` + ``elif`` + ``else`` of whole paragraphs)."""

_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_BRANCH = re.compile(r"\{%[-+]?\s*(if|elif|else|endif)\b")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_DICT_OPEN = re.compile(r"\{")


@dataclass(slots=True)
class _Chain:
    offset: int
    line: int
    branches: int = 1


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


def dict_literals(source: str) -> list[int]:
    """Offsets in ``source`` of each dictionary literal inside a template tag."""
    source = _COMMENT.sub(_blank, source)
    found = []
    for tag in _TAG.finditer(source):
        inner = _STRING.sub(lambda m: "_" * len(m.group()), tag.group()[2:-2])
        found += [tag.start() + 2 + m.start() for m in _DICT_OPEN.finditer(inner)]
    return found


def long_chains(source: str) -> list[tuple[int, int, bool]]:
    """(offset of the ``{% if %}``, branches, inline) of each chain over its limit."""
    source = _COMMENT.sub(_blank, source)
    out: list[tuple[int, int, bool]] = []
    stack: list[_Chain] = []
    for m in _BRANCH.finditer(source):
        word, line = m.group(1), source.count("\n", 0, m.start())
        if word == "if":
            stack.append(_Chain(m.start(), line))
        elif not stack:
            continue  # unbalanced: the syntax check (LB010) reports it
        elif word in ("elif", "else"):
            stack[-1].branches += 1
        else:
            chain = stack.pop()
            inline = chain.line == line
            if chain.branches > (MAX_INLINE_BRANCHES if inline else MAX_BRANCHES):
                out.append((chain.offset, chain.branches, inline))
    return out


def clause_logic(clause: ClauseFile) -> list[Diagnostic]:
    """LB016 findings of ``clause``, in every language of its text."""
    from termsmith.library.loader import CODE_NAMES
    from termsmith.library.positions import offset_position

    out: list[Diagnostic] = []

    def report(lang: str, offset: int, width: int, message: str, hint: str) -> None:
        start = offset_position(clause, lang, offset)
        out.append(
            Diagnostic(
                "LB016",
                Severity.WARNING,
                message,
                clause.file,
                start,
                Position(start.line, start.col + width),
                path=f"text.{lang}",
                hint=hint,
                name=CODE_NAMES["LB016"],
                extra={"clause": clause.id, "lang": lang},
            )
        )

    for lang, source in clause.text.items():
        for offset in dict_literals(source):
            report(
                lang,
                offset,
                1,
                f"clause '{clause.id}' ({lang}) looks words up in a dictionary literal",
                "use the value's label ({{ label(x) }}) or a named phrase of termsmith/library/phrases.py; "
                "clauses/README.md lists them",
            )
        for offset, branches, inline in long_chains(source):
            where = "inside a sentence" if inline else "in a row"
            report(
                lang,
                offset,
                2,
                f"clause '{clause.id}' ({lang}) chooses among {branches} wordings {where} with {{% if %}}/{{% elif %}}",
                "name the choice as a phrase in termsmith/library/phrases.py and print it as {{ name }}; "
                f"keep at most {MAX_INLINE_BRANCHES} branches inside a sentence and {MAX_BRANCHES} paragraphs",
            )
    return out
