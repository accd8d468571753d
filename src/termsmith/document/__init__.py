"""The renderer-neutral document model that assembly builds and renderers consume."""

from termsmith.document.model import (
    Block,
    Cell,
    Clause,
    Document,
    DocumentMetadata,
    ListBlock,
    PageLabels,
    Paragraph,
    Provenance,
    Section,
    SignatureBlock,
    SignatureParty,
    Table,
)

__all__ = [
    "Block",
    "Cell",
    "Clause",
    "Document",
    "DocumentMetadata",
    "ListBlock",
    "PageLabels",
    "Paragraph",
    "Provenance",
    "Section",
    "SignatureBlock",
    "SignatureParty",
    "Table",
]
