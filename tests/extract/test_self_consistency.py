"""termsmith reads back its own agreements: extracting from the rendered DOCX and PDF of
every sample, in every language it declares, recovers ≥ 98% of the spec's values
(parties and roles, each level's response and resolution, free period and its start,
term, fees with their basis, channels, source-code owner, law, forum, liability cap,
payment milestones)."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.extract.api import extract_file
from termsmith.extract.score import Score, score
from termsmith.extract.spec_terms import spec_terms
from termsmith.validation import validate_path

pytestmark = pytest.mark.slow


def test_recovers_98_percent_of_spec_values(rendered) -> None:  # type: ignore[no-untyped-def]
    total = Score()
    formats = set()
    for document, spec_file, lang in rendered:
        spec = validate_path(spec_file).document.spec
        _, extraction = extract_file(document)
        result = score(extraction.terms, spec_terms(spec, lang))
        total.add(result)
        formats.add(document.suffix)
        assert result.recall >= 0.9, f"{document.name}: missed {result.missed}"
    assert formats == {".docx", ".pdf"}
    assert len(rendered) >= 10  # 4 samples, the bilingual one in two languages, two formats each
    assert total.recall >= 0.98, f"recall {total.recall:.3f}; missed {total.missed}"
    assert total.precision >= 0.9, f"precision {total.precision:.3f}; wrong {total.wrong}"


def test_parties_and_levels_exactly(rendered) -> None:  # type: ignore[no-untyped-def]
    for document, spec_file, lang in rendered:
        spec = validate_path(spec_file).document.spec
        _, extraction = extract_file(document)
        parties = {p["role"]: p["legal_name"] for p in extraction.terms["parties"]}
        assert parties == {"client": spec.client.legal_name.get(lang), "vendor": spec.vendor.legal_name.get(lang)}
        got = [(lv["response"]["within"], lv["resolution"]["within"]) for lv in extraction.terms["severity_levels"]]
        from termsmith.extract.values import compact

        want = [(compact(lv.response.within), compact(lv.resolution.within)) for lv in spec.severity_levels]
        assert got == want, document.name


def test_pdf_rate_cards_read_like_the_docx(rendered) -> None:  # type: ignore[no-untyped-def]
    """A PDF table whose unit cell wraps ("次（每次上" / "门）") in a tightly padded table (the Typst
    engine's row pitch barely exceeds its line pitch) reads as the DOCX table does, row by row."""

    def card(document: Path) -> list[tuple[str, str]]:
        fees = extract_file(document)[1].terms.get("fees", {})
        return [(item.get("unit"), item.get("price")) for item in fees.get("rate_card", [])]

    by_folder: dict[Path, dict[str, Path]] = {}
    for document, _, _ in rendered:
        by_folder.setdefault(document.parent, {})[document.suffix] = document
    compared = 0
    for files in by_folder.values():
        docx_card = card(files[".docx"])
        assert card(files[".pdf"]) == docx_card, files[".pdf"].name
        compared += bool(docx_card)
    assert compared >= 5
