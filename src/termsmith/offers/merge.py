"""Merge a deal over its offer, keeping every value's file, line and column.

Rules (docs/offers.md):

- mappings merge key by key; the deal's value wins; ``key: null`` removes an
  inherited key (the model's default, if any, applies again);
- lists whose items all carry an identity merge item by item: ``id`` for most
  lists, ``role`` for ``parties``, ``party`` for ``signatories``. An item with a
  known identity is merged over the inherited one in place; a new identity is
  appended; ``{id: P3, remove: true}`` removes the inherited item;
- every other list, and every scalar, replaces the inherited value.

The merged ``LoadedYaml`` records, for each path of the result, the position of
the node in the file that holds it, so diagnostics point into the offer or the deal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from termsmith.diagnostics import Diagnostic, Severity, format_path
from termsmith.yaml_loader import LoadedYaml, PathTuple, ScalarString

IDENTITY_KEYS = {"parties": "role", "signatories": "party"}
DEFAULT_IDENTITY = "id"
REMOVE = "remove"


class MergeError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


def identity_key(path: PathTuple) -> str:
    """The field that identifies an item of the list at ``path``."""
    name = next((p for p in reversed(path) if isinstance(p, str)), "")
    return IDENTITY_KEYS.get(name, DEFAULT_IDENTITY)


class _Merger:
    def __init__(self, out: LoadedYaml):
        self.out = out
        self.strings: dict[int, dict[PathTuple, ScalarString]] = {}
        self.problems: list[Diagnostic] = []

    # ---------------------------------------------------------------- positions
    def _strings_of(self, src: LoadedYaml) -> dict[PathTuple, ScalarString]:
        table = self.strings.get(id(src))
        if table is None:
            table = self.strings[id(src)] = {s.path: s for s in src.strings}
        return table

    def record(self, src: LoadedYaml, sp: PathTuple, mp: PathTuple) -> None:
        out = self.out
        if sp in src._values:
            out._values[mp] = src._values[sp]
        if sp in src._keys:
            out._keys[mp] = src._keys[sp]
        if sp in src._ends:
            out._ends[mp] = src._ends[sp]
        file = src._files.get(sp, src.file)
        if file != out.file:
            out._files[mp] = file
        else:
            out._files.pop(mp, None)
        s = self._strings_of(src).get(sp)
        if s is not None:
            out.strings.append(replace(s, path=mp, file=s.file or src.file))

    def copy(self, src: LoadedYaml, sp: PathTuple, value: Any, mp: PathTuple) -> Any:
        self.record(src, sp, mp)
        if isinstance(value, dict):
            return {k: self.copy(src, (*sp, k), v, (*mp, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.copy(src, (*sp, i), v, (*mp, i)) for i, v in enumerate(value)]
        return value

    def fail(self, src: LoadedYaml, sp: PathTuple, message: str, hint: str | None = None, key: bool = False) -> None:
        file, pos = src.locate(sp, key=key)
        self.problems.append(
            Diagnostic("O010", Severity.ERROR, message, file, pos, path=format_path(sp), hint=hint, name="bad-removal")
        )

    # ---------------------------------------------------------------- merge
    def merge(
        self, base: LoadedYaml, bp: PathTuple, bv: Any, over: LoadedYaml, op: PathTuple, ov: Any, mp: PathTuple
    ) -> Any:
        if isinstance(bv, dict) and isinstance(ov, dict):
            return self._mapping(base, bp, bv, over, op, ov, mp)
        if isinstance(bv, list) and isinstance(ov, list):
            key = identity_key(mp)
            if _keyed(bv, key) and _keyed(ov, key):
                return self._by_identity(base, bp, bv, over, op, ov, mp, key)
        self._check_no_removals(over, op, ov)
        return self.copy(over, op, ov, mp)

    def _mapping(
        self,
        base: LoadedYaml,
        bp: PathTuple,
        bv: dict[str, Any],
        over: LoadedYaml,
        op: PathTuple,
        ov: dict[str, Any],
        mp: PathTuple,
    ) -> dict[str, Any]:
        self.record(over, op, mp)
        result: dict[str, Any] = {}
        for k, v in bv.items():
            if k not in ov:
                result[k] = self.copy(base, (*bp, k), v, (*mp, k))
            elif ov[k] is not None:
                result[k] = self.merge(base, (*bp, k), v, over, (*op, k), ov[k], (*mp, k))
            # an explicit null removes the inherited key
        for k, v in ov.items():
            if k not in bv:
                self._check_no_removals(over, (*op, k), v)
                result[k] = self.copy(over, (*op, k), v, (*mp, k))
        return result

    def _by_identity(
        self,
        base: LoadedYaml,
        bp: PathTuple,
        bv: list[Any],
        over: LoadedYaml,
        op: PathTuple,
        ov: list[Any],
        mp: PathTuple,
        key: str,
    ) -> list[Any]:
        self.record(over, op, mp)
        inherited = {item[key]: i for i, item in enumerate(bv)}
        overrides: dict[Any, int] = {}
        removed: set[Any] = set()
        added: list[int] = []
        for j, item in enumerate(ov):
            ident = item[key]
            if REMOVE in item:
                if self._removal_ok(over, (*op, j), item, key, ident, inherited):
                    removed.add(ident)
            elif ident in inherited and ident not in overrides:
                overrides[ident] = j
            else:
                added.append(j)
        result: list[Any] = []
        for i, item in enumerate(bv):
            ident = item[key]
            if ident in removed:
                continue
            mpi = (*mp, len(result))
            if ident in overrides:
                j = overrides[ident]
                result.append(self.merge(base, (*bp, i), item, over, (*op, j), ov[j], mpi))
            else:
                result.append(self.copy(base, (*bp, i), item, mpi))
        for j in added:
            self._check_no_removals(over, (*op, j), ov[j])
            result.append(self.copy(over, (*op, j), ov[j], (*mp, len(result))))
        return result

    def _removal_ok(
        self, over: LoadedYaml, ip: PathTuple, item: dict[str, Any], key: str, ident: Any, inherited: dict[Any, int]
    ) -> bool:
        if item[REMOVE] is not True:
            self.fail(
                over,
                (*ip, REMOVE),
                f"'{REMOVE}:' takes only 'true' (remove the inherited item)",
                hint=f"write '{{{key}: {ident}, remove: true}}', or drop '{REMOVE}:' to override the item",
            )
            return False
        extra = [k for k in item if k not in (key, REMOVE)]
        if extra:
            self.fail(
                over,
                (*ip, extra[0]),
                f"an item that is removed takes no other fields (found '{extra[0]}')",
                hint=f"write only '{key}:' and '{REMOVE}: true'",
                key=True,
            )
            return False
        if ident not in inherited:
            known = ", ".join(str(k) for k in inherited) or "none"
            self.fail(
                over,
                (*ip, key),
                f"nothing to remove: the offer has no item with {key} {ident!r}",
                hint=f"inherited {key}s here: {known}",
            )
            return False
        return True

    def _check_no_removals(self, src: LoadedYaml, sp: PathTuple, value: Any) -> None:
        """``remove: true`` only means something in a list merged by identity."""
        if isinstance(value, list):
            for j, item in enumerate(value):
                if isinstance(item, dict) and REMOVE in item:
                    self.fail(
                        src,
                        (*sp, j, REMOVE),
                        "'remove:' only removes an item inherited from the offer, "
                        "in a list whose items all have an " + identity_key(sp),
                        key=True,
                        hint="delete this item instead; a list without identities replaces the offer's list",
                    )


def _keyed(items: list[Any], key: str) -> bool:
    return all(
        isinstance(x, dict) and isinstance(x.get(key), str | int) and not isinstance(x.get(key), bool) for x in items
    )


def merge_documents(offer: LoadedYaml, deal: LoadedYaml, *, drop: tuple[str, ...] = ("offer",)) -> LoadedYaml:
    """The deal merged over the offer: the deal's envelope and metadata, the specs merged.

    ``offer`` may itself be merged (an offer built on another offer). Raises
    ``MergeError`` for a removal that removes nothing or is malformed.
    """
    out = LoadedYaml(file=deal.file, text=deal.text, lines=deal.lines, data=None)
    merger = _Merger(out)
    merger.record(deal, (), ())
    data: dict[str, Any] = {}
    for key, value in deal.data.items():
        if key in drop:
            continue
        if key == "spec" and isinstance(value, dict) and isinstance(offer.data.get("spec"), dict):
            data[key] = merger.merge(offer, ("spec",), offer.data["spec"], deal, ("spec",), value, ("spec",))
        else:
            data[key] = merger.copy(deal, (key,), value, (key,))
    if "spec" not in data and isinstance(offer.data.get("spec"), dict):
        data["spec"] = merger.copy(offer, ("spec",), offer.data["spec"], ("spec",))
    if merger.problems:
        raise MergeError(merger.problems)
    out.data = data
    out.parts = {
        **offer.parts,
        offer.file: offer.parts.get(offer.file, offer),
        **deal.parts,
        deal.file: deal.parts.get(deal.file, deal),
    }
    return out
