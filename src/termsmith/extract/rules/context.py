"""What the field rules share: the context they fill (sentences, roles, the extraction)
and a case-insensitive pattern compiler."""

from __future__ import annotations

import re

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.extract.result import Evidence, Extraction
from termsmith.extract.sentences import Sentence


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class Context:
    """The sentences, the document's parties and the extraction being filled."""

    def __init__(self, sentences: list[Sentence], out: Extraction) -> None:
        self.sentences = sentences
        self.out = out
        self.roles: dict[str, str] = {}  # 甲方/乙方/Customer… → client|vendor

    def role(self, label: str) -> str:
        """Who 甲方 or 乙方 is in this document: the role the parties' block or the text gives it, else the
        usual one (甲方 the client, 乙方 the vendor)."""
        return self.roles.get(label, "client" if label == "甲方" else "vendor")

    def record(self, path: str, sentence: Sentence) -> None:
        self.out.evidence.setdefault(path, Evidence(sentence.text, sentence.location))

    def warn(
        self,
        code: str,
        message: str,
        sentence: Sentence | None,
        hint: str | None = None,
        severity: Severity = Severity.WARNING,
    ) -> None:
        loc = sentence.location if sentence else None
        extra = {"page": str(loc.page) if loc and loc.page else "", "paragraph": str(loc.paragraph) if loc else ""}
        self.out.diagnostics.append(
            Diagnostic(
                code,
                severity,
                message,
                self.out.file,
                Position(loc.line, loc.column) if loc else Position(1, 1),
                hint=hint,
                extra={k: v for k, v in extra.items() if v},
            )
        )


def clauses(text: str) -> list[tuple[int, str]]:
    """A sentence cut at commas, semicolons, 'and' and a spaced dash before a word ("Critical – Response: 1 hour –
    Resolution: 4 hours"; not "9am - 5pm"): (offset, clause)."""
    out, start = [], 0
    for m in re.finditer(r"[,，;；]|\band\b|、(?=\d)|\s[–—-]\s(?=[A-Za-z])", text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


# a Markdown rule under a header row ("---|---|", "| :--- | ---: |"), not a frame drawn between every row
MARKDOWN_RULE = re.compile(r"^\s*[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)+[|｜]?\s*$")


def pipe_cells(text: str) -> list[str]:
    """The cells of a pipe-table row ("| Critical | 1 hour |" → ["Critical", "1 hour"]), outer bars dropped."""
    return [c.strip() for c in text.strip().strip("|").split("|")]


# a form's label spread out over its box, one Han character apart ("甲 方(需方) | 重庆邮电大学", "合 同 金 额 | ¥95800.00元")
_SPREAD_LABEL = re.compile(r"^\s*[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+(?=\s*[(（:：|｜])")


def form_line(text: str) -> str:
    """A form's line as "label | value": a Markdown row's outer bars dropped ("| 甲方 | … |" as a Word row reads,
    "甲方 | …"), and a label spread out over its box closed up ("甲方(需方) | …"); any other line as it is."""
    if text.lstrip().startswith(("|", "｜")):
        text = " | ".join(pipe_cells(text))
    return _SPREAD_LABEL.sub(lambda m: re.sub(r"\s+", "", m.group()), text, count=1)


def without_clauses(text: str, pattern: re.Pattern[str]) -> str:
    """The sentence without the clauses ``pattern`` finds: what it says is not offered or not handed
    over ("不提供上门服务", "the source code will not be delivered") is not read as offered."""
    if not pattern.search(text):
        return text
    return "，".join(part for _, part in clauses(text) if not pattern.search(part))
