"""S: spec validation (termsmith/validation.py) — the document against the Pydantic spec model.

S0xx are envelope problems (the file is not a termsmith document of a known kind
and version); S1xx are field problems; S200 is a cross-field rule of the model,
S201 a text missing an output language.
Every S code is an error: a spec with one is refused by validate, lint, check,
render and quote."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

E = Severity.ERROR
_BY = "spec validation (termsmith validate, and every command that reads a spec)"

document(
    DiagnosticCode(
        "S001",
        "not-a-termsmith-document",
        E,
        "a termsmith document is a mapping",
        what="Flags a YAML file whose top level is not a mapping (a list, a single text or number) and so "
        "cannot hold `apiVersion`, `kind`, `metadata` and `spec`.",
        why="Without the envelope termsmith cannot tell what the file is or which model to check it against.",
        example="- 加油站微信小程序\n- 售后服务",
        instead="apiVersion: termsmith/v1\nkind: ServiceSpec\nmetadata:\n  name: fuel-station-miniprogram\nspec: …",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S002",
        "unsupported-api-version",
        E,
        "missing or unsupported apiVersion",
        what="Flags a document without `apiVersion`, or with a version this termsmith does not support; the "
        "message lists the supported versions.",
        why="The version says which spec model the file was written for; reading a newer or unknown format with "
        "today's model could drop or misread terms.",
        example="apiVersion: termsmith/v2\nkind: ServiceSpec",
        instead="apiVersion: termsmith/v1\nkind: ServiceSpec",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S003",
        "unsupported-kind",
        E,
        "missing or unsupported kind",
        what="Flags a document without `kind`, with an unknown kind, or with a kind the command does not take "
        "(render and quote need a ServiceSpec); the hint suggests the closest kind.",
        why="The kind chooses the model the document is checked against; a misspelt kind cannot be checked at all.",
        example="apiVersion: termsmith/v1\nkind: ServiceSpecs",
        instead="apiVersion: termsmith/v1\nkind: ServiceSpec",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S100",
        "missing-field",
        E,
        "missing required field",
        what="Flags a required field that is absent; the position is the mapping it belongs in and the hint "
        "says what to add (and what form its value takes).",
        why="Required fields carry the terms an after-sales agreement cannot do without: the parties, the "
        "term, the severity levels, the fees.",
        example="severity_levels:\n  - id: P0\n    name: 紧急\n    clock: 24x7\n    resolution: 4h",
        instead="severity_levels:\n  - id: P0\n    name: 紧急\n    clock: 24x7\n    response: 30m\n    resolution: 4h",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S101",
        "unknown-field",
        E,
        "unknown field",
        what="Flags a key the model does not define at that place, at the key itself; the hint suggests the "
        "closest field name or lists the allowed ones.",
        why="The model is strict: a misspelt field would otherwise be ignored, and the term written under it "
        "would silently be missing from the agreement.",
        example="free_maintenance:\n  lenght: 12 months",
        instead="free_maintenance:\n  length: 12 months",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S102",
        "wrong-type",
        E,
        "value has the wrong type or form",
        what="Flags a value of the wrong type (text where a list belongs, a list where a mapping belongs, a "
        "number that is not whole, a malformed date) or text that does not match the required pattern "
        "(a slug, an identifier, an ISO 4217 code, HH:MM-HH:MM hours); `expected` says what is accepted.",
        why="termsmith computes with these values — deadlines, amounts, calendars — so a value it cannot read "
        "exactly is refused rather than guessed.",
        example="calendars:\n  - id: cn-business\n    hours: 9am-6pm\n    working_days: mon-fri",
        instead='calendars:\n  - id: cn-business\n    hours: "09:00-18:00"\n    working_days: [mon, tue, wed, thu, fri]',
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S103",
        "invalid-value",
        E,
        "value is not valid",
        what="Flags a value of the right type that a field's own check refuses: money without a currency or "
        "with a non-ISO code, a mistyped unified social credit code (GB 32100 check digit), an unknown "
        "IANA time zone, business hours that end before they start, a term not counted in days, months or years.",
        why="These values end up in the signed agreement and in the quote's arithmetic; a wrong one would make "
        "a binding term wrong, not just ugly.",
        example="fees:\n  recurring:\n    - id: retainer\n      amount: 6000",
        instead="fees:\n  recurring:\n    - id: retainer\n      amount: 6000.00 CNY",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S104",
        "not-an-allowed-value",
        E,
        "not an allowed value",
        what="Flags a value outside a closed list (a language, a scope kind, a support-channel kind, a weekday, "
        "a renewal mode); `expected` lists the choices and the hint suggests the closest one, "
        "including everyday spellings such as zh-CN → zh-Hans.",
        why="Each allowed value selects wording in the clause library; an unknown one has no wording to select.",
        example="languages:\n  output: [zh-CN]",
        instead="languages:\n  output: [zh-Hans]",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S200",
        "inconsistent-terms",
        E,
        "terms contradict each other",
        what="Flags a cross-field rule of the model: milestones that do not add up to 100%, resolution faster "
        "than response, an id used twice, a clock that names no calendar, money in a currency other than "
        "the agreement's, a bilingual agreement without a prevailing language, a penalty with both an "
        "amount and a percent, a forum naming both a court and an arbitration institution.",
        why="Each field can be valid alone while the agreement as a whole is self-contradictory; such a "
        "contract invites a dispute over which term applies.",
        example="severity_levels:\n  - id: P1\n    response: 4h\n    resolution: 1h",
        instead="severity_levels:\n  - id: P1\n    response: 1h\n    resolution: 4h",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S300",
        "todo-marker",
        E,
        "a value is still a TODO marker",
        what="Flags a value written as `TODO`: `termsmith extract --format yaml` writes one for every essential "
        "term the vendor's document does not state (the agreement number, a clock, the tax rate, a forum). The "
        "marker is `TODO` in capitals, alone or before a note (`TODO: …`); a value that only starts with the letters "
        '(a vendor named "Todoist Ltd.") is a value.',
        why="A draft spec is a starting point, not an agreement: a term nobody has agreed must not be rendered or "
        "checked as if it were stated.",
        example="free_maintenance:\n  start_event: acceptance\n  length: TODO  # TODO: not stated in the document",
        instead="free_maintenance:\n  start_event: acceptance\n  length: 12 months",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "S201",
        "text-missing-language",
        E,
        "free text lacks an output language",
        what="Flags a piece of prose (a scope item's name or description, a severity level's definition, a "
        "fee's name, the governing law…) that has no text in one of `languages.output`. A plain string "
        "counts as written in the first output language; names (party names, short names, addresses, "
        "arbitration institutions) serve every language and are never flagged. Every such text is "
        "reported in one run.",
        why="A document in one language must contain only that language: an English agreement with Chinese "
        "scope descriptions, or a bilingual one whose English half is partly Chinese, is not what either "
        "party agreed to read.",
        example="languages:\n  output: [zh-Hans, en]\nscope:\n  included:\n    - id: defects\n      name: 缺陷修复",
        instead="languages:\n  output: [zh-Hans, en]\nscope:\n  included:\n    - id: defects\n"
        "      name: {zh-Hans: 缺陷修复, en: Defect fixes}",
        emitted_by=_BY,
    ),
)
