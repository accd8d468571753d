"""English sentence forms that hold a vague word without committing anybody to it.

The first-run false alarms of every English held-out batch fell into a few
constructions (see /work/notes/linten4-s4.md); each check below is one of them,
stated by its form, not by the words of the batch it came from:

- a question (Need occasional content edits or support?) offers, it does not commit;
- a purpose adjunct that opens the sentence (To ensure consistent service, …): the
  commitment, if any, is in the main clause;
- a template placeholder or option list in square brackets ([Platinum, Gold, etc.]);
- the items of an inline list after a negated lead-in (Recipient will not: (i) …
  (iv) attempt to …);
- a hedge adverb (typically, generally, usually …) in a description (Critical problems
  typically involve core processing failures): a hedge is a commitment only over a
  promise, a figure, or a party's service (typically receive a response within 48
  hours · updates are normally done within 24 hours), a frequency in words among figures (usually, once or
  twice a month);
- a time word in a party's right to end or suspend (can immediately end the agreement if:);
- an allowance's permitted uses (Support time can be used for …, etc.);
- a category defined by what marks it (Minor changes are identified by a change to the third digit);
- a dispute to be negotiated (a step of its resolution, not a term left open);
- the then-current release or version (a version named, not a price left open);
- a right to act from time to time (we may from time to time monitor your use), unless what
  may be done is a change of the terms (may from time to time modify these terms);
- (fifth round, linten5) a sentence about the document itself (Throughout this document,
  reference is made to …; in this document we try to write …): it names a word, it commits
  nobody;
- a heading line: a short Title-Case line with no full stop (Current Hourly Rate);
- minor updates beside a major version: the release level, a term of art;
- an open list bounded by parity (… and other resources, to the extent that Provider makes such
  resources available to its other customers): what the others get is the measure.
- (sixth round, linten6) "immediate" grading an impact (may be causing an immediate functional
  stoppage): a state described, no deadline;
- "X related services" (IT related services, hosting-related services): a kind of service named, an
  open list only after a coordinator, a determiner or a verb (maintenance and related services);
- a purpose adjunct may also end where a request to the reader begins (To avoid additional charges
  please wait …);
- advice to the customer opening the sentence (We recommend you make regular system backups).
- (seventh round, linten7) "outstanding" before a noun that is no service, person or result means
  remaining (any outstanding issues); an alert from a monitor whose period the sentence states is
  measured by it (monitor the uptime every 5 minutes … immediate notification of downtime); an open
  list in an opening adjunct of circumstance names the occasion (Whilst performing backups and other
  maintenance tasks, …); a grade left to the customer's own judgment (it is up to you to confirm that this
  is satisfactory).
- (fourteenth round, linten14) how the product runs, as the purpose of a stated task (patches to keep things going
  smoothly · we check the live site to ensure things are working smoothly): the task is the service, the state is
  its aim; not after a verb of effort (we work to keep your site running smoothly), nor a state one side ensures
  (I'll ensure your website continues to perform well).
- (sixteenth round, linten16) an aim verb reaching for a stated figure (we aim to respond within 2 business days ·
  strives to maintain a 99.9% network uptime): the figure is what the SLA measures.

English (ASCII) sentences only; every check is a plain test before any pattern.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache
from termsmith.lint.lexicon.en_round15 import EMERGENCY_CARVE_OUT
from termsmith.lint.matcher import Term

_HEDGES = frozenset(("typically", "usually", "normally", "generally", "ordinarily", "in general", "often"))
# (linten6) … or that ends where a request to the reader begins (To avoid additional charges please wait …)
_PURPOSE_ADJUNCT = r"[\s\d.()•·*-]*(?:in\s+order\s+)?to\s+[a-z]+\b[^,;:.]{0,100}?(?:,|\s(?=please\b))"
_NEGATED_LEAD_IN = (
    r"\b(?:will|shall|must|may|can|agrees?\s+to|undertakes?\s+to)\s+not\s*:\s*\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})\)"
)
_TRAILING = frozenset(" \t\n\"”')")
_RIGHT_VERB_INITIALS = frozenset("etcsd")  # end, terminate, cancel, suspend, stop, discontinue
_BACK = 600  # how far back (on the same line) an inline list's negated lead-in is looked for
# what a hedge may hedge: a promise marker, a figure, a party's service (done, available, receive a response)
_HEDGED = (
    r"\d|\b(?:will|shall|must|we|our|us|you|your)\b|['’]ll\b|\b(?:receives?|respond(?:s|ed)?|resolve[sd]?|fix(?:es|ed)?|"
    r"provide[sd]?|deliver(?:s|ed)?|available|done|performed|completed|handled|processed|updated|installed|"
    r"applied|scheduled|answered|acknowledged|addressed|restored|covered|included)\b|"
    # (linten7) a frequency written in words is a figure too (Usually, once or twice a month.)
    r"\b(?:once|twice|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|"
    r"(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year))\b"
)
# a category defined by what marks it (Minor changes are identified by a change to the third digit)
_DEFINED_BY = r"[\s\d.()•·*-]*[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:is|are)\s+(?:identified|indicated|denoted|signified|marked)\s+by\b"
_THEN_CURRENT = frozenset(("then-current", "then current"))
_VERSION_AFTER = r"\s+(?:[a-z-]+\s+)?(?:release|releases|version|versions|software|documentation|product)\b"
_ANY_TIME = frozenset(("from time to time", "at any time", "at anytime"))
_CHANGE_AFTER = (
    r"[\s,]*(?:change|modify|amend|alter|revise|update|vary|increase|adjust|replace|discontinue|withdraw|reprice|"
    # (lint22S) the same change named by its noun after a light verb (may from time to time make changes to the
    # Online Courses · may at any time make changes to GovPress · introduce modifications)
    r"(?:make|makes|introduce|introduces|implement|implements)\s+(?:any\s+|such\s+|certain\s+)?"
    r"(?:changes?|modifications?|amendments?|alterations?|revisions?|updates?|adjustments?|variations?)\b)"
)
_RIGHT_TO_END = r"\s+(?:end|terminate|cancel|suspend|stop|discontinue)\b"
_PERMITTED_USE = r"\bcan\s+be\s+(?:used|applied|spent|put)\s+(?:for|to|on|towards?)\b"
# the document talking about itself: "(in|throughout) this document" and a verb of writing or naming
_ABOUT_ITSELF = (
    r"\b(?:in|throughout)\s+(?:this|these)\s+(?:document|agreement|policy|terms)\b[^.;]{0,40}?\b(?:writ(?:e|es|ten|ing)|"
    r"refer(?:s|red)?\s+to|reference\s+is\s+made|(?:use|uses|used)\s+(?:the\s+|plain\s+|simple\s+|such\s+)?(?:terms?|words?|phrases?|language|english)|call(?:s|ed)?)\b"
)
_PARITY = r"\bavailable\s+to\s+(?:all\s+)?(?:its|our|their|the\s+[a-z]+['’]s?)\s+other\s+(?:customers|clients|licensees|users)\b"
# (linten6) "immediate" grading an impact describes a state (may be causing an immediate functional stoppage)
_IMPACT_AFTER = (
    r"\s+(?:[a-z-]+\s+)?(?:stoppages?|outages?|threats?|dangers?|risks?|impacts?|effects?|halts?|shutdowns?|losses|loss|"
    r"failures?|harm|damage|crisis|disruptions?|consequences?|injury|hazards?)\b"
)
# (linten6) "X related services" (IT related services, hosting-related services) names a kind of service;
# only after a coordinator, a determiner or a verb (maintenance and related services, provide related
# services) is it an open list
_RELATED_OPEN_AFTER = frozenset(
    (
        "and",
        "or",
        "other",
        "any",
        "all",
        "such",
        "the",
        "these",
        "those",
        "its",
        "our",
        "their",
        "your",
        "of",
        "for",
        "with",
        "plus",
        "include",
        "includes",
        "including",
        "provide",
        "provides",
        "providing",
        "offer",
        "offers",
        "perform",
        "performs",
        "similar",
    )
)
# (linten6) advice to the customer opening the sentence (We recommend you make regular backups): the customer's
# practice, not a vendor's promise (a price left open in it still counts)
# (linten7) "outstanding" grades only a service, its people or results, or stands as a predicate (our support is
# outstanding.); before any other noun it means remaining (any outstanding issues, outstanding tickets)
_OUTSTANDING_GRADES = (
    r"\s+(?:(?:customer\s+)?(?:service|services|support|quality|results?|care|value|performance|experience|standards?|"
    r"levels?|work|job|response|responsiveness|reliability|team|staff|people|technicians?|engineers?|expertise|skills?|"
    r"communication|uptime|track\s+record|reputation)\b|and\b)|\s*(?:[.,;:!)]|$)"
)
# (linten7) an alert a monitor sends, whose period the sentence states (monitor … every 5 minutes … immediate
# notification of downtime): the period is the measure
_MONITOR_ALERT = r"\s+(?:e-?mail\s+|sms\s+)?(?:notifications?|alerts?|alerting)\b"
_MONITOR_PERIOD = (
    r"\bmonitor[a-z]*\b[^.;]{0,80}?\bevery\s+(?:\d+|one|two|five|ten|fifteen|thirty)\s+(?:seconds?|minutes?)\b"
)
# (linten7) an open list inside an opening adjunct of circumstance names the occasion, not the scope promised
# (Whilst performing backups and other maintenance tasks copies may need to be downloaded · As part of some
# maintenance tasks a third-party service will be used): the adjunct has no finite verb of its own, so it ends
# at the word before the sentence's first modal (the main clause's subject) or at its first comma
_CIRCUMSTANCE = r"[\s\d.()•·*-]*(?:whilst|while|during|as\s+part\s+of|in\s+the\s+course\s+of)\s"
_FIRST_MODAL = r"(?:,|\s[a-z0-9][\w'’-]*\s+(?:will|shall|must|may|might|can|could|would)\b)"
# (linten7) the customer's own judgment (it is up to you to confirm that this is satisfactory), with no promise
# of the vendor's after it
_UP_TO_CUSTOMER = (
    r"\bup\s+to\s+(?:you|the\s+(?:client|customer|licensee|user))\s+to\b(?![^.;]*\b(?:we|will|shall|must)\b)"
)
_ADVICE = r"[\s\d.()•·*-]*(?:we|i)\s+(?:would\s+)?(?:strongly\s+)?(?:recommend|advise|suggest|encourage)\s+(?:that\s+)?(?:you|customers?|clients?|users?)\b"
_ADVICE_OPENINGS = ("we ", "i ", " we ", " i ", "\nwe ", "\ni ")  # one plain test before the pattern
_HEADING_MAX = 60  # characters of a heading line
_HEADING_SMALL = frozenset(("and", "or", "of", "the", "a", "an", "for", "to", "in", "on", "&", "-", "–", "/"))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        regex_cache.compile(p)
        for p in (
            _PURPOSE_ADJUNCT,
            _NEGATED_LEAD_IN,
            _HEDGED,
            _RIGHT_TO_END,
            _PERMITTED_USE,
            _DEFINED_BY,
            _CHANGE_AFTER,
            _VERSION_AFTER,
            _ABOUT_ITSELF,
            _PARITY,
            _IMPACT_AFTER,
            _ADVICE,
            _OUTSTANDING_GRADES,
            _MONITOR_ALERT,
            _MONITOR_PERIOD,
            _CIRCUMSTANCE,
            _FIRST_MODAL,
            _UP_TO_CUSTOMER,
        )
    )


# (linten14) the way the product runs, as the aim of a task the sentence states (Monthly … patches to keep things
# going smoothly · we check the live site to ensure things are working smoothly · when it comes to ensuring Kubecost
# Cloud … performs seamlessly): a trailing purpose infinitive whose last verb, right before the adverb, is one of
# running. Not after a verb of effort (we work / strive / try to keep … running smoothly: the effort is the promise)
# nor with a modal of its own before the adverb
_RUNNING_MANNER = frozenset(
    ("smoothly", "seamlessly", "optimally", "properly", "reliably", "efficiently", "effectively")
)
_STATE_AS_PURPOSE = regex_cache.compile(
    r"(?<!\bwork )(?<!\bworks )(?<!\bstrive )(?<!\bstrives )(?<!\baim )(?<!\baims )(?<!\btry )(?<!\btries )"
    r"(?<!\bseek )(?<!\bendeavour )(?<!\bendeavor )(?<!\bhelp )(?<!\bhelps )(?<!\bbest )(?<!\befforts )"
    r"\bto\s+(?:keep|keeping|ensure|ensuring|make\s+sure)\s"
    r"(?:(?!\b(?:will|shall|must|we|i)\b)[^,;:.])*?"
    r"\b(?:running|working|going|functioning|performing|operating|runs?|works?|performs?|operates?|functions?)\s+$"
)
_STATE_WINDOW = 120  # characters before the adverb in which the purpose infinitive is looked for

# (linten15) emergency maintenance is vague where the sentence carves it out of the downtime that the availability
# figure counts (excluding … emergency maintenance · does not include … · "Maintenance" means … emergency
# maintenance, where maintenance is what the figure leaves out); elsewhere (Emergency maintenance time is included in
# SLA calculations) it commits nothing by itself
_CARVE_OUT = regex_cache.compile(
    r"\b(?:exclud(?:e|es|ed|ing)|except(?:ing)?|not\s+include[sd]?|(?:not|never)\s+count(?:ed|s)?|other\s+than)\b|"
    r"\bmaintenance[\"”’']?\s+(?:means|shall\s+mean|is\s+defined\s+as)\b"
)
# the one term that a definition or a glossary line does not silence: a definition of downtime or maintenance that
# carves emergency maintenance out is where the availability commitment is set (termsmith.lint.rules.language). Its
# own test, not_carved_out, stands for every other reading of context: the exclusion that silences other words is
# what makes this one vague
EN_THROUGH_DEFINITIONS = frozenset((EMERGENCY_CARVE_OUT,))


def not_carved_out(text: str, lower: str, found: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """(linten15) Emergency maintenance at ``span`` is not carved out of downtime in its sentence, or is a defined
    term in use ("Emergency Maintenance", whose definition sets its limits) or a quoted mention: no commitment."""
    lo, start = sentence[0], span[0]
    if found[:1].isupper() and start > lo and text[lo:start].strip(" \t\n\"“'‘(*-•·"):
        return True  # a defined term mid-sentence (excluding Scheduled Maintenance and Emergency Maintenance)
    if start > lo and text[start - 1] in "\"“'‘":
        return True
    return _CARVE_OUT.search(lower, lo, start) is None


def _state_as_purpose(lower: str, lo: int, start: int) -> bool:
    """The manner adverb at ``start`` says how the product runs, in a purpose infinitive after a stated task."""
    first = max(lo, start - _STATE_WINDOW)
    return lower.find("to ", first, start) > lo and _STATE_AS_PURPOSE.search(lower, first, start) is not None


def en_form_not_commitment(text: str, lower: str, term: Term, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The English word at ``span`` sits in one of the forms above: no commitment."""
    lo, hi = sentence
    start, end = span
    if text.find("?", end, hi) >= 0 and _ends_in_question(text, lo, hi):
        return True
    _, _, _, _, purpose_opening, by_category, heading_or_about_itself = _sentence_forms(text, lower, lo, hi)
    if purpose_opening and _in_purpose_adjunct(lower, lo, hi, end):
        return True
    if term.family == "VD" and _CUSTOMER_FAULT_EXCLUSION.match(lower, start) and _CUSTOMER_FAULT.match(lower, lo):
        return True  # (linten8) If the client has made unauthorised changes …, this agreement may not apply
    if ("standard" in term.term or "practice" in term.term) and _NORM_REMARK.search(lower, max(lo, start - 24), start):
        return True  # (linten8) … this is industry standard practise: a remark on what was said, no promise
    if (
        term.family == "VQ"  # a time word stays an offer of speed (For fast support, contact us)
        and lower[lo : lo + 8].lstrip(" \t\n*-").startswith("for ")
        and _in_for_adjunct(lower, lo, hi, end)
    ):
        return True  # (linten8) For peace of mind, in the unlikely event of a problem.
    if lower.find("[", lo, start) >= 0 and _placeholder(lower, lower.rfind("[", lo, start), start, end, hi):
        return True  # a template placeholder or option list: [Platinum, Gold, Tinfoil, etc.]
    if lower.find("(", lo, start if start < lo + 12 else lo + 12) >= 0 and _in_negated_list(lower, lo, start):
        return True
    if by_category:
        return True  # a category defined by what marks it
    if heading_or_about_itself:
        return True  # a heading line; the document about its own wording
    if term.term in _ONE_TERM_FORMS and _one_term_form(lower, term.term, lo, hi, start, end):
        return True
    if term.family == "VS" and (
        (lower.startswith("minor", start) and lower.find("major", lo, hi) >= 0)
        or (lower.find("available to", lo, hi) >= 0 and _patterns()[9].search(lower, lo, hi) is not None)
    ):
        return True  # minor beside major: a release level; an open list bounded by parity with other customers
    if term.family != "VD" and lower.startswith(_ADVICE_OPENINGS, lo) and _patterns()[11].match(lower, lo, start):
        return True  # We recommend you make regular system backups: advice to the customer
    if lower.find("up to ", lo, start) >= 0 and _patterns()[17].search(lower, lo, start):
        return True  # it is up to you to confirm that this is satisfactory: the customer's own judgment
    if term.family == "VS" and _in_circumstance(lower, lo, hi, end):
        return True  # whilst performing backups and other maintenance tasks …: the occasion, not the scope
    if term.term in _HEDGES or term.family == "VT" or lower.find("can be", lo, start) >= 0:
        return _by_term(lower, term, span, sentence)
    return term.term == "to be negotiated / arranged" and lower.find("disput", lo, hi) >= 0


# (linten16) an aim at a stated measure (We aim to respond within 2 business days · The Provider strives to maintain a
# 99.9% network uptime): the figure is what the SLA measures, so the aim commits to it (the lead's third set of label
# decisions). Only the aim verbs the decision names (not "our goal is to provide a reliable service with a 99% SLA",
# where the figure bounds the service, not the goal); an efforts standard (reasonable endeavours … within the
# target times) stays vague whatever it reaches for. The figure is looked for in the aim's own clause, after it
_AIMS = frozenset(("aim to", "aims to", "strive to", "strives to", "strive", "strives", "striving"))
_AIM_MEASURE = regex_cache.compile(
    r"(?:[^;.:!?\n]|\.(?=\d)){0,120}?(?:\b(?:within|in|under|than)\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|"
    r"eight|ten|twelve|twenty-four|forty-eight)\s*-?\s*(?:business\s+|working\s+|calendar\s+)?"
    r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\d+(?:\.\d+)?\s*%)"
)

# (linten16) what the vendor receives or gets (within 48 hours of receiving all of the necessary information · We will
# contact you to get the necessary information): a condition on the vendor's own clock or a step it takes, nobody
# is bound to supply it to a standard (The Client shall provide all necessary information stays vague)
_NECESSARY_RECEIVED = regex_cache.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|get|gets|getting|obtain(?:s|ed|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:the\s+)?$"
)

# The forms that hold for one term only, tried only for those terms (one set lookup for every other word).
_ONE_TERM_FORMS = frozenset(
    (
        *_AIMS,
        "the necessary resources",
        *_THEN_CURRENT,
        *_ANY_TIME,
        "may … (hedged)",
        "determined by …",
        "… and other …",
        "immediate",
        "outstanding",
        "related services",
        *_RUNNING_MANNER,
    )
)


def _one_term_form(lower: str, name: str, lo: int, hi: int, start: int, end: int) -> bool:
    """The forms of en_form_not_commitment that belong to one term each (``name`` is in _ONE_TERM_FORMS)."""
    if name in _THEN_CURRENT:
        return _patterns()[7].match(lower, end) is not None  # the then-current release: a version named
    if name == "the necessary resources":
        return _NECESSARY_RECEIVED.search(lower, max(lo, start - 40), start) is not None  # (linten16) receiving all …
    if name in _AIMS:
        return _AIM_MEASURE.match(lower, end, hi) is not None  # (linten16) we aim to respond within 2 business days
    if name in _ANY_TIME:
        return _right_to_act(lower, start, end)  # we may from time to time monitor your use: a right to act
    if name == "may … (hedged)":
        # (linten9) needs may vary greatly over the course of usage: the customer's situation, no term
        return _CUSTOMER_SITUATION.search(lower, max(lo, start - 30), start) is not None
    if name == "determined by …":
        # (linten9) set to Severity 3 unless otherwise specified by Customer: the default is stated
        return lower.endswith("otherwise ", max(lo, start - 10), start)
    if name == "… and other …":
        # (linten9) sometimes for a decade or more: a minimum, not an open list
        return (
            lower.startswith("more", end - 4)
            and _QUANTITY_OR_MORE.search(lower, max(lo, start - 40), start + 3) is not None
        )
    if name in _RUNNING_MANNER:
        # (linten14) patches to keep things going smoothly: the way the product runs, as a task's aim
        return _state_as_purpose(lower, lo, start)
    if name == "immediate":
        # an immediate functional stoppage: an impact described, no deadline; monitored every 5 minutes …
        # immediate notification: the monitor's period measures it
        return _patterns()[10].match(lower, end) is not None or (
            _patterns()[13].match(lower, end) is not None and _patterns()[14].search(lower, lo, hi) is not None
        )
    if name == "outstanding":
        return not _patterns()[12].match(lower, end)  # any outstanding issues: remaining, not excellent
    return _kind_named(lower, lo, start)  # related services: IT related services, a kind of service named


# The checks of en_form_not_commitment that read only the sentence, kept for the sentence's next term (the
# bench has 2.5 English terms per sentence): the text and its lower-cased copy they were computed on (by
# identity), the sentence's bounds, then the results.
_SENTENCE_FORMS: list[object] = [None, None, -1, -1, False, False, False]


def _sentence_forms(text: str, lower: str, lo: int, hi: int) -> list[object]:
    """[text, lower, lo, hi, the sentence opens with a purpose (to … · in order to …), it defines a category by
    what marks it, it is a heading line or about the document's own wording], computed once per sentence."""
    c = _SENTENCE_FORMS
    if c[3] != hi or c[2] != lo or c[1] is not lower or c[0] is not text:
        c[:] = (
            text,
            lower,
            lo,
            hi,
            lower[lo : lo + 16].lstrip(" \t\n").startswith(("to ", "in order to ")),
            lower.find(" by ", lo, hi) >= 0 and _patterns()[5].match(text, lo, hi) is not None,
            (hi - lo <= _HEADING_MAX and _heading_line(text, lo, hi))
            or (
                (lower.find("this ", lo, hi) >= 0 or lower.find("these ", lo, hi) >= 0) and _about_itself(lower, lo, hi)
            ),
        )
    return c


def _kind_named(lower: str, lo: int, start: int) -> bool:
    """The word before "related services" is a noun that modifies it (IT related, hosting-related)."""
    if start > lo and lower[start - 1] == "-":
        return True
    words = lower[max(lo, start - 40) : start].split()
    return bool(words) and words[-1].isalpha() and words[-1] not in _RELATED_OPEN_AFTER


def _about_itself(lower: str, lo: int, hi: int) -> bool:
    """The sentence is about the document's own wording (Throughout this document, reference is made to …)."""
    for word in ("this ", "these "):  # plain finds first: "this" after "in"/"throughout" is rare (of this Agreement)
        i = lower.find(word, lo, hi)
        while i >= 0:
            if lower.endswith(("in ", "throughout "), max(lo, i - 11), i):
                return _patterns()[8].search(lower, max(lo, i - 11), hi) is not None
            i = lower.find(word, i + 5, hi)
    return False


def _heading_line(text: str, lo: int, hi: int) -> bool:
    """A heading: a line of at most six words, each capitalised (or a short function word), with no full stop."""
    if lo and text[lo - 1] != "\n":
        return False
    line = text[lo:hi]
    if not (line.rstrip(" \t").endswith("\n") or hi >= len(text) or text[hi] in "\r\n"):
        return False  # the sentence goes on past a line break, or it ends with a stop on the line
    words = line.split()
    return (
        0 < len(words) <= 6
        and words[-1][-1:].isalnum()  # no stop, colon, exclamation or question mark
        and all(w[:1].isupper() or w.lower() in _HEADING_SMALL for w in words)
    )


def _right_to_act(lower: str, start: int, end: int) -> bool:
    """``may``/``can`` right before the time word, and a verb after it that changes no term."""
    head = lower[max(0, start - 8) : start].rstrip(" ,")
    return head.endswith((" may", " can")) and _patterns()[6].match(lower, end) is None


def _by_term(lower: str, term: Term, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The checks that depend on the term: a hedge in a description, a right to end (time words), an
    allowance's permitted uses."""
    _, _, hedged, right_to_end, permitted, *_ = _patterns()
    lo, hi = sentence
    start, end = span
    if term.term in _HEDGES and (not hedged.search(lower, lo, hi) or _hedges_description(lower, start, end, hi)):
        return True
    if term.family == "VT" and lower[end + 1 : end + 2] in _RIGHT_VERB_INITIALS and right_to_end.match(lower, end):
        return True
    return lower.find("can be", lo, start) >= 0 and permitted.search(lower, lo, start) is not None


# (linten9) a hedge that opens a phrase after a comma, an appositive or a purpose (…, usually as a rate per hour, … ·
# changes to specific sections, generally to fix software operation), hedges that phrase only, which holds no figure;
# a hedge before a verb of happening (Major Version Releases typically occur every 12-24 months) describes how often
# something happens, it does not weaken a party's service
_HEDGED_PHRASE = regex_cache.compile(r"\s+(?:as|to)\s[^,;:.()]*")
_HAPPENS = regex_cache.compile(r"\s+(?:occurs?|happens?|arises?|takes?\s+place)\b")


def _hedges_description(lower: str, start: int, end: int, hi: int) -> bool:
    if _HAPPENS.match(lower, end, hi):
        return True
    if not lower[max(0, start - 2) : start].strip(" ").endswith(","):
        return False
    phrase = _HEDGED_PHRASE.match(lower, end, hi)
    return phrase is not None and not any(c.isdigit() for c in phrase.group())


def _in_circumstance(lower: str, lo: int, hi: int, end: int) -> bool:
    """The word ending at ``end`` sits in an opening adjunct of circumstance (see _CIRCUMSTANCE)."""
    opening = _patterns()[15].match(lower, lo, hi)
    if opening is None:
        return False
    main = _patterns()[16].search(lower, opening.end(), hi)
    return main is not None and end <= main.start()


# (linten8) an opening adjunct of purpose or benefit led by "for", with no verb, up to its comma (For peace of
# mind, … · For added security, …): the reason, not the promise (which, if any, follows the comma)
_FOR_ADJUNCT = regex_cache.compile(
    r"[\s\d.()•·*-]*for\s+(?!(?:a|an|the|all|any|each|every|customers?|clients?|critical|urgent|severity|priority|"
    r"issues?|incidents?|requests?|tickets?|calls?|work|services?|support|updates?)\b)[a-z-]+(?:\s+[a-z-]+){0,3}?\s*,"
)

# (linten8) a norm as the complement of a demonstrative (this is industry standard practice · which is best
# practice): it classifies the step just named, it promises no standard
_NORM_REMARK = regex_cache.compile(
    r"(?:^|[,;(]\s*|\s)(?:this|that|which|as)\s+is\s+(?:an?\s+|the\s+)?(?:common\s+|usual\s+)?$"
)
# (linten8) cover withdrawn, with a hedge, after a condition on the customer's own acts: an exclusion
_CUSTOMER_FAULT = regex_cache.compile(
    r"[\s\d.()•·*-]*if\s+(?:the\s+)?(?:client|customer|licensee|user|purchaser|you)s?\b"
)
_CUSTOMER_FAULT_EXCLUSION = regex_cache.compile(
    r"may\s+not\s+(?:apply|be\s+(?:covered|included|provided|supported|honou?red|valid))\b"
)
# (linten9) "or more" after a measured quantity sets a minimum (for a decade or more · 12 months or more · five users
# or more): the quantity is the bound, no open list
_QUANTITY_OR_MORE = regex_cache.compile(
    r"(?:\d[\d,.]*\s*|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred)\s+)"
    r"(?:[a-z-]+\s+)?(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|users?|devices?|sites?|"
    r"seats?|licen[cs]es?|pages?|computers?|servers?|workstations?)\s+or\s+$"
)
# (linten9) what a hedged "may vary/change" says of the customer's own situation (needs may vary greatly · your
# requirements may change): the subject is no service term (response times may vary stays hedged)
_CUSTOMER_SITUATION = regex_cache.compile(
    r"\b(?:needs|requirements|circumstances|situations?|usage|use\s+cases|workloads?|environments?|priorities)\s+$"
)
_FOR_FINITE = regex_cache.compile(r"\b(?:will|shall|must|may|can|could|would|is|are|was|were|we|you|i|they|it)\b")


def _in_for_adjunct(lower: str, lo: int, hi: int, end: int) -> bool:
    m = _FOR_ADJUNCT.match(lower, lo, hi)
    return m is not None and end <= m.end() and _FOR_FINITE.search(lower, lo, m.end()) is None


def _in_purpose_adjunct(lower: str, lo: int, hi: int, end: int) -> bool:
    m = _patterns()[0].match(lower, lo, hi)
    return m is not None and end <= m.end()


def _ends_in_question(text: str, lo: int, hi: int) -> bool:
    last = hi - 1
    while last > lo and text[last] in _TRAILING:
        last -= 1
    return text[last] == "?"


def _placeholder(lower: str, bracket: int, start: int, end: int, hi: int) -> bool:
    """The word sits in square brackets that hold a template's blank or its options
    ([Platinum, Gold, etc.], [insert …], [__]), not a table cell ([1 business day])."""
    close = lower.find("]", end, hi)
    if close < 0 or lower.find("]", bracket, start) >= 0:
        return False
    inside = lower[bracket:close]
    return "," in inside or "_" in inside or "insert" in inside or " or " in inside


def _in_negated_list(lower: str, lo: int, start: int) -> bool:
    """An item of an inline list whose lead-in is negated (Recipient will not: (i) … (iv) attempt to …):
    the splitter cuts the items at their semicolons, so an item opens with its marker, (iv), and
    the lead-in is looked for on the line before."""
    back = max(0, lo - _BACK)
    line = lower.rfind("\n", back, lo) + 1  # a break further back would not move the start
    return _patterns()[1].search(lower, max(line, back), start) is not None


# (linten6) the main clause after a condition or a negation written without a comma: "then" (If X is required
# then a cost will be included · in the event items are not available then equivalent items will be supplied),
# "but" before a new subject (… is not always possible but we update our customers), and the vendor's "we will"
# (If a theme is withdrawn we will suggest …)
_NEW_CLAUSE = (
    r"\bthen\s(?!\s*(?:current|prevailing|applicable|effective|existing|in\s+effect)\b)|"
    r"\b(?:but|however|whereas)\s+(?:we|you|they)\b|"
    r"\b(?:we|they)\s+(?:will|shall|must)\b"
)


# (linten7) a condition written without a comma ends where a new subject takes a modal: If a question requires
# extensive research the resolution time will lengthen · If a fault persists a technician will attend. The subject
# is a pronoun or a noun phrase opened by a determiner, and it must not follow the condition word itself (If the
# customer will need …: that is the condition's own subject and verb). Only after a condition word.
_CONDITION = r"\b(?:if|unless|in\s+the\s+event|provided\s+that)\b"
_CONDITION_MAIN = (
    r"(?<!\bif\s)(?<!\bunless\s)(?<!\bevent\s)(?<!\bthat\s)(?<!\bwhen\s)(?<!\bwhere\s)(?<!\bwhether\s)"
    r"\b(?:(?:the|our|your|its|their|this|these|an?)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*|"
    r"we|they|i|you|it|he|she)\s+(?:will|shall|must|would|can|may)\b"
)


# ... or a name (If an Error remains unsolved ACSC will dispatch …): a capitalised word that follows a lower-case
# word of the condition, not a determiner or the condition word (If the Licensed Software will …: its own subject)
_NAME_MAIN = r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s+(?:will|shall|must|would|can|may)\b"
_NOT_BEFORE_NAME = frozenset(
    (
        "if",
        "unless",
        "event",
        "that",
        "when",
        "where",
        "whether",
        "the",
        "a",
        "an",
        "our",
        "your",
        "its",
        "their",
        "this",
    )
)


def en_main_clause_start(text: str, lower: str, clause: tuple[int, int], span: tuple[int, int]) -> int:
    """Where the main clause holding ``span`` starts, after a condition or negation in the same clause that
    has no comma (see _NEW_CLAUSE, _CONDITION_MAIN and _NAME_MAIN); the clause's own start when there is none.
    Looked at only for a word that a mark before it would remove (termsmith.lint.uses.is_mention)."""
    new_clause, condition, condition_main, name_main = _new_clause()
    cut = clause[0]
    for m in new_clause.finditer(lower, cut, span[0]):
        cut = m.start()
    c = condition.search(lower, cut, span[0])
    if c is not None:
        for m in condition_main.finditer(lower, c.end(), span[0]):
            cut = max(cut, m.start())
        for m in name_main.finditer(text, c.end(), span[0]):
            before = text[c.end() : m.start()].split()
            if before and before[-1].islower() and before[-1] not in _NOT_BEFORE_NAME:
                cut = max(cut, m.start())
    return cut


@cache
def _new_clause() -> tuple[re.Pattern[str], ...]:
    return (
        regex_cache.compile(_NEW_CLAUSE),
        regex_cache.compile(_CONDITION),
        regex_cache.compile(_CONDITION_MAIN),
        regex_cache.compile(_NAME_MAIN),
    )
