"""The reference of what a clause can print, generated from the code for ``clauses/README.md``.

Every name of the template context with its docstring and an example rendered in zh-Hans,
zh-Hant and en against the library check's maximal spec, then every named phrase of
``phrases`` with its whole wording table. ``clauses/README.md`` holds it between two marker
lines; a test fails when it is stale. Regenerate it with::

    .venv/bin/python -m termsmith.library.reference --write clauses/README.md
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path
from typing import Any

from termsmith.library import phrases

BEGIN = "<!-- BEGIN GENERATED: python -m termsmith.library.reference --write clauses/README.md -->"
END = "<!-- END GENERATED -->"
LANGS = ("zh-Hans", "zh-Hant", "en")

# name → the example a lawyer would write, or one per language (None: a table or block, shown as such)
EXAMPLES: dict[str, str | tuple[str, str, str] | None] = {
    "t": "{{ spec.project.name|t }}",
    "party": "{{ party('client') }}",
    "party_name": "{{ party_name('vendor') }}",
    "money": "{{ money(spec.fees.recurring[0].amount) }}",
    "amount": "{{ amount(spec.fees.recurring[0].amount) }}",
    "duration": "{{ duration(spec.term.length) }}",
    "time_limit": "{{ time_limit('P0', 'response') }}",
    "date": "{{ date(spec.term.start) }}",
    "percent": "{{ percent(spec.fees.tax.rate) }}",
    "label": "{{ label(spec.fees.recurring[0].period) }}",
    "join": "{{ join(spec.project.platforms) }}",
    "ref": "{{ ref('fees') }}",
    "calendar_text": "{{ calendar_text('cn-business') }}",
    "count": (
        "{{ count(spec.free_maintenance.free_trainings, '次') }}",
        "{{ count(spec.free_maintenance.free_trainings, '次') }}",
        "{{ count(spec.free_maintenance.free_trainings, 'session') }}",
    ),
    "service_name": "{{ service_name(spec.free_maintenance.covers[0]) }}",
    "recurring_billing": "{{ recurring_billing() }}",
    "acceptance_billing": None,
    "free_period_start": "{{ free_period_start }}",
    "free_methods": "{{ free_methods }}",
    "monitored_metrics": "{{ monitored_metrics }}",
    "handover_after": "{{ handover_after(spec.intellectual_property.handover[0].when) }}",
    "how_often": "{{ how_often(spec.data_protection.backups.incremental) }}",
    "language_name": "{{ language_name('zh-Hant') }}",
}


def _contexts() -> dict[str, dict[str, Any]]:
    from termsmith.library.check import BUILTIN_SPECS
    from termsmith.library.helpers import RenderContext, template_context
    from termsmith.validation import validate_path

    result = validate_path(BUILTIN_SPECS[1], expect_kind="ServiceSpec")
    assert result.ok, "the maximal spec of the library check is valid"
    spec = result.document.spec
    return {
        lang: template_context(RenderContext(spec, lang, {"fees": 8}, "reference", metadata=result.document.metadata))
        for lang in LANGS
    }


def _doc(value: Any) -> str:
    doc = getattr(value, "doc", None) or inspect.getdoc(value) or ""
    return " ".join(doc.split("\n\n")[0].split())


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _example(expr: str, lang: str, context: dict[str, Any]) -> str:
    from termsmith.library.sandbox import environment
    from termsmith.punctuation import release

    return release(environment(lang).from_string(expr).render(**context))


def generate() -> str:
    """The generated section of ``clauses/README.md`` (without the marker lines)."""
    from termsmith.library.helpers import HELPER_NAMES

    contexts = _contexts()
    names = [n for n in contexts["en"] if n in HELPER_NAMES]
    lines = [
        "### Every helper and named phrase",
        "",
        "Printed by `{{ … }}` in the clause's language. Examples: the library check's maximal spec "
        "(`src/termsmith/library/specs/maximal.yaml`).",
        "",
        "| name | what it prints | example | zh-Hans | zh-Hant | en |",
        "|---|---|---|---|---|---|",
    ]
    for name in names:
        value = contexts["en"][name]
        expr = EXAMPLES.get(name)
        if expr is None:
            shown = [f"`{name}()`", "a table" if name.endswith("_table") else "a sentence or block", "", ""]
        else:
            exprs = expr if isinstance(expr, tuple) else (expr,) * len(LANGS)
            written = " / ".join(dict.fromkeys(f"`{e}`" for e in exprs))
            shown = [
                _cell(written),
                *(_cell(_example(e, lang, contexts[lang])) for e, lang in zip(exprs, LANGS, strict=True)),
            ]
        lines.append(f"| `{name}` | {_cell(_doc(value))} | " + " | ".join(shown) + " |")
    lines += ["", "### The wording of the named phrases", ""]
    for name, table in phrases.TABLES.items():
        lines += [f"**`{name}`**: {_doc(contexts['en'][name])}", ""]
        lines += ["| value | zh-Hans | zh-Hant | en |", "|---|---|---|---|"]
        lines += [f"| `{key}` | " + " | ".join(_cell(w) for w in words) + " |" for key, words in table.items()]
        lines.append("")
    return "\n".join(lines)


def splice(document: str, section: str) -> str:
    """``document`` with the text between the markers replaced by ``section``."""
    if BEGIN not in document or END not in document:
        raise ValueError(f"the file has no '{BEGIN}' … '{END}' section")
    head, rest = document.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{section}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="print or write the clause helper reference")
    parser.add_argument("--write", type=Path, help="replace the generated section of this file")
    args = parser.parse_args(argv)
    section = generate()
    if args.write is None:
        sys.stdout.write(section + "\n")
        return 0
    from termsmith.atomic import write_atomic

    write_atomic(args.write, splice(args.write.read_text(encoding="utf-8"), section).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
