"""Regression floors on the hand-labelled real-text corpus (tests/lint/realtext/).

The numbers are what was measured, not targets: the held-out figures come from the
one run on documents the rules were not tuned on (see realtext/README.md). A change
to the lexicon or the rules may raise them; it must not lower them. Per language:
vague sentences with at least one warning (caught), clean sentences with a warning
(false alarms), and on professionally drafted SLAs the findings in vague sentences.
"""

from __future__ import annotations

import pytest
from bench_scripts import load_bench
from realtext_corpus import LANGS, load, score, score_documents, termsmith_document_linter, termsmith_linter

# split → lang → (caught at least, of vague; false alarms at most, of clean)
FLOORS: dict[str, dict[str, tuple[int, int, int, int]]] = {
    # the third batch, run once at commit 8911f50 after all tuning (--split held-out-3)
    "held-out-3": {"zh-Hans": (7, 9, 3, 28), "zh-Hant": (5, 7, 1, 4), "en": (3, 4, 6, 41)},
    # the second batch: run once at c4d7802 (zh-Hans 16/19 and 12/50, zh-Hant 18/19 and 5/46,
    # en 5/23 and 9/83), then tuned on; these are the figures at 8911f50
    "held-out": {"zh-Hans": (17, 19, 3, 50), "zh-Hant": (19, 19, 2, 46), "en": (14, 23, 5, 83)},
    # the tuning set (the first batch) at 8911f50
    "tune": {"zh-Hans": (57, 60, 3, 112), "zh-Hant": (56, 60, 6, 112), "en": (50, 52, 6, 221)},
}

# English, after the grammatical-shape rules (linten): the tuning set now includes tune-4/en
FLOORS["tune"]["en"] = (71, 73, 5, 297)
FLOORS["held-out"]["en"] = (23, 23, 1, 83)
FLOORS["held-out-3"]["en"] = (4, 4, 0, 41)
# Chinese, after the Chinese tuning round (branch lintzh): batches 1-3 and tune-5 to
# tune-8 are all tuning data here; these replace the zh entries above. tune-5 to
# tune-8 hold no English.
_ZH_FLOORS: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "tune": {"zh-Hans": (58, 60, 1, 112), "zh-Hant": (58, 60, 2, 112)},
    "held-out": {"zh-Hans": (19, 19, 2, 50), "zh-Hant": (19, 19, 2, 46)},
    "held-out-3": {"zh-Hans": (8, 9, 1, 28), "zh-Hant": (7, 7, 0, 4)},
    # second Chinese round (branch lintzh2, structural classes): tuning figures
    "tune-5": {"zh-Hans": (23, 23, 2, 42), "zh-Hant": (7, 9, 2, 20)},
    "tune-6": {"zh-Hans": (5, 5, 0, 15), "zh-Hant": (5, 5, 1, 23)},
    "tune-7": {"zh-Hans": (7, 7, 0, 13), "zh-Hant": (12, 12, 0, 21)},
    "tune-8": {"zh-Hans": (5, 5, 0, 1), "zh-Hant": (5, 5, 0, 5)},
    # the fourth batch (Chinese): run once at 01a5333 (zh-Hans 24/36 and 5/73, zh-Hant
    # 19/32 and 2/65), then tuning data for the second Chinese round; figures after it
    "held-out-4": {"zh-Hans": (33, 36, 5, 73), "zh-Hant": (29, 32, 2, 65)},
    # the fifth batch (Chinese), labelled and committed at 1785c18 before any run, run
    # once at febfaaa after all tuning of the second Chinese round (--split held-out-5);
    # never looked at sentence by sentence
    "held-out-5": {"zh-Hans": (42, 47, 8, 55), "zh-Hant": (18, 27, 15, 72)},
}
# third Chinese round (branch lintzh3): held-out-5 (zh) is tuning data now. Figures after
# the round's use rules; zh-Hans loses one catch made for the wrong reason (建议用户及时更换,
# advice, was flagged; the labelled term 有偿服务 is not in the lexicon)
_ZH_FLOORS["held-out-5"] = {"zh-Hans": (41, 47, 4, 55), "zh-Hant": (20, 27, 7, 72)}
# the sixth batch (Chinese), labelled and committed at d24f23e before any run, run once at
# 1e8724f after all tuning of the third Chinese round (--split held-out-6); never looked at
# sentence by sentence. The code from before the round (c22e538) scores the same on it.
_ZH_FLOORS["held-out-6"] = {"zh-Hans": (22, 33, 6, 80), "zh-Hant": (17, 30, 20, 100)}
# fourth Chinese round (branch lintzh4): held-out-6 (zh) is tuning data now; its one-run record
# stays above (zh-Hans 22/33 and 6/80, zh-Hant 17/30 and 20/100). Figures after the round's
# classes by construction, and the other splits raised where the round improved them
_ZH_FLOORS["held-out-6"] = {"zh-Hans": (25, 33, 1, 80), "zh-Hant": (27, 30, 5, 100)}
_ZH_FLOORS["held-out-5"] = {"zh-Hans": (43, 47, 4, 55), "zh-Hant": (23, 27, 6, 72)}
_ZH_FLOORS["held-out-4"]["zh-Hans"] = (33, 36, 4, 73)
_ZH_FLOORS["held-out"]["zh-Hans"] = (19, 19, 1, 50)
for _split, _langs in _ZH_FLOORS.items():
    FLOORS.setdefault(_split, {"en": (0, 0, 0, 0)}).update(_langs)
FLOORS["held-out-4"]["en"] = (16, 38, 15, 128)  # English, run once at linten's 2613350
# English, after the promise rules (linten2): held-out-4 is tuning data now (37/38, 4/128)
FLOORS["held-out-4"]["en"] = (37, 38, 4, 128)
# English half of the fifth batch, run once at linten2's 5411150 after all English tuning
# (--split held-out-5): 26/46 caught, 23/138 false alarms; never looked at sentence by sentence
FLOORS.setdefault("held-out-5", {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0)})["en"] = (26, 46, 23, 138)
# English, third round (linten3): held-out-5 is tuning data now (34/46, 4/138, SLA 17/21)
FLOORS["held-out-5"]["en"] = (34, 46, 4, 138)
# English half of the sixth batch, committed at 65b6507 before any run, run once at linten3's
# 9f6bcf5 after all English tuning (--split held-out-6): 34/64 caught, 20/155 false alarms,
# SLA precision 13/18; main-branch code (c22e538) on the same batch: 34/64, 23/155, 14/23
FLOORS.setdefault("held-out-6", {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0)})["en"] = (34, 64, 20, 155)
# English, fourth round (linten4): held-out-6 (en) is tuning data now; classes by construction and
# the forms that commit nobody (figures after the round, sentence by sentence); the tuning set gains one
# (a hedge after "(e.g. …)", once e.g. ends no sentence)
FLOORS["held-out-4"]["en"] = (37, 38, 3, 128)
FLOORS["held-out-5"]["en"] = (40, 46, 3, 138)
FLOORS["held-out-6"]["en"] = (53, 64, 4, 155)
FLOORS["tune"]["en"] = (72, 73, 5, 297)
# ... and linted as whole documents (rules that read the lines before a sentence count):
# split -> (caught, vague, false alarms, clean, right SLA findings, SLA findings)
EN_DOCUMENT_FLOORS: dict[str, tuple[int, int, int, int, int, int]] = {"held-out-6": (54, 64, 4, 155, 17, 18)}

# the seventh batch (all three languages), collected and labelled apart from the lint work and
# committed at 9e897c3 before any run, run once by the lead at f3b62b2 after the fourth rounds
# (--split held-out-7, with and without --documents); never looked at sentence by sentence. The
# code at the session's start (c7aff32) scores zh-Hans 26/37 and 4/68, zh-Hant 18/33 and 20/191,
# en 16/37 and 7/149 (SLA 12/14) on it.
FLOORS["held-out-7"] = {"zh-Hans": (26, 37, 4, 68), "zh-Hant": (18, 33, 18, 191), "en": (21, 37, 6, 149)}
EN_DOCUMENT_FLOORS["held-out-7"] = (21, 37, 7, 149, 14, 16)
# held-out-7's English half, tuning data after that run (linten5, fifth English round): its first-run
# record above is the unbiased figure; these floors hold the tuned figures
FLOORS["held-out-7"]["en"] = (35, 37, 0, 149)
EN_DOCUMENT_FLOORS["held-out-7"] = (35, 37, 0, 149, 21, 21)


# the eighth batch (English only), collected and labelled apart from the lint work and committed
# at e811575 before any run, run once by the lead at 7da5018 after the fifth English round
# (--split held-out-8, with and without --documents); never looked at sentence by sentence. The
# code at the session's start (c7aff32) scores 20/39 and 9/136 (SLA 11/13) on it, the code after
# the fourth English round (1eb9bc8) 20/39 and 9/136 (SLA 12/14).
FLOORS["held-out-8"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (21, 39, 10, 136)}
EN_DOCUMENT_FLOORS["held-out-8"] = (21, 39, 10, 136, 12, 14)
# held-out-8, tuning data after that run (linten6, sixth English round): its first-run record above
# (21/39, 10/136, SLA 12/14 in both modes) is the unbiased figure; these floors hold the tuned figures.
# The same round's gate for a condition without a comma ("… then …") gains one held-out-6 sentence.
FLOORS["held-out-8"]["en"] = (37, 39, 1, 136)
EN_DOCUMENT_FLOORS["held-out-8"] = (37, 39, 1, 136, 16, 16)
FLOORS["held-out-6"]["en"] = (54, 64, 4, 155)
EN_DOCUMENT_FLOORS["held-out-6"] = (55, 64, 4, 155, 18, 19)


# Chinese, each document linted whole (score_documents): the context rules (a list's lead-in,
# a heading) count here and nowhere else. Where a split is not listed, its sentence floors hold.
ZH_DOCUMENT_FLOORS: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "tune": {"zh-Hans": (58, 60, 1, 112), "zh-Hant": (58, 60, 1, 112)},
    "held-out-6": {"zh-Hans": (25, 33, 1, 80), "zh-Hant": (27, 30, 2, 100)},
    "held-out-7": {"zh-Hans": (26, 37, 4, 68), "zh-Hant": (18, 33, 16, 191)},
}
# fifth Chinese round (lintzh5): held-out-7's Chinese half is tuning data now. Its one-run record
# (f3b62b2) stays in the lines above and in the README: sentences zh-Hans 26/37 and 4/68, zh-Hant
# 18/33 and 18/191; whole documents zh-Hans 26/37 and 4/68, zh-Hant 18/33 and 16/191. These are
# the tuned figures after the round's classes by construction; held-out-4 (zh-Hant) gains a catch
FLOORS["held-out-7"]["zh-Hans"] = (34, 37, 2, 68)
FLOORS["held-out-7"]["zh-Hant"] = (27, 33, 7, 191)
ZH_DOCUMENT_FLOORS["held-out-7"] = {"zh-Hans": (34, 37, 2, 68), "zh-Hant": (27, 33, 3, 191)}
FLOORS["held-out-4"]["zh-Hant"] = (30, 32, 2, 65)
# the ninth batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (f8e7f20), run once at e5b5a12 after the fifth Chinese and sixth English rounds were
# merged (--split held-out-9, with and without --documents); never looked at sentence by sentence.
# The session-start code (50a25a5) on it: zh-Hans 36/53 and 7/150, zh-Hant 19/33 and 18/206, en 30/39
# and 3/156 (documents 2/156), SLA findings 27/27.
FLOORS["held-out-9"] = {"zh-Hans": (36, 53, 7, 150), "zh-Hant": (20, 33, 18, 206), "en": (31, 39, 3, 156)}
ZH_DOCUMENT_FLOORS["held-out-9"] = {"zh-Hans": (36, 53, 7, 150), "zh-Hant": (20, 33, 18, 206)}
EN_DOCUMENT_FLOORS["held-out-9"] = (31, 39, 2, 156, 27, 27)
# the tenth batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (27e2fb8), run once at 0932dbd after the sixth Chinese and seventh English rounds were
# merged (--split held-out-10, with and without --documents); never looked at sentence by sentence.
# The session-start code (50a25a5) on it: zh-Hans 32/42 and 10/88, zh-Hant 22/29 and 6/120 (documents
# 4/120), en 22/30 and 17/146, SLA findings 13/20.
FLOORS["held-out-10"] = {"zh-Hans": (31, 42, 9, 88), "zh-Hant": (24, 29, 6, 120), "en": (22, 30, 14, 146)}
ZH_DOCUMENT_FLOORS["held-out-10"] = {"zh-Hans": (31, 42, 9, 88), "zh-Hant": (24, 29, 4, 120)}
EN_DOCUMENT_FLOORS["held-out-10"] = (22, 30, 14, 146, 13, 20)
# the eleventh batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (c3a5692), run once at 92565a9 after the seventh Chinese, eighth English and sixth speed
# rounds were merged (--split held-out-11, with and without --documents: the same figures); never looked
# at sentence by sentence before. The session-start code (9247ff7) on it: zh-Hans 22/27 and 8/99, zh-Hant
# 16/27 and 10/143, en 27/35 and 7/149, SLA findings 21/25.
FLOORS["held-out-11"] = {"zh-Hans": (22, 27, 8, 99), "zh-Hant": (17, 27, 12, 143), "en": (27, 35, 7, 149)}
ZH_DOCUMENT_FLOORS["held-out-11"] = {"zh-Hans": (22, 27, 8, 99), "zh-Hant": (17, 27, 12, 143)}
EN_DOCUMENT_FLOORS["held-out-11"] = (27, 35, 7, 149, 21, 25)
# the twelfth batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (8cb8e09), run once at c991124 after the eighth Chinese and ninth English rounds were
# merged (--split held-out-12, with and without --documents: the same figures); never looked at sentence
# by sentence before. The session-start code (9247ff7) on it: zh-Hans 15/23 and 12/56, zh-Hant 19/19 and
# 13/132, en 18/23 and 6/120, SLA findings 9/11.
FLOORS["held-out-12"] = {"zh-Hans": (16, 23, 12, 56), "zh-Hant": (19, 19, 12, 132), "en": (18, 23, 6, 120)}
ZH_DOCUMENT_FLOORS["held-out-12"] = {"zh-Hans": (16, 23, 12, 56), "zh-Hant": (19, 19, 12, 132)}
EN_DOCUMENT_FLOORS["held-out-12"] = (18, 23, 6, 120, 9, 11)
# held-out-12 is tuning data after its one run: the lead's three constructions (赔偿…合理损失 as a term of
# art; the customer paying 足额 as the agreement fixes it; an open list naming a defined term, 等(下称…))
# clear three zh-Hans false alarms there and change no finding on any other split.
FLOORS["held-out-12"]["zh-Hans"] = (16, 23, 9, 56)
ZH_DOCUMENT_FLOORS["held-out-12"]["zh-Hans"] = (16, 23, 9, 56)
# the thirteenth batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (3becf82), run once at 474c441 after the ninth Chinese and tenth English rounds were merged
# (--split held-out-13, with and without --documents: the same figures); never looked at sentence by sentence.
# The session-start code (9247ff7) on it: zh-Hans 18/26 and 9/55, zh-Hant 10/19 and 5/69, en 18/28 and 13/113,
# SLA findings 5/6.
FLOORS["held-out-13"] = {"zh-Hans": (18, 26, 8, 55), "zh-Hant": (10, 19, 3, 69), "en": (19, 28, 13, 113)}
ZH_DOCUMENT_FLOORS["held-out-13"] = {"zh-Hans": (18, 26, 8, 55), "zh-Hant": (10, 19, 3, 69)}
EN_DOCUMENT_FLOORS["held-out-13"] = (19, 28, 13, 113, 5, 6)
# sixth Chinese round (lintzh6): held-out-9's Chinese half is tuning data now. Its one-run record is
# the line above (zh-Hans 36/53 and 7/150, zh-Hant 20/33 and 18/206, both modes) and stays the unbiased
# figure; these are the tuned figures after the round's classes by construction. held-out-6 (zh-Hans)
# and tune-5 (zh-Hant) each gain a catch from them (最大限度, 有權隨時終止).
FLOORS["held-out-9"]["zh-Hans"] = (43, 53, 6, 150)
FLOORS["held-out-9"]["zh-Hant"] = (30, 33, 8, 206)
ZH_DOCUMENT_FLOORS["held-out-9"] = {"zh-Hans": (43, 53, 6, 150), "zh-Hant": (30, 33, 8, 206)}
FLOORS["held-out-6"]["zh-Hans"] = (26, 33, 1, 80)
ZH_DOCUMENT_FLOORS["held-out-6"]["zh-Hans"] = (26, 33, 1, 80)
FLOORS["tune-5"]["zh-Hant"] = (8, 9, 2, 20)

# held-out-9's English half, tuning data after that run (linten7, seventh English round): its first-run
# record above (31/39, 3/156, documents 2/156, SLA 27/27) is the unbiased figure; these floors hold the
# tuned figures. The round's condition gate (a comma-less condition ends at a new subject + modal) gains
# one held-out-7 sentence, and a negation that ends at a coordinated hedged verb one held-out-6 sentence.
FLOORS["held-out-9"]["en"] = (37, 39, 1, 156)
EN_DOCUMENT_FLOORS["held-out-9"] = (37, 39, 0, 156, 30, 30)
FLOORS["held-out-7"]["en"] = (36, 37, 0, 149)
EN_DOCUMENT_FLOORS["held-out-7"] = (36, 37, 0, 149, 21, 21)
FLOORS["held-out-6"]["en"] = (55, 64, 4, 155)
EN_DOCUMENT_FLOORS["held-out-6"] = (56, 64, 4, 155, 18, 19)

# held-out-10's English half, tuning data after that run (linten8, eighth English round): its one-run record
# above (22/30, 14/146, SLA 13/20, both modes) is the unbiased figure; these floors hold the tuned figures.
# Outside held-out-10 the round adds one right finding on an already-caught held-out-8 sentence (time and
# materials, SLA 16/16 → 17/17) and no catch or false alarm.
FLOORS["held-out-10"]["en"] = (28, 30, 1, 146)
EN_DOCUMENT_FLOORS["held-out-10"] = (28, 30, 1, 146, 17, 18)
EN_DOCUMENT_FLOORS["held-out-8"] = (37, 39, 1, 136, 17, 17)

# held-out-11's English half, tuning data after that run (linten9, ninth English round): its one-run record
# above (27/35, 7/149, SLA 21/25, both modes) is the unbiased figure; these floors hold the tuned figures.
# Outside held-out-11 the round clears one held-out-5 false alarm (generally to fix …: a hedge on a purpose
# phrase, SLA 21/24 → 21/23) and adds one right finding on an already-caught held-out-8 sentence (standard
# consulting rates, SLA 17/17 → 18/18); no catch lost, no clean sentence gains a finding.
FLOORS["held-out-11"]["en"] = (32, 35, 1, 149)
EN_DOCUMENT_FLOORS["held-out-11"] = (32, 35, 1, 149, 23, 23)
FLOORS["held-out-5"]["en"] = (40, 46, 2, 138)
EN_DOCUMENT_FLOORS["held-out-5"] = (40, 46, 2, 138, 21, 23)
EN_DOCUMENT_FLOORS["held-out-8"] = (37, 39, 1, 136, 18, 18)

# held-out-12's English half, tuning data after that run (linten10, tenth English round): its one-run record
# above (18/23, 6/120, SLA 9/11, both modes) is the unbiased figure; these floors hold the tuned figures
# (22/23, 2/120, SLA 11/12, both modes). Outside held-out-12 the round changes no finding on any English
# sentence or document: no catch gained or lost, no clean sentence gains a finding.
FLOORS["held-out-12"]["en"] = (22, 23, 2, 120)
EN_DOCUMENT_FLOORS["held-out-12"] = (22, 23, 2, 120, 11, 12)

# held-out-13's English half, tuning data after that run (linten11, eleventh English round): its one-run record
# above (19/28, 13/113, SLA 5/6, both modes) is the unbiased figure; these floors hold the tuned figures
# (21/28, 4/113, SLA 5/5, both modes). Outside held-out-13 the round changes no finding on any English
# sentence or document: no catch gained or lost, no clean sentence gains a finding.
FLOORS["held-out-13"]["en"] = (21, 28, 4, 113)
EN_DOCUMENT_FLOORS["held-out-13"] = (21, 28, 4, 113, 5, 5)

# seventh Chinese round (lintzh7): held-out-10's Chinese half is tuning data now. Its one-run record is
# the held-out-10 line above (zh-Hans 31/42 and 9/88, zh-Hant 24/29 and 6/120, documents 4/120) and
# stays the unbiased figure; these are the tuned figures after the round's classes by construction.
# Outside held-out-10 the round gains held-out-5 (定制化; 热线服务 and 相關費用都不予報銷 no longer
# alarms), held-out-6 (认真 ×2) and held-out-9 (即時資訊, 及时沟通手段 no longer alarms).
FLOORS["held-out-10"]["zh-Hans"] = (39, 42, 4, 88)
FLOORS["held-out-10"]["zh-Hant"] = (28, 29, 3, 120)
ZH_DOCUMENT_FLOORS["held-out-10"] = {"zh-Hans": (39, 42, 4, 88), "zh-Hant": (28, 29, 2, 120)}
FLOORS["held-out-5"]["zh-Hans"] = (44, 47, 3, 55)
FLOORS["held-out-5"]["zh-Hant"] = (23, 27, 5, 72)
FLOORS["held-out-6"]["zh-Hans"] = (28, 33, 1, 80)
ZH_DOCUMENT_FLOORS["held-out-6"]["zh-Hans"] = (28, 33, 1, 80)
FLOORS["held-out-9"]["zh-Hans"] = (43, 53, 5, 150)
FLOORS["held-out-9"]["zh-Hant"] = (30, 33, 7, 206)
ZH_DOCUMENT_FLOORS["held-out-9"] = {"zh-Hans": (43, 53, 5, 150), "zh-Hant": (30, 33, 7, 206)}

# eighth Chinese round (lintzh8): held-out-11's Chinese half is tuning data now. Its one-run record is the
# held-out-11 line above (zh-Hans 22/27 and 8/99, zh-Hant 17/27 and 12/143, both modes) and stays the
# unbiased figure; these are the tuned figures after the round's classes by construction. Outside
# held-out-11 the round clears one held-out-10 alarm (甲方應根據契約條款及時支付: the agreement's terms time it).
FLOORS["held-out-11"]["zh-Hans"] = (23, 27, 2, 99)
FLOORS["held-out-11"]["zh-Hant"] = (18, 27, 7, 143)
ZH_DOCUMENT_FLOORS["held-out-11"] = {"zh-Hans": (23, 27, 2, 99), "zh-Hant": (18, 27, 7, 143)}
FLOORS["held-out-10"]["zh-Hant"] = (28, 29, 2, 120)
ZH_DOCUMENT_FLOORS["held-out-10"]["zh-Hant"] = (28, 29, 1, 120)

# ninth Chinese round (lintzh9): held-out-12's Chinese half, tuning data after its one run (the held-out-12
# lines above: zh-Hans 16/23 and 12/56, zh-Hant 19/19 and 12/132, both modes, stay the unbiased figure).
# These are the tuned figures after the round's classes by construction (a policy's scope or the customer's
# damage or misconduct spelled out by a list; the customer reading or accepting the agreement; 特制定 preambles; 偶尔 and
# 特殊原因). Outside held-out-12 the damage lists clear held-out-5's 使用不當、疏忽…等行為 and, sentence by
# sentence, held-out-6's 因人為因素所造成之…包括但不限於…等.
FLOORS["held-out-12"]["zh-Hans"] = (18, 23, 5, 56)
FLOORS["held-out-12"]["zh-Hant"] = (19, 19, 6, 132)
ZH_DOCUMENT_FLOORS["held-out-12"] = {"zh-Hans": (18, 23, 5, 56), "zh-Hant": (19, 19, 6, 132)}
FLOORS["held-out-5"]["zh-Hant"] = (23, 27, 4, 72)
FLOORS["held-out-6"]["zh-Hant"] = (27, 30, 4, 100)

# tenth Chinese round (lintzh10): held-out-13's Chinese half, tuning data after its one run (the held-out-13 lines
# above: zh-Hans 18/26 and 8/55, zh-Hant 10/19 and 3/69, both modes, stay the unbiased figure). These are the tuned
# figures after the round's classes (a recital's reach ends at a later clause a party opens and binds; 相应(的)(赔偿)
# 责任; a word inside a 《…》 title; no heading label after a binding word; 当年 prices; 就…订立补充协议 preambles;
# …的除外). Outside held-out-13 no corpus sentence turns flagged or clean, both modes (held-out-5 gains a second
# finding, 相应的责任, on a sentence already caught).
FLOORS["held-out-13"]["zh-Hans"] = (22, 26, 6, 55)
FLOORS["held-out-13"]["zh-Hant"] = (11, 19, 2, 69)
ZH_DOCUMENT_FLOORS["held-out-13"] = {"zh-Hans": (22, 26, 6, 55), "zh-Hant": (11, 19, 2, 69)}


# session 7, English labels (linten12): the lead's decisions on disputed labels (realtext/README.md, "Label
# changes after the first run") turn 11 English sentences from C to V: business hours the document never states
# (tune k2view; held-out-6 edespatch ×3; held-out-10 eula; held-out-13 browserhawk),
# "deemed non-critical by" the vendor (held-out-11), customer duties with an unmeasured standard (tune,
# held-out), updates "when available" / fixes "as released" (held-out-12, held-out-13). The counts of vague and clean
# sentences move; the figures below are the same code on the relabelled text: five of the relabelled sentences were false alarms and are catches now (eula, browserhawk,
# techwisesupport, lawinsider "when available", pointel "Reasonably describe symptoms"); six are misses.
FLOORS["tune"]["en"] = (73, 75, 4, 295)
FLOORS["held-out"]["en"] = (23, 24, 1, 82)
FLOORS["held-out-6"]["en"] = (55, 67, 4, 152)
EN_DOCUMENT_FLOORS["held-out-6"] = (56, 67, 4, 152, 18, 19)
FLOORS["held-out-10"]["en"] = (29, 31, 0, 145)
EN_DOCUMENT_FLOORS["held-out-10"] = (29, 31, 0, 145, 18, 18)
FLOORS["held-out-11"]["en"] = (33, 36, 0, 148)
EN_DOCUMENT_FLOORS["held-out-11"] = (33, 36, 0, 148, 23, 23)
FLOORS["held-out-12"]["en"] = (23, 24, 1, 119)
EN_DOCUMENT_FLOORS["held-out-12"] = (23, 24, 1, 119, 12, 12)
FLOORS["held-out-13"]["en"] = (22, 30, 3, 111)
EN_DOCUMENT_FLOORS["held-out-13"] = (22, 30, 3, 111, 5, 5)


# twelfth English round (linten12), the first decision read as a construction: hours named but never stated are
# flagged also where they set a bounded commitment's clock or sit in a condition. It catches what the relabelling made
# vague in tune (k2view) and held-out-6 (edespatch ×3); no clean sentence anywhere gains a finding (tune's SLA findings
# 20/20 → 21/21).
FLOORS["tune"]["en"] = (74, 75, 4, 295)
FLOORS["held-out-6"]["en"] = (58, 67, 4, 152)
EN_DOCUMENT_FLOORS["held-out-6"] = (59, 67, 4, 152, 18, 19)

# The same round drops "reasonably required" from the terms of art (the first decision: a duty with an unmeasured
# standard stays vague): held-out conover and held-out-6 rtf2fo are caught; a condition still excuses it.
FLOORS["held-out"]["en"] = (24, 24, 1, 82)
FLOORS["held-out-6"]["en"] = (59, 67, 4, 152)
EN_DOCUMENT_FLOORS["held-out-6"] = (60, 67, 4, 152, 18, 19)

# The same round reads a reference to a named part of the agreement later in the sentence (as outlined in the plan
# details · in accordance with the following error resolution schedule) as a bound, generalising linten11's prices-only
# form from held-out-13: held-out-5 govtech (professional) and held-out-6 siteninestudios no longer alarm.
FLOORS["held-out-5"]["en"] = (40, 46, 1, 138)
EN_DOCUMENT_FLOORS["held-out-5"] = (40, 46, 1, 138, 21, 22)
FLOORS["held-out-6"]["en"] = (59, 67, 3, 152)
EN_DOCUMENT_FLOORS["held-out-6"] = (60, 67, 3, 152, 19, 20)


# the fourteenth batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (collect14, 6f6cdf9), run once at ce5605d after the eleventh Chinese (lintzh11) and twelfth
# English (linten12) rounds were merged (--split held-out-14; sentence mode, and whole documents where they
# differ). The session-start code (fa92f25) on it: zh-Hans 16/23 and 11/60, zh-Hant 22/33 and 13/119,
# en 20/34 and 8/131, SLA findings 11/13 (both modes). Tuning data from then on.
FLOORS["held-out-14"] = {"zh-Hans": (17, 23, 11, 60), "zh-Hant": (22, 33, 17, 119), "en": (20, 34, 8, 131)}
ZH_DOCUMENT_FLOORS["held-out-14"] = {"zh-Hans": (17, 23, 11, 60), "zh-Hant": (22, 33, 14, 119)}
EN_DOCUMENT_FLOORS["held-out-14"] = (20, 34, 8, 131, 11, 13)

# thirteenth English round (linten13), held-out-14 as tuning data; one block per construction, each with its effect
# outside held-out-14. A reserved right to charge for a service with no amount: right findings added on held-out-8
# tesora and held-out-10 eula (professional, already caught for "then-current"); no figure moves elsewhere.
FLOORS["held-out-14"]["en"] = (21, 34, 8, 131)
EN_DOCUMENT_FLOORS["held-out-14"] = (21, 34, 8, 131, 11, 13)
# … a price named by its usual level (usual costs, standard charges; "per hour" alone no longer bounds a price): no
# sentence outside held-out-14 changes (held-out-8 computercare gains an info finding, bounded by its £66.00)
FLOORS["held-out-14"]["en"] = (23, 34, 8, 131)
EN_DOCUMENT_FLOORS["held-out-14"] = (23, 34, 8, 131, 11, 13)
# … a delay hedged as a consequence (may result in longer turnaround times): held-out-13 ironpaper:21 caught; its
# held-out-14 model (Complex or excluded requests may take longer) stays missed, "excluded" negates it
FLOORS["held-out-13"]["en"] = (23, 30, 3, 111)
EN_DOCUMENT_FLOORS["held-out-13"] = (23, 30, 3, 111, 5, 5)
# … a quote offered for additional work (the offer form of "quoted separately"): nothing outside held-out-14
FLOORS["held-out-14"]["en"] = (24, 34, 8, 131)
EN_DOCUMENT_FLOORS["held-out-14"] = (24, 34, 8, 131, 11, 13)
# … a speed given as a manner (on an expedited basis): held-out-14 alfresco:9 (professional), nothing else
FLOORS["held-out-14"]["en"] = (25, 34, 8, 131)
EN_DOCUMENT_FLOORS["held-out-14"] = (25, 34, 8, 131, 12, 14)


# the fifteenth batch (all three languages), collected and labelled apart from the lint work and committed
# before any run (collect15, be1436f), run once at 7cb4315 after the twelfth Chinese (lintzh12) and thirteenth
# English (linten13) rounds were merged (--split held-out-15, sentence mode, and whole documents where they
# differ). The session-start code (fa92f25) on it: zh-Hans 25/27 and 8/49, zh-Hant 18/35 and 37/232, en 17/31
# and 14/179 (documents 13/179), SLA findings 20/26. Tuning data from then on.
FLOORS["held-out-15"] = {"zh-Hans": (25, 27, 7, 49), "zh-Hant": (18, 35, 37, 232), "en": (17, 31, 14, 179)}
ZH_DOCUMENT_FLOORS["held-out-15"] = {"zh-Hans": (25, 27, 7, 49), "zh-Hant": (18, 35, 37, 232)}
EN_DOCUMENT_FLOORS["held-out-15"] = (17, 31, 13, 179, 20, 26)

# thirteenth Chinese round (lintzh13), held-out-15 as tuning data: "other … problems / services / content" closing a
# scope is an open item (或其他網路存取和功能問題, held-out-15 aks), like 其他服务 and 其他…工作; not a cause, a
# provider, a brand's catalogue or a clause with its own verb. Outside held-out-15 it catches held-out-9 61taotao
# (其他疑难问题), held-out-11 ifreelancer (其他專屬加值服務) and tune lawhetong (其他多媒体内容); no alarm anywhere.
FLOORS["tune"]["zh-Hans"] = (58, 59, 1, 113)
FLOORS["held-out-9"]["zh-Hans"] = (44, 53, 5, 150)
ZH_DOCUMENT_FLOORS["held-out-9"]["zh-Hans"] = (44, 53, 5, 150)
FLOORS["held-out-11"]["zh-Hant"] = (20, 28, 6, 142)
ZH_DOCUMENT_FLOORS["held-out-11"]["zh-Hant"] = (20, 28, 6, 142)
FLOORS["held-out-15"]["zh-Hant"] = (19, 35, 37, 232)
ZH_DOCUMENT_FLOORS["held-out-15"]["zh-Hant"] = (19, 35, 37, 232)
# … what the writer believes or values is a recital (Microsoft 了解即時提供…是雲端服務的重點優勢 · Microsoft
# 會辨識及時…的通訊對客戶很重要): a belief verb opening its clause behind the writer's own name, or a clause calling
# the thing what matters, binding nobody. Outside held-out-15 it clears held-out-12 firstline ×2 (我們了解到,… · 我們期待…) and
# tune 360docs (…才是公司得以成长的关键); no catch lost anywhere.
FLOORS["tune"]["zh-Hans"] = (58, 59, 0, 113)
FLOORS["held-out-12"]["zh-Hant"] = (19, 19, 4, 132)
ZH_DOCUMENT_FLOORS["held-out-12"]["zh-Hant"] = (19, 19, 4, 132)
FLOORS["held-out-15"]["zh-Hant"] = (19, 35, 35, 232)
ZH_DOCUMENT_FLOORS["held-out-15"]["zh-Hant"] = (19, 35, 35, 232)

# fourteenth English round (linten14), held-out-15 as tuning data; a construction is kept only where it helps on at
# least two batches it was not built from and loses no catch. How the product runs as the aim of a stated task
# (patches to keep things going smoothly): held-out saccitytech and linten6's fresh check no longer alarm, and
# held-out-15 kubecost:3; no sentence elsewhere changes.
FLOORS["held-out"]["en"] = (24, 24, 0, 82)
FLOORS["held-out-15"]["en"] = (17, 31, 13, 179)
EN_DOCUMENT_FLOORS["held-out-15"] = (17, 31, 12, 179, 20, 26)


# the sixteenth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect16, 644d657), run once at 09d62b2 after the thirteenth Chinese (lintzh13) and fourteenth English
# (linten14) rounds were merged (--split held-out-16, sentence mode, and whole documents where they differ). The
# session-start code (fa92f25) on it: zh-Hans 35/47 and 13/55, zh-Hant 15/21 and 6/66, en 21/36 and 7/163 (documents
# 20/36 and 8/163), SLA findings 20/24 (documents 19/24). Tuning data from then on.
FLOORS["held-out-16"] = {"zh-Hans": (35, 47, 12, 55), "zh-Hant": (15, 21, 6, 66), "en": (21, 36, 7, 163)}
ZH_DOCUMENT_FLOORS["held-out-16"] = {"zh-Hans": (35, 47, 12, 55), "zh-Hant": (15, 21, 6, 66)}
EN_DOCUMENT_FLOORS["held-out-16"] = (20, 36, 8, 163, 19, 24)


# the seventeenth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect17, c6d8c98), run once at 43b192b after the session's last lint rounds (lintzh13, linten14) were
# merged (--split held-out-17, sentence mode, and whole documents where they differ). The session-start code
# (fa92f25) on it: zh-Hans 19/28 and 8/92 (documents 17/28), zh-Hant 11/19 and 13/65, en 17/30 and 10/127, SLA
# findings 22/32. Tuning data from then on.
FLOORS["held-out-17"] = {"zh-Hans": (19, 28, 9, 92), "zh-Hant": (11, 19, 13, 65), "en": (17, 30, 10, 127)}
ZH_DOCUMENT_FLOORS["held-out-17"] = {"zh-Hans": (17, 28, 9, 92), "zh-Hant": (11, 19, 13, 65)}
# the lead, after that run: "other … problems" after 因为/由于 names a cause, not an open scope item (lintzh13's rule
# states the exception for a cause after 其他; this is the cause before it): held-out-17 ss-panel no longer alarms; no
# other sentence anywhere changes.
FLOORS["held-out-17"]["zh-Hans"] = (19, 28, 8, 92)
ZH_DOCUMENT_FLOORS["held-out-17"]["zh-Hans"] = (17, 28, 8, 92)
EN_DOCUMENT_FLOORS["held-out-17"] = (17, 30, 10, 127, 22, 32)

# fourteenth Chinese round (lintzh14), held-out-14…17 as tuning data, readings kept only where they move batches they
# were not built from and cost nothing anywhere (both modes). A state guaranteed with no measure beyond 稳定运行
# (确保…安全性和稳定性 · …服务质量的稳定 · 保障电梯的安全运行 · 提供企业级的安全与稳定性): held-out-14, -16, -17;
# a dispute named before the parties' negotiation is the dispute clause (…发生争议,甲乙双方应友好协商解决):
# held-out-13, -16, -7 (zh-Hant, sentence mode); a time hedged by 可能 (可能需要3-5個工作日 · 可能延長 ·
# 可能需要耐心等待): held-out-7, -10, -14 zh-Hant and held-out-11 zh-Hans.
FLOORS["held-out-7"]["zh-Hant"] = (28, 33, 5, 191)
ZH_DOCUMENT_FLOORS["held-out-7"]["zh-Hant"] = (28, 33, 2, 191)
FLOORS["held-out-10"]["zh-Hant"] = (29, 29, 2, 120)
ZH_DOCUMENT_FLOORS["held-out-10"]["zh-Hant"] = (29, 29, 1, 120)
FLOORS["held-out-11"]["zh-Hans"] = (24, 27, 2, 99)
ZH_DOCUMENT_FLOORS["held-out-11"]["zh-Hans"] = (24, 27, 2, 99)
FLOORS["held-out-13"]["zh-Hans"] = (22, 26, 3, 55)
ZH_DOCUMENT_FLOORS["held-out-13"]["zh-Hans"] = (22, 26, 3, 55)
FLOORS["held-out-14"]["zh-Hans"] = (19, 23, 10, 60)
ZH_DOCUMENT_FLOORS["held-out-14"]["zh-Hans"] = (19, 23, 10, 60)
FLOORS["held-out-14"]["zh-Hant"] = (23, 33, 13, 119)
ZH_DOCUMENT_FLOORS["held-out-14"]["zh-Hant"] = (23, 33, 13, 119)
FLOORS["held-out-16"]["zh-Hans"] = (36, 47, 11, 55)
ZH_DOCUMENT_FLOORS["held-out-16"]["zh-Hans"] = (36, 47, 11, 55)
FLOORS["held-out-17"]["zh-Hans"] = (20, 28, 8, 92)
ZH_DOCUMENT_FLOORS["held-out-17"]["zh-Hans"] = (18, 28, 8, 92)
# … and "timely" payment (及时/即时 支付, 足额/全数 between) is payment by its due date, as the guide's session-7
# decision labels it (乙方应按照协商的价格和支付方式,及时足额支付… · 顧客需即時全數繳清…): held-out-14, held-out-16 zh-Hant.
FLOORS["held-out-14"]["zh-Hans"] = (19, 23, 9, 60)
ZH_DOCUMENT_FLOORS["held-out-14"]["zh-Hans"] = (19, 23, 9, 60)
FLOORS["held-out-16"]["zh-Hant"] = (15, 21, 5, 66)
ZH_DOCUMENT_FLOORS["held-out-16"]["zh-Hant"] = (15, 21, 5, 66)
# fifteenth English round (linten15): a line opening with an article is no glossary entry when it is an item a party
# supplies (a detailed description of the incident) or its duty is "should"; built from held-out-16, it gains on
# held-out-6 (sentences), held-out-11 and held-out-15 too; no catch is lost and no false alarm added anywhere.
FLOORS["held-out-6"]["en"] = (60, 67, 3, 152)
FLOORS["held-out-11"]["en"] = (34, 36, 0, 148)
EN_DOCUMENT_FLOORS["held-out-11"] = (34, 36, 0, 148, 24, 24)
FLOORS["held-out-15"]["en"] = (18, 31, 13, 179)
EN_DOCUMENT_FLOORS["held-out-15"] = (18, 31, 12, 179, 21, 27)
FLOORS["held-out-16"]["en"] = (22, 36, 7, 163)
EN_DOCUMENT_FLOORS["held-out-16"] = (21, 36, 8, 163, 20, 25)
# (linten15) emergency maintenance carved out of downtime with no cap, in a definition too: built from held-out-16
# cumulocity, it gains on held-out-14 supabase and held-out-15 earthly; no sentence elsewhere changes.
FLOORS["held-out-14"]["en"] = (26, 34, 8, 131)
EN_DOCUMENT_FLOORS["held-out-14"] = (26, 34, 8, 131, 13, 15)
FLOORS["held-out-15"]["en"] = (19, 31, 13, 179)
EN_DOCUMENT_FLOORS["held-out-15"] = (19, 31, 12, 179, 22, 28)
FLOORS["held-out-16"]["en"] = (23, 36, 7, 163)
EN_DOCUMENT_FLOORS["held-out-16"] = (22, 36, 8, 163, 21, 26)
# (linten15) what one side must send, graded by clarity or brevity with no measure (Client to provide clear
# instructions · include a brief description · orders should be clearly stated): built from held-out-17 particle, it
# gains on held-out-6 targetink and held-out-8 computercare too; no sentence elsewhere changes.
FLOORS["held-out-6"]["en"] = (61, 67, 3, 152)
EN_DOCUMENT_FLOORS["held-out-6"] = (61, 67, 3, 152, 19, 20)
FLOORS["held-out-8"]["en"] = (38, 39, 1, 136)
EN_DOCUMENT_FLOORS["held-out-8"] = (38, 39, 1, 136, 19, 19)
FLOORS["held-out-17"]["en"] = (18, 30, 10, 127)
EN_DOCUMENT_FLOORS["held-out-17"] = (18, 30, 10, 127, 23, 33)

# the eighteenth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect18, 953d9b7), run once at 2b2b2aa after the session's lint rounds (lintzh14, linten15) were merged
# (--split held-out-18, sentence mode, and whole documents where they differ). The session-start code (103381c) gives
# the same figures on it. Tuning data from then on.
FLOORS["held-out-18"] = {"zh-Hans": (11, 23, 4, 64), "zh-Hant": (15, 21, 6, 65), "en": (29, 47, 21, 140)}
ZH_DOCUMENT_FLOORS["held-out-18"] = {"zh-Hans": (11, 23, 4, 64), "zh-Hant": (15, 21, 6, 65)}
EN_DOCUMENT_FLOORS["held-out-18"] = (28, 47, 21, 140, 21, 40)

# the nineteenth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect19, 4034e4c), run once at 1592a1e after the session's second pair of rounds (lintzh15, linten16)
# were merged (--split held-out-19; whole documents give the same). The session-start code (103381c) gives the same
# figures on it. Tuning data from then on.
FLOORS["held-out-19"] = {"zh-Hans": (13, 25, 6, 69), "zh-Hant": (15, 19, 7, 81), "en": (33, 49, 5, 116)}
ZH_DOCUMENT_FLOORS["held-out-19"] = {"zh-Hans": (13, 25, 6, 69), "zh-Hant": (15, 19, 7, 81)}
EN_DOCUMENT_FLOORS["held-out-19"] = (33, 49, 5, 116, 27, 30)

# the twentieth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect20, b61a0ea), run once at 9dc8e6b after the session's last lint rounds (lintzh16, linten17) were
# merged (--split held-out-20, sentence mode, and whole documents where they differ). The session-start code (103381c)
# gives the same figures on it. Tuning data from then on.
FLOORS["held-out-20"] = {"zh-Hans": (18, 30, 16, 124), "zh-Hant": (13, 34, 14, 104), "en": (22, 44, 11, 165)}
ZH_DOCUMENT_FLOORS["held-out-20"] = {"zh-Hans": (18, 30, 16, 124), "zh-Hant": (13, 34, 12, 104)}
EN_DOCUMENT_FLOORS["held-out-20"] = (22, 44, 11, 165, 28, 39)


# the twenty-first batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect21, 8da2746), run once at 42982da after the session's last lint rounds (lintzh17, linten18) were
# merged (--split held-out-21, sentence mode, and whole documents where they differ). The session-start code (103381c)
# gives the same figures on it. Tuning data from then on.
FLOORS["held-out-21"] = {"zh-Hans": (26, 42, 16, 120), "zh-Hant": (17, 30, 8, 96), "en": (13, 26, 3, 131)}
ZH_DOCUMENT_FLOORS["held-out-21"] = {"zh-Hans": (26, 42, 15, 120), "zh-Hant": (17, 30, 8, 96)}
EN_DOCUMENT_FLOORS["held-out-21"] = (13, 26, 3, 131, 4, 5)

# session 7, the lead's decisions on disputed labels (realtext/README.md, "Decisions on disputed labels"), applied to
# the Chinese files of every batch (each change under "Label changes after the first run"): 按时支付/按时完成 → C,
# 确保系统稳定运行 as a service item's promise → V, business hours with no hours in the document → V, what is covered
# left to the vendor's technician's judgment → V. Measured on main's code (033e7f4) with the new labels, both modes;
# the one-run lines above keep the figures each batch had under its old labels.
for _split, _lang, _floor in (
    ("tune", "zh-Hans", (57, 59, 2, 113)),  # 甲方须按时交纳…费用: caught before, a false alarm now
    ("tune-5", "zh-Hans", (24, 24, 1, 41)),  # 技术支持…确保系统稳定运行: a false alarm before, caught now
    ("tune-7", "zh-Hans", (6, 6, 1, 14)),  # 甲方应按时支付服务费用: caught before, a false alarm now
    ("held-out", "zh-Hant", (19, 20, 2, 45)),  # 一般辦公時間內
    ("held-out-4", "zh-Hans", (33, 37, 4, 72)),  # 工作时间…非工作时间 response times
    ("held-out-5", "zh-Hans", (43, 46, 4, 56)),  # 按时完成网站建设
    ("held-out-5", "zh-Hant", (23, 28, 4, 71)),  # 經技術員判斷為非人為損壞
    ("held-out-9", "zh-Hant", (30, 34, 7, 205)),  # 如維修商判定為非保養項目
    ("held-out-10", "zh-Hans", (39, 43, 4, 87)),  # 正常工作时间支持
    ("held-out-11", "zh-Hant", (18, 28, 7, 142)),  # 上班時間提供電話技術支援服務
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _floor

# eleventh Chinese round (lintzh11), change 1: 按时/按時 is no vague word (the guide's decision 1). It clears the
# relabelled sentences it was prompted by (tune, tune-7, held-out-5) and two false alarms in batches it was not built
# from (held-out-9 您的帳戶必須按時支付所有費用, held-out-11 按時繳納所需的費用), both modes.
for _split, _lang, _floor in (
    ("tune", "zh-Hans", (57, 59, 1, 113)),
    ("tune-7", "zh-Hans", (6, 6, 0, 14)),
    ("held-out-5", "zh-Hans", (43, 46, 3, 56)),
    ("held-out-9", "zh-Hant", (30, 34, 6, 205)),
    ("held-out-11", "zh-Hant", (18, 28, 6, 142)),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _floor

# eleventh Chinese round (lintzh11), change 3: business hours the document never states (the guide's decision 3;
# 工作/办公/营业/上班时间 as a service's window, "normal" or heading its clause; no commitment where the document
# states its hours). Catches one relabelled sentence in each of held-out (一般辦公時間內), held-out-4 (工作时间运维响应),
# held-out-10 (正常工作时间支持) and held-out-11 (上班時間提供), both modes. Sentence by sentence it adds one held-out-10
# false alarm (运营商应在正常营业时间内…48 小时内…回应: the hours are stated two lines later, which only the whole
# document shows): the sentence floor's alarms go from 4 to 5 there, the document floor stays at 4.
for _split, _lang, _floor, _doc in (
    ("held-out", "zh-Hant", (20, 20, 2, 45), None),
    ("held-out-4", "zh-Hans", (34, 37, 4, 72), None),
    ("held-out-10", "zh-Hans", (40, 43, 5, 87), (40, 43, 4, 87)),
    ("held-out-11", "zh-Hant", (19, 28, 6, 142), None),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _doc or _floor

# eleventh Chinese round (lintzh11), change 4: what the warranty covers left to one side's judgment (the guide's
# decision 4: 經技術員判斷為非人為損壞 · 如維修商判定為非保養項目), both modes; held-out-4's chungg sentence, already
# caught, gains a second finding.
for _split, _lang, _floor in (
    ("held-out-5", "zh-Hant", (24, 28, 4, 71)),
    ("held-out-9", "zh-Hant", (31, 34, 6, 205)),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _floor

# twelfth Chinese round (lintzh12), change 1: the business-hours rule reads a window, not a name. Hours naming a plan
# (營業時間計畫由…主導) or, heading a tier's line, a feature of the tier (基礎支援: 工作時間電子郵件支援 · Professional:
# 工作時間優先回應) are no window; heading their clause they are one as an adverbial (…時間内 · 上班時間提供…) or set
# against the hours outside them (工作时间…,非工作时间…). held-out-14 zh-Hant: sentence alarms 17 → 13, whole
# documents 14 → 13 (the plan's name; the tier lines were excused by the hours the page states). No other split moves.
FLOORS["held-out-14"]["zh-Hant"] = (22, 33, 13, 119)
ZH_DOCUMENT_FLOORS["held-out-14"]["zh-Hant"] = (22, 33, 13, 119)

# twelfth Chinese round (lintzh12), change 2: a lead-in ending in a colon that announces the list spelling out what
# the word leaves open: the terms it follows (按照以下标准提供服务,确保IT系统稳定运行: · 依下列一種或多種方式收費:) or
# the items of the open list it names (提交如下的报告、记录等文档资料:). One false alarm less in each of held-out-4
# zh-Hans, held-out-9 zh-Hant and held-out-14 zh-Hans, both modes; no catch lost anywhere.
for _split, _lang, _floor in (
    ("held-out-4", "zh-Hans", (34, 37, 3, 72)),
    ("held-out-9", "zh-Hant", (31, 34, 5, 205)),
    ("held-out-14", "zh-Hans", (17, 23, 10, 60)),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _floor

# twelfth Chinese round (lintzh12), change 3: a routine or an open scope done by a named standard, procedure or the
# agreement itself later in its sentence (…应当符合《电梯维修规范》 · 按照受托方《保养施工要求》进行 · 应达到国家标准
# GB7588 的要求 · 免費技術支援(期限依合約為準)). Two false alarms less in held-out-13 zh-Hans, one in held-out-12
# zh-Hans and one in held-out-7 zh-Hant, both modes; no catch lost.
for _split, _lang, _floor, _doc in (
    ("held-out-7", "zh-Hant", (27, 33, 6, 191), (27, 33, 2, 191)),
    ("held-out-12", "zh-Hans", (18, 23, 4, 56), None),
    ("held-out-13", "zh-Hans", (22, 26, 4, 55), None),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _doc or _floor

# twelfth Chinese round (lintzh12), change 4: an open list whose items a cited part of the document states, after it
# (包括等技术服务,具体参见附件《…》 · 服務條款及免責條款等見背面內容): the reference bound (详见 · 具体见) now reaches 等
# and also reads 参见 / 见附件 / 見背面 for it. One false alarm less in held-out-4 zh-Hans and held-out-9 zh-Hant,
# both modes; no catch lost.
for _split, _lang, _floor in (
    ("held-out-4", "zh-Hans", (34, 37, 2, 72)),
    ("held-out-9", "zh-Hant", (31, 34, 4, 205)),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _floor

# (linten16) the lead's third set of label decisions (session 8) applied to the English files of every batch (each
# change under "Label changes after the first run: English, session 8"): "aim to / strive to" with a stated measure → C
# (held-out cryptids:8, held-out-4 sitesdiscovery:16), "next (maintenance) release" with no stated schedule → V
# (held-out-12 fax2send:7, orderscout:7), a reserved right to change the terms with no notice period → V (held-out-15
# rmmbr:7) and with one → C (held-out-5 aegisdb:53). Measured on the session-start code (398d6f5) with the new labels,
# both modes; no rule changed. The one-run lines above keep each batch's figures under its old labels.
for _split, _floor, _doc in (
    ("held-out", (23, 23, 1, 83), None),
    ("held-out-4", (36, 37, 4, 129), (36, 37, 4, 129, 9, 9)),
    ("held-out-5", (39, 45, 2, 139), (39, 45, 2, 139, 20, 22)),
    ("held-out-12", (23, 26, 1, 117), (23, 26, 1, 117, 12, 12)),
    ("held-out-15", (20, 32, 12, 178), (20, 32, 11, 178, 23, 28)),
):
    FLOORS[_split]["en"] = _floor
    if _split in EN_DOCUMENT_FLOORS:
        assert _doc is not None, _split
        EN_DOCUMENT_FLOORS[_split] = _doc

# (linten16) an aim verb reaching for a stated figure in its own clause (We aim to respond within 2 business days ·
# strives to maintain a 99.9% network uptime) is no efforts standard (the third set of label decisions). Built from
# held-out cryptids:8 (the decision's example), it clears held-out-4 sitesdiscovery:16 and held-out-16 cowwoc:17 too,
# both modes; no catch is lost anywhere in the corpus.
FLOORS["held-out"]["en"] = (23, 23, 0, 83)
FLOORS["held-out-4"]["en"] = (36, 37, 3, 129)
EN_DOCUMENT_FLOORS["held-out-4"] = (36, 37, 3, 129, 9, 9)
FLOORS["held-out-16"]["en"] = (23, 36, 6, 163)
EN_DOCUMENT_FLOORS["held-out-16"] = (22, 36, 7, 163, 21, 26)

# (linten16) the next release as the time of a fix, with no schedule (may include the Fix in the next major release ·
# available with the next maintenance release): built from held-out-14 applatix:13, it catches held-out-12 fax2send:7
# and orderscout:7 and held-out-17 deployhub:24 too, both modes; no false alarm added anywhere (held-out-9's
# softwaresupport:9 and held-out-12's markettransfer:17, already caught, gain a second finding).
FLOORS["held-out-12"]["en"] = (25, 26, 1, 117)
EN_DOCUMENT_FLOORS["held-out-12"] = (25, 26, 1, 117, 13, 13)
FLOORS["held-out-14"]["en"] = (27, 34, 8, 131)
EN_DOCUMENT_FLOORS["held-out-14"] = (27, 34, 8, 131, 14, 16)
FLOORS["held-out-17"]["en"] = (19, 30, 10, 127)
EN_DOCUMENT_FLOORS["held-out-17"] = (19, 30, 10, 127, 24, 34)

# (linten16) "necessary" grading what one side must supply or do (provide all information, data and documents
# necessary for … · take measures, which are necessary for … · Necessary passwords and credentials are made available)
# is flagged; what the vendor receives or gets (of receiving all of the necessary information) is not. Built from
# held-out-18 pasieka, it catches held-out-11 contractit:22 and clears held-out-13 speakinwebs:6 and held-out-15
# openproject:30, both modes; no catch lost and no alarm added anywhere.
for _split, _floor, _doc in (
    ("held-out-11", (35, 36, 0, 148), (35, 36, 0, 148, 24, 24)),
    ("held-out-13", (23, 30, 2, 111), (23, 30, 2, 111, 5, 5)),
    ("held-out-15", (20, 32, 11, 178), (20, 32, 10, 178, 23, 28)),
    ("held-out-18", (32, 47, 21, 140), (31, 47, 21, 140, 21, 40)),
):
    FLOORS[_split]["en"] = _floor
    EN_DOCUMENT_FLOORS[_split] = _doc
# session 8, the lead's third set of decisions on disputed labels (realtext/README.md, "Label changes after the first
# run"), applied to the Chinese files of every batch by lintzh15 before any rule change: "strive to" with a stated time
# is C (held-out-7 xoobay 我們努力在24小時內回覆: caught before, a false alarm now), a target with its stated
# availability is C (held-out-9 websoft9 目标是…每周7天、每天24小时: a miss before, clean now), bare business hours the
# document never states are V (held-out-13 weddingday 乙方工作時間以外…勞務費, held-out-14 adobe 僅限於營業時間: clean
# before, misses now). Timely payment and mediation change only the terms of three V sentences. Measured on the
# branch point's code (398d6f5) with the new labels, both modes; the one-run lines above keep each batch's old labels.
for _split, _lang, _floor, _doc in (
    ("held-out-7", "zh-Hant", (27, 32, 6, 192), (27, 32, 3, 192)),
    ("held-out-9", "zh-Hans", (44, 52, 5, 151), None),
    ("held-out-13", "zh-Hant", (11, 20, 2, 68), None),
    ("held-out-14", "zh-Hant", (23, 34, 13, 118), None),
):
    FLOORS[_split][_lang] = _floor
    ZH_DOCUMENT_FLOORS[_split][_lang] = _doc or _floor

# fifteenth Chinese round (lintzh15), held-out-18 as tuning data, readings kept only where they move batches they were not
# built from and cost nothing anywhere (both modes). A price said to change with no notice period after it (資費有異動時…公告
# · 零件價格如有更改不設通知 · 費率將依市場環境…進行調整,並以書面方式通知用戶): held-out-16, -17, -18 zh-Hant.
FLOORS["held-out-16"]["zh-Hant"] = (16, 21, 5, 66)
ZH_DOCUMENT_FLOORS["held-out-16"]["zh-Hant"] = (16, 21, 5, 66)
FLOORS["held-out-17"]["zh-Hant"] = (12, 19, 13, 65)
ZH_DOCUMENT_FLOORS["held-out-17"]["zh-Hant"] = (12, 19, 13, 65)
FLOORS["held-out-18"]["zh-Hant"] = (16, 21, 6, 65)
ZH_DOCUMENT_FLOORS["held-out-18"]["zh-Hant"] = (16, 21, 6, 65)

# session 8, the second part of the lead's third set of decisions (realtext/README.md, "Label changes after the first
# run"), applied to the Chinese files of every batch by lintzh16 before any rule change. A third party's charge put on
# the customer is C (held-out-18 tianbot 邮费各一程 ×2, xbwebyun 快递费用一律为到付, held-out-16 xinfu 運費自理: misses
# before, clean now); the vendor's own charge with no amount stays V and now is V in every batch (held-out-4 doczj
# 差旅费由甲方支付 ×2, held-out stardigital 机票及当地食宿交通费用(实报实销), held-out-13 xiaomilidoc 材料费用由甲方承担:
# clean before, misses now); 致力于 + a quality is V (held-out-16 gxttdt: a false alarm before, a catch now); scheduled
# maintenance left out of uptime with no window, cap or notice is V (held-out-9 4rounds 计划维护除外: a miss now).
# Measured on the branch point's code (d5a1b49) with the new labels, both modes.
for _split, _lang, _floor, _doc in (
    ("held-out", "zh-Hans", (19, 20, 1, 49), None),
    ("held-out-4", "zh-Hans", (34, 39, 2, 70), None),
    ("held-out-9", "zh-Hans", (44, 53, 5, 150), None),
    ("held-out-13", "zh-Hans", (22, 27, 3, 54), None),
    ("held-out-16", "zh-Hans", (37, 48, 10, 54), None),
    ("held-out-16", "zh-Hant", (16, 20, 5, 67), None),
    ("held-out-18", "zh-Hans", (11, 20, 4, 67), None),
):
    FLOORS[_split][_lang] = _floor
    if _split in ZH_DOCUMENT_FLOORS:
        ZH_DOCUMENT_FLOORS[_split][_lang] = _doc or _floor

# sixteenth Chinese round (lintzh16), held-out-19 as tuning data, kept only where it moves batches it was not built from
# and costs nothing anywhere (both modes). The examples of force majeure closed by 等 (因地震、火灾等自然灾害…等不可抗力因素
# · 地震、颱風、洪水等自然災害 · 因不可抗拒力造成损坏的(雷击、雨淋等)): held-out-19 and -15 zh-Hans, held-out-14 zh-Hant.
for _split, _lang, _floor in (
    ("held-out-14", "zh-Hant", (23, 34, 12, 118)),
    ("held-out-15", "zh-Hans", (25, 27, 6, 49)),
    ("held-out-19", "zh-Hans", (13, 25, 5, 69)),
):
    FLOORS[_split][_lang] = _floor
    ZH_DOCUMENT_FLOORS[_split][_lang] = _floor
# (linten17) the second part of the lead's third set of label decisions (realtext/README.md), applied to the English
# files of every batch before any rule change: "or as agreed" after a stated term is C (held-out-4 stakater:13, caught
# before, a false alarm now); a price or scope pointed to a separate agreement is C (held-out-7 kyocera:13, held-out-18
# pasieka:11); scheduled maintenance left out of downtime with no window, cap or notice is V (held-out-3 ezel-ia:8,
# held-out-12 fermalen:11: misses now); a vendor's own expenses charged "at cost price" with no amount is V (held-out-8
# supportwhenrequired:14: a miss now). Measured on the branch point's code (d5a1b49), both modes.
for _split, _floor, _doc in (
    ("held-out-3", (4, 5, 0, 40), None),
    ("held-out-4", (35, 36, 4, 130), (35, 36, 4, 130, 9, 9)),
    ("held-out-7", (35, 36, 1, 150), (35, 36, 1, 150, 21, 21)),
    ("held-out-8", (38, 40, 1, 135), (38, 40, 1, 135, 19, 19)),
    ("held-out-12", (25, 27, 1, 116), (25, 27, 1, 116, 13, 13)),
    ("held-out-18", (32, 46, 21, 141), (31, 46, 21, 141, 21, 40)),
):
    FLOORS[_split]["en"] = _floor
    if _doc:
        EN_DOCUMENT_FLOORS[_split] = _doc

# (linten17) scheduled maintenance as a bare item of what the availability figure leaves out, with no window, cap or
# notice (SLA excludes: … Scheduled maintenance · Scheduled Downtime for maintenance.), the second part of the third
# set of decisions: built from held-out-16 regolo:42, it catches held-out-12 fermalen:11 and held-out-18 dock:10 too,
# both modes; no catch lost and no alarm added anywhere.
for _split, _floor, _doc in (
    ("held-out-12", (26, 27, 1, 116), (26, 27, 1, 116, 14, 14)),
    ("held-out-16", (24, 36, 6, 163), (23, 36, 7, 163, 21, 26)),
    ("held-out-18", (33, 46, 21, 141), (32, 46, 21, 141, 21, 40)),
):
    FLOORS[_split]["en"] = _floor
    EN_DOCUMENT_FLOORS[_split] = _doc

# (linten17) expertise claimed with no measure, as knowledge (engineers with expert knowledge about running … · experts
# with deep technical and infrastructure knowledge), or skill two words before the people it grades (highly-skilled NWA
# software engineers): built from held-out-19 sourcegraph, it catches held-out-5 nwa:14 and held-out-15 openproject:3
# too, both modes; no catch lost and no alarm added anywhere.
for _split, _floor, _doc in (
    ("held-out-5", (40, 45, 2, 139), (40, 45, 2, 139, 20, 22)),
    ("held-out-15", (21, 32, 11, 178), (21, 32, 10, 178, 23, 28)),
    ("held-out-19", (35, 49, 5, 116), (35, 49, 5, 116, 27, 30)),
):
    FLOORS[_split]["en"] = _floor
    EN_DOCUMENT_FLOORS[_split] = _doc

# seventeenth Chinese round (lintzh17), held-out-18/19/20 pooled as tuning data, kept only where it moves batches it was
# not built from and costs nothing anywhere (both modes). A list closed by 等 and named as occurrences or causes
# (中斷或故障等現象 · 錯誤等情形 · 錯誤或不符等現象 · 限制等多種原因): built from held-out-18 swctaipei, it gains
# held-out-20 goldenage and held-out-14 koin; held-out-20 zh-Hant whole documents 12 → 11.
for _split, _floor, _doc in (
    ("held-out-14", (23, 34, 11, 118), (23, 34, 11, 118)),
    ("held-out-18", (16, 21, 5, 65), (16, 21, 5, 65)),
    ("held-out-20", (13, 34, 13, 104), (13, 34, 11, 104)),
):
    FLOORS[_split]["zh-Hant"] = _floor
    ZH_DOCUMENT_FLOORS[_split]["zh-Hant"] = _doc

# (linten18) an open list (including but not limited to · without limitation · etc.) after a negation or a "beyond /
# outside … control" in its sentence lists what an exclusion or a disclaimer leaves out: built from held-out-20
# dxw-govpress:37, it clears false alarms in held-out-15, -16, -17 and -19 too, both modes; no catch lost and no alarm
# added anywhere.
for _split, _floor, _doc in (
    ("held-out-15", (21, 32, 10, 178), (21, 32, 9, 178, 23, 27)),
    ("held-out-16", (24, 36, 5, 163), (23, 36, 6, 163, 21, 25)),
    ("held-out-17", (19, 30, 9, 127), (19, 30, 9, 127, 24, 33)),
    ("held-out-19", (35, 49, 4, 116), (35, 49, 4, 116, 27, 29)),
    ("held-out-20", (22, 44, 10, 165), (22, 44, 10, 165, 28, 38)),
):
    FLOORS[_split]["en"] = _floor
    EN_DOCUMENT_FLOORS[_split] = _doc

# the lead, after held-out-20's run and lintzh17: the third set's second part applied to held-out-20's customer-paid
# carrier charges (README, "Label changes after the first run", session 8): four V → C, one V loses a term. Measured on
# unchanged code, both modes; the one-run line above keeps the batch's old labels.
FLOORS["held-out-20"]["zh-Hans"] = (18, 29, 16, 125)
ZH_DOCUMENT_FLOORS["held-out-20"]["zh-Hans"] = (18, 29, 16, 125)
FLOORS["held-out-20"]["zh-Hant"] = (13, 31, 13, 107)
ZH_DOCUMENT_FLOORS["held-out-20"]["zh-Hant"] = (13, 31, 11, 107)

# the twenty-second batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (collect22, 6c5ca46), run once at b2e7944 (session 9: no lint round ran; the code's findings are the
# session-start code's, 1629715) with --split held-out-22, sentence mode; whole documents give the same figures.
# Tuning data from then on.
FLOORS["held-out-22"] = {"zh-Hans": (40, 59, 30, 163), "zh-Hant": (22, 46, 10, 106), "en": (30, 37, 6, 113)}
EN_DOCUMENT_FLOORS["held-out-22"] = (30, 37, 6, 113, 9, 14)

# lintdeng (session 11): an open list (等 · 等等 · 包括但不限于) is vague only inside a commitment (termsmith.lint.zh_lists),
# developed on tune-* and held-out … held-out-15 only; held-out-16 … 22 scored once, figures only, after the change was
# committed (f5a528d). Pooled 16–22 Chinese: recall 276/437 → 271/437, false alarms 150/1277 → 138/1277 (zh-Hans 165/251,
# 89/690 → 161/251, 80/690; zh-Hant 111/186, 61/587 → 110/186, 58/587). These are the measured figures after it, both
# modes (the five lost catches lower the floors of held-out-16, -17 and -22 by one or two).
FLOORS["tune"].update({"zh-Hans": (58, 59, 0, 113), "zh-Hant": (58, 60, 2, 112)})
ZH_DOCUMENT_FLOORS["tune"] = {"zh-Hans": (58, 59, 0, 113), "zh-Hant": (58, 60, 1, 112)}
FLOORS["held-out-11"].update({"zh-Hans": (24, 27, 2, 99), "zh-Hant": (20, 28, 4, 142)})
ZH_DOCUMENT_FLOORS["held-out-11"] = {"zh-Hans": (24, 27, 2, 99), "zh-Hant": (20, 28, 4, 142)}
FLOORS["held-out-13"].update({"zh-Hans": (22, 27, 3, 54), "zh-Hant": (11, 20, 1, 68)})
ZH_DOCUMENT_FLOORS["held-out-13"] = {"zh-Hans": (22, 27, 3, 54), "zh-Hant": (11, 20, 2, 68)}
FLOORS["held-out-14"].update({"zh-Hans": (19, 23, 9, 60), "zh-Hant": (23, 34, 11, 118)})
ZH_DOCUMENT_FLOORS["held-out-14"] = {"zh-Hans": (19, 23, 9, 60), "zh-Hant": (23, 34, 11, 118)}
FLOORS["held-out-15"].update({"zh-Hans": (25, 27, 5, 49), "zh-Hant": (19, 35, 33, 232)})
ZH_DOCUMENT_FLOORS["held-out-15"] = {"zh-Hans": (25, 27, 5, 49), "zh-Hant": (19, 35, 33, 232)}
FLOORS["held-out-16"].update({"zh-Hans": (36, 48, 10, 54), "zh-Hant": (15, 20, 5, 67)})
ZH_DOCUMENT_FLOORS["held-out-16"] = {"zh-Hans": (36, 48, 10, 54), "zh-Hant": (15, 20, 5, 67)}
FLOORS["held-out-17"].update({"zh-Hans": (19, 28, 8, 92), "zh-Hant": (12, 19, 13, 65)})
ZH_DOCUMENT_FLOORS["held-out-17"] = {"zh-Hans": (18, 28, 8, 92), "zh-Hant": (12, 19, 13, 65)}
FLOORS["held-out-18"].update({"zh-Hans": (11, 20, 4, 67), "zh-Hant": (16, 21, 4, 65)})
ZH_DOCUMENT_FLOORS["held-out-18"] = {"zh-Hans": (11, 20, 4, 67), "zh-Hant": (16, 21, 4, 65)}
FLOORS["held-out-19"].update({"zh-Hans": (13, 25, 5, 69), "zh-Hant": (15, 19, 6, 81)})
ZH_DOCUMENT_FLOORS["held-out-19"] = {"zh-Hans": (13, 25, 5, 69), "zh-Hant": (15, 19, 6, 81)}
FLOORS["held-out-20"].update({"zh-Hans": (18, 29, 15, 125), "zh-Hant": (13, 31, 13, 107)})
ZH_DOCUMENT_FLOORS["held-out-20"] = {"zh-Hans": (18, 29, 15, 125), "zh-Hant": (13, 31, 11, 107)}
FLOORS["held-out-21"].update({"zh-Hans": (26, 42, 15, 120), "zh-Hant": (17, 30, 7, 96)})
ZH_DOCUMENT_FLOORS["held-out-21"] = {"zh-Hans": (26, 42, 15, 120), "zh-Hant": (17, 30, 7, 96)}
FLOORS["held-out-22"].update({"zh-Hans": (38, 59, 23, 163), "zh-Hant": (22, 46, 10, 106)})
ZH_DOCUMENT_FLOORS["held-out-22"] = {"zh-Hans": (38, 59, 23, 163), "zh-Hant": (22, 46, 10, 106)}

# (session 11, cherry-picked from lintdeng 1edcfc5) a bound must be the right kind of quantity: a number of hours or
# months is a duration, never the count that bounds an open scope or a quality word. 重大活动期 in a held-out-9 sentence lost
# its accidental bound (4个小时), one more zh-Hans false alarm there; the development splits gained two zh-Hant catches.
FLOORS["held-out-9"]["zh-Hans"] = (44, 53, 6, 150)
ZH_DOCUMENT_FLOORS["held-out-9"]["zh-Hans"] = (44, 53, 6, 150)

# the twenty-third batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (lintcollect23, 76dc98b), run once at 88cfc80 (session 11, after lintdeng's open-list structure and the two
# right-kind-of-bound fixes) with --split held-out-23, sentence mode; whole documents give the same figures. The
# session-start code (f739fd7) gave zh-Hans 11/26 and 5/56, zh-Hant 10/19 and 5/62, en the same. Tuning data from then on.
FLOORS["held-out-23"] = {"zh-Hans": (10, 26, 5, 56), "zh-Hant": (9, 19, 4, 62), "en": (23, 36, 8, 106)}
ZH_DOCUMENT_FLOORS["held-out-23"] = {"zh-Hans": (10, 26, 5, 56), "zh-Hant": (9, 19, 4, 62)}
EN_DOCUMENT_FLOORS["held-out-23"] = (23, 36, 8, 106, 4, 4)

# the twenty-fourth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (lintcollect24, 8e82dc1), run once at 3ffd5a2 (session 12, after lintsla's structural round and lintperf12's
# compiled readers) with --split held-out-24, sentence mode; whole documents give the same figures. The session-start
# code (ca8feac) gave the same figures, verdict for verdict. Tuning data from then on.
FLOORS["held-out-24"] = {"zh-Hans": (12, 28, 3, 64), "zh-Hant": (4, 18, 5, 63), "en": (25, 40, 5, 113)}
ZH_DOCUMENT_FLOORS["held-out-24"] = {"zh-Hans": (12, 28, 3, 64), "zh-Hant": (4, 18, 5, 63)}
EN_DOCUMENT_FLOORS["held-out-24"] = (25, 40, 5, 113, 19, 21)

# session 13 (lintgen13's word-boundary fixes): 当地 is "local", not a manner adverb in -地. held-out-19's ishoubao
# "如果符合维修条件的，我们将联系当地售后服务点为您维修。" is labelled V for 符合维修条件 (conditions it does not state),
# and the lint had caught it only by misreading 联系当地 as a manner adverb: a catch for the wrong reason, now gone.
FLOORS["held-out-19"].update({"zh-Hans": (12, 25, 5, 69)})
ZH_DOCUMENT_FLOORS["held-out-19"] = {"zh-Hans": (12, 25, 5, 69), "zh-Hant": (15, 19, 6, 81)}

# the twenty-fifth batch (all three languages), collected and labelled apart from the lint work and committed before
# any run (lintcollect25, 4f705ee), run once at c67a98f (session 13, after lintgen13's three word-boundary fixes) with
# --split held-out-25, sentence mode; whole documents give the same figures. The session-start code (cb75901) gave the
# same figures, verdict for verdict. Tuning data from then on.
FLOORS["held-out-25"] = {"zh-Hans": (23, 34, 9, 55), "zh-Hant": (4, 10, 2, 44), "en": (22, 38, 15, 142)}
ZH_DOCUMENT_FLOORS["held-out-25"] = {"zh-Hans": (23, 34, 9, 55), "zh-Hant": (4, 10, 2, 44)}
EN_DOCUMENT_FLOORS["held-out-25"] = (22, 38, 15, 142, 8, 14)

# the twenty-sixth batch (English, and four zh-Hans cloud SLAs; no zh-Hant), collected and labelled apart from the lint
# work and committed before any run (lintcollect26, c918aa3), run once at d13b7ee (session 13) with --split held-out-26;
# whole documents give the same except zh-Hans's one vague sentence (0/1). The session-start code (cb75901) and the
# final code with either frozen patch of bench/lint_frozen/ gave the same figures, verdict for verdict. Tuning data
# from then on.
FLOORS["held-out-26"] = {"zh-Hans": (1, 1, 0, 35), "zh-Hant": (0, 0, 0, 0), "en": (20, 46, 26, 244)}
ZH_DOCUMENT_FLOORS["held-out-26"] = {"zh-Hans": (0, 1, 0, 35), "zh-Hant": (0, 0, 0, 0)}
EN_DOCUMENT_FLOORS["held-out-26"] = (20, 46, 26, 244, 2, 6)

# the twenty-seventh batch (English and zh-Hans; no zh-Hant), collected and labelled apart from the lint work and
# committed before any run (collectl27, d529770), run once in session 14 with --split held-out-27 after lintmech14 was
# merged; whole documents give the same except the SLA findings (11 of 14 right). The session-start code (d66e25f) and
# the final code with each frozen patch of bench/lint_frozen/ (s13 x2, s14 x3) gave the same figures. Tuning data from
# then on.
FLOORS["held-out-27"] = {"zh-Hans": (17, 23, 7, 20), "zh-Hant": (0, 0, 0, 0), "en": (31, 55, 10, 220)}
ZH_DOCUMENT_FLOORS["held-out-27"] = {"zh-Hans": (17, 23, 7, 20), "zh-Hant": (0, 0, 0, 0)}
EN_DOCUMENT_FLOORS["held-out-27"] = (31, 55, 10, 220, 11, 14)

# the twenty-eighth batch (mostly English; two zh-Hans and two zh-Hant documents), collected and labelled apart from
# the lint work and committed before any run (collectl28, be4e480 + ca20fb1), run once in session 15 with
# --split held-out-28 after lintmech15 was merged; whole documents give the same for Chinese, en 34/59, 20/289 (SLA 6 of
# 10 right). The session-start code (3c71489), the final code without each of the session's kept mechanisms and with
# each frozen patch of bench/lint_frozen/ (s13 x2, s14 x3, s15 x3) gave the same flagged sentences. Tuning data from
# then on.
FLOORS["held-out-28"] = {"zh-Hans": (5, 9, 1, 14), "zh-Hant": (1, 3, 1, 28), "en": (35, 59, 21, 289)}
ZH_DOCUMENT_FLOORS["held-out-28"] = {"zh-Hans": (5, 9, 1, 14), "zh-Hant": (1, 3, 1, 28)}
EN_DOCUMENT_FLOORS["held-out-28"] = (34, 59, 20, 289, 6, 10)

# the twenty-ninth and thirtieth batches (mostly English; held-out-29: two zh-Hans documents and one zh-Hant;
# held-out-30: three zh-Hans, one of them 人杰's vehicle pledge, and two zh-Hant), collected and labelled apart from the
# lint work and committed before any run (collectl29 2ec24f7, collectl30 e6806c1), run once in session 16 after
# lintclosure16 was merged. The session-start code (081c739) gave these figures; the merged final code scored held-out-29
# en 22/48, 23/244 (the closure lost one catch and added one false alarm; both causes were removed by the pre-registered
# rule and a fix, after which the code gives the start figures again). Whole documents give the same except held-out-30's
# en false alarms (16/260). Tuning data from then on.
FLOORS["held-out-29"] = {"zh-Hans": (8, 10, 4, 46), "zh-Hant": (1, 1, 0, 14), "en": (23, 48, 22, 244)}
ZH_DOCUMENT_FLOORS["held-out-29"] = {"zh-Hans": (8, 10, 4, 46), "zh-Hant": (1, 1, 0, 14)}
# (lint22E) right findings 14 -> 13: wanstor's "The fair usage policy will identify excessive levels of usage" was found by "fair" in the
# policy's name, labelled for "excessive"; the wrong-findings ceiling (27 - 14 = 13) is kept
EN_DOCUMENT_FLOORS["held-out-29"] = (23, 48, 22, 244, 13, 26)
FLOORS["held-out-30"] = {"zh-Hans": (22, 32, 11, 56), "zh-Hant": (5, 6, 0, 27), "en": (40, 54, 15, 260)}
ZH_DOCUMENT_FLOORS["held-out-30"] = {"zh-Hans": (22, 32, 11, 56), "zh-Hant": (5, 6, 0, 27)}
EN_DOCUMENT_FLOORS["held-out-30"] = (40, 54, 16, 260, 26, 33)

# the thirty-first and thirty-second batches (held-out-31: 28 documents, 19 English, eight zh-Hans — six of them cloud
# SLAs of one template, mostly clean — and one zh-Hant; held-out-32: 23 documents, 19 English and four zh-Hans, no
# zh-Hant), collected and labelled apart from the lint work and committed before any run (collectl31 96d4fed, collectl32
# dfe0952), run once in session 17. The lint code of that session never changed (lintcalib17's term-record demotion did
# not pass its own bar and stayed out of src/), so the session-start code 4d73f14 is also the final code. Whole documents
# give the same except held-out-31's zh-Hans false alarms (7/70) and held-out-32's en false alarms (16/247). Tuning data
# from then on.
FLOORS["held-out-31"] = {"zh-Hans": (7, 9, 8, 70), "zh-Hant": (3, 4, 1, 6), "en": (39, 61, 20, 212)}
ZH_DOCUMENT_FLOORS["held-out-31"] = {"zh-Hans": (7, 9, 7, 70), "zh-Hant": (3, 4, 1, 6)}
EN_DOCUMENT_FLOORS["held-out-31"] = (39, 61, 20, 212, 12, 13)
FLOORS["held-out-32"] = {"zh-Hans": (19, 27, 7, 40), "zh-Hant": (0, 0, 0, 0), "en": (23, 48, 17, 247)}
ZH_DOCUMENT_FLOORS["held-out-32"] = {"zh-Hans": (19, 27, 7, 40), "zh-Hant": (0, 0, 0, 0)}
EN_DOCUMENT_FLOORS["held-out-32"] = (23, 48, 16, 247, 3, 7)

# the thirty-third and thirty-fourth batches (held-out-33: 24 documents, 21 English and three zh-Hans SLAs, no zh-Hant;
# held-out-34: 22 documents, 15 English, four zh-Hans and three zh-Hant plan pages of one firm), collected and labelled
# apart from the lint work and committed before any run (collectl33 9a5d94d, collectl34 3639ec3), run once in session 22
# as pre-registered (a4f512b): the session-start code gave zh-Hans 11/23 caught with 26/158 false alarms, zh-Hant 4/12,
# en 62/107 with 32/469; the final code (lint22E + lint22Z) the figures below (lint22Z: two zh-Hant price floors
# "NT$… 起" caught, one zh-Hans 等 false alarm gone; lint22E: no change). Whole documents give the same. Tuning data
# from then on.
FLOORS["held-out-33"] = {"zh-Hans": (1, 2, 3, 46), "zh-Hant": (0, 0, 0, 0), "en": (31, 54, 17, 277)}
ZH_DOCUMENT_FLOORS["held-out-33"] = {"zh-Hans": (1, 2, 3, 46), "zh-Hant": (0, 0, 0, 0)}
EN_DOCUMENT_FLOORS["held-out-33"] = (31, 54, 17, 277, 15, 21)
FLOORS["held-out-34"] = {"zh-Hans": (10, 21, 22, 112), "zh-Hant": (6, 12, 0, 9), "en": (31, 53, 15, 192)}
ZH_DOCUMENT_FLOORS["held-out-34"] = {"zh-Hans": (10, 21, 22, 112), "zh-Hant": (6, 12, 0, 9)}
EN_DOCUMENT_FLOORS["held-out-34"] = (31, 53, 15, 192, 20, 26)

# the thirty-fifth and thirty-sixth batches (held-out-35: 27 documents, 19 English, six zh-Hans and two zh-Hant;
# held-out-36: 20 documents, 16 English, three zh-Hans and one zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl35 f9d589a, collectl36 d4e0304), run once in session 22's second lint
# round as pre-registered (e85481d): the start code, the final code (lint22S + lint22C) and each without the other
# all gave these figures. Whole documents give the same except held-out-35's en false alarms (7/262, SLA 24/28) and
# held-out-36's zh-Hans false alarms (11/104). Tuning data from then on.
FLOORS["held-out-35"] = {"zh-Hans": (8, 10, 7, 75), "zh-Hant": (3, 4, 3, 15), "en": (36, 59, 8, 262)}
ZH_DOCUMENT_FLOORS["held-out-35"] = {"zh-Hans": (8, 10, 7, 75), "zh-Hant": (3, 4, 3, 15)}
EN_DOCUMENT_FLOORS["held-out-35"] = (36, 59, 7, 262, 24, 28)
FLOORS["held-out-36"] = {"zh-Hans": (12, 20, 12, 104), "zh-Hant": (4, 10, 1, 37), "en": (29, 54, 13, 232)}
ZH_DOCUMENT_FLOORS["held-out-36"] = {"zh-Hans": (12, 20, 11, 104), "zh-Hant": (4, 10, 1, 37)}
EN_DOCUMENT_FLOORS["held-out-36"] = (29, 54, 13, 232, 0, 0)

# the thirty-seventh and thirty-eighth batches (held-out-37: 28 documents, 21 English, five zh-Hans and two zh-Hant;
# held-out-38: 23 documents, 16 English, four zh-Hans and three zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl37 f1c6c4b, collectl38 30242ef), run once in session 23's lint round as
# pre-registered (40c9849): the start code and the final code (lint23H merged) gave these figures. Whole documents give
# the same except held-out-37's en false alarms (13/269, SLA 19/28). Tuning data from then on.
FLOORS["held-out-37"] = {"zh-Hans": (20, 24, 6, 42), "zh-Hant": (3, 3, 0, 16), "en": (28, 50, 14, 269)}
ZH_DOCUMENT_FLOORS["held-out-37"] = {"zh-Hans": (20, 24, 6, 42), "zh-Hant": (3, 3, 0, 16)}
EN_DOCUMENT_FLOORS["held-out-37"] = (28, 50, 13, 269, 19, 28)
FLOORS["held-out-38"] = {"zh-Hans": (5, 13, 4, 81), "zh-Hant": (6, 16, 6, 82), "en": (30, 46, 16, 193)}
ZH_DOCUMENT_FLOORS["held-out-38"] = {"zh-Hans": (5, 13, 4, 81), "zh-Hant": (6, 16, 6, 82)}
EN_DOCUMENT_FLOORS["held-out-38"] = (30, 46, 16, 193, 8, 17)

# the thirty-ninth and fortieth batches (held-out-39: 30 documents, 24 English, four zh-Hans and two zh-Hant;
# held-out-40: 20 documents, 13 English, four zh-Hans and three zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl39 ccfde39, collectl40 a4bb205), run once in session 23's second lint
# round as pre-registered (2d2861b, addendum c94b3fb): the round's start code b73ecb5 gave the same figures except
# held-out-39's en catches (32/49); the final code (lint23R merged) caught one more ("take every precaution"-family
# effort nouns). Whole documents give the same. Tuning data from then on.
FLOORS["held-out-39"] = {"zh-Hans": (5, 7, 4, 52), "zh-Hant": (0, 1, 1, 21), "en": (33, 49, 14, 320)}
ZH_DOCUMENT_FLOORS["held-out-39"] = {"zh-Hans": (5, 7, 4, 52), "zh-Hant": (0, 1, 1, 21)}
EN_DOCUMENT_FLOORS["held-out-39"] = (33, 49, 14, 320, 17, 20)
FLOORS["held-out-40"] = {"zh-Hans": (8, 16, 20, 155), "zh-Hant": (3, 4, 6, 71), "en": (29, 47, 13, 188)}
ZH_DOCUMENT_FLOORS["held-out-40"] = {"zh-Hans": (8, 16, 20, 155), "zh-Hant": (3, 4, 6, 71)}
EN_DOCUMENT_FLOORS["held-out-40"] = (29, 47, 13, 188, 5, 5)

# the forty-first and forty-second batches (held-out-41: 25 documents, 17 English, five zh-Hans and three zh-Hant;
# held-out-42: 23 documents, 17 English, four zh-Hans and two zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl41 58551c8, collectl42 c947755), run once in session 24's first lint
# round as pre-registered (2c70cac): the start code, the final code (lint24E and lint24Z merged) and the final code
# without each gave the same figures. Tuning data from then on.
FLOORS["held-out-41"] = {"zh-Hans": (8, 15, 8, 67), "zh-Hant": (4, 6, 6, 31), "en": (30, 46, 21, 195)}
ZH_DOCUMENT_FLOORS["held-out-41"] = {"zh-Hans": (8, 15, 8, 67), "zh-Hant": (4, 6, 6, 31)}
EN_DOCUMENT_FLOORS["held-out-41"] = (30, 46, 21, 195, 27, 35)
FLOORS["held-out-42"] = {"zh-Hans": (4, 7, 8, 91), "zh-Hant": (3, 7, 10, 73), "en": (24, 51, 19, 219)}
ZH_DOCUMENT_FLOORS["held-out-42"] = {"zh-Hans": (4, 7, 7, 91), "zh-Hant": (3, 7, 10, 73)}
EN_DOCUMENT_FLOORS["held-out-42"] = (24, 51, 19, 219, 3, 7)

# the forty-third and forty-fourth batches (held-out-43: 30 documents, 25 English, three zh-Hans and two zh-Hant;
# held-out-44: 23 documents, 17 English, four zh-Hans and two zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl43 91d29c3, collectl44 137074f), run once in session 24's second lint
# round as pre-registered (6ad3f33, addendum 440ea21): every code (session start, round start, final with lint24D
# and lint24Q, and the final without each) gave the same figures. Tuning data from then on.
FLOORS["held-out-43"] = {"zh-Hans": (2, 3, 4, 26), "zh-Hant": (4, 4, 1, 28), "en": (32, 54, 21, 284)}
ZH_DOCUMENT_FLOORS["held-out-43"] = {"zh-Hans": (2, 3, 4, 26), "zh-Hant": (4, 4, 1, 28)}
EN_DOCUMENT_FLOORS["held-out-43"] = (32, 54, 20, 284, 19, 24)
FLOORS["held-out-44"] = {"zh-Hans": (12, 16, 17, 140), "zh-Hant": (3, 4, 7, 62), "en": (21, 45, 16, 200)}
ZH_DOCUMENT_FLOORS["held-out-44"] = {"zh-Hans": (12, 16, 17, 140), "zh-Hant": (3, 4, 7, 62)}
EN_DOCUMENT_FLOORS["held-out-44"] = (21, 45, 16, 200, 0, 0)

# the forty-fifth and forty-sixth batches (held-out-45: 28 documents, 19 English, six zh-Hans and three zh-Hant;
# held-out-46: 23 documents, 18 English, three zh-Hans and two zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl45 a407a62, collectl46 a348b93), run once in session 25 as pre-registered
# (d539660): the lint code did not change in the session, so start and final are the same code. Tuning data from then on.
FLOORS["held-out-45"] = {"zh-Hans": (13, 19, 6, 52), "zh-Hant": (2, 3, 3, 19), "en": (39, 51, 17, 255)}
ZH_DOCUMENT_FLOORS["held-out-45"] = {"zh-Hans": (13, 19, 6, 52), "zh-Hant": (2, 3, 3, 19)}
EN_DOCUMENT_FLOORS["held-out-45"] = (39, 51, 17, 255, 20, 27)
FLOORS["held-out-46"] = {"zh-Hans": (3, 6, 4, 33), "zh-Hant": (3, 5, 4, 47), "en": (23, 47, 21, 213)}
ZH_DOCUMENT_FLOORS["held-out-46"] = {"zh-Hans": (3, 6, 4, 33), "zh-Hant": (3, 5, 4, 47)}
EN_DOCUMENT_FLOORS["held-out-46"] = (23, 47, 21, 213, 0, 0)

# the forty-seventh and forty-eighth batches (held-out-47: 30 documents, 19 English, seven zh-Hans and four zh-Hant;
# held-out-48: 26 documents, 21 English, three zh-Hans and two zh-Hant), collected and labelled apart from the lint
# work and committed before any run (collectl47 211ad75, collectl48 e795608), run once in session 25's second round as
# pre-registered (4bdd579, addendum a6daa6a): the rules as here; VM001, the learned model judged there, was removed
# after it. Tuning data from then on.
FLOORS["held-out-47"] = {"zh-Hans": (14, 18, 5, 81), "zh-Hant": (10, 12, 5, 30), "en": (33, 48, 22, 239)}
ZH_DOCUMENT_FLOORS["held-out-47"] = {"zh-Hans": (14, 18, 6, 81), "zh-Hant": (10, 12, 5, 30)}
EN_DOCUMENT_FLOORS["held-out-47"] = (33, 48, 22, 239, 16, 25)
FLOORS["held-out-48"] = {"zh-Hans": (1, 3, 14, 85), "zh-Hant": (2, 3, 1, 25), "en": (32, 49, 19, 268)}
ZH_DOCUMENT_FLOORS["held-out-48"] = {"zh-Hans": (1, 3, 14, 85), "zh-Hant": (2, 3, 1, 25)}
EN_DOCUMENT_FLOORS["held-out-48"] = (32, 49, 19, 268, 0, 0)

# (session 22, lint22Z) an open list in brackets that glosses a noun with examples, no party bound outside them: held-out-22's
# guance line (数据包括日志、链路…等 inside a bracketed aside) is no longer read as a scope, one zh-Hans catch fewer there;
# its false alarms stay at 17 (the floor, 23, had not followed earlier sessions). Pooled over every split the reading removes
# more false alarms than it loses catches (commit 8edcc9a and its fixes).
FLOORS["held-out-22"]["zh-Hans"] = (37, 59, 17, 163)
ZH_DOCUMENT_FLOORS["held-out-22"]["zh-Hans"] = (37, 59, 17, 163)

# lint26D (session 26, pre-registered in bench/lint_frozen, judged on held-out-49/50): the English terms of
# termsmith.lint.lexicon.demoted.DEMOTED are reported at info level. Where a floor moved, the figure after it: fewer
# false alarms for a few catches (over the whole corpus, English 71.6 % → 71.1 % caught, 5.4 % → 4.8 % false alarms).
FLOORS["held-out-5"]["en"] = (39, 45, 2, 139)
EN_DOCUMENT_FLOORS["held-out-5"] = (39, 45, 2, 139, 20, 22)
FLOORS["held-out-6"]["en"] = (60, 67, 2, 152)
EN_DOCUMENT_FLOORS["held-out-6"] = (60, 67, 2, 152, 19, 20)
EN_DOCUMENT_FLOORS["held-out-15"] = (21, 32, 8, 178, 22, 25)
EN_DOCUMENT_FLOORS["held-out-19"] = (35, 49, 3, 116, 26, 28)
FLOORS["held-out-23"]["en"] = (21, 36, 6, 106)
EN_DOCUMENT_FLOORS["held-out-23"] = (21, 36, 6, 106, 4, 4)
EN_DOCUMENT_FLOORS["held-out-27"] = (38, 55, 9, 220, 10, 12)
EN_DOCUMENT_FLOORS["held-out-32"] = (28, 48, 11, 247, 2, 5)
FLOORS["held-out-36"]["en"] = (28, 54, 13, 232)
EN_DOCUMENT_FLOORS["held-out-36"] = (28, 54, 13, 232, 0, 0)
EN_DOCUMENT_FLOORS["held-out-43"] = (32, 54, 19, 284, 18, 22)

# the forty-ninth and fiftieth batches (held-out-49: 21 documents, 18 English, two zh-Hans and one zh-Hant; held-out-50:
# 22 English documents), collected and labelled apart from the lint work and committed before any run (collectl49
# acc53a3, collectl50 c3c203d), run once in session 26 as pre-registered (d685891): start code English 73/114 caught,
# 58/589 false alarms; with lint26D 72/114, 54/589; Chinese the same with and without. Tuning data from then on.
FLOORS["held-out-49"] = {"zh-Hans": (6, 10, 2, 26), "zh-Hant": (1, 3, 2, 11), "en": (22, 40, 17, 275)}
ZH_DOCUMENT_FLOORS["held-out-49"] = {"zh-Hans": (6, 10, 2, 26), "zh-Hant": (2, 3, 2, 11)}
EN_DOCUMENT_FLOORS["held-out-49"] = (22, 40, 17, 275, 7, 8)
FLOORS["held-out-50"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (50, 74, 37, 314)}
EN_DOCUMENT_FLOORS["held-out-50"] = (50, 74, 37, 314, 4, 6)

# lint26D, second decision (session 26): the five Chinese terms bench/lint_demotions.py --chrono 41 chooses are reported at
# info level too (over the whole corpus zh-Hans 75.9 % → 75.7 % caught, 8.2 % → 7.7 % false alarms; zh-Hant 73.9 % → 73.3 %,
# 5.9 % → 5.6 %). Where a floor moved, the figure after it.
FLOORS["tune"]["zh-Hans"] = (57, 59, 0, 113)
ZH_DOCUMENT_FLOORS["tune"]["zh-Hans"] = (57, 59, 0, 113)
FLOORS["held-out-6"]["zh-Hant"] = (25, 30, 3, 100)
ZH_DOCUMENT_FLOORS["held-out-6"]["zh-Hant"] = (25, 30, 2, 100)
FLOORS["held-out-7"]["zh-Hant"] = (26, 32, 5, 192)
ZH_DOCUMENT_FLOORS["held-out-7"]["zh-Hant"] = (26, 32, 3, 192)
FLOORS["held-out-11"]["zh-Hant"] = (18, 28, 4, 142)
ZH_DOCUMENT_FLOORS["held-out-11"]["zh-Hant"] = (18, 28, 4, 142)
FLOORS["held-out-38"]["zh-Hans"] = (4, 13, 4, 81)
ZH_DOCUMENT_FLOORS["held-out-38"]["zh-Hans"] = (4, 13, 4, 81)

# lint26E (session 26, second round, pre-registered and judged on held-out-51/52): ten more English terms at info level.
# Where a floor moved, the figure after it.
FLOORS["tune"]["en"] = (73, 75, 4, 295)
EN_DOCUMENT_FLOORS["held-out-5"] = (39, 45, 2, 139, 19, 21)
EN_DOCUMENT_FLOORS["held-out-11"] = (35, 36, 0, 148, 23, 23)
EN_DOCUMENT_FLOORS["held-out-16"] = (23, 36, 6, 163, 20, 24)
FLOORS["held-out-39"]["en"] = (32, 49, 13, 320)
EN_DOCUMENT_FLOORS["held-out-39"] = (32, 49, 13, 320, 17, 20)
FLOORS["held-out-48"]["en"] = (31, 49, 18, 268)
EN_DOCUMENT_FLOORS["held-out-48"] = (31, 49, 18, 268, 0, 0)

# the fifty-first and fifty-second batches (held-out-51: 30 English documents; held-out-52: 28), collected and labelled
# apart from the lint work and committed before any run (collectl51 e158fef, collectl52 f2d34b2), run once in session 26's
# second round as pre-registered (381a1dc): English 86/155 caught, 45/625 false alarms with the start code (lint26D in;
# 89/155, 47/625 before lint26D), 86/155, 44/625 with lint26E. Tuning data from then on.
FLOORS["held-out-51"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (44, 77, 15, 311)}
EN_DOCUMENT_FLOORS["held-out-51"] = (44, 77, 15, 311, 16, 17)
FLOORS["held-out-52"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (42, 78, 29, 314)}
EN_DOCUMENT_FLOORS["held-out-52"] = (42, 78, 29, 314, 7, 10)

# the fifty-third and fifty-fourth batches (held-out-53: 24 English documents; held-out-54: 2 Chinese documents from
# real files), collected and labelled apart from the lint work and committed before any run (collectl53 1890668d,
# collectl54 f1a9ccaf), run once in session 32 as pre-registered (e87d32af, addendum 9ea33da3): English 32/51 caught,
# 15/305 false alarms with every code (lint32A and lint32B moved nothing and were reverted); zh-Hans 1/3, 1/33;
# zh-Hant 1/3, 0/5. Tuning data from then on.
FLOORS["held-out-53"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (32, 51, 15, 305)}
EN_DOCUMENT_FLOORS["held-out-53"] = (32, 51, 13, 305, 16, 18)
FLOORS["held-out-54"] = {"zh-Hans": (1, 3, 1, 33), "zh-Hant": (1, 3, 0, 5), "en": (0, 0, 0, 0)}


# lint32A and lint32B (session 32: prices and notices left open in the forms the lexicon still lacked), reverted after
# held-out-53/54 by the first round's rule and re-submitted to the second round (bench/lint_frozen/README.md). Every
# English floor re-measured with them in; where a floor moved, the figure after it. Two more false alarms: held-out-8
# supportwhenrequired:11 ("after which charges will apply in 15-minute increments", labelled C) and held-out-52
# sushiwp:10 ("our out of hours rate applies": the page states the rate).
FLOORS["held-out-8"]["en"] = (38, 40, 2, 135)
FLOORS["held-out-13"]["en"] = (24, 30, 2, 111)
FLOORS["held-out-14"]["en"] = (28, 34, 8, 131)
FLOORS["held-out-17"]["en"] = (20, 30, 9, 127)
FLOORS["held-out-18"]["en"] = (37, 46, 21, 141)
FLOORS["held-out-20"]["en"] = (26, 44, 10, 165)
FLOORS["held-out-22"]["en"] = (31, 37, 6, 113)
FLOORS["held-out-24"]["en"] = (26, 40, 5, 113)
FLOORS["held-out-25"]["en"] = (25, 38, 15, 142)
FLOORS["held-out-26"]["en"] = (26, 46, 26, 244)
FLOORS["held-out-27"]["en"] = (38, 55, 10, 220)
FLOORS["held-out-28"]["en"] = (41, 59, 21, 289)
FLOORS["held-out-29"]["en"] = (28, 48, 22, 244)
FLOORS["held-out-30"]["en"] = (42, 54, 15, 260)
FLOORS["held-out-31"]["en"] = (42, 61, 20, 212)
FLOORS["held-out-32"]["en"] = (28, 48, 17, 247)
FLOORS["held-out-33"]["en"] = (37, 54, 17, 277)
FLOORS["held-out-34"]["en"] = (34, 53, 15, 192)
FLOORS["held-out-37"]["en"] = (31, 50, 14, 269)
FLOORS["held-out-38"]["en"] = (33, 46, 16, 193)
FLOORS["held-out-39"]["en"] = (33, 49, 13, 320)
FLOORS["held-out-40"]["en"] = (31, 47, 13, 188)
FLOORS["held-out-42"]["en"] = (29, 51, 19, 219)
FLOORS["held-out-44"]["en"] = (23, 45, 16, 200)
FLOORS["held-out-46"]["en"] = (25, 47, 21, 213)
FLOORS["held-out-47"]["en"] = (34, 48, 22, 239)
FLOORS["held-out-48"]["en"] = (34, 49, 18, 268)
FLOORS["held-out-49"]["en"] = (23, 40, 17, 275)
FLOORS["held-out-50"]["en"] = (53, 74, 37, 314)
FLOORS["held-out-51"]["en"] = (47, 77, 15, 311)
FLOORS["held-out-52"]["en"] = (46, 78, 30, 314)
EN_DOCUMENT_FLOORS["held-out-8"] = (38, 40, 2, 135, 19, 19)
EN_DOCUMENT_FLOORS["held-out-10"] = (29, 31, 0, 145, 19, 19)
EN_DOCUMENT_FLOORS["held-out-13"] = (24, 30, 2, 111, 5, 5)
EN_DOCUMENT_FLOORS["held-out-14"] = (28, 34, 8, 131, 14, 15)
EN_DOCUMENT_FLOORS["held-out-17"] = (20, 30, 9, 127, 25, 31)
EN_DOCUMENT_FLOORS["held-out-18"] = (36, 46, 21, 141, 25, 39)
EN_DOCUMENT_FLOORS["held-out-20"] = (26, 44, 10, 165, 31, 37)
EN_DOCUMENT_FLOORS["held-out-21"] = (13, 26, 3, 131, 5, 5)
EN_DOCUMENT_FLOORS["held-out-22"] = (31, 37, 6, 113, 10, 13)
EN_DOCUMENT_FLOORS["held-out-24"] = (26, 40, 5, 113, 19, 21)
EN_DOCUMENT_FLOORS["held-out-25"] = (25, 38, 15, 142, 8, 12)
EN_DOCUMENT_FLOORS["held-out-26"] = (26, 46, 26, 244, 4, 8)
EN_DOCUMENT_FLOORS["held-out-27"] = (38, 55, 9, 220, 11, 13)
EN_DOCUMENT_FLOORS["held-out-28"] = (40, 59, 20, 289, 6, 10)
EN_DOCUMENT_FLOORS["held-out-29"] = (28, 48, 22, 244, 16, 26)
EN_DOCUMENT_FLOORS["held-out-30"] = (42, 54, 16, 260, 27, 34)
EN_DOCUMENT_FLOORS["held-out-31"] = (42, 61, 20, 212, 12, 12)
EN_DOCUMENT_FLOORS["held-out-33"] = (37, 54, 17, 277, 15, 20)
EN_DOCUMENT_FLOORS["held-out-34"] = (34, 53, 15, 192, 20, 25)
EN_DOCUMENT_FLOORS["held-out-35"] = (36, 59, 7, 262, 25, 28)
EN_DOCUMENT_FLOORS["held-out-37"] = (31, 50, 13, 269, 22, 31)
EN_DOCUMENT_FLOORS["held-out-38"] = (33, 46, 16, 193, 9, 17)
EN_DOCUMENT_FLOORS["held-out-39"] = (33, 49, 13, 320, 17, 20)
EN_DOCUMENT_FLOORS["held-out-40"] = (31, 47, 13, 188, 5, 5)
EN_DOCUMENT_FLOORS["held-out-42"] = (29, 51, 19, 219, 3, 7)
EN_DOCUMENT_FLOORS["held-out-44"] = (23, 45, 16, 200, 0, 0)
EN_DOCUMENT_FLOORS["held-out-46"] = (25, 47, 21, 213, 0, 0)
EN_DOCUMENT_FLOORS["held-out-47"] = (34, 48, 22, 239, 16, 25)
EN_DOCUMENT_FLOORS["held-out-48"] = (34, 49, 18, 268, 0, 0)
EN_DOCUMENT_FLOORS["held-out-49"] = (23, 40, 17, 275, 7, 8)
EN_DOCUMENT_FLOORS["held-out-50"] = (53, 74, 37, 314, 4, 5)
EN_DOCUMENT_FLOORS["held-out-51"] = (47, 77, 15, 311, 16, 17)
EN_DOCUMENT_FLOORS["held-out-52"] = (46, 78, 30, 314, 7, 10)

# the fifty-fifth and fifty-sixth batches (held-out-55: 24 English documents of repairers, IT shops and agencies;
# held-out-56: 22 of SaaS, hosting and software vendors), collected and labelled apart from the lint work and committed
# before any run (collectl55 08004db9, collectl56 d74ac462), run once in session 32's second round as pre-registered
# (b36db99d, addendum 93d7c84f): English 66/124 caught, 48/515 false alarms with the start code; 70/124, 49/515 with
# lint32A and lint32B (both kept). Tuning data from then on.
FLOORS["held-out-55"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (38, 72, 23, 257)}
EN_DOCUMENT_FLOORS["held-out-55"] = (38, 72, 23, 257, 0, 0)
FLOORS["held-out-56"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (32, 52, 26, 258)}
EN_DOCUMENT_FLOORS["held-out-56"] = (32, 52, 26, 258, 5, 12)

# the fifty-seventh and fifty-eighth batches (held-out-57: 28 English developers' and agencies' maintenance and
# warranty terms; held-out-58: 4 professionally drafted English SLAs), collected and labelled apart from the lint work
# and committed before any run (collectl57 b3fb08b2, collectl58 aa0c732d), run once in session 32's third round as a
# fresh measurement (d2c17490): English 42/68 caught, 28/366 false alarms, SLA findings right 1/5, the same with the
# session-start lint. Tuning data from then on.
FLOORS["held-out-57"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (41, 66, 25, 322)}
EN_DOCUMENT_FLOORS["held-out-57"] = (42, 66, 25, 322, 0, 0)
FLOORS["held-out-58"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (1, 2, 3, 44)}
EN_DOCUMENT_FLOORS["held-out-58"] = (1, 2, 3, 44, 1, 5)

# the fifty-ninth batch (held-out-59: 12 English hosting, maintenance-plan and support pages), collected and labelled
# apart from the lint work and committed before any run (collectl59 40bfc9e9), run once in session 32's fourth round
# as a fresh measurement (1db13ab9): English 24/38 caught, 4/125 false alarms, the same with the session-start lint.
FLOORS["held-out-59"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (24, 38, 4, 125)}
EN_DOCUMENT_FLOORS["held-out-59"] = (24, 38, 4, 125, 0, 0)

# the sixtieth to sixty-second batches (held-out-60: 19 English council, university, charity-SaaS, developer-tool and
# extension support pages; held-out-61: 11 English support and warranty sections inside larger repository documents;
# held-out-62: 2 Chinese after-sales sections inside a procurement notice and a product manual), collected and
# labelled apart from the lint work and committed before any run (collectl60 07541fd1, collectl61 1dab8bf8, collectl62
# 325c7fc3), run once in session 33's first round (4daf63b4 pre-registered in 21bb8e8c): English 55/83 caught, 30/564
# false alarms, SLA findings right 16/21; zh-Hans 4/7, 1/25; the same with the session-start lint and without lint33A
# (kept on the tie). Tuning data from then on.
FLOORS["held-out-60"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (28, 37, 10, 218)}
EN_DOCUMENT_FLOORS["held-out-60"] = (28, 37, 10, 218, 9, 12)
FLOORS["held-out-61"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (27, 46, 20, 346)}
EN_DOCUMENT_FLOORS["held-out-61"] = (27, 46, 20, 346, 6, 8)
FLOORS["held-out-62"] = {"zh-Hans": (4, 7, 1, 25), "zh-Hant": (0, 0, 0, 0), "en": (0, 0, 0, 0)}

# the sixty-third and sixty-fourth batches (held-out-63: 11 English vertical software vendors' support and
# maintenance-plan pages; held-out-64: 17 English support, maintenance and long-term-support policy files from public
# repositories), collected and labelled apart from the lint work and committed before any run (collectl63 cf7eae31,
# collectl64 90350442), run once in session 33's second round as a fresh measurement (cee0abc0, with lint33A): English
# 50/91 caught, 33/473 false alarms, SLA findings right 7/7. Tuning data from then on.
FLOORS["held-out-63"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (21, 35, 15, 152)}
EN_DOCUMENT_FLOORS["held-out-63"] = (21, 35, 14, 152, 7, 7)
FLOORS["held-out-64"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (29, 56, 18, 321)}
EN_DOCUMENT_FLOORS["held-out-64"] = (29, 56, 19, 321, 0, 0)

# the sixty-fifth and sixty-sixth batches (held-out-65: 24 English VoIP, telecom, managed-security, backup and hosting
# providers' support terms and SLAs; held-out-66: 2 professionally drafted English support addenda and maintenance
# schedules), collected and labelled apart from the lint work and committed before any run (collectl65 58197479,
# collectl66 48e31d1c), run once in session 33's third round as a fresh measurement (522502ce): English 45/74 caught,
# 19/388 false alarms, SLA findings right 20/25. Tuning data from then on.
FLOORS["held-out-65"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (32, 54, 14, 337)}
EN_DOCUMENT_FLOORS["held-out-65"] = (32, 54, 12, 337, 3, 3)
FLOORS["held-out-66"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (13, 20, 5, 51)}
EN_DOCUMENT_FLOORS["held-out-66"] = (13, 20, 5, 51, 17, 22)

# the sixty-seventh batch (held-out-67: 19 English ERP and CRM partners' support plans and agencies' retainer terms),
# collected and labelled apart from the lint work and committed before any run (collectl67 443dd683), run once in
# session 33's fourth round as a fresh measurement (25443d90): English 28/56 caught, 9/234 false alarms, SLA findings
# right 2/4. Tuning data from then on.
FLOORS["held-out-67"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (28, 56, 9, 234)}
EN_DOCUMENT_FLOORS["held-out-67"] = (28, 56, 9, 234, 2, 4)

# the sixty-eighth batch (held-out-68: 21 English IT firms' and agencies' support, maintenance and AMC terms from India,
# South Africa, Malaysia, Singapore, Canada, Kenya, Nigeria and the Philippines), collected and labelled apart from the
# lint work and committed before any run (collectl68 e21b68fe), run once in session 33's fifth round as a fresh
# measurement (fbf5941a; the final code, with lint33A′, the same): English 29/59 caught, 16/248 false alarms, SLA
# findings right 2/4. Tuning data from then on.
FLOORS["held-out-68"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (29, 59, 16, 248)}
EN_DOCUMENT_FLOORS["held-out-68"] = (29, 59, 16, 248, 2, 4)

# the sixty-ninth batch (held-out-69: 12 English web-design, app and WordPress agencies' care-plan, support and
# maintenance terms from New Zealand, Australia and the UK), collected and labelled apart from the lint work and
# committed before any run (collectl69 508b8921), run once in session 34's first round as a fresh measurement
# (6003e530; the final code's findings identical): English 39/53 caught, 11/157 false alarms, SLA findings right 7/7.
# Tuning data from then on.
FLOORS["held-out-69"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (39, 53, 11, 157)}
EN_DOCUMENT_FLOORS["held-out-69"] = (39, 53, 11, 157, 7, 7)

# the seventieth batch (held-out-70: 22 English hosting, CDN and cloud providers' service levels and support terms,
# and commercial support for open-source software), collected and labelled apart from the lint work and committed
# before any run (collectl70 4cdf6d33), run once in session 34's first round as a fresh measurement (6003e530; the
# final code's findings identical): English 17/35 caught, 14/296 false alarms, SLA findings right 8/14. Tuning data
# from then on.
FLOORS["held-out-70"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (17, 35, 14, 296)}
EN_DOCUMENT_FLOORS["held-out-70"] = (17, 35, 15, 296, 8, 15)

# the seventy-first batch (held-out-71: 4 English public bodies' software and IT support terms: two city contracts,
# a Texas education service center and Missouri's school network), collected and labelled apart from the lint work
# and committed before any run (collectl71 1d7afa97), run once in session 34's second round as a fresh measurement
# (c26a9d4e; the final code, with lint34A, the same): English 8/12 caught, 5/33 false alarms. Tuning data from then on.
FLOORS["held-out-71"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (8, 12, 5, 33)}
EN_DOCUMENT_FLOORS["held-out-71"] = (8, 12, 5, 33, 0, 0)

# the seventy-second batch (held-out-72: 22 English software-maintenance and SLA templates and small published SaaS
# and web-platform SLAs), collected and labelled apart from the lint work and committed before any run (collectl72
# 43983f62), run once in session 34's second round as a fresh measurement (c26a9d4e; the final code, with lint34A, the
# same): English 24/31 caught, 21/292 false alarms, SLA findings right 11/14. Tuning data from then on.
FLOORS["held-out-72"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (24, 31, 21, 292)}
EN_DOCUMENT_FLOORS["held-out-72"] = (24, 31, 21, 292, 11, 14)

# the seventy-third batch (held-out-73: 1 zh-Hans cloud VPC SLA, Yovole's; the Chinese stored sources are used up),
# collected and labelled apart from the lint work and committed before any run (collectl73 234d40c8), run once in
# session 34's third round as a fresh measurement (5e0c112d): zh-Hans 1/3 caught, 1/11 false alarms. Tuning data from
# then on.
FLOORS["held-out-73"] = {"zh-Hans": (1, 3, 1, 11), "zh-Hant": (0, 0, 0, 0), "en": (0, 0, 0, 0)}

# the seventy-fourth batch (held-out-74: 13 English managed-IT-services and IT-support terms and schedules), collected
# and labelled apart from the lint work and committed before any run (collectl74 b07b61f0), run once in session 34's
# third round as a fresh measurement (5e0c112d): English 24/33 caught, 13/190 false alarms, SLA findings right 3/3.
# Tuning data from then on.
FLOORS["held-out-74"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (24, 33, 13, 190)}
EN_DOCUMENT_FLOORS["held-out-74"] = (24, 33, 13, 190, 3, 3)

# the seventy-fifth batch (held-out-75: 20 English B2B software, SaaS and app vendors' support and maintenance
# policies), collected and labelled apart from the lint work and committed before any run (collectl75 5a471136), run
# once in session 34's fourth round as a fresh measurement (ec715c98): English 23/37 caught, 17/284 false alarms, SLA
# findings right 4/9. Tuning data from then on.
FLOORS["held-out-75"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (23, 37, 17, 284)}
EN_DOCUMENT_FLOORS["held-out-75"] = (23, 37, 16, 284, 4, 9)

# the seventy-sixth batch (held-out-76: 23 English WordPress, Joomla, Shopify and BigCommerce theme, plugin and app
# vendors' support, update and refund policies), collected and labelled apart from the lint work and committed before
# any run (collectl76 4713798a), run once in session 34's fourth round as a fresh measurement (ec715c98): English 26/49
# caught, 19/356 false alarms. Tuning data from then on.
FLOORS["held-out-76"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (26, 49, 19, 356)}
EN_DOCUMENT_FLOORS["held-out-76"] = (26, 49, 19, 356, 0, 0)

# the seventy-seventh batch (held-out-77: 13 English developers' and web designers' warranty, bug-fixing, launch and
# post-launch support terms), collected and labelled apart from the lint work and committed before any run
# (collectl77 9a487280), run once in session 34's fifth round as a fresh measurement (3e15fbdb: 18/36; the final code,
# with lint34B, 19/36): English 19/36 caught, 9/158 false alarms. Tuning data from then on.
FLOORS["held-out-77"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (19, 36, 9, 158)}
EN_DOCUMENT_FLOORS["held-out-77"] = (19, 36, 9, 158, 0, 0)

# the seventy-eighth batch (held-out-78: 18 English IT support and software support terms of firms serving one trade:
# dental, veterinary, pharmacy, law, accounting, schools, hotels, restaurants, salons), collected and labelled apart
# from the lint work and committed before any run (collectl78 b9a6d48b), run once in session 34's fifth round as a
# fresh measurement (3e15fbdb; the final code the same): English 24/39 caught, 12/268 false alarms, SLA findings right
# 2/6. Tuning data from then on.
FLOORS["held-out-78"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (24, 39, 12, 268)}
EN_DOCUMENT_FLOORS["held-out-78"] = (24, 39, 12, 268, 2, 6)

# the seventy-ninth batch (held-out-79: 6 English service scopes of one G-Cloud supplier, UKCloud, from its
# documentation repository), collected and labelled apart from the lint work and committed before any run (collectl79
# b2e55530), run once in session 34's sixth round as a fresh measurement (16242bd6): English 13/27 caught, 16/261
# false alarms. Tuning data from then on.
FLOORS["held-out-79"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (13, 27, 16, 261)}
EN_DOCUMENT_FLOORS["held-out-79"] = (13, 27, 16, 261, 0, 0)

# the eightieth batch (held-out-80: 22 English maintenance, support and warranty terms of offshore and outsourcing
# development firms in India, Pakistan, Bangladesh, Sri Lanka, Vietnam, the Philippines and Poland), collected and
# labelled apart from the lint work and committed before any run (collectl80 304bee0b), run once in session 34's sixth
# round as a fresh measurement (16242bd6): English 40/61 caught, 21/299 false alarms. Tuning data from then on.
FLOORS["held-out-80"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (40, 61, 21, 299)}
EN_DOCUMENT_FLOORS["held-out-80"] = (40, 61, 21, 299, 0, 0)

# the eighty-first batch (held-out-81: 16 English support, maintenance and warranty terms of point-of-sale, kiosk,
# digital-signage, CCTV and medical-device software makers), collected and labelled apart from the lint work and
# committed before any run (collectl81 3fbeeda6), run once in session 34's seventh round as a fresh measurement
# (d9679f5e): English 22/37 caught, 9/190 false alarms, SLA findings right 0/1. Tuning data from then on.
FLOORS["held-out-81"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (22, 37, 9, 190)}
EN_DOCUMENT_FLOORS["held-out-81"] = (22, 37, 9, 190, 0, 1)

# the eighty-second batch (held-out-82: 15 English support terms of agencies building on CiviCRM, TYPO3, SuiteCRM,
# Plone, Joomla, Magento, Moodle and Odoo), collected and labelled apart from the lint work and committed before any
# run (collectl82 5fdd6853), run once in session 34's seventh round as a fresh measurement (d9679f5e): English 24/40
# caught, 13/183 false alarms. Tuning data from then on.
FLOORS["held-out-82"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (24, 40, 13, 183)}
EN_DOCUMENT_FLOORS["held-out-82"] = (24, 40, 13, 183, 0, 0)

# the eighty-third batch (held-out-83: 22 English backup, disaster-recovery and business-continuity providers' service
# levels and terms), collected and labelled apart from the lint work and committed before any run (collectl83
# c6e431fb), run once in session 34's eighth round as a fresh measurement (050f7262): English 36/58 caught, 22/243
# false alarms, SLA findings right 20/28. Tuning data from then on.
FLOORS["held-out-83"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (36, 58, 22, 243)}
EN_DOCUMENT_FLOORS["held-out-83"] = (36, 58, 22, 243, 20, 28)

# the eighty-fourth batch (held-out-84: 19 English digital-marketing and SEO agencies' website maintenance, hosting
# and support terms), collected and labelled apart from the lint work and committed before any run (collectl84
# 26efb61f), run once in session 34's eighth round as a fresh measurement (050f7262): English 38/70 caught, 9/255 false
# alarms. Tuning data from then on.
FLOORS["held-out-84"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (38, 70, 9, 255)}
EN_DOCUMENT_FLOORS["held-out-84"] = (38, 70, 9, 255, 0, 0)

# the eighty-fifth batch (held-out-85: 24 English e-learning, learning-management and school-software vendors'
# support and service-level terms), collected and labelled apart from the lint work and committed before any run
# (collectl85 6d2e3869), run once in session 34's ninth round as a fresh measurement (5153295b): English 26/61 caught,
# 12/272 false alarms, SLA findings right 5/8. Tuning data from then on.
FLOORS["held-out-85"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (26, 61, 12, 272)}
EN_DOCUMENT_FLOORS["held-out-85"] = (26, 61, 12, 272, 5, 8)

# the eighty-sixth batch (held-out-86: 22 English payment-gateway, booking-system and e-commerce platform vendors'
# support and service-level terms), collected and labelled apart from the lint work and committed before any run
# (collectl86 b2493914), run once in session 34's ninth round as a fresh measurement (5153295b): English 36/62 caught,
# 17/327 false alarms, SLA findings right 3/4. Tuning data from then on.
FLOORS["held-out-86"] = {"zh-Hans": (0, 0, 0, 0), "zh-Hant": (0, 0, 0, 0), "en": (36, 62, 17, 327)}
EN_DOCUMENT_FLOORS["held-out-86"] = (36, 62, 17, 327, 3, 4)

# The tests come last: their parameters are the splits of the tables above as the module leaves them, so a floor
# block that names a split for the first time is tested too. Append new floor blocks above this line.


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:  # type: ignore[type-arg]
    return {split: score(load(split), termsmith_linter) for split in FLOORS}


@pytest.mark.parametrize("split", list(FLOORS))
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_chinese_whole_documents_do_not_regress(split: str, lang: str) -> None:
    caught, vague, alarms, clean = ZH_DOCUMENT_FLOORS.get(split, FLOORS[split])[lang]
    s = score_documents(load(split), termsmith_document_linter)[lang]
    assert (s.vague, s.clean) == (vague, clean), "the corpus changed: update the floors from a fresh measurement"
    assert s.caught >= caught, [m.text for m in s.misses]
    assert s.false_alarms <= alarms, [(a.text, got) for a, got in s.alarms]


@pytest.mark.parametrize("split", list(FLOORS))
@pytest.mark.parametrize("lang", LANGS)
def test_recall_and_false_alarms_do_not_regress(scores, split: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    caught, vague, alarms, clean = FLOORS[split][lang]
    s = scores[split][lang]
    assert (s.vague, s.clean) == (vague, clean), "the corpus changed: update the floors from a fresh measurement"
    assert s.caught >= caught, [m.text for m in s.misses]
    assert s.false_alarms <= alarms, [(a.text, got) for a, got in s.alarms]


def test_tuning_set_precision_on_professional_slas_does_not_regress(scores) -> None:  # type: ignore[no-untyped-def]
    s = scores["tune"]["en"]
    assert s.right_findings >= 20 and s.findings - s.right_findings <= 0


@pytest.mark.parametrize("split", list(EN_DOCUMENT_FLOORS))
def test_english_whole_documents_do_not_regress(split: str) -> None:
    caught, vague, alarms, clean, right, findings = EN_DOCUMENT_FLOORS[split]
    s = score_documents(load(split), termsmith_document_linter)["en"]
    assert (s.vague, s.clean) == (vague, clean), "the corpus changed: update the floors from a fresh measurement"
    assert s.caught >= caught, [m.text for m in s.misses]
    assert s.false_alarms <= alarms, [(a.text, got) for a, got in s.alarms]
    assert s.right_findings >= right and s.findings - s.right_findings <= findings - right


def test_closed_held_out_halves_refuse_misses(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``--misses`` is refused on every held-out half still closed (``CLOSED``); held-out-7 and held-out-8
    are tuning data now (CLOSED is empty), so the refusal is checked on a table that closes one, as the
    next batch will be closed when it is registered."""
    module = load_bench("eval_lint_realtext")
    assert module.main(["--split", "held-out-8", "--misses", "--lang", "en"]) == 0  # opened for the sixth round
    assert "held-out-8/en/" in capsys.readouterr().out
    assert module.main(["--split", "held-out-7", "--misses", "--lang", "zh-Hant"]) == 0  # the fifth Chinese round's
    assert "held-out-7/zh-Hant/" in capsys.readouterr().out
    monkeypatch.setattr(module, "CLOSED", {"held-out-7": ("zh-Hans", "zh-Hant")})
    for argv in (["--split", "held-out-7", "--misses"], ["--split", "held-out-7", "--misses", "--lang", "zh-Hant"]):
        with pytest.raises(SystemExit) as refused:
            module.main(argv)
        assert refused.value.code == 2
        assert "held-out-7/zh-" not in capsys.readouterr().out
    assert module.main(["--split", "held-out-7", "--misses", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "MISS  held-out-7/en/" in out and "held-out-7/zh-" not in out
    monkeypatch.setattr(module, "CLOSED", {"held-out-8": ("en",)})
    for argv in (["--split", "held-out-8", "--misses"], ["--split", "all", "--misses", "--lang", "en"]):
        with pytest.raises(SystemExit) as refused:
            module.main(argv)
        assert refused.value.code == 2 and "held-out-8/" not in capsys.readouterr().out
