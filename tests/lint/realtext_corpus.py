"""The real-text lint corpus (``tests/lint/realtext/``): loading, the split, the score.

One file per source document; each line ``V term,… | sentence`` or ``C | sentence``
(see ``realtext/README.md``). Splits, by document:

- ``held-out-35`` and ``held-out-36``: ``realtext/held-out-3{5,6}/<lang>/`` — the thirty-fifth and thirty-sixth
  held-out batches (mostly English; nine zh-Hans and three zh-Hant documents between them), collected and labelled
  apart from the lint work (branches collectl35 and collectl36), committed before any run, run once by the lead in
  session 22's second lint round as pre-registered in ``bench/lint_frozen/README.md``; tuning data from then on;
- ``held-out-33`` and ``held-out-34``: ``realtext/held-out-3{3,4}/<lang>/`` — the thirty-third and thirty-fourth
  held-out batches (mostly English; held-out-33 three zh-Hans SLAs, held-out-34 four zh-Hans documents and three zh-Hant
  plan pages of one firm), collected and labelled apart from the lint work (branches collectl33 and collectl34),
  committed before any run, run once by the lead in session 22 as pre-registered in ``bench/lint_frozen/README.md``;
  tuning data from then on;
- ``held-out-31`` and ``held-out-32``: ``realtext/held-out-3{1,2}/<lang>/`` — the thirty-first and thirty-second
  held-out batches (mostly English; held-out-31 eight zh-Hans documents, six of them one cloud-SLA template, and one
  zh-Hant; held-out-32 four zh-Hans, no zh-Hant), collected and labelled apart from the lint work (branches collectl31
  and collectl32), committed before any run, run once by the lead in session 17; tuning data from then on;
- ``held-out-30``: ``realtext/held-out-30/<lang>/`` — the thirtieth held-out batch (mostly English; three zh-Hans
  and two zh-Hant documents), collected and labelled apart from the lint work (branch collectl30), committed before any
  run, run once by the lead in session 16 like held-out-29; tuning data from then on;
- ``held-out-29``: ``realtext/held-out-29/<lang>/`` — the twenty-ninth held-out batch (mostly English; two zh-Hans
  documents and one zh-Hant), collected and labelled apart from the lint work (branch collectl29), committed before any
  run, run once by the lead in session 16 with the final code, the session-start code, the final code without the
  session's closure steps and with each frozen patch of ``bench/lint_frozen/``; tuning data from then on;
- ``held-out-28``: ``realtext/held-out-28/<lang>/`` — the twenty-eighth held-out batch (mostly English; two zh-Hans
  and two zh-Hant documents), collected and labelled apart from the lint work (branch collectl28), committed before
  any run, run once by the lead in session 15 with the final code, the session-start code, the final code without
  each of the session's kept mechanisms and with each frozen patch of ``bench/lint_frozen/``; tuning data from then on;
- ``held-out-27``: ``realtext/held-out-27/<lang>/`` — the twenty-seventh held-out batch (English and zh-Hans, no
  zh-Hant), collected and labelled apart from the lint work (branch collectl27), committed before any run, run once by
  the lead in session 14 with the final code, the session-start code and the frozen patches of ``bench/lint_frozen/``;
  tuning data from then on;
- ``held-out-26``: ``realtext/held-out-26/<lang>/`` — the twenty-sixth held-out batch (English, and four Chinese
  cloud SLAs), collected and labelled apart from the lint work (branch lintcollect26), committed before any run, run
  once by the lead in session 13 with the final code and with the frozen candidates of ``bench/lint_frozen/``;
  tuning data from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-25``: ``realtext/held-out-25/<lang>/`` — the twenty-fifth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch lintcollect25), committed before
  any run, run once by the lead in session 13 after that session's lint changes (lintgen13's three word-boundary
  fixes); tuning data from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-24``: ``realtext/held-out-24/<lang>/`` — the twenty-fourth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch lintcollect24), committed before
  any run, run once by the lead in session 12 after that session's lint round (lintsla); tuning data from then on
  (its one-run figures are in the README and the floors' comments);
- ``held-out-23``: ``realtext/held-out-23/<lang>/`` — the twenty-third held-out batch (all three
  languages), collected and labelled apart from the lint work (branch lintcollect23), committed before
  any run, run once by the lead in session 11 after that session's lint round; tuning data from then on
  (its one-run figures are in the README and the floors' comments);
- ``held-out-22``: ``realtext/held-out-22/<lang>/`` — the twenty-second held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect22), committed before
  any run, run once by the lead in session 9 (no lint round ran that session); tuning data from then on
  (its one-run figures are in the README and the floors' comments);
- ``held-out-21``: ``realtext/held-out-21/<lang>/`` — the twenty-first held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect21), committed before
  any run, run once by the lead after the seventeenth Chinese and eighteenth English rounds; tuning
  data from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-20``: ``realtext/held-out-20/<lang>/`` — the twentieth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect20), committed before
  any run, run once by the lead after the sixteenth Chinese and seventeenth English rounds; tuning
  data from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-19``: ``realtext/held-out-19/<lang>/`` — the nineteenth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect19), committed before
  any run, run once by the lead after the fifteenth Chinese and sixteenth English rounds; tuning data
  from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-18``: ``realtext/held-out-18/<lang>/`` — the eighteenth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect18), committed before
  any run, run once by the lead after the fourteenth Chinese and fifteenth English rounds; tuning data
  from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-17``: ``realtext/held-out-17/<lang>/`` — the seventeenth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect17), committed before
  any run, run once by the lead after the session's last lint rounds; tuning data from then on (its
  one-run figures are in the README and the floors' comments);
- ``held-out-16``: ``realtext/held-out-16/<lang>/`` — the sixteenth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect16), committed before
  any run, run once by the lead after the thirteenth Chinese and fourteenth English rounds; tuning
  data from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-15``: ``realtext/held-out-15/<lang>/`` — the fifteenth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect15), committed before
  any run, run once by the lead after the twelfth Chinese and thirteenth English rounds; tuning data
  from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-14``: ``realtext/held-out-14/<lang>/`` — the fourteenth held-out batch (all three
  languages), collected and labelled apart from the lint work (branch collect14), committed before
  any run, run once by the lead after the eleventh Chinese and twelfth English rounds; tuning data
  from then on (its one-run figures are in the README and the floors' comments);
- ``held-out-13``: ``realtext/held-out-13/<lang>/`` — the thirteenth held-out batch (all three
  languages), collected and labelled apart from the lint work, committed before any run, run once
  by the lead after the ninth Chinese and tenth English rounds; tuning data from then on (its
  one-run figures are in the README and the floors' comments);
- ``held-out-12``: ``realtext/held-out-12/<lang>/`` — the twelfth held-out batch (all three
  languages), collected and labelled apart from the lint work, committed before any run, run once
  by the lead after the eighth Chinese and ninth English rounds; tuning data from then on (its
  one-run figures are in the README and the floors' comments);
- ``held-out-11``: ``realtext/held-out-11/<lang>/`` — the eleventh held-out batch (all three
  languages), collected and labelled apart from the lint work, committed before any run, run once
  by the lead after the seventh Chinese and eighth English rounds; **tuning data** for the eighth
  Chinese and ninth English rounds (its one-run figures are in the README and the floors' comments);
- ``held-out-10``: ``realtext/held-out-10/<lang>/`` — the tenth held-out batch (all three
  languages), collected and labelled apart from the lint work, committed before any run, run once
  by the lead after the sixth Chinese and seventh English rounds; **tuning data** for the seventh Chinese
  and eighth English rounds (its one-run figures are in the README and the floors' comments);
- ``held-out-9``: ``realtext/held-out-9/<lang>/`` — the ninth held-out batch (all three
  languages), collected and labelled apart from the lint work, committed before any run, run once
  by the lead after the fifth Chinese and sixth English rounds; **tuning data** for the sixth Chinese
  and seventh English rounds (its one-run figures are in the README and the floors' comments);
- ``held-out-8``: ``realtext/held-out-8/en/`` — the eighth held-out batch (English only),
  collected and labelled apart from the lint work, committed before any run, run once by
  the lead after the fifth English round; **tuning data** for the sixth English round;
- ``held-out-7``: ``realtext/held-out-7/<lang>/`` — the seventh held-out batch (all
  three languages), collected and labelled by someone who did not work on the lint,
  committed before any lint run, run once by the lead after the fourth rounds were merged;
  its English half is tuning data from the fifth English round on, its Chinese half from
  the fifth Chinese round on;
- ``held-out-6``: ``realtext/held-out-6/<lang>/`` — the sixth held-out batch, tuning
  data for the fourth rounds (both halves) after its one run; before that:
  collected, labelled and committed before any lint run on it, run once at the end of
  its round (the split ``--misses`` refuses); its Chinese half is **tuning data** from
  the fourth Chinese round on (it was then opened to ``--misses`` with ``--lang zh-…``);
- ``held-out-5``: ``realtext/held-out-5/<lang>/`` — the fifth batch, run once at the
  end of the second Chinese round; its Chinese half is **tuning data** from the third
  Chinese round on;
- ``held-out-4``: ``realtext/held-out-4/<lang>/`` — the fourth batch: English
  (``en-*.txt``) collected and labelled after the third was tuned on, Chinese collected
  and labelled before the first Chinese tuning round ended; each committed before any
  run and run once at the end of its round. Its Chinese half has since been looked at
  and is **tuning data** for the Chinese rules (second Chinese round);
- ``tune-5`` … ``tune-8``: ``realtext/tune-N/<lang>/`` — fifth to eighth
  batches (Chinese only), each labelled and committed before any lint run, then
  tuned on (tune-6 to tune-8 were first run as checks of the rules fitted so far);
- ``held-out-3``: ``realtext/held-out-3/<lang>/`` — the third batch, collected and
  labelled after tuning on the first two, run once, then looked at and tuned on;
- ``held-out``: ``realtext/held-out/<lang>/`` — the second batch, collected and
  labelled after tuning on the first, run once, then looked at and tuned on;
- ``tune``: ``realtext/<lang>/`` — every first-batch document — and
  ``realtext/tune-4/<lang>/`` (tuning documents added with the fourth batch);
- ``held-out-v1``: the third of the first batch that was held out first (each
  language's documents ordered by the SHA-256 of ``<lang>/<file>``, ranks 0, 3,
  6, …); looked at after its one run, then tuned on (kept for the record).

English (branch linten2): ``held-out-5/en/`` (``en-*.txt``) is the English half of the
fifth held-out batch, labelled and committed before any run and run once at the end of
the second English round; held-out-4's English half has been looked at and tuned on.
English (branch linten3): held-out-5's English half has since been looked at and is
tuning data for the third English round; ``held-out-6/en/`` (``en-*.txt``) is the
sixth English batch, labelled and committed before any run and run once at the end.
English (branch linten4): held-out-6's English half, run once, is tuning data for the
fourth English round; the next English batch is held by the lead.
English (branch linten5): held-out-7's English half, run once by the lead (figures in the
README), is tuning data for the fifth English round (``CLOSED`` keeps only its Chinese half); its Chinese
half stays held out (``--misses --lang zh-…`` is refused on it).
English (branch linten6): held-out-8, run once by the lead, is tuning data for the sixth English round.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).parent / "realtext"
LANGS = ("zh-Hans", "zh-Hant", "en")
# the batches that each have a folder of their own (realtext/<batch>/<lang>/), in the order they came
BATCH_FOLDERS = (
    "held-out",
    "held-out-3",
    "held-out-4",
    "held-out-5",
    "held-out-6",
    "held-out-7",
    "held-out-8",
    "held-out-9",
    "held-out-10",
    "held-out-11",
    "held-out-12",
    "held-out-13",
    "held-out-14",
    "held-out-15",
    "held-out-16",
    "held-out-17",
    "held-out-18",
    "held-out-19",
    "held-out-20",
    "held-out-21",
    "held-out-22",
    "held-out-23",
    "held-out-24",
    "held-out-25",
    "held-out-26",
    "held-out-27",
    "held-out-28",
    "held-out-29",
    "held-out-30",
    "held-out-31",
    "held-out-32",
    "held-out-33",
    "held-out-34",
    "held-out-35",
    "held-out-36",
    "held-out-37",
    "held-out-38",
    "held-out-39",
    "held-out-40",
    "held-out-41",
    "held-out-42",
    "held-out-43",
    "held-out-44",
    "held-out-45",
    "held-out-46",
    "held-out-47",
    "held-out-48",
    "held-out-49",
    "held-out-50",
    "held-out-51",
    "held-out-52",
    "held-out-53",
    "held-out-54",
    "held-out-55",
    "held-out-56",
    "held-out-57",
    "held-out-58",
    "held-out-59",
    "held-out-60",
    "held-out-61",
    "held-out-62",
    "held-out-63",
    "held-out-64",
    "held-out-65",
    "held-out-66",
    "held-out-67",
    "held-out-68",
    "held-out-69",
    "held-out-70",
    "held-out-71",
    "held-out-72",
    "held-out-73",
    "held-out-74",
    "held-out-75",
    "held-out-76",
    "held-out-77",
    "held-out-78",
    "held-out-79",
    "held-out-80",
    "held-out-81",
    "held-out-82",
    "held-out-83",
    "held-out-84",
    "held-out-85",
    "held-out-86",
    "tune-5",
    "tune-6",
    "tune-7",
    "tune-8",
)
SPLITS = ("tune", *BATCH_FOLDERS, "held-out-v1")
# realtext/agreement/<split>/<lang>/ holds a second labeller's labels of held-out-21/22 (the same
# sentences; bench/label_agreement.py): it is not a split, and no folder is read unless named above.
# Held-out halves nobody may look at sentence by sentence (figures only; --misses refuses
# them): split -> its languages still held out. held-out-7 and held-out-8 were each run once
# and are tuning data for the fifth Chinese and sixth English rounds; the next batch is
# collected apart and registered here, closed, when it is merged.
CLOSED: dict[str, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Sentence:
    lang: str
    doc: str  # <lang>/<file>
    line: int
    text: str
    vague: bool
    terms: tuple[str, ...]
    professional: bool  # from a professionally drafted SLA / support policy


def _digest(doc: str) -> str:
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


def in_first_held_out(doc: str) -> bool:
    """``doc`` (``<lang>/<file>`` of the first batch) was in the first held-out third."""
    lang = doc.split("/", 1)[0]
    ranked = sorted((f"{lang}/{p.name}" for p in (ROOT / lang).glob("*.txt")), key=_digest)
    return ranked.index(doc) % 3 == 0


def load(split: str | None = None) -> list[Sentence]:
    """Sentences of one split (``None``: all of them)."""
    out: list[Sentence] = []
    for lang in LANGS:
        for folder in BATCH_FOLDERS:
            if split in (None, folder):
                for path in sorted((ROOT / folder / lang).glob("*.txt")):
                    out += _parse(path, lang, f"{folder}/{lang}/{path.name}")
        if split in (None, "tune"):  # English tuning documents added with held-out-4
            for path in sorted((ROOT / "tune-4" / lang).glob("*.txt")):
                out += _parse(path, lang, f"tune-4/{lang}/{path.name}")
        if split in (None, "tune", "held-out-v1"):
            for path in sorted((ROOT / lang).glob("*.txt")):
                doc = f"{lang}/{path.name}"
                if split != "held-out-v1" or in_first_held_out(doc):
                    out += _parse(path, lang, doc)
    return out


def _parse(path: Path, lang: str, doc: str) -> list[Sentence]:
    lines = path.read_text(encoding="utf-8").splitlines()
    professional = any(line.strip() == "# drafting: professional" for line in lines)
    out: list[Sentence] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        head, sep, text = line.partition(" | ")
        kind, _, terms = head.partition(" ")
        if not sep or kind not in ("V", "C") or (kind == "C") != (not terms.strip()):
            raise ValueError(f"{path}:{number}: expected 'V term,… | sentence' or 'C | sentence'")
        out.append(
            Sentence(lang, doc, number, text, kind == "V", tuple(t for t in terms.split(",") if t), professional)
        )
    return out


@dataclass
class Score:
    vague: int = 0
    caught: int = 0
    clean: int = 0
    false_alarms: int = 0
    findings: int = 0  # on professionally drafted text
    right_findings: int = 0
    misses: list[Sentence] = field(default_factory=list)
    alarms: list[tuple[Sentence, list[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.vague if self.vague else 1.0

    @property
    def fp_rate(self) -> float:
        return self.false_alarms / self.clean if self.clean else 0.0

    @property
    def precision(self) -> float:
        return self.right_findings / self.findings if self.findings else 1.0


Linter = Callable[[str], list[str]]  # sentence → descriptions of warning-level findings
DocumentLinter = Callable[[str], list[tuple[int, str]]]  # text → (line, description) of each finding


def score(sentences: Iterable[Sentence], lint: Linter) -> dict[str, Score]:
    """Per language: recall on vague sentences, false-positive rate on clean ones,
    and (on professionally drafted documents) the share of findings that sit in a
    vague sentence. Each sentence is linted alone."""
    listed = list(sentences)
    return _tally(listed, [lint(s.text) for s in listed])


def score_documents(sentences: Iterable[Sentence], lint: DocumentLinter) -> dict[str, Score]:
    """As :func:`score`, but each document's sentences are linted together, one per
    line in file order, as a user lints a document: rules that read the lines before
    a sentence (a list's lead-in, a heading, a glossary) count. A finding belongs to
    the sentence on whose line it starts."""
    listed = list(sentences)
    by_doc: dict[str, list[int]] = {}
    for index, s in enumerate(listed):
        by_doc.setdefault(s.doc, []).append(index)
    got: list[list[str]] = [[] for _ in listed]
    for indexes in by_doc.values():
        text = "\n".join(listed[i].text for i in indexes) + "\n"
        for line, description in lint(text):
            if 1 <= line <= len(indexes):
                got[indexes[line - 1]].append(description)
    return _tally(listed, got)


def _tally(sentences: list[Sentence], found: list[list[str]]) -> dict[str, Score]:
    scores = {lang: Score() for lang in LANGS}
    for s, got in zip(sentences, found, strict=True):
        sc = scores[s.lang]
        if s.vague:
            sc.vague += 1
            sc.caught += bool(got)
            if not got:
                sc.misses.append(s)
        else:
            sc.clean += 1
            sc.false_alarms += bool(got)
            if got:
                sc.alarms.append((s, got))
        if s.professional:
            sc.findings += len(got)
            sc.right_findings += len(got) if s.vague else 0
    return scores


def termsmith_linter(text: str) -> list[str]:
    return [description for _, description in termsmith_document_linter(text)]


def termsmith_document_linter(text: str) -> list[tuple[int, str]]:
    from termsmith.diagnostics import Severity
    from termsmith.lint import lint_text

    return [
        (d.line, f"{d.code} {d.extra.get('term', '')}")
        for d in lint_text(text, "realtext.txt")
        if d.severity in (Severity.WARNING, Severity.ERROR)
    ]
