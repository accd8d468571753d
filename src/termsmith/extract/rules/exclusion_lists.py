"""A list the document says is *not* offered: the items under a lead naming exclusions ("Excluded:",
"7. EXCLUSIONS", "Services do not include:", "Not included", "Out of scope", "以下情况不在服务范围内:", "除外责任").
What such an item names (a way of support, "- On-site support unless explicitly agreed") is not offered.

The list runs from the lead over its items (bullets, numbers, table rows) and the rule lines under a heading, to the
next line that is neither: a heading or a paragraph ends it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.list_items import HasNorm, items_under

# the lead: a short line (a heading, a label ending in a colon) naming what is left out
_EXCLUSION_LEAD = _re(
    r"^\s*(?:#+\s*|\d+(?:\.\d+)*\.?\s+|[A-Z]\.\s+|\*\*)?(?:以下|下列)?(?:情况|情況|内容|內容|项目|項目|服务|服務)?(?:"
    r"exclusions?|excluded(?:\s+services?)?|what(?:'s|\s+is)\s+(?:not|excluded)(?:\s+included|\s+covered)?|"
    r"not\s+(?:included|covered)|out\s+of\s+scope|outside\s+(?:the\s+)?scope|limitations\s+and\s+exclusions|"
    r"(?:the\s+)?(?:services?|support|this\s+(?:plan|agreement))\s+(?:does|do|shall|will)\s+not\s+(?:include|cover)|"
    r"(?:the\s+)?following\s+(?:are|is)\s+(?:not\s+(?:included|covered)|excluded)|"
    r"除外责任|除外責任|不包括|不包含|不在(?:服务|服務|保修|維修|维修)?(?:范围|範圍)|免责(?:条款|范围)?|免責(?:條款|範圍)?"
    r")(?![A-Za-z])[^.。;；]{0,40}?[:：]?(?:\*\*)?\s*$"
)
_ITEM = _re(
    r"^\s*(?:[-–•*·●▪]|\(?\d{1,2}[.)、]|[a-z][.)]\s|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]、|[|｜])"
)
_RULE = re.compile(r"^\s*[-=_*]{3,}\s*$")
_LEAD_LINE = 90  # the longest line read as the lead of an exclusions list


def excluded_items(sentences: Sequence[HasNorm]) -> set[int]:
    """The indexes of the sentences that are items of a list the document says is not offered."""
    return items_under(
        sentences,
        lambda text: len(text) <= _LEAD_LINE and bool(_EXCLUSION_LEAD.search(text)),
        lambda _, text: bool(_ITEM.search(text)),
        # a rule under the heading, or a lead-in of its own ("Services do not include:"), keeps the list open
        lambda text: bool(_RULE.match(text)) or text.endswith((":", "：")),
    )
