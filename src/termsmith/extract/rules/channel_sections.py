"""Where a document lists the ways to reach support, read from its structure rather than from a reporting word in
each line (`channels.support_channels`):

- the items under a heading or a lead-in that names how to get support: "### How to Get Support" / "1. Purchase …" /
  "2. Receive support email and ticket system access"; "7.1 Response times and methods: … if it is notified by the
  following means:" / "4. through a live chat session on the website;"; "## Contact" / "Email: help@example.com";
  联系我们 / 服务热线: …; the items end at the next label line that is not one;
- a support label given by its e-mail address ("Support & licensing: gashi@example.ch", "技术支持邮箱:
  support@example.cn"), a line labelled as the channels ("Channels: email + Slack;" in a plan's list).

The caller still drops a line about notices, billing, sales or a party's own contact details.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.list_items import HasNorm, items_under

# a heading or a short label naming how to reach support
_SUPPORT_HEAD = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:contact(?:\s+(?:us|support|information|details))?|support\s+contacts?|"
    r"getting\s+(?:help|support)|how\s+to\s+(?:get|obtain|request|contact|reach|open|log)\b.*|"
    r"(?:reporting|logging|raising)\s+(?:an?\s+)?(?:issues?|incidents?|problems?|faults?|requests?)|"
    r"联系我们|聯絡我們|聯繫我們|联系方式|聯絡方式|聯繫方式|报修方式|報修方式|服务方式|服務方式|支持方式|支援方式)\W*$",
    re.IGNORECASE,
)
# a lead-in that ends in a colon and says the lines below are the ways ("… notified by the following means:")
_LEAD_IN = re.compile(
    r"(?:following|these|the\s+below)\s+(?:means|ways|methods|channels|options|routes)[^.。]{0,40}[:：]\s*$|"
    r"\b(?:notif(?:y|ied)|report(?:ed)?|contact(?:ed)?|reach(?:ed)?|logged|raised|submitted|made)\s+"
    r"(?:us\s+|by\s+|via\s+|through\s+|in\s+)?(?:any\s+of\s+)?(?:the\s+following|these|as\s+follows)[^.。]{0,40}[:：]\s*$|"
    r"(?:以下|下列)(?:方式|渠道|途径|途徑)[^。]{0,20}[:：]\s*$",
    re.IGNORECASE,
)
# an item: a bullet, a number ("1.", "2)"), a table row, or a label line ("Email: …", "服务热线: …")
_ITEM = re.compile(r"^\s*(?:[-–•*·●▪|｜]|\(?\d{1,2}[.)、]|[a-z][.)]\s)|^[^:：.。]{1,30}[:：]\s*\S")
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")
_LABEL_LINE = 80  # the longest line read as a label when it does not end a sentence


def support_section_items(sentences: Sequence[HasNorm]) -> set[int]:
    """The indexes of the sentences that are items under a heading or a lead-in naming how to reach support."""
    return items_under(
        sentences,
        lambda text: bool(_SUPPORT_HEAD.match(text) or _LEAD_IN.search(text)),
        lambda i, text: bool(_ITEM.search(text) or _BARE_NUMBER.match(text)) or _follows_bare_number(sentences, i),
        # the next label line ends the list; a sentence that is no item lets it run on
        lambda text: not (len(text) <= _LABEL_LINE and not re.search(r"[.。;；:：]$", text)),
    )


def _follows_bare_number(sentences: Sequence[HasNorm], i: int) -> bool:
    """An item whose number stands as a sentence of its own before it ("1." / "Purchase … at office@…")."""
    return i > 0 and bool(_BARE_NUMBER.match(sentences[i - 1].norm))


EMAIL_ADDRESS = r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"  # (also the channel rules' e-mail)
# a support label given by its address: the label, up to 20 characters of more label, a colon, then the address
_SUPPORT_LABEL = re.compile(
    r"(?:\bsupport|\bhelp\s?desk|\bservice\s+desk|\btechnical\s+assistance|售后|售後|客服|技术支持|技術支援|技術支持|"
    r"报修|報修|维修|維修|服务|服務)[^:：。;；]{0,20}[:：]\s*(?=\S*" + EMAIL_ADDRESS + ")",
    re.IGNORECASE,
)


# a line labelled as the channels ("Channels: email + Slack;" in a plan's list, "支持渠道: 电话、邮件")
_CHANNELS_LABEL = re.compile(
    r"^\W*(?:support\s+)?(?:channels?|contact\s+(?:channels?|methods?|options?))\s*[:：]|"
    r"^\W*(?:支持|支援|服务|服務|报修|報修)?(?:渠道|管道)\s*[:：]",
    re.IGNORECASE,
)


def support_label(text: str) -> bool:
    """Whether the sentence is labelled as the channels ("Channels: email + Slack") or gives a support label's
    e-mail address ("Support & licensing: gashi@example.ch")."""
    return bool(_SUPPORT_LABEL.search(text) or _CHANNELS_LABEL.search(text))
