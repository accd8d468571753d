"""Plain-text files wrapped at a fixed width (issue 12, extract25): a sentence running on over lines is one
paragraph, so a time cut by the wrap ("within 1 working" / "hour") is read whole; lists, label lines over their
values, short lines and CJK text keep their lines. Texts of our own, in the style of a hard-wrapped support
policy."""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, level_times, terms_of, text_lines
from pytest import CaptureFixture

from termsmith.extract.readers import read_document

_POLICY = text_lines(
    "3. Support levels",
    "",
    "    1. Urgent tickets must receive a first reply within 30 minutes, at any",
    "       time of the day or night, and must be fixed within 4 hours of the",
    "       first reply.",
    "    2. High priority tickets must receive a first reply within 2 working",
    "       hours.",
)


def _paragraphs(tmp_path: Path, *lines: str) -> list[str]:
    """The paragraphs a plain-text file of these lines is read as."""
    path = tmp_path / "lines.txt"
    path.write_text(text_lines(*lines), encoding="utf-8")
    return [p.text for p in read_document(path).paragraphs]


def test_a_wrapped_sentence_is_one_paragraph(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(_POLICY, encoding="utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts[2] == "2. High priority tickets must receive a first reply within 2 working hours."
    found = extract_json(path, capsys)
    assert level_times(found["terms"]) == {"Urgent": ("30m", "4h"), "High": ("2 business hours", None)}
    # the quote runs over the wrap; its place is where the sentence starts
    evidence = found["evidence"]["severity_levels[1].response"]
    assert "within 2 working hours" in evidence["quote"]
    assert (evidence["line"], evidence["column"]) == (6, 8)  # "High", after the item number "2. "


def test_the_second_lines_characters_keep_their_place(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(_POLICY, encoding="utf-8")
    high = read_document(path).paragraphs[2]
    at = high.locate(high.text.index("hours."))
    assert (at.line, at.column) == (7, 8)


def test_labels_lists_and_short_lines_keep_their_lines(tmp_path: Path) -> None:
    texts = _paragraphs(
        tmp_path,
        "Priority 1 Response Time (within Support Hours) for the whole service",
        "1 day",
        "The following channels are available to every customer of ours:",
        "- email",
        "- telephone",
        "Short line",
        "continues here",
        "系统故障时乙方应在接到通知后两小时内响应并在二十四小时内到达现场处理故障",
        "解决问题",
    )
    assert texts == [
        "Priority 1 Response Time (within Support Hours) for the whole service",
        "1 day",
        "The following channels are available to every customer of ours:",
        "- email",
        "- telephone",
        "Short line",
        "continues here",
        "系统故障时乙方应在接到通知后两小时内响应并在二十四小时内到达现场处理故障",
        "解决问题",
    ]


def test_a_number_runs_on_after_a_word_that_wants_it(tmp_path: Path) -> None:
    assert _paragraphs(
        tmp_path,
        "    2. Low priority tickets must receive initial and subsequent replies within",
        "       5 business days.",
    ) == ["2. Low priority tickets must receive initial and subsequent replies within 5 business days."]


def test_a_replaced_parts_warranty_is_no_free_period(tmp_path: Path) -> None:
    # joined over its wrap, the sentence reads whole: the rest of an existing warranty or thirty days, whichever is
    # longer, states no free period of the agreement's own

    terms = terms_of(
        tmp_path,
        text_lines(
            "Replacement parts are warranted free of charge under the terms of this Agreement for the remainder",
            "of the original warranty period or thirty (30) days, whichever is longer.",
        ),
    )
    assert "free_maintenance" not in terms


def test_a_short_line_ends_the_wrapped_sentence_whatever_came_before(tmp_path: Path) -> None:
    # the line above must itself run to full width; a long paragraph before it is no reason to join
    assert _paragraphs(
        tmp_path,
        "Support requests sent by e-mail are answered by the duty engineer of the",
        "day, who logs them",
        "and the customer receives the ticket number by return.",
    ) == [
        "Support requests sent by e-mail are answered by the duty engineer of the day, who logs them",
        "and the customer receives the ticket number by return.",
    ]


_RUN_ON = "the vendor answers every request of the client within four hours and resolves it within two days and"


def test_an_endless_wrapped_sentence_is_read_in_pieces_that_keep_their_places(tmp_path: Path) -> None:
    # 400 full-width lines with no sentence end: joined up to a bound, then a new paragraph, never one of 40,000
    # characters (the rules look back over a sentence from each time: one endless sentence took minutes)
    path = tmp_path / "wrapped.txt"
    path.write_text(text_lines(*[_RUN_ON] * 400), encoding="utf-8")
    paragraphs = read_document(path).paragraphs
    assert len(paragraphs) > 1
    assert all(len(p.text) < 2000 + len(_RUN_ON) + 1 for p in paragraphs)
    assert " ".join(p.text for p in paragraphs) == " ".join([_RUN_ON] * 400)
    last = paragraphs[-1]
    at = last.locate(last.text.rindex("the vendor"))
    assert (at.line, at.column) == (400, 1)


def test_a_sentence_of_one_endless_line_is_read_in_pieces(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    from termsmith.extract.sentences import MAX_SENTENCE, split

    path = tmp_path / "line.txt"
    path.write_text(" ".join([_RUN_ON] * 100) + " urgent faults are fixed within 3 hours\n", encoding="utf-8")
    document = read_document(path)
    sentences = split(document.paragraphs)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert "".join(document.paragraphs[0].text[s.offset : s.offset + len(s.text)] for s in sentences).replace(
        " ", ""
    ) == document.paragraphs[0].text.replace(" ", "")
    found = extract_json(path, capsys)  # the last piece is read like any sentence, and points at its own column
    evidence = next(v for k, v in found["evidence"].items() if "within 3 hours" in v["quote"])
    assert evidence["line"] == 1 and evidence["column"] > MAX_SENTENCE
