"""Read a DOCX's paragraphs as Word shows them: list numbers resolved from numbering.xml.

An independent reading of the numbering definitions (not the renderer's code): a
paragraph's ``w:numPr`` (direct, else its style's), the instance's abstract
definition with the instance's level overrides (``w:lvlOverride/w:lvl``), counters
per abstract definition (Word's list: instances of one definition continue each
other) that reset deeper levels, a ``w:startOverride`` restarting its level where its
instance is first used, ``%n`` in ``w:lvlText`` printed in level n's format as the
instance defines it (decimal under ``w:isLgl``), and the suffix. Field results (REF,
PAGE) are read as their cached text.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"


def chinese_counting(n: int) -> str:
    """Word's ``chineseCounting`` for 1–99: 一 … 十 十一 … 二十 … 九十九."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _format(fmt: str, n: int) -> str:
    if fmt == "chineseCounting":
        return chinese_counting(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    assert fmt == "decimal", fmt
    return str(n)


class Numbering:
    def __init__(self, numbering: etree._Element, styles: etree._Element) -> None:
        self.abstract = {a.get(W + "abstractNumId"): a for a in numbering.iter(W + "abstractNum")}
        self.nums = {n.get(W + "numId"): n for n in numbering.iter(W + "num")}
        self.style_num = {}
        for style in styles.iter(W + "style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_num[style.get(W + "styleId")] = _num_pr(num_pr)
        self.counters: dict[str, dict[int, int]] = {}  # abstract definition → level → count
        self.started: set[str] = set()  # instances already used (their start overrides applied)

    def number(self, p: etree._Element) -> str:
        """The number Word prints before paragraph ``p`` (with its suffix), advancing the counters."""
        ppr = p.find(W + "pPr")
        style = (
            ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None else None
        )
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = self.style_num.get(style, (None, 0))
        if num_pr is not None:
            direct_id, direct_lvl = _num_pr(num_pr)
            num_id = direct_id or num_id
            ilvl = direct_lvl if num_pr.find(W + "ilvl") is not None else ilvl
        if num_id in (None, "0"):
            return ""
        num = self.nums[num_id]
        abstract_id = num.find(W + "abstractNumId").get(W + "val")
        levels = {int(lv.get(W + "ilvl")): lv for lv in self.abstract[abstract_id].iter(W + "lvl")}
        for override in num.iter(W + "lvlOverride"):
            if override.find(W + "lvl") is not None:
                levels[int(override.get(W + "ilvl"))] = override.find(W + "lvl")
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for o in num.iter(W + "lvlOverride"):
                if o.find(W + "startOverride") is not None:
                    counters[int(o.get(W + "ilvl"))] = int(o.find(W + "startOverride").get(W + "val")) - 1
        lvl = levels[ilvl]
        start = int(lvl.find(W + "start").get(W + "val")) if lvl.find(W + "start") is not None else 1
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        legal = lvl.find(W + "isLgl") is not None
        text = lvl.find(W + "lvlText").get(W + "val")
        for k in range(ilvl + 1):
            fmt = "decimal" if legal else levels[k].find(W + "numFmt").get(W + "val")
            text = text.replace(f"%{k + 1}", _format(fmt, counters.get(k, 1)))
        suffix = lvl.find(W + "suff")
        return text + {"space": " ", "nothing": ""}.get(suffix.get(W + "val") if suffix is not None else "tab", "\t")


def _num_pr(num_pr: etree._Element) -> tuple[str | None, int]:
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    return (num_id.get(W + "val") if num_id is not None else None, int(ilvl.get(W + "val")) if ilvl is not None else 0)


def paragraph_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: etree.fromstring(zf.read(f"word/{name}.xml")) for name in ("document", "numbering", "styles")}


def numbered_paragraphs(data: bytes) -> list[tuple[etree._Element, str]]:
    """Every body paragraph (tables included, in order) with the text Word shows: number + words."""
    xml = parts(data)
    numbering = Numbering(xml["numbering"], xml["styles"])
    return [(p, numbering.number(p) + paragraph_text(p)) for p in xml["document"].iter(W + "p")]
