"""Regenerates tests/validate/broken/ from minimal-valid.yaml: python tests/validate/make_broken.py

The files are committed; the tests never run this script. After changing a case, update
EXPECTED in test_broken_specs.py by hand, checking each message and position.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
BASE = (ROOT / "minimal-valid.yaml").read_text(encoding="utf-8")
BASE = BASE.replace("# A small valid spec: every file in broken/ is this spec with one mistake.\n", "")


def sub(old, new, count=1):
    def f(text):
        assert text.count(old) >= 1, old
        return text.replace(old, new, count)

    return f


def chain(*fs):
    def f(text):
        for g in fs:
            text = g(text)
        return text

    return f


def drop_block(start_line, indent):
    """remove a line and everything indented deeper below it"""

    def f(text):
        lines = text.split("\n")
        out = []
        skipping = False
        for ln in lines:
            if ln == start_line:
                skipping = True
                continue
            if skipping:
                if ln.strip() and (len(ln) - len(ln.lstrip())) <= indent:
                    skipping = False
                else:
                    continue
            out.append(ln)
        assert len(out) < len(lines), start_line
        return "\n".join(out)

    return f


bomb = "".join(
    ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"]
    + [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)]
)
deep = (
    "apiVersion: termsmith/v1\nkind: ServiceSpec\nmetadata:\n  name: deep\nspec:\n  agreement: "
    + "[" * 100
    + "]" * 100
    + "\n"
)

CASES = {
    "01-tab-indentation": sub("    number: MIN-001", "\tnumber: MIN-001"),
    "02-unclosed-flow": sub("output: [zh-Hans]", "output: [zh-Hans"),
    "03-duplicate-fee-amount": sub(
        "        amount: 6000.00 CNY\n", "        amount: 6000.00 CNY\n        amount: 600.00 CNY\n"
    ),
    "04-duplicate-section": sub("  disputes:\n", "  fees:\n    currency: CNY\n  disputes:\n"),
    "05-python-object-tag": sub("value: 200000.00 CNY", "value: !!python/object/apply:os.system [echo pwned]"),
    "06-custom-tag": sub("name: 加油站小程序", "name: !include name.txt"),
    "07-merge-key": sub("    - id: P2\n", "    - <<: {clock: cn-business}\n      id: P2\n"),
    "08-alias-bomb": lambda t: bomb,
    "09-absurd-depth": lambda t: deep,
    "10-binary-junk": lambda t: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    "11-nul-byte": sub("number: MIN-001", "number: MIN\x00001"),
    "12-gbk-encoding": lambda t: t.encode("gbk"),
    "13-empty-file": lambda t: b"",
    "14-whitespace-only": lambda t: "  \n\n   \n",
    "15-comments-only": lambda t: "# a spec will go here\n# TODO\n",
    "16-two-documents": lambda t: t + "---\napiVersion: termsmith/v1\n",
    "17-top-level-list": lambda t: "- apiVersion: termsmith/v1\n- kind: ServiceSpec\n",
    "18-wrong-type-due-days": sub("due_days: 10", "due_days: ten"),
    "19-wrong-type-working-days": sub("working_days: [mon, tue, wed, thu, fri]", "working_days: mon-fri"),
    "20-wrong-type-bool": sub("included: true", "included: maybe"),
    "21-bad-unit-mins-later": sub("response: 30m", "response: 30 mins later"),
    "22-bad-unit-parsecs": sub("resolution: 4h", "resolution: 4 parsecs"),
    "23-bare-number-duration": sub("response: 30m", "response: 30"),
    "24-negative-money": sub("amount: 6000.00 CNY", "amount: -6000.00 CNY"),
    "25-over-precise-money": sub("price: 3000.00 CNY", "price: 3000.123 CNY"),
    "26-money-without-currency": sub("price: 3000.00 CNY", "price: 3000.00"),
    "27-unknown-currency": sub("value: 200000.00 CNY", "value: 200000.00 RMB"),
    "28-unknown-field-typo-required": sub("      response: 30m\n", "      respnse: 30m\n"),
    "29-unknown-field-typo-optional": sub(
        "  service_credits:\n", "  confidentality:\n    survives: 3 years\n  service_credits:\n"
    ),
    "30-missing-scope": drop_block("  scope:", 2),
    "31-missing-severity-levels": chain(drop_block("  severity_levels:", 2), drop_block("  service_credits:", 2)),
    "32-missing-free-maintenance": drop_block("  free_maintenance:", 2),
    "33-missing-fees": drop_block("  fees:", 2),
    "34-missing-source-code-owner": sub("    source_code_owner: client\n", "    documents_owner: client\n"),
    "35-milestones-sum-90": sub("percent: 50%\n        due_days: 15", "percent: 40%\n        due_days: 15"),
    "36-deposit-30-percent": chain(
        sub("percent: 50%\n        due_days: 10", "percent: 30%\n        due_days: 10\n        deposit: true"),
        sub("percent: 50%\n        due_days: 15", "percent: 70%\n        due_days: 15"),
    ),
    "37-inverted-response-resolution": chain(
        sub("response: 30m", "response: 4h"), sub("resolution: 4h", "resolution: 30m")
    ),
    "38-business-hours-on-24x7": sub("resolution: 4h", "resolution: 2 business days"),
    "39-unknown-clock": sub("clock: cn-business", "clock: cn-workdays"),
    "40-credit-code-check-digit": sub("91350100M000100Y43", "91350100M000100Y44"),
    "41-credit-code-length": sub("91350100M000100Y43", "91350100M000100Y4"),
    "42-court-and-arbitration": lambda t: (
        t + "    arbitration:\n      institution: 上海国际仲裁中心\n      seat: 上海\n"
    ),
    "43-no-forum": drop_block("    court:", 4),
    "44-bilingual-without-prevailing": sub("output: [zh-Hans]", "output: [zh-Hans, en]"),
    "45-two-clients": sub("    - role: vendor", "    - role: client"),
    "46-unsupported-api-version": sub("apiVersion: termsmith/v1", "apiVersion: termsmith/v2"),
    "47-wrong-kind": sub("kind: ServiceSpec", "kind: ServiceSpecs"),
    "48-bad-slug": sub("name: minimal-spec", "name: Minimal_Spec"),
    "49-bad-time-zone": sub('      hours: "09:00-18:00"', '      hours: "09:00-18:00"\n      time_zone: Asia/Beijing'),
    "50-start-date-missing": sub("start_event: acceptance", "start_event: date"),
    "51-fee-in-wrong-currency": sub("price: 3000.00 CNY", "price: 3000.00 USD"),
    "52-duplicate-level-id": sub("    - id: P2", "    - id: P0"),
    "53-unknown-level-in-credits": sub("      - level: P0", "      - level: P9"),
    "54-enum-typo": sub("kind: mini-program", "kind: mini_program"),
    "55-bad-hours-form": sub('hours: "09:00-18:00"', 'hours: "9am-6pm"'),
    "56-impossible-date": sub("signing_date: 2026-01-10", "signing_date: 2026-02-30"),
    "57-percent-over-100": sub("credit: 5%", "credit: 120%"),
    "58-missing-api-version": sub("apiVersion: termsmith/v1\n", ""),
    "59-plain-scalar-file": lambda t: "just some text\n",
    "60-unknown-output-language": sub("output: [zh-Hans]", "output: [zh-CN]"),
    "61-free-period-in-hours": sub("    length: 12 months\n    covers", "    length: 720h\n    covers"),
    "62-hours-end-before-start": sub('hours: "09:00-18:00"', 'hours: "18:00-09:00"'),
    "63-missing-party-legal-name": sub("      legal_name: 厦门云帆软件科技有限公司\n", "      short_name: 云帆软件\n"),
    "64-astral-before-bad-value": sub(
        "  project:\n    name: 加油站小程序\n    kind: mini-program\n    value: 200000.00 CNY\n",
        "  project: {name: 𠮷𠮷小程序, kind: mini_program, value: 200000.00 CNY}\n",
    ),
    "65-response-mapping-without-within": sub("      response: 30m\n", "      response:\n        clock: 24x7\n"),
    "66-empty-fee-schedule": chain(
        drop_block("    recurring:", 4), drop_block("    rate_card:", 4), drop_block("    one_off:", 4)
    ),
    # every independent cross-field error in one run; no calendar at all: the hint says what to create
    "67-business-days-without-calendar": chain(
        drop_block("  calendars:", 2),
        sub("      clock: cn-business\n", ""),
        sub("resolution: 4h", "resolution: 2 business days"),
    ),
    "68-term-shorter-than-free-period": sub("    length: 12 months\n  scope", "    length: 6 months\n  scope"),
    "69-tax-rate-as-fraction": sub("rate: 6%", "rate: 0.06"),
    "70-date-far-in-future": sub("signing_date: 2026-01-10", "signing_date: 2206-01-10"),
    "71-tax-rate-implausible": sub("rate: 6%", "rate: 60%"),
    # independent errors inside one section come together too
    "72-two-fees-in-wrong-currencies": chain(
        sub("price: 3000.00 CNY", "price: 3000.00 USD"), sub("amount: 800.00 CNY", "amount: 800.00 HKD")
    ),
}


def main():
    out = ROOT / "broken"
    for name, f in CASES.items():
        data = f(BASE)
        if isinstance(data, str):
            data = data.encode("utf-8")
        (out / f"{name}.yaml").write_bytes(data)


if __name__ == "__main__":
    main()
