"""Property: a complete spec split at random into an offer and a deal merges back to the same spec,
and every string of the effective spec is located in the file it was put in."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st

from termsmith.offers.merge import identity_key
from termsmith.spec.dump import dump_yaml
from termsmith.validation import validate_path
from termsmith.yaml_loader import load_yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
FULL = load_yaml(SAMPLE).data
EXPECTED = validate_path(SAMPLE).document


def _split(value: Any, path: tuple[str, ...], draw: Any) -> tuple[Any, Any]:
    """(offer part, deal part); None means 'not in that file'."""
    choice = draw(st.sampled_from(["offer", "deal", "split"]))
    if choice == "offer":
        return value, None
    if choice == "deal" or not isinstance(value, dict | list):
        return None, value
    if isinstance(value, dict):
        offer: dict[str, Any] = {}
        deal: dict[str, Any] = {}
        for k, v in value.items():
            o, d = _split(v, (*path, k), draw)
            if o is not None:
                offer[k] = o
            if d is not None:
                deal[k] = d
        return offer or None, deal or None
    key = identity_key(path)
    if not value or not all(isinstance(x, dict) and key in x for x in value):
        return None, value  # a list without identities: one file holds it whole
    cut = draw(st.integers(0, len(value)))  # the offer keeps a prefix, the deal adds the rest
    return (value[:cut] or None), (value[cut:] or None)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_split_and_merge_round_trips(tmp_path_factory, data) -> None:
    folder = tmp_path_factory.mktemp("split")
    offer_spec, deal_spec = _split(copy.deepcopy(FULL["spec"]), ("spec",), data.draw)
    offer = {
        "apiVersion": "termsmith/v1",
        "kind": "ServiceOffer",
        "metadata": {"name": "o", "version": "1.0.0"},
        "spec": offer_spec or {},
    }
    deal = {
        "apiVersion": "termsmith/v1",
        "kind": "ServiceSpec",
        "offer": "offer.yaml",
        "metadata": FULL["metadata"],
        "spec": deal_spec or {},
    }
    (folder / "offers").mkdir()
    (folder / "offer.yaml").write_text(dump_yaml(offer), encoding="utf-8")
    (folder / "deal.yaml").write_text(dump_yaml(deal), encoding="utf-8")
    result = validate_path(folder / "deal.yaml")
    assert result.ok, result.diagnostics
    got = result.document
    assert got.spec == EXPECTED.spec
    assert [o.name for o in got.metadata.offers] == ["o"]
    merged = result.loaded
    deal_strings = {s.value for s in load_yaml(folder / "deal.yaml").strings}
    offer_strings = {s.value for s in load_yaml(folder / "offer.yaml").strings}
    for s in merged.strings:
        file = s.file or merged.file
        assert s.value in (offer_strings if file.endswith("offer.yaml") else deal_strings)
        assert merged.part(file).lines[s.start.line - 1][s.start.col - 1 :].lstrip("'\"").startswith(
            s.value.split("\n")[0][:5]
        ) or s.style in ("|", ">")
