"""Whether the page's own mail or web host spells a brand: one more mention of the firm for ``party_brand_owner``.

A firm's support page gives its own address ("support@levelaccess.com", "sales@agshared.ag", "www.c41.ch"); a brand
that acts or owns a desk once on such a page and whose letters make that host's name ("Level Access" → levelaccess,
"C41.ch" → c41.ch, "7bridges" → the7bridges) is the firm behind the address, not a product or a third party it
resells. The host alone names no one (the lead's decision): it only adds to a mention the text already gives.
"""

from __future__ import annotations

import re

# an address's or a link's host: "support@x.com", "https://help.x.co.uk", "www.x.ch"
_HOST = re.compile(r"(?:@|//|\bwww\.)((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b")
# labels that name a service on a host, not its owner
_SERVICE_LABEL = frozenset({"www", "support", "help", "helpdesk", "mail", "email", "portal", "app", "my", "docs"})


def host_names(page: str) -> set[str]:
    """The owner names the page's hosts spell, in the key form of ``party_brand`` (lower-case letters and digits): the
    label before the public suffix, alone and with that suffix ("c41.ch" → c41, c41ch), and without a leading "the"."""
    names: set[str] = set()
    for m in _HOST.finditer(page):
        labels = [label.lower() for label in m.group(1).split(".") if label.lower() not in _SERVICE_LABEL]
        if len(labels) < 2:
            continue
        tld = labels[-1]
        # "x.co.uk", "x.com.au": the owner's label stands before a two-part suffix
        owner = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "net", "org") else labels[-2]
        owner = owner.replace("-", "")
        names |= {owner, owner + tld}
        if owner.startswith("the") and len(owner) > 6:
            names.add(owner[3:])
    return names
