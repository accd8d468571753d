"""Work done from afar names the remote channel in any of its verbs (远程解决方式, 远程登录诊断, 遠端調試, 远程指导),
not only 远程支持/维护/服务; the same verbs on site are installation or inspection (现场安装、调试), no channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        ("解决.txt", ("系统出现故障时，乙方首先以远程解决方式排除故障。",), ["remote"]),
        (
            "诊断.txt",
            (
                "售后保障：",
                "远程登录诊断 5*8",
            ),
            ["remote"],
        ),
        ("調試.txt", ("系統發生異常時，乙方工程師以遠端調試方式協助排除。",), ["remote"]),
        ("指导.txt", ("乙方可通过电话或远程指导甲方操作。",), ["phone", "remote"]),
    ],
)
def test_remote_work_names_the_remote_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("安装.txt", ("• 所购产品的首次现场安装、调试和客户化定制",)),
        ("監控.txt", ("乙方提供遠端監控診斷報告。",)),
    ],
)
def test_installation_on_site_and_monitoring_are_no_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == []
