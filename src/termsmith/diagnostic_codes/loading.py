"""Y: the YAML loader (termsmith/yaml_loader.py) refuses a file before any model sees it.

Every Y code is an error and stops that file: validate, lint, check, render and
quote report it and go on to the next file."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

E = Severity.ERROR
_BY = "the YAML loader (every command that reads a spec, clause or template)"

document(
    DiagnosticCode(
        "Y001",
        "yaml-syntax-error",
        E,
        "YAML syntax error",
        what="Flags text the YAML parser cannot read: a bad indent, an unclosed quote or bracket, a tab used "
        "for indentation, a colon where a value was expected. The position is where the parser gave up.",
        why="Nothing in a file that does not parse can be trusted: termsmith refuses it rather than guess "
        "what an agreement was meant to say.",
        example="spec:\n  fees:\n\tcurrency: CNY        # a tab indents the line\n  term: '12 months",
        instead="spec:\n  fees:\n    currency: CNY      # spaces only\n  term: '12 months'",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y002",
        "duplicate-key",
        E,
        "duplicate mapping key",
        what="Flags a key written twice in the same mapping (the message names where it was first defined), "
        "and a mapping key that is not plain text (a list, a mapping or a tagged value used as a key).",
        why="Plain YAML keeps the last of two equal keys and silently drops the first, so the agreement would "
        "not say what the reader of the file sees. Keys that are not text have no field to go to.",
        example="severity_levels:\n  - id: P0\n    response: 30m\n    clock: cn-business\n    clock: 24x7          # which one binds?",
        instead="severity_levels:\n  - id: P0\n    response: 30m\n    clock: 24x7",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y003",
        "unsupported-yaml-tag",
        E,
        "unknown YAML tag or merge key",
        what="Flags explicit tags (`!!python/object`, `!secret`, `!!binary`, `!!set`…) and merge keys (`<<: *base`). "
        "A spec is plain YAML: mappings, lists, text, numbers, booleans, dates and null.",
        why="Tags ask the loader to build objects the spec model does not know, and merge keys hide values in "
        "another part of the file: a term of the agreement must be written where it applies.",
        example="x-defaults: &level {clock: 24x7, response: 1h}\nseverity_levels:\n  - <<: *level\n    id: P1",
        instead="severity_levels:\n  - id: P1\n    clock: 24x7\n    response: 1h",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y004",
        "excessive-nesting",
        E,
        "YAML nesting or alias expansion too large",
        what="Flags a document nested deeper than 64 levels (or with more than 1,024 open flow brackets), and one "
        "whose aliases (`*name`) expand to more than 200,000 values — the 'billion laughs' alias bomb.",
        why="No spec needs such depth or size; a file that has it is broken or hostile, and parsing it could "
        "take minutes or all the memory of a CI runner. termsmith refuses it in milliseconds instead.",
        example="a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n# … nine more levels",
        instead="# write each value out; a spec needs no anchors or aliases\nseverity_levels:\n  - id: P0\n    response: 30m",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y005",
        "not-utf-8",
        E,
        "file is not UTF-8",
        what="Flags a file whose bytes are not valid UTF-8; the position is the first byte that cannot be "
        "decoded. A UTF-8 byte-order mark is accepted.",
        why="GBK, GB18030 and Big5 files look right in some editors and wrong in others; decoding them with a "
        "guess could change characters of a party's name or of an amount.",
        example="# saved as GBK by an editor\nname: 某某加油站      # byte 0xc4 cannot be decoded",
        instead="# the same text, saved as UTF-8 (iconv -f GBK -t UTF-8 spec.yaml)\nname: 某某加油站",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y006",
        "nul-byte",
        E,
        "file contains a NUL byte",
        what="Flags a file containing a NUL (0x00) byte, at its line and column: a binary file (a DOCX, a PDF, "
        "an image) or a UTF-16 file passed where a YAML spec was expected.",
        why="A NUL byte never belongs in a YAML spec; reporting it at once is clearer than a parser error "
        "about an unexpected character.",
        example="termsmith validate agreement.docx",
        instead="termsmith validate samples/fuel-station-miniprogram.zh-Hans.yaml",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y007",
        "empty-file",
        E,
        "file is empty",
        what="Flags a file with no YAML content: zero bytes, only whitespace, or only comments and blank lines.",
        why="An empty spec is usually a file saved before it was written, or the wrong path; there is nothing "
        "to validate and nothing to render.",
        example="# TODO: fill in the spec",
        instead="apiVersion: termsmith/v1\nkind: ServiceSpec\nmetadata: {name: fuel-station-miniprogram}\nspec: …",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y008",
        "file-too-large",
        E,
        "file is larger than 5 MiB",
        what="Flags a file over 5 MiB (5,242,880 bytes), before reading it as YAML.",
        why="A service spec is a few kilobytes; a file this large is the wrong file or a denial-of-service "
        "attempt, and parsing it would be slow for nothing.",
        example="termsmith validate dump.yaml      # 80 MB export",
        instead="termsmith validate spec.yaml      # the spec alone",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y009",
        "unreadable-file",
        E,
        "file cannot be read",
        what="Flags a path that does not exist, is a directory, or cannot be opened (permissions, I/O error).",
        why="termsmith reports it per file, with the operating system's reason, so the other files of the same "
        "run are still checked.",
        example="termsmith validate specs/       # a folder, not a file",
        instead="termsmith validate specs/*.yaml",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y010",
        "multiple-documents",
        E,
        "file holds more than one YAML document",
        what="Flags a second YAML document (after a `---` line) in the same file; the position is its start.",
        why="termsmith reads exactly one spec per file; a second document would otherwise be ignored without "
        "a word, and its terms would never reach the agreement.",
        example="apiVersion: termsmith/v1\nkind: ServiceSpec\n…\n---\napiVersion: termsmith/v1\nkind: ServiceSpec\n…",
        instead="# one spec per file: a.yaml and b.yaml",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y011",
        "invalid-number",
        E,
        "not a finite or whole number",
        what="Flags numbers YAML accepts but an agreement cannot use: `.nan`, `.inf`, `-.inf`, and integers "
        "that cannot be read as whole numbers. Other decimals are read exactly (as Decimal, never float).",
        why="An amount, a percent or a count must be a finite number; infinity or not-a-number would pass into "
        "fees and penalties and print as nonsense.",
        example="free_maintenance:\n  free_trainings: .inf",
        instead="free_maintenance:\n  free_trainings: 2",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y012",
        "control-character",
        E,
        "control character in the file",
        what="Flags a character YAML does not allow anywhere in a file: a C0 control other than tab, line feed "
        "and carriage return (BEL, ESC, backspace…), DEL, a C1 control, a lone surrogate, U+FFFE or U+FFFF. "
        "The position is the character's own line and column.",
        why="Such characters are invisible in most editors, usually come from a copy-and-paste, and would reach "
        "the agreement as garbage or terminal escape codes.",
        example='metadata:\n  title: "Support\u2407 Agreement"   # ␇ marks an invisible BEL (U+0007)',
        instead='metadata:\n  title: "Support Agreement"\n  # or, when the character is really wanted: "Support\\u0007"',
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "Y013",
        "document-not-spec",
        E,
        "a Word or PDF document given as a spec",
        what="Flags a file that is a Word document (.docx, or any ZIP archive), an old .doc/.xls or a PDF where a "
        "YAML spec was expected.",
        why="A vendor's agreement is a document, not a spec: its terms have to be extracted first, and its bytes "
        "mean nothing to the YAML parser.",
        example="termsmith validate vendor-agreement.docx",
        instead="termsmith extract vendor-agreement.docx     # then check or lint the extracted terms",
        emitted_by=_BY,
    ),
)
