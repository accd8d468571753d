"""Document → HTML, through the theme's Jinja2 layouts with autoescape on.

The HTML is standalone (the theme stylesheet is inlined), so it can be written
out as the ``html`` format and is exactly what the PDF back end lays out.
"""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup, escape

from termsmith.document.model import Document, Figure, ListBlock, Paragraph, SignatureBlock, Table
from termsmith.rendering.determinism import document_timestamp, w3c_datetime
from termsmith.rendering.layout import Heading, column_fractions, flow, page_label_parts
from termsmith.rendering.nobreak import glued_runs
from termsmith.rendering.text_clean import breakable, clean_text, css_string
from termsmith.rendering.theme import Theme, load_theme


@cache
def _environment() -> jinja2.Environment:
    theme = load_theme()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(theme.folder / "html"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.tests.update(
        heading=lambda x: isinstance(x, Heading),
        paragraph=lambda x: isinstance(x, Paragraph),
        list_block=lambda x: isinstance(x, ListBlock),
        table=lambda x: isinstance(x, Table),
        signature=lambda x: isinstance(x, SignatureBlock),
        figure=lambda x: isinstance(x, Figure),
    )
    # a Figure's SVG is drawn by termsmith itself (matplotlib escapes its text), never read from a spec
    env.filters.update(
        css_string=lambda s: Markup(css_string(s)), column_fractions=column_fractions, trusted_svg=lambda s: Markup(s)
    )
    return env


def _finalize(value: object) -> object:
    """Every printed text gets break opportunities in overlong runs, and its glued runs (``nobreak``) a no-break
    span without the glue; markup (the stylesheet, CSS strings) is printed as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _words(breakable(value))
    return value


def _words(text: str) -> str | Markup:
    """``text``, each run ``nobreak`` glued set in a ``span.nb`` (which neither breaks nor stretches), written
    without the glue: the HTML and the PDF's text read what a reader sees."""
    pieces = glued_runs(text)
    if len(pieces) == 1 and not pieces[0][1]:
        return pieces[0][0]
    return Markup("").join(
        Markup('<span class="nb">%s</span>') % words if whole else escape(words) for words, whole in pieces
    )


@cache
def stylesheet() -> str:
    """The theme stylesheet followed by the per-language font rules from theme.json."""
    theme = load_theme()
    return theme.read_text("document.css") + "\n" + _font_rules(theme)


def _font_rules(theme: Theme) -> str:
    rules = []
    for lang, fonts in theme.fonts.items():
        body, heads = fonts.body_stack(), fonts.heading_stack()
        selector = f":lang({lang})"
        rules.append(f"{selector} {{ font-family: {', '.join(map(css_string, body))}, serif; }}")
        rules.append(f"p{selector} {{ text-align: {'justify' if fonts.justify else 'left'}; }}")
        rules.append(f"p.recital{selector} {{ text-indent: {'2em' if fonts.recital_indent else '0'}; }}")
        rules.append(
            f"h1{selector}, h2{selector}, h3{selector}, th{selector}, caption{selector}, "
            f".l{selector} {{ font-family: {', '.join(map(css_string, heads))}, sans-serif; }}"
        )
    return "\n".join(rules) + "\n"


def _head(text: str) -> Markup:
    """A metadata value for ``<head>``, escaped here so ``_finalize`` leaves it whole: it is never laid
    out, and a zero-width space would change what the PDF's metadata says (an offer's sha256)."""
    return escape(clean_text(text))


def render_html(doc: Document) -> str:
    """The whole document as one standalone HTML page; every string is escaped."""
    template = _environment().get_template("document.html.j2")
    meta = doc.metadata
    return template.render(
        doc=doc,
        meta={
            "title": _head(meta.title),
            "author": _head(meta.author),
            "subject": _head(meta.subject),
            "keywords": [_head(k) for k in meta.keywords],
        },
        created=w3c_datetime(document_timestamp(doc)),
        labels=page_label_parts(doc),
        stylesheet=stylesheet(),
        items=list(flow(doc)),
    )
