"""LB: the clause-library check (``termsmith lint --library DIR``) and assembly.

LB00x: files and metadata; LB01x: a clause's Jinja template (LB016: logic a lawyer cannot read); LB02x: templates,
clause use and languages; LB03x: clauses.lock; LB040: the sample specs the
library is rendered against; LB050: numbers a clause writes itself. The names match ``termsmith.library.loader.CODE_NAMES``,
which the diagnostics carry."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

E, W = Severity.ERROR, Severity.WARNING
_CHECK = "termsmith lint --library"
_BOTH = "termsmith lint --library, and render/quote when assembling"
_LOCK = "termsmith lint --library (clauses.lock)"

document(
    DiagnosticCode(
        "LB001",
        "library-folder",
        E,
        "library folder not found or file unreadable",
        what="Flags a `--library` folder that does not exist, and a clause or template file inside it that "
        "cannot be read.",
        why="A library that is not there cannot be laid over the bundled one; rendering would silently use the "
        "bundled wording instead of the firm's own.",
        example="termsmith lint --library clauses-firm   # typo: the folder is clause-firm",
        instead="termsmith lint --library clause-firm    # a folder with clauses/ and agreements/",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB002",
        "clause-metadata",
        E,
        "clause or template file is malformed",
        what="Flags a clause or agreement-template file that is not a mapping, has an unknown or missing field, "
        "a non-kebab-case id, a version that is not MAJOR.MINOR.PATCH, a status other than draft / approved "
        "/ deprecated, an `applies_when` that is not a dotted spec path, a title or text that does not map "
        "each language to non-empty text, or malformed `articles`, `preamble` or `closing` lists.",
        why="The engine relies on these fields to choose, order, version and translate clauses; a malformed "
        "file is left out, and the agreement would lack the clause.",
        example="id: service-credits\nversion: 1.0\nstatus: final\ntitle: 服务费抵扣",
        instead="id: service-credits\nversion: 1.0.0\nstatus: approved\ntitle:\n  zh-Hans: 服务费抵扣\n  en: Service Credits",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB003",
        "clause-id-mismatch",
        E,
        "id differs from the file name",
        what="Flags a clause or agreement template whose `id` is not its file name without `.yaml`.",
        why="Templates name clauses by id and overlays replace clauses by file name; if the two differ, "
        "an overlay replaces one clause and a template includes another.",
        example="# clauses/service-credit.yaml\nid: service-credits",
        instead="# clauses/service-credits.yaml\nid: service-credits",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB010",
        "template-syntax",
        E,
        "template syntax error",
        what="Flags a clause text that is not valid Jinja2: an `{% if %}` without `{% endif %}`, an unclosed "
        "`{{`, an unknown tag. The position is the line of the clause text where Jinja2 stopped.",
        why="A clause that does not compile cannot be rendered into any agreement.",
        example="text:\n  zh-Hans: |\n    {% if spec.service_credits %}乙方未按时响应的，……",
        instead="text:\n  zh-Hans: |\n    {% if spec.service_credits %}乙方未按时响应的，……{% endif %}",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB011",
        "unknown-spec-field",
        E,
        "not a field of the spec model",
        what="Flags a clause that reads a spec field the model does not have — in its text "
        "(`spec.free_maintenance.lenght`) or in `applies_when` — found statically, before any spec is "
        "rendered; the hint suggests the closest field.",
        why="A misspelt field renders as nothing for every spec, so the clause would print a blank where a "
        "term belongs, or never be included at all.",
        example="免费维护期为{{ spec.free_maintenance.lenght }}。",
        instead="免费维护期为{{ spec.free_maintenance.length }}。",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB012",
        "unknown-name",
        E,
        "unknown name in a clause template",
        what="Flags a name a clause template uses that is neither a variable it set nor one of what a clause "
        "sees: spec, metadata, lang, quote and the helpers.",
        why="An unknown name is a typo or a helper that does not exist; the clause would fail or print blank.",
        example="{{ spce.project.name }}",
        instead="{{ spec.project.name }}",
        emitted_by=_CHECK,
    ),
    DiagnosticCode(
        "LB013",
        "clause-render-failed",
        E,
        "clause does not render against a spec",
        what="Flags a clause that fails when rendered against a spec (a sample spec during the library check, "
        "the user's spec during render): an undefined value, a helper that refuses its input, or block "
        "markup that cannot be split into paragraphs, lists and tables.",
        why="A clause that renders for one spec and fails for another breaks the agreement exactly when an "
        "optional section is left out.",
        example="服务费抵扣上限为{{ spec.service_credits.cap }}。   # spec.service_credits is optional",
        instead="{% if spec.service_credits %}服务费抵扣上限为{{ spec.service_credits.cap }}。{% endif %}",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB014",
        "unsafe-template",
        E,
        "refused by the template sandbox",
        what="Flags a clause template that reaches outside what a clause may use: an attribute starting with "
        "`_`, or any operation the sandboxed Jinja2 environment refuses.",
        why="Clause libraries come from lawyers and other firms; the sandbox guarantees a clause can only read "
        "spec values and call helpers, never run code or read files.",
        example="{{ spec.__class__.__mro__ }}",
        instead="{{ spec.project.name }}",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB015",
        "clause-too-costly",
        E,
        "clause does more work than any clause needs",
        what="Flags a clause whose render exceeds the work budget of one clause in one language: more than "
        "100,000 loop iterations and calls, more than 50 million characters of values built (checked before "
        "a string or list is repeated, joined or padded), more than 20 million characters printed, or "
        "recursion deeper than Python allows. The position is the template line where the limit was hit.",
        why="Clause libraries come from outside; without a budget, `{% for i in range(10000) %}{% for j in "
        "range(10000) %}` or `'x' * 1000000000` would hang the render or exhaust memory.",
        example="{% for i in range(10000) %}{% for j in range(10000) %}.{% endfor %}{% endfor %}",
        instead="{% for level in spec.severity_levels %}{{ level.name }}{% endfor %}",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB016",
        "logic-in-clause-text",
        W,
        "clause text holds a dictionary literal or a long {% if %} chain",
        what="Flags, at its line and column in the clause file, a dictionary literal in a clause template "
        "(`{{ {'remote': '远程处理', …}[m] }}`, `{% set owner = {…} %}`) and an `{% if %}` chain with more "
        "than 2 branches inside one line of text or more than 3 branches of whole paragraphs.",
        why="Lawyers maintain the clauses: a clause must read as a contract with blanks. A lookup table "
        "repeats, in every language of every clause, wording that an enum label or a named phrase gives once "
        "(and drifts from it); an `{% elif %}` chain in the middle of a sentence hides the sentence. "
        "`clauses/README.md` lists the labels and named phrases a clause can print.",
        example="免费维护期自{% if spec.free_maintenance.start_event == 'signing' %}本协议签订之日{% elif … %}…"
        "{% else %}{{ date(spec.free_maintenance.start_date) }}{% endif %}起计算。",
        instead="免费维护期自{{ free_period_start }}起计算。",
        emitted_by=_CHECK,
    ),
    DiagnosticCode(
        "LB020",
        "unknown-clause",
        E,
        "template names an unknown clause",
        what="Flags an id in an agreement template's `preamble`, `articles[].clauses` or `closing` that no "
        "clause file in the library chain defines.",
        why="The agreement would silently lack the clause the template promises.",
        example="articles:\n  - heading: {zh-Hans: 服务费抵扣}\n    clauses: [service-credit]",
        instead="articles:\n  - heading: {zh-Hans: 服务费抵扣}\n    clauses: [service-credits]",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB021",
        "unused-clause",
        E,
        "clause is used by no template",
        what="Flags a clause file of the checked library that no agreement template includes.",
        why="An unused clause is reviewed, versioned and translated for nothing, and usually means a template "
        "forgot it.",
        example="# clauses/escrow.yaml exists; no agreements/*.yaml lists 'escrow'",
        instead="articles:\n  - heading: {zh-Hans: 源代码托管}\n    clauses: [escrow]",
        emitted_by=_CHECK,
    ),
    DiagnosticCode(
        "LB022",
        "missing-language",
        E,
        "text missing in a language",
        what="Flags a clause title or text, a template title or an article heading that lacks one of the "
        "languages the library is written in (or the language being rendered).",
        why="A bilingual agreement with a clause in one language only is not bilingual, and the missing text "
        "cannot be machine-filled.",
        example="title:\n  zh-Hans: 服务费抵扣\n  en: Service Credits",
        instead="title:\n  zh-Hans: 服务费抵扣\n  zh-Hant: 服務費抵扣\n  en: Service Credits",
        emitted_by=_BOTH,
    ),
    DiagnosticCode(
        "LB023",
        "duplicate-clause-use",
        E,
        "clause used twice",
        what="Reserved for a clause id listed more than once in the same agreement template. No check reports "
        "it yet; the code and name are kept so they stay stable.",
        why="A clause included twice would print the same obligation twice under different article numbers.",
        example="articles:\n  - clauses: [service-credits]\n  - clauses: [service-credits]",
        instead="articles:\n  - clauses: [service-credits]",
        emitted_by="reserved: not reported yet",
    ),
    DiagnosticCode(
        "LB024",
        "draft-or-deprecated",
        W,
        "template uses a draft or deprecated clause",
        what="Flags a template that includes a clause whose status is `draft` or `deprecated`.",
        why="Only approved wording should reach a client; a draft has not been reviewed and a deprecated "
        "clause was replaced for a reason.",
        example="id: escrow\nversion: 0.1.0\nstatus: draft",
        instead="id: escrow\nversion: 1.0.0\nstatus: approved",
        emitted_by=_CHECK,
    ),
    DiagnosticCode(
        "LB025",
        "missing-template",
        E,
        "no agreement template for the document kind",
        what="Flags a library chain with no `agreements/service-agreement.yaml` (for an agreement) or "
        "`agreements/quote.yaml` (for a quote). The bundled library has both, so this is reported when a "
        "library is assembled without it (the Python API's `include_bundled=False`) or when an "
        "installation lost the bundled templates.",
        why="Without the template there is no order of clauses and no document to assemble.",
        example="build(doc, kind='quote', library=[Path('firm')], include_bundled=False)   # firm/agreements/ has no quote.yaml",
        instead="# add firm/agreements/quote.yaml, or keep the bundled library underneath (the default)",
        emitted_by="render and quote when assembling",
    ),
    DiagnosticCode(
        "LB030",
        "lock-version-not-bumped",
        E,
        "clause changed without a version bump",
        what="Flags a clause file whose content hash differs from clauses.lock while its version is unchanged.",
        why="Signed agreements record clause versions; two different wordings under one version make it "
        "impossible to say later which text a client signed.",
        example="# text edited, still version: 1.0.0 (locked: 1.0.0 sha256:ab12…)",
        instead="version: 1.0.1   # then: termsmith lint --library DIR --update-lock",
        emitted_by=_LOCK,
    ),
    DiagnosticCode(
        "LB031",
        "lock-missing-entry",
        E,
        "clause not pinned in clauses.lock",
        what="Flags a library without clauses.lock, a clause not listed in it, and a lock line that is not "
        "`<id> <version> sha256:<64 hex digits>`.",
        why="The lock is what lets reviewers see every wording change in a pull request; an unpinned clause "
        "can change unnoticed.",
        example="# clauses/escrow.yaml added, clauses.lock not regenerated",
        instead="termsmith lint --library DIR --update-lock && git add DIR/clauses.lock",
        emitted_by=_LOCK,
    ),
    DiagnosticCode(
        "LB032",
        "lock-version-backwards",
        E,
        "clause version lower than the locked one",
        what="Flags a clause whose version is lower than the version recorded in clauses.lock.",
        why="Versions only go up; going back would give a new wording the number of an older one.",
        example="version: 1.0.0   # clauses.lock: escrow 1.2.0 sha256:…",
        instead="version: 1.2.1",
        emitted_by=_LOCK,
    ),
    DiagnosticCode(
        "LB033",
        "lock-stale-entry",
        W,
        "lock entry without a clause file",
        what="Flags a clauses.lock line whose clause file no longer exists.",
        why="A stale entry makes the lock claim a clause the library no longer has.",
        example="# clauses/escrow.yaml deleted; clauses.lock still has 'escrow 1.0.0 sha256:…'",
        instead="termsmith lint --library DIR --update-lock",
        emitted_by=_LOCK,
    ),
    DiagnosticCode(
        "LB034",
        "lock-out-of-date",
        E,
        "clauses.lock pins an older version",
        what="Flags a clause whose version was bumped (and content changed) but clauses.lock still records the "
        "old version and hash.",
        why="The lock must match the library that is committed, or the next reviewer cannot see the change.",
        example="version: 1.1.0   # clauses.lock: escrow 1.0.0 sha256:…",
        instead="termsmith lint --library DIR --update-lock   # and commit clauses.lock",
        emitted_by=_LOCK,
    ),
    DiagnosticCode(
        "LB040",
        "sample-spec-invalid",
        E,
        "sample spec cannot be used to check the library",
        what="Flags a spec given to `termsmith lint --library DIR SPEC…` (or a built-in minimal or maximal "
        "spec) that is not valid, or that cannot be priced for a quote; the library is not rendered "
        "against it.",
        why="The library check renders every clause against sample specs to catch clauses that fail for some "
        "specs; an invalid sample hides those failures.",
        example="termsmith lint --library firm drafts/half-written.yaml",
        instead="termsmith validate drafts/half-written.yaml   # fix it, then check the library against it",
        emitted_by=_CHECK,
    ),
    DiagnosticCode(
        "LB050",
        "literal-number",
        W,
        "clause text writes a commitment number itself",
        what="Flags an Arabic numeral in a clause's prose — outside `{{ … }}`, so not a spec value — at its line "
        "and column in the clause file: a deadline, count, percentage or amount the clause promises on its "
        "own. Citations (第586条, Article 5, Section 3), years in the titles of laws (《…》, Act 2021), "
        "the 7×24 clock's name and definition (每周7日、每日24小时, in zh-Hant 每週7日) and identifiers of standards (TLS 1.2, ISO/IEC 27001, GB/T 22239-2019) are "
        "not commitments and are not flagged.",
        why="Every number in an agreement must come from the spec or a default declared once in the model, so "
        "that `check`, `review` and the quote see the number the agreement prints. A number written into "
        "the clause is promised to every client, whatever their spec says, and no checklist sees it.",
        example="乙方变更任一渠道的，应至少提前5个工作日书面通知甲方。",
        instead="乙方变更任一渠道的，应至少提前{{ duration(spec.channel_change_notice) }}书面通知甲方。",
        emitted_by=_CHECK,
    ),
    DiagnosticCode(
        "LB041",
        "clauses-not-located",
        W,
        "the agreement could not be assembled to name clauses",
        what="Flags a spec whose agreement `termsmith check` could not assemble, so the report's Clause column "
        "shows spec paths instead of article numbers. The message names the error; TERMSMITH_DEBUG=1 prints "
        "the traceback. The check still reports every verdict, and exits 2.",
        why="A client compares vendors by the articles their terms sit in; a Clause column that empties without a "
        "word hides a broken library or a bug, and the report looks complete when it is not.",
        example="termsmith check vendor.yaml   # a clause template fails for this spec",
        instead="termsmith render vendor.yaml   # see the assembly error and fix it; or check with --no-clauses",
        emitted_by="termsmith check",
    ),
)
