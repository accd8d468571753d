"""Compiled regular expressions kept between runs: the same patterns, never an error."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from termsmith import regex_cache
from termsmith.marshal_store import MarshalStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"

PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s].*?)\s*$", 0),
    (r"(?a)\b(?=[aeiou])(?:ab|ac(?:e)?)", 0),
    (r"(?<![a-z0-9_])as soon as (?:possible|practicable)", re.IGNORECASE),
    ("[\u3000-\u9fff\uff00-\uffef]+", 0),
    (r"^\s*(?:([A-Za-z]{3})\s*([-+]?[\d,_]*\.?\d+))$", re.MULTILINE | re.ASCII),
    (r"(?:及时|及時)(?:响应|回應)?", 0),
]
TEXT = "Reply ASAP: as soon as possible, 24 hours; 乙方应及时响应。 CNY 6,000.00\nace ab"


def _run(code: str, cache: Path) -> str:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    """Compiled in one process and saved, taken from the cache in the next: every match,
    group and flag is what re.compile gives."""
    code = (
        "import re; from termsmith import regex_cache as c;"
        f"ps = {PATTERNS!r}; text = {TEXT!r};"
        "out = [c.compile(p, f) for p, f in ps];"
        "misses = sum(1 for p, f in ps if (p, f) not in c._STORE.stored());"
        "c.save();"
        "print(misses, [(x.flags, x.groups, dict(x.groupindex), [(m.span(), m.groups()) for m in x.finditer(text)])"
        " for x in out])"
    )
    first = _run(code, tmp_path)
    second = _run(code, tmp_path)
    assert first.split(" ", 1)[0] == str(len(PATTERNS))  # nothing stored yet
    assert second.split(" ", 1)[0] == "0"  # every program from the cache
    expected = [
        (x.flags, x.groups, dict(x.groupindex), [(m.span(), m.groups()) for m in x.finditer(TEXT)])
        for x in (re.compile(p, f) for p, f in PATTERNS)
    ]
    assert first.split(" ", 1)[1].strip() == second.split(" ", 1)[1].strip() == str(expected)


def test_a_damaged_cache_file_means_compiling_as_re_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_STORE", MarshalStore("regex", regex_cache._ENGINE, regex_cache._MAX_BYTES))
    path = regex_cache._STORE.path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    compiled = regex_cache.compile(r"(?P<n>\d+)\s*小时", 0)
    assert compiled.search("响应时间 24 小时").group("n") == "24"


def test_a_cli_run_saves_what_the_next_one_reuses(tmp_path: Path) -> None:
    """``termsmith lint`` writes the programs it compiled; the next run compiles none, and
    finds the same."""
    lint = [sys.executable, "-m", "termsmith", "lint", str(SAMPLE), "--format", "json"]
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(tmp_path)}
    first = subprocess.run(lint, capture_output=True, text=True, env=env)
    (stored,) = (tmp_path / "regex").glob("*.marshal")
    counted = (
        "import sys; from termsmith import regex_cache as c, marshal_store; new = [];"
        "marshal_store.use_profile('lint');"  # what the console command sets before it runs
        "real = c._remember; c._remember = lambda *a: (new.append(a[0]), real(*a))[1];"
        f"from termsmith.cli import main; main(['lint', {str(SAMPLE)!r}, '--format', 'json']); print(len(new))"
    )
    second = subprocess.run([sys.executable, "-c", counted], capture_output=True, text=True, env=env)
    assert second.stdout.rstrip().rsplit("\n", 1)[-1] == "0"
    assert first.stdout == second.stdout.rstrip().rsplit("\n", 1)[0] + "\n"
    assert stored.stat().st_size > 10_000  # the lexicon's tries and patterns


def test_each_command_keeps_its_own_file(tmp_path: Path) -> None:
    """A cold ``termsmith lint`` reads lint's programs only, not every one that validate, extract or render runs added
    (one shared file cost lint's cold start 13 % more instructions); a second run of a command adds no file."""
    env = {**os.environ, "TERMSMITH_CACHE_DIR": str(tmp_path)}
    for command in ("lint", "validate", "lint"):
        subprocess.run([sys.executable, "-m", "termsmith", command, str(SAMPLE)], capture_output=True, env=env)
    assert len(list((tmp_path / "regex").glob("*.marshal"))) == 2
    assert len(list((tmp_path / "codegen").glob("*.marshal"))) == 2


def test_no_cache_file_when_caching_is_off(tmp_path: Path) -> None:
    env = {**os.environ, "TERMSMITH_CACHE_DIR": "off", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "termsmith", "lint", str(SAMPLE)], capture_output=True, env=env)
    assert not list(tmp_path.rglob("*.marshal"))


def test_programs_a_module_builds_are_keyed_by_its_code(tmp_path: Path) -> None:
    """A builder edited or upgraded (the lint's tries and lookaheads) gets a new key, so it
    never takes the programs its earlier version built."""
    builder = tmp_path / "builder.py"
    builder.write_text("VERSION = 1\n")
    first = regex_cache.code_key(str(builder))
    edited = tmp_path / "edited.py"
    edited.write_text("VERSION = 2\n")
    assert regex_cache.code_key(str(edited)) != first
    same = tmp_path / "same.py"
    same.write_text("VERSION = 1\n")
    assert regex_cache.code_key(str(same)) == first


def test_a_pattern_built_as_text_keeps_its_text_from_the_cache(tmp_path: Path) -> None:
    """A builder that leaves a pattern as written (``lint.prefilter`` when no lookahead helps)
    gets a compiled pattern whose ``.pattern`` is that text, from the cache too; one it
    built as a parse has none."""
    code = (
        "import re; from re import _parser; from termsmith import regex_cache as c;"
        "text = c.compile_parsed('as written', lambda: '不在|除外');"
        "built = c.compile_parsed('built', lambda: _parser.parse('(?=[不除])(?:不在|除外)'));"
        "hit = ('as written', -1) in c._STORE.stored(); c.save();"
        "print(hit, text.pattern, built.pattern, text.findall('不在范围，除外'), built.findall('不在范围，除外'))"
    )
    assert _run(code, tmp_path).split() == ["False", "不在|除外", "None", "['不在',", "'除外']", "['不在',", "'除外']"]
    assert _run(code, tmp_path).split() == ["True", "不在|除外", "None", "['不在',", "'除外']", "['不在',", "'除外']"]


def test_a_cache_grown_past_its_limit_keeps_only_this_runs_programs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Programs nobody uses any more (an edited lexicon's old tries) do not pile up: a file
    that would pass the limit is written with this run's programs only."""
    monkeypatch.setenv("TERMSMITH_CACHE_DIR", str(tmp_path))
    store = MarshalStore("regex", regex_cache._ENGINE, 2_000)
    monkeypatch.setattr(regex_cache, "_STORE", store)
    for n in range(40):
        regex_cache.compile(f"(?:old{n}|stale{n})+", 0)
    regex_cache.save()
    store.reset()
    regex_cache.compile("kept", 0)
    regex_cache.save()
    store.reset()
    assert list(store.stored()) == [("kept", 0)]
