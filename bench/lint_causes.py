"""Why the lint misses or misfires on real text: each miss and false alarm of a split, counted by cause.

    .venv/bin/python bench/lint_causes.py --split held-out-15 --lang en            # counts by cause
    .venv/bin/python bench/lint_causes.py --split held-out-15 --lang en --list     # … and every sentence with its cause

A round that attacks "the largest structural cause" first needs the causes counted. For every term the matcher finds
in a sentence, this says at which stage of the language rules it was dropped or kept (the stages of
``termsmith.lint.rules.language.bounded_spans`` and ``termsmith.lint.uses.is_mention``, in their order):

- ``no term``: the lexicon found nothing (a missing word or construction);
- ``defined``: a defined term, or its defining occurrence;
- ``sentence: …``: the whole sentence reads as no commitment (definition, glossary entry, purpose recital, a heading
  or a list under an excusing lead-in, a recital);
- ``marked: …``: a marker before the word in its clause excuses it (negation or condition, "subject to",
  termination, a quote or an example list);
- ``not a commitment: …`` (English): the promise gate of evaluative words, a legal formula, the subject of an
  exclusion, a sentence form (question, purpose adjunct, advice …), a description of the service, or another reading;
- ``mention``: any other reading of ``is_mention`` (Chinese readings, names, labels, headings);
- ``bounded``: a quantity of the term's kind in its clause lowers it to info (``kind``), or makes one expression;
- ``warned``: reported.

A miss is counted under the cause of its terms (``bounded`` before the first excusing stage, since a wrong bound is
the issue's named failure); a false alarm under the families of its warned terms and whether the first sits in a
promise (an obligation marker before it in its clause: ``en_in_promise``), which tells a description read as a
commitment from a promise that is labelled clean. Only the kept/dropped split is the linter's own; the stage named
for a dropped term re-runs the predicates in ``is_mention``'s order and is checked against the linter on every
sentence (a disagreement is printed). Like ``eval_lint_realtext.py --misses``, ``--list`` is refused on a held-out
half still closed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from checkout_path import use_checkout  # noqa: E402  # the checkout's src after PYTHONPATH

use_checkout(ROOT / "src", ROOT / "tests" / "lint")

from realtext_corpus import CLOSED, LANGS, SPLITS, Sentence, load, termsmith_linter  # noqa: E402  # a bench runs from a checkout

from termsmith.lint import context, en_forms, uses  # noqa: E402
from termsmith.lint.bounds import find_bound  # noqa: E402
from termsmith.lint.definitions import defined_terms, is_defined  # noqa: E402
from termsmith.lint.matcher import Term, lower_same_length, scan_terms  # noqa: E402
from termsmith.lint.rules import language  # noqa: E402

Stage = tuple[str, str, str]  # term name, family, stage


def _sentence_stage(text: str, lower: str, lo: int, hi: int) -> str:
    """Why the whole sentence is no commitment (English), if it is."""
    definition, _, _, needs = uses._patterns()
    window = hi if hi < lo + 120 else lo + 120
    if needs.search(lower, lo, window) and definition.match(lower, lo, window):
        return "sentence: definition"
    if uses._en_describes(text, lower, lo, hi):
        glossary = uses._en_patterns()[1]
        if glossary.match(lower, lo, hi):
            return "sentence: glossary entry"
        return "sentence: definition" if uses._en_promise_patterns()[8].match(text, lo, hi) else "sentence: purpose"
    if context.en_no_commitment_context(text, lo, hi, lower):
        return "sentence: heading or excusing lead-in"
    return "sentence: recital"


def _marked_stage(marks: uses.Marks, span: tuple[int, int], clause: tuple[int, int]) -> str:
    kinds = {kind for pos, kind in marks if clause[0] <= pos < span[0]}
    if kinds & {"n", "N"}:
        return "marked: negation or condition"
    if "u" in kinds:
        return "marked: subject to"
    if "t" in kinds:
        return "marked: termination"
    return "marked: quote or example"


def _mention_stage(
    text: str, lower: str, term: Term, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> str:
    """The first English reading of ``uses._en_not_commitment`` that holds, else "mention"."""
    if term.lang != "en":
        return "mention"
    verb = (uses._en_verb_phrase(lower, clause, span), clause[1])
    if term.term in uses._EN_GATED and not uses.en_in_promise(lower, span, verb, sentence):
        return "not a commitment: outside a promise (gated word)"
    if uses._en_legal_formula(text, lower, term, span, verb, sentence):
        return "not a commitment: legal formula"
    if term.family != "VD" and uses._en_excluded_subject(text, lower, span, sentence):
        return "not a commitment: subject of an exclusion"
    if en_forms.en_form_not_commitment(text, lower, term, span, sentence):
        return "not a commitment: sentence form"
    if uses._en_described(lower, term, span, verb, sentence):
        return "not a commitment: description"
    if uses._en_not_commitment(text, lower, term, span, verb, sentence):
        return "not a commitment: other reading"
    return "mention"


def stages(text: str) -> list[Stage]:
    """Each term the matcher finds in ``text`` (one sentence), with the stage that dropped or kept it."""
    lower = lower_same_length(text)
    kept = {(s, e): bound for s, e, _, _, bound, _ in language.bounded_spans(text)}
    defined = defined_terms(text)
    out: list[Stage] = []
    for start, end, found, term in scan_terms(text, lower):
        span = (start, end)
        if span in kept:
            bound = kept[span]
            out.append((term.term, term.family, "warned" if bound is None else f"bounded: {term.bound}"))
            continue
        sentence = language._sentence(text, start)
        lo, hi = sentence
        marks = uses.sentence_marks(lower, lo, hi)
        clause = uses.clause_of(marks, start, end, sentence)
        skip = uses.sentence_is_no_commitment(text, lower, lo, hi)
        if (defined and is_defined(found, defined)) or (
            start and text[start - 1] in language._OPEN_QUOTES and language._patterns()[2].match(text, end, end + 16)
        ):
            stage = "defined"
        elif start < skip or (skip > lo and term.lang == "en"):
            stage = _sentence_stage(text, lower, lo, hi) if term.lang == "en" else "sentence: no commitment"
        elif uses.is_mention(text, lower, term, found, span, clause, sentence, marks):
            verb = (uses._en_verb_phrase(lower, clause, span), clause[1]) if term.lang == "en" else clause
            if uses._marked(marks, term, span, verb, lo):
                stage = _marked_stage(marks, span, verb)
            else:
                stage = _mention_stage(text, lower, term, span, clause, sentence)
        elif term.bound != "never" and (b := find_bound(term.bound, text, lower, span, clause, sentence)) and b[1]:
            stage = f"bounded: {term.bound} (one expression)"
        else:
            stage = "other"  # a stage this script does not name (a Chinese list of exclusions, …)
        out.append((term.term, term.family, stage))
    return out


def miss_cause(found: list[Stage]) -> str:
    """The cause of a miss: no term, a bound, or the stage that dropped its first term."""
    if not found:
        return "no term"
    bounded = [stage for _, _, stage in found if stage.startswith("bounded")]
    return "bounded (the right kind?)" if bounded else found[0][2]


def alarm_cause(text: str, found: list[Stage]) -> str:
    """The cause of a false alarm: the families of its warned terms, and whether the first sits in a promise."""
    families = sorted({family for _, family, stage in found if stage == "warned"})
    lower = lower_same_length(text)
    in_promise = "?"
    for start, end, _, term in scan_terms(text, lower):
        if term.lang == "en":
            sentence = language._sentence(text, start)
            marks = uses.sentence_marks(lower, *sentence)
            clause = uses.clause_of(marks, start, end, sentence)
            in_promise = "in a promise" if uses.en_in_promise(lower, (start, end), clause, sentence) else "no promise"
        break
    return f"{'+'.join(families) or 'none'} ({in_promise})"


def tally(sentences: list[Sentence]) -> tuple[Counter[str], Counter[str], list[tuple[Sentence, str]], int]:
    """Counts of miss causes and false-alarm causes, each sentence with its cause, and disagreements with the linter."""
    misses: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    rows: list[tuple[Sentence, str]] = []
    disagreements = 0
    for s in sentences:
        found = stages(s.text)
        warned = bool(termsmith_linter(s.text))
        if warned != any(stage == "warned" for _, _, stage in found):
            disagreements += 1  # a finding from a rule this script does not read (a structural rule) or a drift
        if s.vague and not warned:
            cause = miss_cause(found)
            misses[cause] += 1
            rows.append((s, "MISS  " + cause))
        elif not s.vague and warned:
            cause = alarm_cause(s.text, found)
            alarms[cause] += 1
            rows.append((s, "FALSE " + cause))
    return misses, alarms, rows, disagreements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="tune")
    parser.add_argument("--lang", choices=LANGS, default="en")
    parser.add_argument("--list", action="store_true", help="print every miss and false alarm with its cause")
    args = parser.parse_args(argv)
    closed = [c for split, held in CLOSED.items() if args.split in (split, "all") for c in held]
    if args.list and args.lang in closed:
        parser.error("--list is for tuning data only; a held-out half still closed is looked at once, as figures")
    sentences = [s for s in load(None if args.split == "all" else args.split) if s.lang == args.lang]
    misses, alarms, rows, disagreements = tally(sentences)
    vague = sum(s.vague for s in sentences)
    print(f"split: {args.split} ({args.lang}: {vague} vague, {len(sentences) - vague} clean)")
    print(f"misses ({sum(misses.values())}):")
    for cause, n in misses.most_common():
        print(f"  {n:4}  {cause}")
    print(f"false alarms ({sum(alarms.values())}):")
    for cause, n in alarms.most_common():
        print(f"  {n:4}  {cause}")
    if disagreements:
        print(f"({disagreements} sentence(s) where a rule this script does not read decided; see its doc)")
    if args.list:
        for s, cause in rows:
            print(f"{cause}  {s.doc}:{s.line}  {s.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
