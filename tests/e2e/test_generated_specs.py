"""Property: a generated valid spec goes through the gate, assembles, renders, and reads back.

Each example mutates a bundled sample: hostile party names (markup, Jinja syntax,
a right-to-left override, astral Han, XML-invalid control characters), random
response/resolution times that keep the severity order, money with 0–2 decimals,
a random free period and a random milestone split summing to 100%. The spec is
written as YAML, validated and linted like ``termsmith render`` does, assembled,
rendered to DOCX (and PDF for a few examples) and read back: every fact is there,
and the hostile names appear literally once cleaned as ``rendering.text_clean``
documents (control characters and bidi overrides removed, nothing else).
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from e2e_support import (
    SAMPLES,
    agreement_facts,
    assembled,
    docx_text,
    ip_owner_pattern,
    missing,
    pdf_text,
    quote_facts,
    squash,
)
from hypothesis import HealthCheck, Phase, assume, given, settings, strategies as st

from termsmith.lint.runner import lint_text
from termsmith.rendering.text_clean import clean_text

HOSTILE = [
    "<b>{{ 7*7 }}</b>",
    "{% raw %}x{% endraw %}",
    "\u202eevil\u202c",
    "𠮷野家",
    "a\x01b\x0bc\x1fd",
    "&amp; &lt;script&gt;",
    "</w:t><w:t>",
    "]]>",
    "${x}",
    "\\n\\t",
    "\u200f\u200e",
    "Ω" * 3,
    "Supercalifragilisticexpialidocious" * 4,
    "\ufffe\uffff",
]
_CONTROLS = "\x01\x08\x0b\x0c\x1f\u202e\u2066"
# Letters, digits, punctuation, symbols and spaces of every plane, and the control characters XML forbids.
ANY_CHARS = st.characters(
    categories=("L", "N", "P", "S", "Zs"), include_characters=_CONTROLS, exclude_characters="\ufeff"
)
# What the PDF fonts (Noto Serif/Sans, Noto CJK SC/TC) have glyphs for: Latin, Greek, CJK unified
# ideographs, CJK punctuation. A character no installed font covers is drawn as .notdef, and
# WeasyPrint 70 then writes that font with a custom CMap that pypdf cannot extract text from.
COVERED_CHARS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x17F, categories=("L", "N", "P", "S", "Zs")),
    st.characters(min_codepoint=0x391, max_codepoint=0x3C9, categories=("L",)),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.characters(min_codepoint=0x3001, max_codepoint=0x3011, categories=("P",)),
    st.sampled_from(_CONTROLS),
)


@st.composite
def hostile_name(draw: st.DrawFn, chars: st.SearchStrategy[str] = ANY_CHARS) -> str:
    """A party name with at least one visible letter after cleaning, and no vague word: random
    text can spell one (等, 基本, "as needed"), and vague language in a spec blocks the render."""
    parts = draw(
        st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(chars, min_size=1, max_size=12)), min_size=1, max_size=4)
    )
    name = draw(st.sampled_from(["有限公司", "Ltd.", "𠮷"])) + " ".join(parts)
    assume(not [d for d in lint_text(name, "name") if d.severity.value != "info"])
    return name


def _minutes_text(draw: st.DrawFn, minutes: int) -> str:
    """``minutes`` written in a unit that divides it: 30m, 2h, 3 days."""
    options = [f"{minutes}m", f"{minutes} minutes"]
    if minutes % 60 == 0:
        options += [f"{minutes // 60}h", f"{minutes // 60} hours"]
    if minutes % 1440 == 0:
        options += [f"{minutes // 1440} days"]
    return draw(st.sampled_from(options))


@st.composite
def level_times(draw: st.DrawFn, count: int) -> list[tuple[str, str]]:
    """(response, resolution) per level, most severe first, never slower than the next level."""
    steps = [15, 30, 60, 120, 240, 480, 1440, 2880, 4320]
    responses = sorted(draw(st.lists(st.sampled_from(steps[:6]), min_size=count, max_size=count)))
    resolutions = sorted(draw(st.lists(st.sampled_from(steps), min_size=count, max_size=count)))
    resolutions = [max(r, s) for r, s in zip(responses, resolutions, strict=True)]
    for i in range(1, count):  # stay ordered after raising to the response
        resolutions[i] = max(resolutions[i], resolutions[i - 1])
    return [(_minutes_text(draw, r), _minutes_text(draw, s)) for r, s in zip(responses, resolutions, strict=True)]


@st.composite
def money_text(draw: st.DrawFn, currency: str) -> str:
    places = draw(st.integers(0, 2))
    amount = Decimal(draw(st.integers(1, 10**7))).scaleb(-places)
    return f"{format(amount, 'f')} {currency}"


@st.composite
def split_100(draw: st.DrawFn) -> list[Decimal]:
    """1–4 shares (whole or tenths) adding up to exactly 100."""
    count = draw(st.integers(1, 4))
    cuts = sorted(draw(st.lists(st.integers(1, 999), min_size=count - 1, max_size=count - 1, unique=True)))
    bounds = [0, *cuts, 1000]
    return [Decimal(bounds[i + 1] - bounds[i]).scaleb(-1) for i in range(count)]


@st.composite
def mutated_sample(draw: st.DrawFn, chars: st.SearchStrategy[str] = ANY_CHARS) -> dict[str, Any]:
    from termsmith.spec.dump import to_plain
    from termsmith.validation import validate_path

    sample = draw(st.sampled_from(SAMPLES))
    data = to_plain(validate_path(sample).document)
    spec = data["spec"]
    for party in spec["parties"]:
        party["legal_name"] = draw(hostile_name(chars))
    times = draw(level_times(len(spec["severity_levels"])))
    for level, (response, resolution) in zip(spec["severity_levels"], times, strict=True):
        level["response"], level["resolution"] = response, resolution
        for extra in ("recovery_plan", "progress_updates", "on_site", "incident_report"):
            level.pop(extra, None)  # they are bounded by the old times; not what this test is about
    spec["free_maintenance"]["length"] = draw(
        st.sampled_from([f"{draw(st.integers(6, 36))} months", f"{draw(st.integers(1, 3))} years"])
    )
    currency = spec["fees"]["currency"]
    for fee in spec["fees"]["recurring"]:
        fee["amount"] = draw(money_text(currency))
    for item in spec["fees"]["rate_card"]:
        if "price" in item:
            item["price"] = draw(money_text(currency))
    # a term shorter than (or ending with) the free period is refused: keep the term a year longer
    from termsmith.spec.periods import months_in
    from termsmith.spec.types import Duration

    free_months = months_in(Duration.parse(spec["free_maintenance"]["length"]))
    term_months = months_in(Duration.parse(str(spec["term"]["length"])))
    if free_months is not None and term_months is not None and term_months <= free_months:
        spec["term"]["length"] = f"{free_months + 12} months"
    if spec["payment"].get("milestones"):  # milestones bill the one-off items, when a sample has some
        template = spec["payment"]["milestones"][0]
        spec["payment"]["milestones"] = [
            # a prose text in every output language (a plain string counts only as the first)
            {
                "name": {lang: f"{draw(hostile_name(chars))} #{i}" for lang in spec["languages"]["output"]},
                "trigger": template["trigger"],
                "percent": f"{share}%",
                "due_days": draw(st.integers(0, 60)),
            }
            for i, share in enumerate(draw(split_100()))
        ]
    return data


def _gate(data: dict[str, Any]) -> tuple[Any, bytes]:
    """Write ``data`` as a spec file and pass it through the render gate (validate + lint)."""
    from termsmith.gate import check_spec
    from termsmith.spec.dump import dump_yaml

    text = dump_yaml(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(text, encoding="utf-8")
        gate = check_spec(path)
    problems = [f"{d.code} {d.severity} {d.line}:{d.col} {d.message}" for d in gate.diagnostics]
    assert not gate.blocked, [*problems, text]
    return gate.document, text.encode("utf-8")


def _clean(facts: dict[str, str]) -> dict[str, str]:
    return {key: clean_text(value) for key, value in facts.items()}


def _check_agreement(document: Any, text: str, langs: tuple[str, ...], exact: bool = False) -> None:
    """Every fact is in ``text``; with ``exact`` (DOCX), the cleaned names character for character."""
    spec = document.spec
    facts = _clean(agreement_facts(spec, langs))
    assert missing(facts, text) == {}
    for lang in langs:
        assert ip_owner_pattern(spec, lang).search(squash(text))
    for party in spec.parties:
        raw = party.legal_name.get(langs[0])
        shown = squash(clean_text(raw))
        assert shown and shown in squash(text)  # literally: markup and {{ }} are not interpreted
        if exact:
            assert clean_text(raw) in text


FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# A PDF takes seconds: few examples, and no shrinking (it would re-render for minutes).
FEW = settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)


@FAST
@given(mutated_sample(), st.sampled_from(["own", "zh-Hans", "zh-Hant", "en", "bilingual"]))
def test_generated_spec_renders_docx_with_every_fact(data: dict[str, Any], lang: str) -> None:
    from e2e_support import languages_for

    from termsmith.pricing import price_quote
    from termsmith.rendering import render_docx

    document, source = _gate(data)
    langs = languages_for(document, None if lang == "own" else lang)  # type: ignore[arg-type]
    agreement = docx_text(render_docx(assembled(document, "agreement", langs, source)))
    _check_agreement(document, agreement, langs, exact=True)
    quote = price_quote(document.spec)
    # each schedule adds up exactly: the milestones to the one-off items, the three ways of billing to the total
    if quote.milestones:
        assert sum((due.amount for _, due in quote.milestones), Decimal(0)) == quote.one_off_total.amount
    groups = (quote.recurring_total, quote.acceptance_total, quote.one_off_total)
    assert sum((g.amount for g in groups if g is not None), Decimal(0)) == quote.total.amount
    quote_text = docx_text(render_docx(assembled(document, "quote", langs, source)))
    assert missing(_clean(quote_facts(document.spec, quote, langs)), quote_text) == {}


@pytest.mark.slow
@FEW
@given(mutated_sample(COVERED_CHARS))
def test_generated_spec_renders_pdf_with_the_same_facts(data: dict[str, Any]) -> None:
    from termsmith.rendering import render_docx, render_pdf

    document, source = _gate(data)
    langs = tuple(document.spec.languages.output)
    doc = assembled(document, "agreement", langs, source)
    docx, pdf = docx_text(render_docx(doc)), pdf_text(render_pdf(doc))
    _check_agreement(document, pdf, langs)
    facts = _clean(agreement_facts(document.spec, langs))
    assert missing(facts, docx) == missing(facts, pdf) == {}


def test_very_long_party_names_render_in_full_and_cut_only_in_core_properties() -> None:
    """Found by the property above: python-docx refused core properties over 255 characters."""
    import io

    import docx

    from termsmith.rendering import render_docx
    from termsmith.spec.dump import to_plain
    from termsmith.validation import validate_path

    data = to_plain(validate_path(SAMPLES[0]).document)
    names = {"client": "Harbourline " + "Trading " * 40 + "Limited", "vendor": "Kestrel " + "Systems " * 40 + "Ltd."}
    for party in data["spec"]["parties"]:
        party["legal_name"] = names[party["role"]]
    document, source = _gate(data)
    langs = tuple(document.spec.languages.output)
    rendered = render_docx(assembled(document, "agreement", langs, source))
    assert names["client"] in docx_text(rendered) and names["vendor"] in docx_text(rendered)
    props = docx.Document(io.BytesIO(rendered)).core_properties
    assert props.author == names["vendor"][:254] + "…"
    assert len(props.keywords) == 255 and props.keywords.startswith(names["client"][:200])
