"""Reading a vendor's agreement (DOCX, PDF, text) into the spec's own vocabulary.

``read_document`` turns a file into positioned paragraphs (page, paragraph, line,
column for every character); ``extract_terms`` applies keyword rules per field and
language and returns the terms with the sentence each rests on. No model, no
network: rules anchored on the words contracts use (响应/回應/response, 免费维护/
保固/warranty, 管辖/仲裁/governing law), numerals normalised with cn2an, and
durations and money parsed by the spec's own ``Duration`` and ``Money``.

Heavy readers (pypdfium2, python-docx) are imported only when a file of that kind
is read, so ``validate`` and ``lint`` of YAML never load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from termsmith.extract.errors import ExtractError
from termsmith.extract.source import Paragraph, SourceDocument

if TYPE_CHECKING:  # the extraction rules load on first use
    from pathlib import Path

    from termsmith.extract.result import Extraction

__all__ = ["ExtractError", "Paragraph", "SourceDocument", "extract_file"]


def extract_file(path: Path, display: str | None = None) -> tuple[SourceDocument, Extraction]:
    """Read ``path`` and extract its terms (see ``termsmith.extract.api.extract_file``)."""
    from termsmith.extract.api import extract_file as _extract

    return _extract(path, display)
