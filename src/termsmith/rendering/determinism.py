"""Fixed dates and byte-stable containers, so the same Document gives the same bytes.

The one date a rendered file carries is ``Document.metadata.created`` (assembly
takes it from the spec's signing date or ``SOURCE_DATE_EPOCH``, never "now").
Zip entries get that date too, in a fixed order with fixed attributes.
"""

from __future__ import annotations

import io
import os
import zipfile
from datetime import UTC, date, datetime

from termsmith.document.model import Document

_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the earliest date a zip entry can hold


def source_date_epoch() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as a UTC datetime, or None when unset or not an integer."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return datetime.fromtimestamp(int(raw), tz=UTC)


def document_timestamp(doc: Document) -> datetime:
    """The document's creation date at 00:00 UTC: the only timestamp outputs carry."""
    created: date = doc.metadata.created
    return datetime(created.year, created.month, created.day, tzinfo=UTC)


def w3c_datetime(moment: datetime) -> str:
    """``2025-03-01T00:00:00Z``: the form DOCX core properties and HTML meta use."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _member_order(name: str) -> tuple[int, str]:
    # [Content_Types].xml first (some readers sniff it), then the package relationships.
    rank = {"[Content_Types].xml": 0, "_rels/.rels": 1}.get(name, 2)
    return (rank, name)


def normalize_zip(data: bytes, moment: datetime) -> bytes:
    """Rewrite a zip with sorted members, one fixed timestamp and fixed attributes."""
    stamp = max(moment, _ZIP_EPOCH).astimezone(UTC)
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist(), key=_member_order):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name), compresslevel=6)
    return out.getvalue()
