"""O: offers and deals (termsmith/offers/) — finding a deal's offer and merging the deal over it.

Every O code is an error at the ``offer:`` value that names the offer (or, for
O006 and O010, at the place in the offer or deal that is wrong): the deal is not
validated further until its offer can be merged."""

from __future__ import annotations

from termsmith.diagnostic_codes import DiagnosticCode, document
from termsmith.diagnostics import Severity

E = Severity.ERROR
_BY = "offer resolution (termsmith validate, and every command that reads a deal)"

document(
    DiagnosticCode(
        "O001",
        "offer-not-found",
        E,
        "the offer a deal names does not exist",
        what="Flags `offer:` naming a bundled offer that is not bundled (the hint suggests the closest name), or a "
        "relative path with no file behind it. Paths are relative to the file that names the offer.",
        why="Without its offer a deal is missing most of its terms; guessing another offer would put terms in the "
        "agreement nobody chose.",
        example="offer: standrad",
        instead="offer: standard                      # a bundled offer\n# or: offer: ../offers/standard.yaml",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "O002",
        "offer-cycle",
        E,
        "offers build on each other in a cycle",
        what="Flags an offer that, through its own `offer:` chain, builds on itself (or a chain deeper than 8 "
        "offers). The message lists the chain.",
        why="A cycle has no base terms to start from; termsmith refuses it instead of looping.",
        example="# offers/a.yaml\nkind: ServiceOffer\noffer: b.yaml\n# offers/b.yaml\nkind: ServiceOffer\noffer: a.yaml",
        instead="# offers/b.yaml builds on nothing\nkind: ServiceOffer\nmetadata: {name: b, version: 1.0.0}",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "O003",
        "offer-path-escapes",
        E,
        "offer path is absolute or leaves the workspace",
        what="Flags an absolute `offer:` path, and a relative one that (after `..` and symbolic links) leads "
        "outside the workspace: the nearest folder above the deal holding an `offers/` folder, a "
        "`termsmith.toml`, a `pyproject.toml` or `.git` (or the folder the web app serves).",
        why="A deal is shared with colleagues, CI and the web app; a path that reaches elsewhere on one machine "
        "breaks on the next, and lets a file read what it should not.",
        example="offer: /home/sales/offers/standard.yaml\n# or: offer: ../../../etc/offer.yaml",
        instead="offer: ../offers/standard.yaml       # inside the workspace",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "O004",
        "not-an-offer",
        E,
        "the file a deal names is not a ServiceOffer",
        what="Flags `offer:` pointing at a file whose `kind` is not `ServiceOffer` — another deal, a complete "
        "spec or a checklist.",
        why="Only an offer holds standard terms meant to be extended; building a deal on another client's deal "
        "would copy that client's parties, dates and prices.",
        example="offer: fuel-station-miniprogram.zh-Hans.yaml   # a deal",
        instead="offer: standard",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "O005",
        "bad-offer-reference",
        E,
        "`offer:` is not a name or a path",
        what="Flags `offer:` that is empty, a number, a list or a mapping.",
        why="The offer is named by text: a bundled offer's name or a path to a .yaml file.",
        example="offer:\n  name: standard",
        instead="offer: standard",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "O006",
        "offer-without-version",
        E,
        "an offer has no name or semantic version",
        what="Flags an offer whose `metadata` lacks `name` or a `version` of the form MAJOR.MINOR.PATCH.",
        why="Every agreement records the name, version and hash of the offer it came from, so a lawyer can tell "
        "which standard terms were used; an offer without a version cannot be traced.",
        example="kind: ServiceOffer\nmetadata:\n  name: standard",
        instead="kind: ServiceOffer\nmetadata:\n  name: standard\n  version: 1.2.0",
        emitted_by=_BY,
    ),
    DiagnosticCode(
        "O010",
        "bad-removal",
        E,
        "`remove: true` that removes nothing or says more",
        what="Flags an item with `remove:` whose identity (`id`, or `role` for parties, `party` for signatories) "
        "is not inherited from the offer, an item that is removed but carries other fields, `remove:` with "
        "a value other than `true`, and `remove:` in a list that is not merged by identity.",
        why="A removal that matches nothing is usually a typo in the id; the inherited item would silently stay "
        "in the agreement.",
        example="severity_levels:\n  - id: P3            # the offer has P0, P1, P2, consult\n    remove: true",
        instead="severity_levels:\n  - id: consult\n    remove: true",
        emitted_by=_BY,
    ),
)
