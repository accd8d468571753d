"""Every diagnostic about a deal points into the file that holds the value: the offer or the deal."""

from __future__ import annotations

from offers_support import DEAL_HEAD, OFFER

from termsmith.cli import main

OFFER_FILE = "offers/shop.yaml"
DEAL_FILE = "deals/deal.yaml"


def _only(result, code: str):
    found = [d for d in result.diagnostics if d.code == code]
    assert len(found) == 1, result.diagnostics
    return found[0]


def test_a_bad_value_in_the_offer_is_reported_in_the_offer(ws, validate) -> None:
    ws.write(OFFER_FILE, OFFER.replace('hours: "09:00-18:00"', 'hours: "9-18"'))
    d = _only(validate(ws.deal()), "S102")
    line = ws.line_of(OFFER_FILE, 'hours: "9-18"')
    assert (d.file, d.line, d.col) == (OFFER_FILE, line, 14)
    assert d.path == "spec.calendars[0].hours"


def test_a_bad_override_is_reported_in_the_deal(ws, validate) -> None:
    deal = ws.deal("""\
      severity_levels:
        - id: P2
          clock: weekdays
    """)
    d = _only(validate(deal), "S200")
    assert (d.file, d.line) == (DEAL_FILE, ws.line_of(DEAL_FILE, "clock: weekdays"))
    assert d.path == "spec.severity_levels[1].clock"


def test_an_override_that_breaks_a_rule_names_both_places(ws, validate) -> None:
    deal = ws.deal("""\
      severity_levels:
        - id: P0
          resolution: 20m
    """)
    d = _only(validate(deal), "S200")
    assert (d.file, d.line) == (DEAL_FILE, ws.line_of(DEAL_FILE, "resolution: 20m"))
    response_line = ws.line_of(OFFER_FILE, "response: 30m")
    assert f"spec.severity_levels[0].response is set in {OFFER_FILE}:{response_line}:17" in d.message


def test_a_field_the_deal_must_add_is_reported_in_the_deal(ws, validate) -> None:
    deal = ws.deal(head=DEAL_HEAD.replace("  term:\n    start: 2026-01-10\n", ""))
    d = _only(validate(deal), "S100")
    assert d.message == "missing required field 'start'"
    assert d.file == DEAL_FILE and d.line == ws.line_of(DEAL_FILE, "spec:")
    assert "the offer leaves it to each deal" in d.hint


def test_positions_of_merged_list_items_follow_their_own_file(ws, validate) -> None:
    """A level appended by the deal sits at index 2 of the merged list but line N of the deal."""
    deal = ws.deal("""\
      severity_levels:
        - id: P3
          tier: consultation
          name: 咨询
          definition: 使用方法咨询
          response: 1h
          resolution: 24h
          clock: nowhere
    """)
    d = _only(validate(deal), "S200")
    assert d.path == "spec.severity_levels[2].clock"
    assert (d.file, d.line) == (DEAL_FILE, ws.line_of(DEAL_FILE, "clock: nowhere"))


def test_lint_findings_point_into_the_offer_and_honour_its_suppressions(ws, capsys) -> None:
    vague = OFFER.replace("description: 每日增量备份", "description: 及时完成每日增量备份")
    vague = vague.replace(
        "        description: 修复交付程序本身的缺陷",
        "        # termsmith: ignore[VT001] 示例：缺陷修复时限见故障分级\n"
        "        description: 尽快修复交付程序本身的缺陷",
    )
    ws.write(OFFER_FILE, vague)
    ws.deal()
    assert main(["lint", DEAL_FILE, "--format", "json"]) in (0, 1)
    import json

    findings = json.loads(capsys.readouterr().out)["diagnostics"]
    vt = [f for f in findings if f["code"] == "VT001"]
    assert [(f["file"], f["line"]) for f in vt] == [(OFFER_FILE, ws.line_of(OFFER_FILE, "及时完成"))]
    assert not [f for f in findings if f["code"].startswith("M")]


def test_text_output_quotes_the_offer_line(ws, capsys) -> None:
    ws.write(OFFER_FILE, OFFER.replace('hours: "09:00-18:00"', 'hours: "9-18"'))
    ws.deal()
    assert main(["validate", DEAL_FILE]) == 1
    out = capsys.readouterr().out
    assert f"{OFFER_FILE}:{ws.line_of(OFFER_FILE, 'hours')}:14" in out
    assert 'hours: "9-18"' in out  # the caret display shows the offer's own line


def test_structural_lint_rule_on_an_inherited_value_points_into_the_offer(ws, capsys) -> None:
    import json

    ws.deal()
    assert main(["lint", DEAL_FILE, "--format", "json"]) in (0, 1)
    findings = json.loads(capsys.readouterr().out)["diagnostics"]
    fee_rules = [f for f in findings if f["code"] == "TP005"]  # fees vs project value: the fees are the offer's
    assert fee_rules and all(f["file"] == OFFER_FILE for f in fee_rules)


def test_a_list_the_deal_must_complete_is_reported_in_the_deal(ws, validate) -> None:
    head = DEAL_HEAD.replace(
        """  parties:
    - role: client
      legal_name: 福州闽油能源有限公司
      credit_code: 91350100M000100Y43
""",
        "",
    )
    result = validate(ws.deal(head=head))
    d = next(d for d in result.diagnostics if d.path == "spec.parties")
    assert d.file == DEAL_FILE and d.line == ws.line_of(DEAL_FILE, "spec:")
    assert "the offer leaves it to each deal" in d.hint


def test_a_glyph_warning_for_an_inherited_text_points_into_the_offer(ws, capsys) -> None:
    rare = "\U00026009"  # no Simplified-Chinese Noto face draws it
    ws.write(OFFER_FILE, OFFER.replace("name: 数据备份", f"name: 数据{rare}备份"))
    ws.deal()
    assert main(["render", DEAL_FILE, "--format", "pdf", "-o", "out"]) == 0
    line = ws.line_of(OFFER_FILE, rare)
    assert f"{OFFER_FILE}:{line}:17: warning[X003]" in capsys.readouterr().err
