"""Standard offers and deals.

A vendor keeps its standard terms once, as a ``kind: ServiceOffer`` document; a
deal (``kind: ServiceSpec`` with ``offer: NAME|PATH``) names its offer and adds the
client, the project, the dates and any overrides. ``resolve`` merges the two
(``merge``) into the effective spec that every command validates, with every value
still positioned in the file that holds it.
"""

from termsmith.offers.resolve import BUNDLED_PREFIX, bundled_offers, resolve_deal

__all__ = ["BUNDLED_PREFIX", "bundled_offers", "resolve_deal"]
