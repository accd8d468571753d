"""An untrusted clause cannot hang a render or exhaust memory: it fails with LB015 at its line.

Each hostile body is rendered through assembly (what ``render`` does) and must be refused
with a positioned LB015 rather than run for minutes; the check runs under a watchdog of
SIGALRM so a regression shows as a failure, not a hung suite."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from library_support import FIXTURES, GOOD, load_spec
from test_library_sandbox import TEMPLATE, assemble_escape, clause

from termsmith.assembly import assemble_with_record

HOSTILE = {
    "nested-ranges": "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
    "string-in-loop": "{% for i in range(10000) %}{{ 'y' * 100000 }}{% endfor %}",
    "list-repetition": "{{ ((range(10000)|list) * 10000)|length }}",
    "huge-string": "{{ 'x' * 1000000000 }}",
    "doubling-namespace": "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "doubling-plus": "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "exponential-macro": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}",
    "recursive-macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "center-filter": "{{ 'x'|center(1000000000) }}",
    "ljust-method": "{{ 'x'.ljust(1000000000) }}",
    "replace-blowup": "{{ ('x' * 100000)|replace('x', 'y' * 100000) }}",
    "join-blowup": "{{ ('y' * 100000).join(range(10000)|list) }}",
    "huge-power": "{{ 10 ** 100000000 }}",
    "format-width": "{{ '%1000000000d' % 1 }}",
    "str-format-width": "{{ '{:>1000000000}'.format(1) }}",
    "slice-filter": "{{ (range(10)|list)|slice(1000000000)|list|length }}",
    "sum-in-loop": "{% for i in range(10000) %}{{ range(10000)|sum }}{% endfor %}",
}


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """Fail (instead of hanging the suite) if one render takes more than 30 s."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("the clause render did not stop")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_clause_is_refused_with_a_positioned_lb015(overlay, body: str) -> None:
    [d] = assemble_escape(overlay, body).diagnostics
    assert d.code == "LB015", d
    assert d.file.endswith("escape.yaml") and d.line == 9
    assert "too much work" in d.message and "Traceback" not in d.message


def test_ordinary_loops_and_text_still_render(overlay) -> None:
    body = (
        "{% set ns = namespace(s='') %}{% for i in range(200) %}{% set ns.s = ns.s ~ i %}{% endfor %}"
        "{{ ns.s|length }}|{{ 'ab' * 3 }}|{{ ['a', 'b']|join('-') }}|{{ '%05d' % 42 }}"
    )
    folder = overlay({"escape.yaml": clause(body), "service-agreement.yaml": TEMPLATE})
    doc = load_spec(FIXTURES / "minimal.yaml")
    document = assemble_with_record(doc, library=[GOOD, folder], include_bundled=False, languages=("zh-Hans",)).document
    texts = [b.text for s in document.sections for c in s.clauses for b in c.blocks if hasattr(b, "text")]
    assert any("490|ababab|a-b|00042" in t for t in texts), texts
