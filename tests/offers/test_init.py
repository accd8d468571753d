"""``termsmith init``: a deal that validates, from flags or from answers typed at a terminal."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.validation import validate_path


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_flags_write_a_deal_that_validates(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "init",
            "shop.yaml",
            "--offer",
            "premium",
            "--client",
            "福州测试商贸有限公司",
            "--credit-code",
            "91350100m000100y43",
            "--project",
            "测试商城小程序",
            "--start",
            "2026-07-01",
            "--signing-date",
            "2026-06-28",
            "--kind",
            "website",
            "--no-input",
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = (here / "shop.yaml").read_text(encoding="utf-8")
    assert "# credit_code" not in text and "# address:" in text  # given fields written, the rest as comments
    result = validate_path(here / "shop.yaml")
    assert result.ok, result.diagnostics
    doc = result.document
    assert doc.metadata.name == "shop" and doc.metadata.offers[0].name == "premium"
    spec = doc.spec
    assert spec.client.legal_name.get("zh-Hans") == "福州测试商贸有限公司"
    assert spec.client.credit_code == "91350100M000100Y43"
    assert (str(spec.term.start), str(spec.agreement.signing_date)) == ("2026-07-01", "2026-06-28")
    assert spec.agreement.number == "TS-2026-0701" and spec.project.kind.value == "website"
    assert main(["lint", "shop.yaml"]) == 0


def test_defaults_only_still_validate(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--no-input", "--start", "2026-01-05"]) == 0
    result = validate_path(here / "deal.yaml")
    assert result.ok, result.diagnostics
    text = (here / "deal.yaml").read_text(encoding="utf-8")
    assert "# ← 甲方全称" in text and "offer: standard" in text


def test_hostile_names_cannot_change_the_structure(here: Path) -> None:
    name = 'A: b\n# c "d" \\ e: [f]'
    assert main(["init", "x.yaml", "--client", name, "--project", "p: q", "--start", "2026-01-05"]) == 0
    spec = validate_path(here / "x.yaml").document.spec
    assert spec.client.legal_name.get("en") == name and spec.project.name.get("en") == "p: q"


def test_bilingual_and_an_offer_file(here: Path) -> None:
    (here / "offers").mkdir()
    from termsmith.offers import bundled_offers

    (here / "offers" / "mine.yaml").write_bytes(bundled_offers()["standard"].read_bytes())
    (here / "deals").mkdir()
    assert (
        main(
            [
                "init",
                "deals/a.yaml",
                "--offer",
                "offers/mine.yaml",
                "--lang",
                "bilingual",
                "--client",
                "C",
                "--project",
                "P",
                "--start",
                "2026-01-05",
            ]
        )
        == 0
    )
    assert 'offer: "../offers/mine.yaml"' in (here / "deals" / "a.yaml").read_text(encoding="utf-8")
    spec = validate_path(here / "deals" / "a.yaml").document.spec
    assert list(spec.languages.output) == ["zh-Hans", "en"] and spec.languages.prevailing == "zh-Hans"


def test_never_overwrites_without_force(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (here / "deal.yaml").write_text("mine\n", encoding="utf-8")
    assert main(["init", "--client", "C", "--start", "2026-01-05"]) == 1
    assert "pass --force" in capsys.readouterr().err
    assert (here / "deal.yaml").read_text(encoding="utf-8") == "mine\n"
    assert main(["init", "--client", "C", "--start", "2026-01-05", "--force"]) == 0
    assert validate_path(here / "deal.yaml").ok
    assert [p.name for p in here.iterdir()] == ["deal.yaml"]  # no temporary file left


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["--credit-code", "91350100M000100Y44"], 2, "check digit is '4' but GB 32100 gives '3'"),
        (["--lang", "fr"], 2, "languages are one or two of"),
        (["--offer", "nonesuch"], 1, "no bundled offer named 'nonesuch'"),
        (["--start", "2026-13-01"], 2, "is not a date"),
    ],
)
def test_bad_input_writes_nothing(here: Path, capsys: pytest.CaptureFixture[str], argv, code, words) -> None:
    usage_error = argv[0] == "--start"  # argparse refuses it: exit 2 through SystemExit
    with pytest.raises(SystemExit) if usage_error else contextlib.nullcontext():
        assert main(["init", "--client", "C", *argv]) == code
    assert words in capsys.readouterr().err
    assert not (here / "deal.yaml").exists()


def test_interactive_on_a_terminal_asks_and_checks_the_credit_code(here: Path) -> None:
    """Answers typed into a pseudo-terminal; a mistyped credit code is refused and asked again."""
    import pty

    answers = [
        "premium",
        "福州测试商贸有限公司",
        "91350100M000100Y44",
        "91350100M000100Y43",
        "测试商城小程序",
        "website",
        "2026-07-01",
        "",
        "",
        "",
    ]
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "termsmith", "init", "typed.yaml"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=here,
        env=env,
    )
    os.close(slave)
    os.write(master, ("\n".join(answers) + "\n").encode("utf-8"))
    out, err = proc.communicate(timeout=60)
    os.close(master)
    text = out.decode("utf-8")
    assert proc.returncode == 0, text + err.decode("utf-8")
    assert "check digit is '4' but GB 32100 gives '3'" in text
    assert "premium" in text and "旗舰版" in text  # the offers are listed with their titles
    spec = validate_path(here / "typed.yaml").document.spec
    assert spec.client.credit_code == "91350100M000100Y43"
    assert (str(spec.term.start), str(spec.agreement.signing_date)) == ("2026-07-01", "2026-07-01")
    assert spec.agreement.number == "TS-2026-0701" and spec.project.kind.value == "website"


def test_piped_stdin_does_not_ask(here: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "termsmith", "init", "--client", "C"],
        input=b"",
        capture_output=True,
        cwd=here,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert b"Client's legal name" not in done.stdout


def test_a_language_the_offer_is_not_written_in_is_warned_about(here: Path, capsys) -> None:
    from offers_support import OFFER  # written in Chinese only

    (here / "offers").mkdir()
    (here / "offers" / "zh.yaml").write_text(OFFER, encoding="utf-8")
    assert (
        main(
            [
                "init",
                "--offer",
                "offers/zh.yaml",
                "--lang",
                "en",
                "--client",
                "C",
                "--project",
                "P",
                "--start",
                "2026-01-05",
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "texts of the offer have no en version" in err
    assert validate_path(here / "deal.yaml").ok  # still written: the deal may add the translations


@pytest.mark.parametrize("offer", ["basic", "standard", "premium"])
def test_bundled_offers_are_written_in_english_too(here: Path, capsys, offer: str) -> None:
    assert (
        main(
            [
                "init",
                "--offer",
                offer,
                "--lang",
                "bilingual",
                "--client",
                "Fuzhou Test Co., Ltd.",
                "--project",
                "Test shop",
                "--start",
                "2026-01-05",
            ]
        )
        == 0
    )
    assert "warning" not in capsys.readouterr().err
    spec = validate_path(here / "deal.yaml").document.spec
    assert spec.severity_levels[0].name.get("en") == "Emergency" and spec.scope.included[0].name.has("en")
