"""Field rules: keyword patterns per field and language over normalised sentences.

Each rule reads sentences (and the heading of their section) and records values in
the spec's field names and value syntax, with the sentence as evidence. A value
that is a template blank (``____``, ``【】``, ``XXX``, ``[例如:4]``) was turned into
a marker by the normaliser and is never read: the field stays "not stated".
One module per group of fields; ``RULES`` runs them in order (parties first: the
others read the roles it resolves).
"""

from __future__ import annotations

from termsmith.extract.rules.channels import support_channels
from termsmith.extract.rules.context import Context
from termsmith.extract.rules.contract_sums import contract_sums
from termsmith.extract.rules.fees import fees
from termsmith.extract.rules.legal import disputes, intellectual_property, liability
from termsmith.extract.rules.levels import severity_levels
from termsmith.extract.rules.parties import parties
from termsmith.extract.rules.payment import payment
from termsmith.extract.rules.periods import free_maintenance, renewal, term
from termsmith.extract.rules.service_periods import service_periods
from termsmith.extract.rules.term_wording import term_wording

RULES = (
    parties,
    severity_levels,
    free_maintenance,
    term,
    term_wording,
    service_periods,
    renewal,
    fees,
    contract_sums,
    support_channels,
    intellectual_property,
    disputes,
    liability,
    payment,
)

__all__ = ["RULES", "Context"]
