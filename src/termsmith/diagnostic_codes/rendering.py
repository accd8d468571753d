"""X: rendering (termsmith render / quote, termsmith/commands/produce.py)."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

_BY = "termsmith render and termsmith quote"

document(
    DiagnosticCode(
        "X001",
        "render-failed",
        Severity.ERROR,
        "could not render",
        what="Flags an unexpected failure while assembling or rendering one spec (the message names the "
        "exception). The other specs of the same run are still rendered; nothing partial is written.",
        why="It is a bug in termsmith, not in the spec: a valid spec should always render.",
        example="termsmith render spec.yaml    # error X001 could not render: KeyError: …",
        instead="TERMSMITH_DEBUG=1 termsmith render spec.yaml   # prints the traceback to attach to a bug report",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "X002",
        "missing-fonts",
        Severity.ERROR,
        "fonts or HarfBuzz missing for the PDF",
        what="Flags a system that lacks the fonts the theme names for the output languages (Noto CJK and Noto "
        "fonts), or libharfbuzz-subset, before a PDF is rendered; the hint gives the install command.",
        why="Without the fonts the PDF shows empty boxes or a wrong face instead of the text; without HarfBuzz "
        "subsetting, whole CJK fonts are embedded (PDFs of tens of MB, rendered tens of times slower).",
        example="termsmith render spec.yaml --format pdf   # on a bare container",
        instead="sudo apt-get install -y fonts-noto-cjk fonts-noto-core libharfbuzz-subset0 && fc-cache -f",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "X003",
        "missing-glyph",
        Severity.WARNING,
        "character without a glyph in the PDF fonts",
        what="Flags characters of the assembled document that none of the PDF fonts can draw, at the first "
        "place in the spec where one occurs. The PDF is still written.",
        why="Such characters print as empty boxes (tofu) in the signed PDF — often in a party's name or "
        "address, where a missing character changes who signs.",
        example="legal_name: 福州𫟼油能源有限公司   # a rare extension-B character",
        instead="legal_name: 福州闽油能源有限公司   # or install a font that covers it and name it in rendering/theme.json",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "X010",
        "language-not-provided",
        Severity.ERROR,
        "a text of the spec lacks the document's language",
        what="Flags, before anything is written, every prose text of the spec (scope, levels, fees, law…) that "
        "has no text in a language the document is rendered in (`--lang`), each at its file:line:col, all "
        "in one run. A plain string counts as the spec's first output language; names and addresses serve "
        "every language.",
        why="A document in one language must contain only that language: rendering `--lang en` from a Chinese "
        "spec used to print the Chinese scope descriptions into the English agreement.",
        example="termsmith render samples/company-website-maintenance.zh-Hant.yaml --lang en",
        instead="write the texts per language ({zh-Hant: …, en: …}) and add en to languages.output, or for "
        "Chinese scripts: termsmith render spec.yaml --lang zh-Hant --convert zh-Hans→zh-Hant",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "X011",
        "converted-text",
        Severity.WARNING,
        "text converted between Chinese scripts with OpenCC",
        what="Lists every text that `--convert zh-Hans→zh-Hant` (or the reverse) converted with OpenCC, at its "
        "place in the spec, with the converted wording. The configuration follows the spec's locale: "
        "s2twp for Taiwan (TWD, Asia/Taipei), s2hk for Hong Kong and Macau, else s2t.",
        why="A machine conversion is usually right but not always (vocabulary differs between regions); the "
        "person signing should read each converted sentence, then write it into the spec.",
        example="termsmith render fuel.zh-Hans.yaml --lang zh-Hant --convert zh-Hans→zh-Hant",
        instead="description: {zh-Hans: 修复交付程序本身的缺陷, zh-Hant: 修復交付程式本身的缺陷}",
        emitted_by=_BY,
    ),
)
