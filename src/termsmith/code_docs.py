"""The documentation page of a code — a lint rule or a diagnostic code — in ruff's shape:
what it does, why it is bad, an example, what to write instead, and (for the language
rules) sentences from real contracts that it flags or leaves alone."""

from __future__ import annotations

from collections.abc import Sequence


def code_page(
    *,
    level: int,
    code: str,
    name: str,
    meta: str,
    what: str,
    why: str,
    example: str,
    instead: str,
    preface: Sequence[str] = (),
    references: Sequence[str] = (),
    real: Sequence[str] = (),
) -> str:
    h = "#" * level
    parts = [f"{h} {name} ({code})", "", meta, ""]
    for paragraph in preface:
        parts += [paragraph, ""]
    parts += [
        f"{h}# What it does",
        what,
        "",
        f"{h}# Why is this bad?",
        why,
        "",
        f"{h}# Example",
        "```",
        example,
        "```",
        "",
        "Use instead:",
        "```",
        instead,
        "```",
    ]
    if real:
        parts += ["", f"{h}# In real contracts", *(f"- {r}" for r in real)]
    if references:
        parts += ["", f"{h}# References", *(f"- {r}" for r in references)]
    return "\n".join(parts) + "\n"
