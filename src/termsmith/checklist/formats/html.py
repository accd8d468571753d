"""The report as a standalone, printable HTML page.

The page uses the bundled rendering theme's stylesheet (rendering/document.css)
when it is there, plus a few rules of its own for verdicts; every string from a
spec or a checklist goes through Jinja2 autoescaping.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from termsmith.checklist import display
from termsmith.checklist.formats.tables import EvidenceNotes
from termsmith.checklist.labels import t
from termsmith.checklist.report import CheckReport
from termsmith.resources import bundled

_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


@cache
def stylesheet() -> str:
    """The theme's stylesheet (trusted, bundled) followed by the report's own rules."""
    own = (_TEMPLATES / "report.css").read_text(encoding="utf-8")
    theme = bundled("rendering") / "document.css"
    try:
        return theme.read_text(encoding="utf-8") + "\n" + own
    except OSError:
        return own


def to_html(report: CheckReport) -> str:
    lang = report.lang
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        lang=lang,
        label=lambda key, **kw: t(key, lang, **kw),
        requirement_value=lambda req: display.requirement(req, lang),
        notes=EvidenceNotes(report) if len(report.results) > 1 else None,
        stylesheet=stylesheet(),
    )
