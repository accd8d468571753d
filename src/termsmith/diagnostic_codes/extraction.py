"""E: reading a vendor's document (termsmith/extract/) — files that cannot be read, and
terms that are ambiguous as written. E0xx refuse the file; E1xx are warnings about
what was read."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

E, W = Severity.ERROR, Severity.WARNING
_BY = "termsmith extract (and check and lint when given a .docx, .pdf, .txt or .md document)"

document(
    DiagnosticCode(
        "E001",
        "unreadable-document",
        E,
        "the file cannot be read as a document",
        what="Flags a file that is missing, of a kind termsmith does not read (only .docx, .pdf, .txt, .md and "
        ".html), or a text file that is neither UTF-8, nor UTF-16 with its mark, nor unmistakably GB18030 (GBK) or "
        "Big5 (those are read: E103).",
        why="Rules that match words on text decoded with a guessed encoding would find nothing and report every "
        "term as not stated; only the encodings Chinese documents arrive in are tried, and only when the reading "
        "is unmistakable.",
        example="termsmith extract offer.pages",
        instead="termsmith extract offer.docx     # export from Pages/Word as .docx or PDF",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E002",
        "old-word-format",
        E,
        "an old Word 97-2003 .doc file",
        what="Flags a `.doc` file (or a `.docx` that is really the old binary format).",
        why="The old binary format needs a converter termsmith does not ship; a half-read file would hide terms.",
        example="termsmith extract 维护合同.doc",
        instead="libreoffice --headless --convert-to docx 维护合同.doc && termsmith extract 维护合同.docx",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E003",
        "encrypted-document",
        E,
        "the document is password-protected",
        what="Flags a PDF or Word file that needs a password to open.",
        why="termsmith never asks for or guesses passwords; the text is unreadable without one.",
        example="termsmith extract locked.pdf",
        instead="open it with the password, print or export an unprotected PDF or .docx, and extract that",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E004",
        "damaged-document",
        E,
        "the document is damaged or not what its name says",
        what="Flags a PDF that PDFium cannot open, or a .docx that is not a Word package (a broken zip, no "
        "word/document.xml).",
        why="A damaged file cannot be read reliably; guessing at its text could report terms it does not state.",
        example="termsmith extract truncated-download.pdf",
        instead="download or export the agreement again, then extract it",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E005",
        "no-text-layer",
        E,
        "the document has no text (a scan)",
        what="Flags a PDF whose pages carry (almost) no text, as when pages were scanned or pasted as images, "
        "a .docx with no paragraphs of text, and a text, Markdown or HTML file with nothing but blank lines.",
        why="termsmith reads the text layer and does not run OCR; a scanned contract would come out as "
        "'nothing stated', which is misleading.",
        example="termsmith extract scanned-contract.pdf",
        instead="ocrmypdf --language chi_sim+eng scanned-contract.pdf ocr.pdf && termsmith extract ocr.pdf",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E006",
        "zip-bomb",
        E,
        "the .docx unpacks to an unreasonable size",
        what="Flags a .docx whose zip entries unpack to more than 100 MB, compress more than 200:1 at size, or "
        "number more than 5,000 files; termsmith checks the sizes before unpacking anything.",
        why="A crafted archive can exhaust memory and disk; a genuine agreement is a few hundred kilobytes.",
        example="termsmith extract bomb.docx",
        instead="save the agreement again from Word without embedded media, or export a PDF",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E007",
        "document-too-large",
        E,
        "the document is too large to be one agreement",
        what="Flags a file over 50 MB, a PDF of more than 200 pages, or a document with more than 2 million "
        "characters of text.",
        why="Extraction is bounded in time and memory; a 500-page bundle is several documents, and the terms of "
        "the service agreement should be read from the agreement itself.",
        example="termsmith extract tender-bundle-500-pages.pdf",
        instead="qpdf tender-bundle.pdf --pages . 120-135 -- agreement.pdf && termsmith extract agreement.pdf",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E101",
        "roles-contradict",
        W,
        "the document contradicts itself about who is client and vendor",
        what="Flags a document whose parties' block names 甲方 the client (委托方) while a service clause says "
        "甲方 provides the service to 乙方, or the other way round.",
        why="Templates are often reused with 甲方 and 乙方 swapped; every obligation then binds the wrong party.",
        example="甲方（委托方）：某某公司 … 甲方为乙方提供系统维护服务",
        instead="甲方（委托方）：某某公司 … 乙方为甲方提供系统维护服务",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E102",
        "range-not-value",
        W,
        "a term is stated as a range",
        what="Flags a free maintenance period written as a range (6-12个月); termsmith reports the shorter end.",
        why="A range promises only its lower end; the client should get one agreed length in writing.",
        example="免费维护期为6-12个月",
        instead="免费维护期为12个月，自验收合格之日起计算",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "E103",
        "text-not-utf8",
        Severity.INFO,
        "a text file read as GB18030 (GBK), Big5 or UTF-16",
        what="Notes a .txt or .md document that is not UTF-8 and was read in another encoding: UTF-16 when it "
        'opens with a byte-order mark (Notepad\'s "Unicode"), else GB18030 (GBK, what Chinese Windows saves) or '
        "Big5 (Taiwan, Hong Kong), the one charset-normalizer finds it to be without doubt.",
        why="Decoded text is what every rule and every quoted sentence rests on; a reader should know it was not "
        "stored as UTF-8. A file that is none of these cleanly is refused (E001).",
        example="termsmith extract 售后服务承诺.txt     # saved by Notepad as ANSI on a Chinese Windows",
        instead="save it as UTF-8 (Notepad: Save As → Encoding: UTF-8), or keep it: the note is information only",
        emitted_by=_BY,
    ),
)
