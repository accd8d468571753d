"""Accept or reject every tracked change of a DOCX, reading the XML ourselves (as Word does it).

accept: drop ``w:del`` content, paragraphs whose mark is deleted and rows marked deleted;
keep ``w:ins`` content. reject: the reverse, with ``w:delText`` read as text again.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def resolve(docx: bytes, keep: str) -> bytes:
    """``docx`` with every change accepted (``keep="ins"``) or rejected (``keep="del"``)."""
    drop = "del" if keep == "ins" else "ins"
    src = zipfile.ZipFile(io.BytesIO(docx))
    doc = etree.fromstring(src.read("word/document.xml"))
    for tr in [tr for tr in doc.iter(W + "tr") if tr.find(f"{W}trPr/{W}{drop}") is not None]:
        tr.getparent().remove(tr)
    for tbl in [t for t in doc.iter(W + "tbl") if t.find(W + "tr") is None]:
        tbl.getparent().remove(tbl)
    for p in [p for p in doc.iter(W + "p") if p.find(f"{W}pPr/{W}rPr/{W}{drop}") is not None]:
        p.getparent().remove(p)
    for el in list(doc.iter(W + drop)):
        el.getparent().remove(el)
    for el in list(doc.iter(W + keep)):
        parent = el.getparent()
        if parent.tag in (W + "rPr", W + "trPr"):
            parent.remove(el)
            continue
        index = parent.index(el)
        for child in reversed(list(el)):
            parent.insert(index, child)
        parent.remove(el)
    for t in doc.iter(W + "delText"):
        t.tag = W + "t"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = (
                etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)
                if info.filename == "word/document.xml"
                else src.read(info)
            )
            dst.writestr(info, data)
    return out.getvalue()
