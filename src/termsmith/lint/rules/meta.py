"""Meta rules: problems with suppression comments and lint configuration."""

from __future__ import annotations

from termsmith.diagnostics import Severity
from termsmith.lint.registry import Rule, register

M001 = register(
    Rule(
        code="M001",
        name="suppression-without-reason",
        severity=Severity.WARNING,
        kind="meta",
        message="suppression comment gives no reason",
        what="Flags a `termsmith: ignore[CODE]` comment with nothing after the closing bracket.",
        why="A reviewer reading the agreement later must know why a vague term was accepted: "
        "because it is defined elsewhere, bounded by an annex, or required by the client's template.",
        example="响应时限：及时  # termsmith: ignore[VT001]",
        instead="响应时限：及时  # termsmith: ignore[VT001] 附件一定义“及时”为 2 小时内",
    )
)
M002 = register(
    Rule(
        code="M002",
        name="unused-suppression",
        severity=Severity.WARNING,
        kind="meta",
        message="suppression comment suppresses nothing",
        what="Flags a suppression comment (or one code in it) that matched no finding on its line or the line below.",
        why="Stale suppressions hide future problems: once the text changes, the comment silences a "
        "finding nobody has reviewed.",
        example="响应时限：收到报修后 2 小时内  # termsmith: ignore[VT001] 已定义",
        instead="响应时限：收到报修后 2 小时内",
    )
)
M003 = register(
    Rule(
        code="M003",
        name="invalid-suppression",
        severity=Severity.WARNING,
        kind="meta",
        message="suppression comment is malformed or names an unknown rule",
        what="Flags `termsmith: ignore` without a bracketed code list, or with a code no rule has.",
        why="A malformed suppression silences nothing, so the author believes a finding is handled when it is not.",
        example="# termsmith: ignore[VT999] typo in the code",
        instead="# termsmith: ignore[VT001] 附件一定义了响应时限",
    )
)
M004 = register(
    Rule(
        code="M004",
        name="invalid-config",
        severity=Severity.ERROR,
        kind="meta",
        message="lint configuration is invalid",
        what="Flags a `[tool.termsmith.lint]` table (pyproject.toml) or `[lint]` table (termsmith.toml) that "
        "cannot be read: TOML syntax, unknown keys, unknown rule selectors, unknown severities.",
        why="A configuration that is silently ignored lints with settings nobody chose.",
        example='[tool.termsmith.lint]\nselect = ["VX"]',
        instead='[tool.termsmith.lint]\nselect = ["V", "S"]\nignore = ["VQ001"]',
    )
)
