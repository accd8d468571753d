"""Experiment: a learned filter that may only remove the rules' warnings, leave-one-batch-out.

    .venv/bin/python bench/lint_filter_lobo.py              # the table below (about a minute)
    .venv/bin/python bench/lint_filter_lobo.py --lam 0.01   # another L2 strength

Question (issue 10): on a batch the rules have not been tuned on, false alarms run 9–22 % in
Chinese. Can a classifier trained on the *other* batches tell the rules' false alarms from their
right findings well enough to drop a useful share of the false alarms (a third or more) while
losing at most 2 % of the catches?

Set-up. Every sentence of the real-text corpus (``tests/lint/realtext_corpus.load(None)``: every
folder batch, the first batch split into ``tune`` and ``held-out-v1``, tune-4 counted with tune) is
linted alone with the current rules (warning and error level, as ``bench/eval_lint_realtext.py``
counts). Only sentences with at least one warning (and no error: errors are never filtered; the
corpus has none) are the filter's input; label 1 if the sentence is labelled V (the finding is
right), 0 if C (a false alarm). Features, all binary: each finding code and code+term, the number of
findings (1, 2, 3+), character 1–3-grams of the sentence (lower-cased; English also word unigrams
and bigrams), and cues: an obligation/modal word, a party word (甲方/乙方/我们/本公司/vendor/we/you…),
a digit, length bucket, list/heading shape (starts with a number or bullet, or has no final stop),
quote marks. Rows L2-normalised. Logistic regression with L2 (mean log-loss + lam/2·|w|²,
lam = 0.003 fixed before the first run), full-batch Nesterov gradient descent, 400 steps, numpy.
Groups: Chinese (zh-Hans and zh-Hant together, with the script as a feature) and English.

For each batch B: vocabulary (features seen at least twice) and weights from the other batches only;
the threshold from the other batches only, on out-of-fold scores (the training batches in 4 groups,
each scored by a model trained on the other three), the largest that keeps ≥ 98 % of their right
findings; then B's flagged sentences are scored and those under the threshold dropped. Reported per
language, per batch and pooled: false alarms before → after (of B's clean sentences) and catches
lost (of B's caught vague sentences).

Caveat that limits what this can show: the rules have been tuned on every batch here, including
the left-out one, so the false alarms left in a batch are the residue that rule rounds could not
remove, not the 9–22 % a never-seen batch shows. Only held-out-16 was run once and not yet tuned
on at the time of this experiment (its figures with the current code are its one-run figures), so
its row is the one truly never-seen test.

numpy is not a dependency of its own: it comes with matplotlib (runtime, the report charts).

Verdict: **no**. Not one language reaches the bar (a third of the false alarms gone, ≤ 2 % of the
catches lost). zh-Hans: nothing dropped. zh-Hant: a quarter dropped but 4.4 % of the catches lost.
English: nothing dropped, 0.8 % of catches lost. The ranking itself is the problem, not the threshold:
pooled over the left-out batches the AUC is 0.73 / 0.78 / 0.57, and even the best threshold chosen
in hindsight on the left-out scores themselves drops only 12 % / 11 % / 0 % of the false alarms at
≤ 2 % catches lost. The optimiser is not at fault: trained on all Chinese findings it separates them
in-sample (AUC 0.92 at lam 0.003, 0.996 at 0.0003), so what it learns is batch-specific wording
that does not carry to the next batch. On held-out-16, the one batch not yet tuned on: zh-Hans 12 → 12
false alarms, zh-Hant 6 → 5, en 7 → 7, no catch lost. The rule findings stay as they are.

Sensitivity (run after the primary result, not used to choose anything), pooled, false alarms
before → after, catches lost:

    lam     zh-Hans              zh-Hant                en
    0.003   60 → 60, 0/488       95 → 72, 17/388        45 → 45, 4/519      (primary)
    0.0003  60 → 57, 2/488       95 → 72, 16/388        45 → 43, 18/519
    0.03    60 → 60, 0/488       95 → 95, 0/388         45 → 45, 0/519
    hindsight best at ≤ 2 % lost (lam 0.003): 7/60, 10/95, 0/45 dropped
    per script (zh-Hans and zh-Hant trained apart, lam 0.003; group line in main() edited):
            60 → 57, 6/488       95 → 84, 4/388         —
            hindsight best at ≤ 2 % lost: 6/60, 13/95; AUC 0.69, 0.77

Full output at lam 0.003 (false alarms of the batch's clean sentences; catches lost of the batch's
caught vague sentences):

    | lang | batch | false alarms before | after | cut | catches lost |
    |---|---|---|---|---|---|
    | zh-Hans | held-out | 1/50 (2.0%) | 1/50 (2.0%) | 0% | 0/19 (0.0%) |
    | zh-Hans | held-out-10 | 5/87 (5.7%) | 5/87 (5.7%) | 0% | 0/40 (0.0%) |
    | zh-Hans | held-out-11 | 2/99 (2.0%) | 2/99 (2.0%) | 0% | 0/23 (0.0%) |
    | zh-Hans | held-out-12 | 4/56 (7.1%) | 4/56 (7.1%) | 0% | 0/18 (0.0%) |
    | zh-Hans | held-out-13 | 4/55 (7.3%) | 4/55 (7.3%) | 0% | 0/22 (0.0%) |
    | zh-Hans | held-out-14 | 10/60 (16.7%) | 10/60 (16.7%) | 0% | 0/17 (0.0%) |
    | zh-Hans | held-out-15 | 7/49 (14.3%) | 7/49 (14.3%) | 0% | 0/25 (0.0%) |
    | zh-Hans | held-out-16 | 12/55 (21.8%) | 12/55 (21.8%) | 0% | 0/35 (0.0%) |
    | zh-Hans | held-out-3 | 1/28 (3.6%) | 1/28 (3.6%) | 0% | 0/8 (0.0%) |
    | zh-Hans | held-out-4 | 2/72 (2.8%) | 2/72 (2.8%) | 0% | 0/34 (0.0%) |
    | zh-Hans | held-out-5 | 3/56 (5.4%) | 3/56 (5.4%) | 0% | 0/43 (0.0%) |
    | zh-Hans | held-out-6 | 1/80 (1.2%) | 1/80 (1.2%) | 0% | 0/28 (0.0%) |
    | zh-Hans | held-out-7 | 2/68 (2.9%) | 2/68 (2.9%) | 0% | 0/34 (0.0%) |
    | zh-Hans | held-out-9 | 5/150 (3.3%) | 5/150 (3.3%) | 0% | 0/44 (0.0%) |
    | zh-Hans | held-out-v1 | 0/44 (0.0%) | 0/44 (0.0%) | – | 0/22 (0.0%) |
    | zh-Hans | tune | 0/69 (0.0%) | 0/69 (0.0%) | – | 0/36 (0.0%) |
    | zh-Hans | tune-5 | 1/41 (2.4%) | 1/41 (2.4%) | 0% | 0/24 (0.0%) |
    | zh-Hans | tune-6 | 0/15 (0.0%) | 0/15 (0.0%) | – | 0/5 (0.0%) |
    | zh-Hans | tune-7 | 0/14 (0.0%) | 0/14 (0.0%) | – | 0/6 (0.0%) |
    | zh-Hans | tune-8 | 0/1 (0.0%) | 0/1 (0.0%) | – | 0/5 (0.0%) |
    | **zh-Hans** | **pooled** | 60/1149 (5.2%) | 60/1149 (5.2%) | 0% | 0/488 (0.0%) |
    | zh-Hant | held-out | 2/45 (4.4%) | 2/45 (4.4%) | 0% | 2/20 (10.0%) |
    | zh-Hant | held-out-10 | 2/120 (1.7%) | 1/120 (0.8%) | 50% | 1/28 (3.6%) |
    | zh-Hant | held-out-11 | 6/142 (4.2%) | 4/142 (2.8%) | 33% | 3/20 (15.0%) |
    | zh-Hant | held-out-12 | 4/132 (3.0%) | 2/132 (1.5%) | 50% | 3/19 (15.8%) |
    | zh-Hant | held-out-13 | 2/69 (2.9%) | 2/69 (2.9%) | 0% | 0/11 (0.0%) |
    | zh-Hant | held-out-14 | 13/119 (10.9%) | 5/119 (4.2%) | 62% | 5/22 (22.7%) |
    | zh-Hant | held-out-15 | 35/232 (15.1%) | 26/232 (11.2%) | 26% | 1/19 (5.3%) |
    | zh-Hant | held-out-16 | 6/66 (9.1%) | 5/66 (7.6%) | 17% | 0/15 (0.0%) |
    | zh-Hant | held-out-3 | 0/4 (0.0%) | 0/4 (0.0%) | – | 0/7 (0.0%) |
    | zh-Hant | held-out-4 | 2/65 (3.1%) | 2/65 (3.1%) | 0% | 0/30 (0.0%) |
    | zh-Hant | held-out-5 | 4/71 (5.6%) | 4/71 (5.6%) | 0% | 0/24 (0.0%) |
    | zh-Hant | held-out-6 | 4/100 (4.0%) | 4/100 (4.0%) | 0% | 0/27 (0.0%) |
    | zh-Hant | held-out-7 | 6/191 (3.1%) | 6/191 (3.1%) | 0% | 0/27 (0.0%) |
    | zh-Hant | held-out-9 | 4/205 (2.0%) | 4/205 (2.0%) | 0% | 0/31 (0.0%) |
    | zh-Hant | held-out-v1 | 1/37 (2.7%) | 1/37 (2.7%) | 0% | 2/15 (13.3%) |
    | zh-Hant | tune | 1/75 (1.3%) | 1/75 (1.3%) | 0% | 0/43 (0.0%) |
    | zh-Hant | tune-5 | 2/20 (10.0%) | 2/20 (10.0%) | 0% | 0/8 (0.0%) |
    | zh-Hant | tune-6 | 1/23 (4.3%) | 1/23 (4.3%) | 0% | 0/5 (0.0%) |
    | zh-Hant | tune-7 | 0/21 (0.0%) | 0/21 (0.0%) | – | 0/12 (0.0%) |
    | zh-Hant | tune-8 | 0/5 (0.0%) | 0/5 (0.0%) | – | 0/5 (0.0%) |
    | **zh-Hant** | **pooled** | 95/1742 (5.5%) | 72/1742 (4.1%) | 24% | 17/388 (4.4%) |
    | en | held-out | 0/82 (0.0%) | 0/82 (0.0%) | – | 1/24 (4.2%) |
    | en | held-out-10 | 0/145 (0.0%) | 0/145 (0.0%) | – | 0/29 (0.0%) |
    | en | held-out-11 | 0/148 (0.0%) | 0/148 (0.0%) | – | 0/33 (0.0%) |
    | en | held-out-12 | 1/119 (0.8%) | 1/119 (0.8%) | 0% | 0/23 (0.0%) |
    | en | held-out-13 | 3/111 (2.7%) | 3/111 (2.7%) | 0% | 0/23 (0.0%) |
    | en | held-out-14 | 8/131 (6.1%) | 8/131 (6.1%) | 0% | 0/25 (0.0%) |
    | en | held-out-15 | 13/179 (7.3%) | 13/179 (7.3%) | 0% | 0/17 (0.0%) |
    | en | held-out-16 | 7/163 (4.3%) | 7/163 (4.3%) | 0% | 0/21 (0.0%) |
    | en | held-out-3 | 0/41 (0.0%) | 0/41 (0.0%) | – | 0/4 (0.0%) |
    | en | held-out-4 | 3/128 (2.3%) | 3/128 (2.3%) | 0% | 1/37 (2.7%) |
    | en | held-out-5 | 1/138 (0.7%) | 1/138 (0.7%) | 0% | 0/40 (0.0%) |
    | en | held-out-6 | 3/152 (2.0%) | 3/152 (2.0%) | 0% | 2/59 (3.4%) |
    | en | held-out-7 | 0/149 (0.0%) | 0/149 (0.0%) | – | 0/36 (0.0%) |
    | en | held-out-8 | 1/136 (0.7%) | 1/136 (0.7%) | 0% | 0/37 (0.0%) |
    | en | held-out-9 | 1/156 (0.6%) | 1/156 (0.6%) | 0% | 0/37 (0.0%) |
    | en | held-out-v1 | 2/51 (3.9%) | 2/51 (3.9%) | 0% | 0/18 (0.0%) |
    | en | tune | 2/244 (0.8%) | 2/244 (0.8%) | 0% | 0/56 (0.0%) |
    | **en** | **pooled** | 45/2273 (2.0%) | 45/2273 (2.0%) | 0% | 4/519 (0.8%) |

    zh-Hans: AUC 0.73 on 488 right findings / 60 false alarms; best threshold in hindsight keeping ≥ 98 % of catches drops 7/60 false alarms (12%)
    zh-Hant: AUC 0.78 on 388 right findings / 95 false alarms; best threshold in hindsight keeping ≥ 98 % of catches drops 10/95 false alarms (11%)
    en: AUC 0.57 on 519 right findings / 45 false alarms; best threshold in hindsight keeping ≥ 98 % of catches drops 0/45 false alarms (0%)
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src", ROOT / "tests" / "lint")

from realtext_corpus import LANGS, in_first_held_out, load  # noqa: E402  # after sys.path

KEEP = 0.98  # share of the training batches' right findings the threshold keeps
INNER = 4  # groups of training batches for the out-of-fold threshold
MODAL = re.compile(
    r"应|應|须|須|必须|必須|将|將|会|會|负责|負責|承诺|承諾|保证|保證|确保|確保|\b(shall|must|will|should|agrees?|undertakes?)\b",
    re.I,
)
PARTY = re.compile(
    r"甲方|乙方|我们|我們|本公司|我司|贵|貴|客户|客戶|用户|用戶|\b(vendor|provider|supplier|customer|client|licensee|licensor|we|you|our|your)\b",
    re.I,
)
LIST_HEAD = re.compile(r"^\s*(\(?[0-9一二三四五六七八九十]+[\.)、．）]|[•·\-*(（]|第.{1,3}[条條章节節])")


def _batch(doc: str) -> str:
    parts = doc.split("/")
    if len(parts) == 2:  # first batch: <lang>/<file>
        return "held-out-v1" if in_first_held_out(doc) else "tune"
    return "tune" if parts[0] == "tune-4" else parts[0]


def features(text: str, lang: str, found: list[str]) -> set[str]:
    out = {f"lang:{lang}", f"n:{min(len(found), 3)}"}
    for f in found:
        out |= {f"code:{f.split(' ', 1)[0]}", f"term:{f}"}
    low = text.lower()
    for n in (1, 2, 3):
        out |= {f"c{n}:{low[i : i + n]}" for i in range(len(low) - n + 1)}
    if lang == "en":
        words = re.findall(r"[a-z']+", low)
        out |= {f"w:{w}" for w in words} | {f"w2:{a} {b}" for a, b in itertools.pairwise(words)}
    size = len(text.split()) if lang == "en" else len(text)
    out.add(f"len:{min(size // (8 if lang == 'en' else 15), 6)}")
    cues = {
        "modal": MODAL.search(text),
        "party": PARTY.search(text),
        "digit": re.search(r"[0-9０-９]", text),
        "list": LIST_HEAD.search(text),
        "nostop": not re.search(r"[。．.;；!！?？:：]\s*$", text),
        "quote": re.search(r"[“”「」『』\"]", text),
    }
    out |= {f"cue:{k}" for k, v in cues.items() if v}
    return out


def fit(rows: list[set[str]], y: np.ndarray, lam: float) -> tuple[dict[str, int], np.ndarray, float]:
    counts = Counter(f for r in rows for f in r)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}
    x = _matrix(rows, vocab)
    w, b = np.zeros(len(vocab)), 0.0
    vw, vb = w.copy(), b
    step = 2.0
    for k in range(400):  # Nesterov: rows have unit norm, so the gradient's Lipschitz bound is 0.25 + lam
        mom = k / (k + 3)
        lw, lb = w + mom * (w - vw), b + mom * (b - vb)
        p = 1 / (1 + np.exp(-(x.dot(lw) + lb)))
        g = p - y
        vw, vb = w, b
        w = lw - step * (x.tdot(g) / len(y) + lam * lw)
        b = lb - step * g.mean()
    return vocab, w, b


class Sparse:
    """Rows of unit-norm binary features: just enough of a sparse matrix for the two products."""

    def __init__(self, rows: list[list[int]], width: int) -> None:
        self.rows = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
        self.cols = np.array([c for r in rows for c in r], dtype=np.int64)
        self.vals = np.concatenate([np.full(len(r), 1 / np.sqrt(len(r))) for r in rows if r] or [np.zeros(0)])
        self.shape = (len(rows), width)

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=self.vals * w[self.cols], minlength=self.shape[0])

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=self.vals * g[self.rows], minlength=self.shape[1])


def _matrix(rows: list[set[str]], vocab: dict[str, int]) -> Sparse:
    return Sparse([sorted(vocab[f] for f in r if f in vocab) for r in rows], len(vocab))


def predict(model: tuple[dict[str, int], np.ndarray, float], rows: list[set[str]]) -> np.ndarray:
    vocab, w, b = model
    return _matrix(rows, vocab).dot(w) + b


def threshold(rows: list[set[str]], y: np.ndarray, batches: list[str], lam: float) -> float:
    """The largest score that keeps KEEP of the right findings, on out-of-fold scores."""
    names = sorted(set(batches))
    fold = {name: i % INNER for i, name in enumerate(names)}
    scores = np.zeros(len(y))
    for k in range(INNER):
        test = np.array([fold[b] == k for b in batches])
        if test.any():
            model = fit([r for r, t in zip(rows, test, strict=True) if not t], y[~test], lam)
            scores[test] = predict(model, [r for r, t in zip(rows, test, strict=True) if t])
    right = np.sort(scores[y == 1])
    return float(right[int(np.floor((1 - KEEP) * len(right)))])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lam", type=float, default=0.003)
    args = parser.parse_args(argv)
    from termsmith.diagnostics import Severity
    from termsmith.lint import lint_text

    data = []  # (lang, batch, vague, warnings, has_error, text)
    for s in load(None):
        ds = lint_text(s.text, "realtext.txt")
        warn = [f"{d.code} {d.extra.get('term', '')}" for d in ds if d.severity == Severity.WARNING]
        err = any(d.severity == Severity.ERROR for d in ds)
        data.append((s.lang, _batch(s.doc), s.vague, warn, err, s.text))
    # per (lang, batch): [clean, fa_before, fa_after, vague, caught_before, lost]
    table: dict[tuple[str, str], list[int]] = {}
    for lang, batch, vague, warn, err, _ in data:
        t = table.setdefault((lang, batch), [0] * 6)
        flagged = bool(warn) or err
        if vague:
            t[3] += 1
            t[4] += flagged
        else:
            t[0] += 1
            t[1] += flagged
            t[2] += flagged and err  # errors stay; warnings may be dropped below
    pooled: dict[str, list[tuple[float, float]]] = {lang: [] for lang in LANGS}  # (score, label), left-out
    for group in (("zh-Hans", "zh-Hant"), ("en",)):
        flagged = [d for d in data if d[0] in group and d[3] and not d[4]]
        rows = [features(d[5], d[0], d[3]) for d in flagged]
        y = np.array([1.0 if d[2] else 0.0 for d in flagged])
        batches = [d[1] for d in flagged]
        for held in sorted(set(batches)):
            train = np.array([b != held for b in batches])
            tr_rows = [r for r, t in zip(rows, train, strict=True) if t]
            cut = threshold(tr_rows, y[train], [b for b in batches if b != held], args.lam)
            model = fit(tr_rows, y[train], args.lam)
            test_idx = np.flatnonzero(~train)
            scores = predict(model, [rows[i] for i in test_idx])
            for i, sc in zip(test_idx, scores, strict=True):
                lang = flagged[i][0]
                t = table[(lang, held)]
                kept = sc >= cut
                pooled[lang].append((float(sc - cut), float(y[i])))
                if y[i]:
                    t[5] += not kept
                else:
                    t[2] += kept
            print(f"# {'/'.join(group)} left out {held}: threshold {cut:.3f}", file=sys.stderr)
    _report(table)
    print()
    for lang, pairs in pooled.items():
        print(f"{lang}: {_hindsight(pairs)}")
    return 0


def _hindsight(pairs: list[tuple[float, float]]) -> str:
    """Ranking quality of the left-out scores, pooled: AUC, and the share of false alarms the best
    threshold chosen *in hindsight* on these very scores would drop while losing ≤ 2 % of catches
    (an upper bound for any threshold rule; the scores are centred on each fold's own threshold)."""
    right = np.array([s for s, y in pairs if y])
    wrong = np.array([s for s, y in pairs if not y])
    if not len(right) or not len(wrong):
        return "n/a"
    auc = float((right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum())
    auc /= len(right) * len(wrong)
    cut = np.sort(right)[int(np.floor(0.02 * len(right)))]
    dropped = int((wrong < cut).sum())
    return (
        f"AUC {auc:.2f} on {len(right)} right findings / {len(wrong)} false alarms; best threshold in hindsight "
        f"keeping ≥ 98 % of catches drops {dropped}/{len(wrong)} false alarms ({dropped / len(wrong):.0%})"
    )


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else f"{a}/0"


def _report(table: dict[tuple[str, str], list[int]]) -> None:
    print("| lang | batch | false alarms before | after | cut | catches lost |")
    print("|---|---|---|---|---|---|")
    for lang in LANGS:
        pooled = [0] * 6
        for (lg, batch), t in sorted(table.items()):
            if lg != lang or not (t[0] or t[3]):
                continue
            pooled = [a + b for a, b in zip(pooled, t, strict=True)]
            cut = f"{(t[1] - t[2]) / t[1]:.0%}" if t[1] else "–"
            print(f"| {lang} | {batch} | {_pct(t[1], t[0])} | {_pct(t[2], t[0])} | {cut} | {_pct(t[5], t[4])} |")
        p = pooled
        cut = f"{(p[1] - p[2]) / p[1]:.0%}" if p[1] else "–"
        print(f"| **{lang}** | **pooled** | {_pct(p[1], p[0])} | {_pct(p[2], p[0])} | {cut} | {_pct(p[5], p[4])} |")


if __name__ == "__main__":
    sys.exit(main())
