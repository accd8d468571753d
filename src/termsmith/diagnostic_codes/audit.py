"""AU: read-back audits of a rendered agreement or quote (``termsmith.audit``; ``termsmith review``)."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

W = Severity.WARNING
_BY = "termsmith review (read-back audit of the assembled document), and the test suite on DOCX/PDF read back"

document(
    DiagnosticCode(
        "AU001",
        "foreign-script",
        W,
        "text in another language's script",
        what="Flags Chinese characters in an English document or paragraph, and English prose (four or more "
        "Latin words in a row), kana or hangul in a Chinese one. Party names, addresses, people's names, "
        "signatories, the project name, the court and support-channel addresses come from the spec and may "
        "be in any script.",
        why="A document in one language must contain only that language: a sentence the reader cannot read is "
        "a sentence nobody agreed to, and a lawyer who finds one stops trusting the rest.",
        example="the Vendor shall issue to the Client a 增值税专用发票",
        instead="invoice: {zh-Hans: 增值税专用发票, en: VAT special invoice}   # in the spec: one text per language",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "AU002",
        "simplified-in-traditional",
        W,
        "Simplified-only character in Traditional Chinese",
        what="Flags a character that exists only in Simplified Chinese (软, 务, 协) in a zh-Hant document. The "
        "table is generated from OpenCC's character tables; characters that are also Traditional forms "
        "(后, 台, 里) are not flagged.",
        why="A Traditional-Chinese agreement with Simplified characters reads as a careless conversion, and in "
        "Taiwan or Hong Kong a term in the wrong script may be read as a different term.",
        example="zh-Hant: 乙方提供软件维护服务",
        instead="zh-Hant: 乙方提供軟體維護服務",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "AU003",
        "doubled-punctuation",
        W,
        "two punctuation marks in a row",
        what="Flags two sentence marks in a row — `。；`, `。。`, `.;`, `;;` — except an ellipsis and the full "
        "stop of an abbreviation (`Co., Ltd.;`).",
        why="It is the trace of spec text that ends in a mark placed before the clause's own mark; in a "
        "contract it looks like a drafting error.",
        example="（一）程序缺陷修复：修复交付程序本身的缺陷。；",
        instead="（一）程序缺陷修复：修复交付程序本身的缺陷；",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "AU004",
        "mismatched-punctuation",
        W,
        "punctuation of the other language",
        what="Flags Chinese punctuation (`，。；（）“”`) in English text, and an ASCII comma or semicolon right "
        "after a Chinese character in Chinese text.",
        why="Mixed punctuation is the mark of text pasted from another language version, and half-width "
        "commas in Chinese break line wrapping and justification.",
        example="the Vendor shall fix the defect（within 2 hours）",
        instead="the Vendor shall fix the defect (within 2 hours)",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "AU005",
        "unbalanced-brackets",
        W,
        "bracket or quote without its pair",
        what="Flags a bracket or quote that is never closed, or closes nothing, within one paragraph, list "
        "item or table row (within a page for PDF text): （）()【】[]《》“”‘’「」『』〔〕 and straight quotes.",
        why="An unclosed parenthesis makes the reader guess where an exception ends; in a contract that is a "
        "question of what was agreed.",
        example="乙方应在2小时内响应（7×24小时计时。",
        instead="乙方应在2小时内响应（7×24小时计时）。",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "AU006",
        "template-leftover",
        W,
        "template leftover in the text",
        what="Flags text that a template should never print: `{{`, `}}`, `{%`, `%}`, `None`, `null`, "
        "`undefined`, a `(s)` plural after a word (`session(s)`), or an unreplaced table marker.",
        why="Template syntax or a printed empty value in a signed document shows the reader that nobody read "
        "it, and `(s)` leaves a count ambiguous.",
        example="The Vendor shall provide 1 remote training session(s)",
        instead="{{ count(spec.free_maintenance.free_trainings, 'remote training session') }}   # 1 session, 2 sessions",
        emitted_by=_BY,
    ),
)
