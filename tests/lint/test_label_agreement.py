"""The second, blind labels of held-out-21/22 (``realtext/agreement/``) and ``bench/label_agreement.py``.

The agreement folder is not a corpus split: the loader, and so every figure and floor, reads the same
sentences with it present. The script's tables are checked against what it reads, not against figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load_bench
from realtext_corpus import BATCH_FOLDERS, LANGS, ROOT, SPLITS, _parse, load, termsmith_linter


def _load_bench():  # type: ignore[no-untyped-def]
    return load_bench("label_agreement")


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    return _load_bench()


def _corpus_files() -> set[Path]:
    return {p for p in ROOT.rglob("*.txt") if "agreement" not in p.relative_to(ROOT).parts}


def test_agreement_folder_is_not_a_split() -> None:
    assert "agreement" not in SPLITS and "agreement" not in BATCH_FOLDERS
    loaded = load()
    docs = {s.doc for s in loaded}
    assert not any(doc.startswith("agreement/") for doc in docs)
    # every corpus file outside the agreement folder, and nothing else, is read: the loader's sentences are those files'
    read = {ROOT / doc for doc in docs}
    assert read == _corpus_files()
    expected = sum(len(_parse(p, p.parent.name, str(p))) for p in read)
    assert len(loaded) == expected


def test_second_labels_hold_the_first_files_sentences(bench) -> None:  # type: ignore[no-untyped-def]
    for split in bench.SPLITS:
        first = load(split)
        listed = bench.pairs(split)
        assert [p.first for p in listed] == first
        assert [p.second.text for p in listed] == [s.text for s in first]
        assert {p.first.doc for p in listed} == {
            str(path.relative_to(bench.AGREEMENT)) for path in (bench.AGREEMENT / split).rglob("*.txt")
        }


def test_tables_add_up(bench) -> None:  # type: ignore[no-untyped-def]
    everything = []
    for split in bench.SPLITS:
        listed = bench.pairs(split)
        everything += listed
        table = bench.agreement(listed)
        for lang in LANGS:
            mine = [p for p in listed if p.first.lang == lang]
            a = table[lang]
            assert a.n == len(mine) == a.vv + a.vc + a.cv + a.cc
            assert a.vv + a.vc == sum(p.first.vague for p in mine)
            assert a.vv + a.cv == sum(p.second.vague for p in mine)
            assert -1 <= a.kappa <= 1 and 0 <= a.observed <= 1
        for cell in ("vv", "vc", "cv", "cc"):
            assert getattr(table["all"], cell) == sum(getattr(table[lang], cell) for lang in LANGS)
    counts, unclassified = bench.class_counts(everything, bench.read_classes())
    assert unclassified == []  # every disagreement is classified by hand
    disagreements = [p for p in everything if p.first.vague != p.second.vague]
    assert sum(counts["all"].values()) == len(disagreements)
    assert sum(sum(counts[lang].values()) for lang in LANGS) == len(disagreements)
    assert set(bench.read_classes()) == {p.key for p in disagreements}  # and nothing stale


def test_lint_scores_split_by_label_set(bench) -> None:  # type: ignore[no-untyped-def]
    listed = bench.pairs("held-out-21")
    lint = bench.cached(termsmith_linter)
    scores = bench.lint_scores(listed, lint)
    table = bench.agreement(listed)
    for lang in LANGS:
        a = table[lang]
        assert (scores["first"][lang].vague, scores["first"][lang].clean) == (a.vv + a.vc, a.cv + a.cc)
        assert (scores["second"][lang].vague, scores["second"][lang].clean) == (a.vv + a.cv, a.vc + a.cc)
        assert (scores["agreed"][lang].vague, scores["agreed"][lang].clean) == (a.vv, a.cc)
        caught = sum(bool(lint(p.first.text)) for p in listed if p.first.lang == lang and p.first.vague)
        assert scores["first"][lang].caught == caught


def test_kappa(bench) -> None:  # type: ignore[no-untyped-def]
    module = bench
    # two raters, 50 items: observed 35/50 = 0.7; chance 0.5·0.6 + 0.5·0.4 = 0.5; kappa (0.7 − 0.5)/(1 − 0.5)
    a = module.Agreement(vv=20, vc=5, cv=10, cc=15)
    assert a.observed == pytest.approx(0.7)
    assert a.kappa == pytest.approx(0.4)
    assert module.Agreement(vv=3, cc=7).kappa == pytest.approx(1.0)


def test_changed_sentence_is_refused(bench, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doc = load("held-out-21")[0].doc
    copy = tmp_path / doc
    copy.parent.mkdir(parents=True)
    lines = (bench.AGREEMENT / doc).read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    lines[first] += " (edited)"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(bench, "AGREEMENT", tmp_path)
    with pytest.raises(SystemExit, match="sentences differ"):
        bench.pairs("held-out-21")


def test_main_reports_every_split(bench, capsys) -> None:  # type: ignore[no-untyped-def]
    assert bench.main(["--no-lint", "--disagreements"]) == 0
    out = capsys.readouterr().out
    for split in bench.SPLITS:
        assert f"\n{split} (" in out
    disagreements = sum(p.first.vague != p.second.vague for split in bench.SPLITS for p in bench.pairs(split))
    assert sum(line[:2] in ("VC", "CV") and line[2] == " " for line in out.splitlines()) == disagreements
