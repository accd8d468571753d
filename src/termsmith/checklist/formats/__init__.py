"""Output formats of a check report: text, json, md, html. Each returns the whole report as str."""

from __future__ import annotations

from collections.abc import Callable

from termsmith.checklist.report import CheckReport

FORMATS = ("text", "json", "md", "html")


def formatter(name: str) -> Callable[[CheckReport], str]:
    if name == "json":
        from termsmith.checklist.formats.json_format import to_json

        return to_json
    if name == "md":
        from termsmith.checklist.formats.markdown import to_markdown

        return to_markdown
    if name == "html":
        from termsmith.checklist.formats.html import to_html

        return to_html
    if name == "text":
        from termsmith.checklist.formats.text import to_text

        return to_text
    raise ValueError(f"unknown format {name!r}; use one of {', '.join(FORMATS)}")
