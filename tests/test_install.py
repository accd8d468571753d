"""The wheel works on its own: built from this tree, installed into a fresh venv, run outside the repo.

One venv per test session (built once, about 30–60 s with a warm pip cache). The wheel
must carry the bundled library (termsmith/_bundled/...) so that `termsmith.resources`
finds it without a clone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    """The caller's environment without anything that would let the repo's source leak in."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["NO_COLOR"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(argv: list[str | Path], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=_env(), capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this tree installed; returns its bin/ folder."""
    work = tmp_path_factory.mktemp("install")
    dist = work / "dist"
    built = _run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, ROOT], cwd=work, timeout=300)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = dist.glob("termsmith-*.whl")
    target = work / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(target)
    pip = _run([target / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], cwd=work, timeout=600)
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    return target / "bin"


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    """A working folder that is not inside the repository."""
    assert not tmp_path.resolve().is_relative_to(ROOT)
    return tmp_path


def _installed_info(bin_dir: Path, cwd: Path) -> dict[str, object]:
    probe = (
        "import json, termsmith, termsmith.resources as r;"
        "print(json.dumps({'module': termsmith.__file__, 'root': str(r.bundled_root()),"
        " 'folders': {n: str(r.bundled(n)) for n in r.BUNDLED_FOLDERS}}))"
    )
    done = _run([bin_dir / "python", "-c", probe], cwd=cwd)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_installed_package_carries_the_bundled_folders(installed: Path, outside: Path) -> None:
    info = _installed_info(installed, outside)
    venv_root = installed.parent.resolve()
    assert Path(str(info["module"])).resolve().is_relative_to(venv_root), "termsmith was imported from the repo"
    assert Path(str(info["root"])).name == "_bundled"
    folders = info["folders"]
    assert isinstance(folders, dict)
    for name, path in folders.items():
        folder = Path(path)
        assert folder.resolve().is_relative_to(venv_root), name
        assert folder.is_dir(), f"bundled folder {name} is missing from the wheel"
        assert any(folder.rglob("*")), f"bundled folder {name} is empty in the wheel"
    bundled_samples = sorted(p.name for p in Path(folders["samples"]).glob("*.yaml"))
    assert bundled_samples == sorted(p.name for p in (ROOT / "samples").glob("*.yaml"))


def test_validate_a_sample_copied_outside_the_repo(installed: Path, outside: Path) -> None:
    sample = outside / "my-spec.yaml"
    shutil.copy(ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml", sample)
    done = _run([installed / "termsmith", "validate", sample.name], cwd=outside)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All checks passed: 1 file" in done.stdout


def _locked_offer(name: str) -> str:
    """``VERSION (sha256 HEX`` of a bundled offer, as offers/offers.lock pins it."""
    for line in (ROOT / "offers" / "offers.lock").read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name} "):
            _, version, sha = line.split()
            return f"{version} ({sha.replace(':', ' ')}"
    raise AssertionError(f"offers.lock has no {name}")


def test_a_deal_outside_the_repo_merges_over_the_offer_in_the_wheel(installed: Path, outside: Path) -> None:
    deal = outside / "my-deal.yaml"
    shutil.copy(ROOT / "samples" / "dental-clinic-website.zh-Hans.yaml", deal)
    done = _run([installed / "termsmith", "validate", "--effective", deal.name], cwd=outside)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("basic", "standard"):  # the wheel's offers are the ones offers.lock pins
        assert f"# offer {name} {_locked_offer(name)}" in done.stdout
    assert "厦门云帆软件科技有限公司" in done.stdout  # the vendor, from the bundled standard offer


def test_validate_the_bundled_samples(installed: Path, outside: Path) -> None:
    samples = Path(str(_installed_info(installed, outside)["folders"]["samples"]))  # type: ignore[index]
    done = _run([installed / "termsmith", "validate", samples], cwd=outside)
    assert done.returncode == 0, done.stdout + done.stderr
    count = len(list(samples.glob("*.yaml")))
    assert count >= 4
    assert f"All checks passed: {count} files" in done.stdout


def test_installed_cli_reports_a_broken_spec(installed: Path, outside: Path) -> None:
    spec = outside / "broken.yaml"
    text = (ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml").read_text(encoding="utf-8")
    spec.write_text(text.replace("response: 30m", "response: 30 mins later", 1), encoding="utf-8")
    line = next(i for i, ln in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1) if "30 mins later" in ln)
    done = _run([installed / "termsmith", "validate", spec.name], cwd=outside)
    assert done.returncode == 1
    assert f"broken.yaml:{line}:" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    as_json = _run([installed / "python", "-m", "termsmith", "validate", "--format", "json", spec.name], cwd=outside)
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["diagnostics"][0]["line"] == line
