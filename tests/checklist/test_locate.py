"""Mapping a spec path to the article where the term sits."""

from __future__ import annotations

from datetime import date

from termsmith.checklist.locate import from_document, normalise
from termsmith.document.model import Clause, Document, DocumentMetadata, PageLabels, Provenance, Section


def _clause(number: str, *paths: str) -> Clause:
    return Clause(
        blocks=(), number=number, provenance=Provenance("c", "1", "approved", "h", tuple((p, "v") for p in paths))
    )


def _document() -> Document:
    sections = (
        Section(
            "definitions",
            {"en": "Article 1"},
            {"en": "Definitions"},
            (_clause("1.1", "spec.agreement.number", "spec.severity_levels[0].id"),),
        ),
        Section(
            "levels",
            {"en": "Article 5"},
            {"en": "Response times"},
            (
                _clause(
                    "5.1",
                    "spec.severity_levels[0].id",
                    "spec.severity_levels[0].name",
                    "spec.severity_levels[0].response",
                    "spec.severity_levels[1].response",
                ),
                _clause("5.2", "spec.severity_levels[0].incident_report"),
            ),
        ),
        Section(
            "ip",
            {"en": "Article 10"},
            {"en": "IP"},
            (_clause("10.6", "spec.intellectual_property.handover", "spec.intellectual_property.handover[0].item"),),
        ),
    )
    meta = DocumentMetadata("t", "s", "a", (), "0", date(2026, 1, 1), "en")
    return Document("agreement", ("en",), {"en": "t"}, "1", "t", PageLabels("", "", ""), meta, sections=sections)


def test_normalise_keeps_indexes_as_their_own_segments():
    assert normalise("spec.severity_levels[0].response") == ("severity_levels", "[0]", "response")
    assert normalise("calendars[cn-business]") == ("calendars", "[cn-business]")


def test_exact_read_wins_and_the_label_names_article_and_clause():
    locator = from_document(_document(), "en")
    assert locator.locate("severity_levels[1].response").label == "Article 5, 5.1"
    assert locator.locate("severity_levels[0].incident_report").label == "Article 5, 5.2"


def test_a_field_no_clause_reads_goes_to_the_clause_that_describes_its_element():
    locator = from_document(_document(), "en")
    # severity_levels[0].clock is read nowhere; 5.1 reads the most of level 0, 1.1 only its id
    assert locator.locate("severity_levels[0].clock").label == "Article 5, 5.1"
    assert locator.locate("intellectual_property.handover[2].item").label == "Article 10, 10.6"
    assert locator.locate("data_protection.backups.rto") is None
