"""Find a deal's offer, load it (and the offer it builds on), and merge the deal over it.

``offer:`` names a bundled offer (``standard``) or a file relative to the deal
(``../offers/standard.yaml``). A path may not be absolute and may not leave the
workspace: the folder given by the caller, else the nearest folder above the
deal that holds an ``offers/`` folder, a ``termsmith.toml``, a ``pyproject.toml``
or ``.git``, else the deal's own folder. Every problem is a positioned diagnostic
at the deal's (or the referring offer's) ``offer:`` value.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, Severity
from termsmith.yaml_loader import LoadedYaml, YamlLoadError, decode_source, load_yaml

BUNDLED_PREFIX = "offers"
OFFER_KIND = "ServiceOffer"
MAX_CHAIN = 8
_SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_MARKERS = ("offers", "termsmith.toml", "pyproject.toml", ".git")

CODE_NAMES = {
    "O001": "offer-not-found",
    "O002": "offer-cycle",
    "O003": "offer-path-escapes",
    "O004": "not-an-offer",
    "O005": "bad-offer-reference",
    "O006": "offer-without-version",
    "O010": "bad-removal",
}


class OfferError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics


@cache
def bundled_offers() -> dict[str, Path]:
    """The bundled offers by name (their file name without .yaml)."""
    from termsmith.resources import bundled

    folder = bundled(BUNDLED_PREFIX)
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.yaml")) if p.is_file()}


def workspace_of(path: Path) -> Path:
    """The folder an offer reference may not leave (see the module docstring)."""
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        if any((candidate / m).exists() for m in _MARKERS):
            return candidate
    return folder


def display(path: Path) -> str:
    from termsmith.sources import display_name

    return display_name(path)


def _problem(code: str, message: str, at: LoadedYaml, hint: str | None = None) -> OfferError:
    file, pos = at.locate(("offer",))
    return OfferError(
        [
            Diagnostic(
                code,
                Severity.ERROR,
                message,
                file,
                pos,
                end=at.end(("offer",)),
                path="offer",
                hint=hint,
                name=CODE_NAMES[code],
            )
        ]
    )


class _Resolver:
    def __init__(self, root: Path | None):
        self.root = root
        self.refs: list[dict[str, Any]] = []
        self.chain: list[str] = []

    def locate(self, ref: Any, at: LoadedYaml, at_path: Path | None, root: Path) -> tuple[Path, bool]:
        """The offer file ``ref`` names, and whether it is a bundled offer."""
        if not isinstance(ref, str) or not ref.strip():
            raise _problem(
                "O005",
                "'offer:' names a bundled offer or a .yaml file relative to this file",
                at,
                hint=f"bundled offers: {', '.join(bundled_offers()) or 'none'}",
            )
        ref = ref.strip()
        if "/" not in ref and "\\" not in ref and not ref.endswith((".yaml", ".yml")):
            offers = bundled_offers()
            if ref in offers:
                return offers[ref], True
            import difflib

            close = difflib.get_close_matches(ref, list(offers), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"bundled offers: {', '.join(offers) or 'none'}"
            raise _problem("O001", f"no bundled offer named {ref!r}", at, hint=hint)
        candidate = Path(ref)
        if candidate.is_absolute() or ref.startswith("\\") or re.match(r"^[A-Za-z]:", ref):
            raise _problem(
                "O003",
                f"offer path {ref!r} is absolute; name the offer relative to this file",
                at,
                hint="e.g. offer: ../offers/standard.yaml",
            )
        base = at_path.resolve().parent if at_path is not None else root
        target = (base / candidate).resolve()
        if not target.is_relative_to(root.resolve()):
            raise _problem(
                "O003",
                f"offer path {ref!r} leaves the workspace {display(root)}",
                at,
                hint="keep offers inside the workspace, e.g. in its offers/ folder",
            )
        if not target.is_file():
            raise _problem(
                "O001",
                f"no offer file at {ref!r} (looked for {display(target)})",
                at,
                hint="check the path; it is relative to the file that names it",
            )
        return target, False

    def effective(self, loaded: LoadedYaml, path: Path | None, root: Path, depth: int) -> LoadedYaml:
        from termsmith.offers.merge import MergeError, merge_documents

        if not isinstance(loaded.data, dict) or "offer" not in loaded.data:
            return loaded
        target, is_bundled = self.locate(loaded.data["offer"], loaded, path, root)
        key = str(target.resolve())
        if key in self.chain or depth >= MAX_CHAIN:
            names = " → ".join(display(Path(p)) for p in [*self.chain, key])
            raise _problem(
                "O002",
                f"offers name each other in a cycle: {names}"
                if key in self.chain
                else f"offers build on each other more than {MAX_CHAIN} deep: {names}",
                loaded,
                hint="an offer may build on another offer, never on itself",
            )
        self.chain.append(key)
        offer, sha256 = self.load(target, loaded)
        self.refs.append(
            {
                "name": offer.data["metadata"]["name"],
                "version": offer.data["metadata"]["version"],
                "sha256": sha256,
                "source": str(loaded.data["offer"]).strip(),
            }
        )
        base = self.effective(offer, target, target.parent if is_bundled else root, depth + 1)
        try:
            return merge_documents(base, loaded)
        except MergeError as exc:
            raise OfferError(exc.diagnostics) from None

    def load(self, target: Path, referrer: LoadedYaml) -> tuple[LoadedYaml, str]:
        name = display(target)
        try:
            stat = target.stat()
            offer, sha256 = _load_offer(target, name, stat.st_mtime_ns, stat.st_size)
        except YamlLoadError as exc:
            raise OfferError(exc.diagnostics) from None
        except OSError as exc:
            raise _problem("O001", f"cannot read the offer {name}: {exc.strerror}", referrer) from None
        data = offer.data
        kind = data.get("kind") if isinstance(data, dict) else None
        if kind != OFFER_KIND:
            raise _problem(
                "O004",
                f"{name} is {'a ' + kind if isinstance(kind, str) else 'not a termsmith document'}, not a {OFFER_KIND}",
                referrer,
                hint=f"an offer file says 'kind: {OFFER_KIND}'; a deal names an offer, never another deal",
            )
        meta = data.get("metadata")
        version = meta.get("version") if isinstance(meta, dict) else None
        if not (
            isinstance(meta, dict)
            and isinstance(meta.get("name"), str)
            and isinstance(version, str)
            and _SEMVER_RE.match(version)
        ):
            where = ("metadata", "version") if isinstance(meta, dict) and "version" in meta else ("metadata",)
            file, pos = offer.locate(where, key=where == ("metadata",))
            raise OfferError(
                [
                    Diagnostic(
                        "O006",
                        Severity.ERROR,
                        "an offer needs metadata.name and metadata.version (MAJOR.MINOR.PATCH)",
                        file,
                        pos,
                        path="metadata.version",
                        name=CODE_NAMES["O006"],
                        hint="add 'version: 1.0.0' under 'metadata' and bump it when the terms change",
                    )
                ]
            )
        if not isinstance(data.get("spec", {}), dict):
            file, pos = offer.locate(("spec",))
            raise OfferError(
                [
                    Diagnostic(
                        "S102",
                        Severity.ERROR,
                        "an offer's 'spec' is a mapping (key: value)",
                        file,
                        pos,
                        path="spec",
                        name="wrong-type",
                    )
                ]
            )
        return offer, sha256


@lru_cache(maxsize=64)
def _load_offer(target: Path, name: str, mtime_ns: int, size: int) -> tuple[LoadedYaml, str]:
    """One offer file, loaded once while it is unchanged (the editor validates a deal on every
    keystroke; offers are only read, never changed, by merging)."""
    from termsmith.sources import content_hash

    raw = target.read_bytes()
    return load_yaml(target, text=decode_source(raw, name), file=name), content_hash(raw)


def resolve_deal(loaded: LoadedYaml, path: Path | None = None, root: Path | None = None) -> LoadedYaml:
    """The effective document: ``loaded`` itself when it names no offer, else the deal merged over
    its offer (and that offer's own base), with ``metadata.offers`` recording each offer's name,
    version and sha256. Raises ``OfferError`` with positioned diagnostics."""
    if not isinstance(loaded.data, dict) or "offer" not in loaded.data:
        return loaded
    workspace = root if root is not None else (workspace_of(path) if path is not None else Path.cwd())
    resolver = _Resolver(root)
    if path is not None:
        resolver.chain.append(str(path.resolve()))
    merged = resolver.effective(loaded, path, workspace, 0)
    meta = merged.data.get("metadata")
    if isinstance(meta, dict) and loaded.data.get("kind") != OFFER_KIND:
        meta["offers"] = resolver.refs
    return merged
