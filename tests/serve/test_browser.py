"""``termsmith serve`` in a real browser: Playwright driving Debian's chromium.

One server (the real ``termsmith serve`` command) for the module, one browser.
``playwright install`` is never run: the browser is the system's chromium
(``scripts/setup.sh`` installs it; TERMSMITH_CHROMIUM names another binary).
Without it these tests fail with that message; they are not skipped.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.e2e_support import docx_text, pdf_text, squash
from tests.serve.conftest import DEAL, ROOT, SAMPLE

CHROMIUM = os.environ.get("TERMSMITH_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    workspace = tmp_path_factory.mktemp("ws")
    shutil.copy(SAMPLE, workspace / DEAL)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "termsmith", "serve", "--workspace", str(workspace), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = proc.stdout.readline() if proc.stdout else ""
        assert f"http://127.0.0.1:{port}/" in banner, banner + (proc.stderr.read() if proc.stderr else "")
        _wait_listening(port)
        yield f"http://127.0.0.1:{port}", workspace
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_listening(port: int) -> None:
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"termsmith serve did not listen on port {port}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: the browser tests need Debian's chromium "
            "(scripts/setup.sh installs it with apt-get; or set TERMSMITH_CHROMIUM). "
            "Never run 'playwright install'.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    from playwright.sync_api import expect

    context = browser.new_context(locale="zh-CN", accept_downloads=True, viewport={"width": 1300, "height": 900})
    context.set_default_timeout(15_000)
    # assertions wait as long as actions: the first request to a cold server imports the offers'
    # whole stack, which took over expect's default 5 s on a loaded 2-core machine
    expect.set_options(timeout=15_000)
    yield context.new_page()
    context.close()


def _editor(page: Any, base: str) -> Any:
    from playwright.sync_api import expect

    page.goto(f"{base}/edit/{DEAL}")
    expect(page.locator("#text")).to_be_visible()
    return expect


def test_new_deal_from_an_offer_through_the_form_validates(server: tuple[str, Path], page: Any) -> None:
    from playwright.sync_api import expect

    base, workspace = server
    page.goto(base + "/")
    page.click("#new")
    page.wait_for_load_state("load")  # htmx (a deferred script) must be listening before the radio changes
    page.check("input[name=offer][value=standard]")
    expect(page.locator("input[name='fee:recurring:retainer']")).to_have_attribute("placeholder", "6000.00 CNY")
    for name, value in {
        "client_legal_name": "厦门鹭岛书店有限公司",
        "client_short_name": "鹭岛书店",
        "client_credit_code": "91350100M000100Y43",
        "project_name": "鹭岛书店小程序",
        "project_value": "80000.00",
        "agreement_number": "TS-2026-0401",
        "signing_date": "2026-04-01",
        "term_start": "2026-04-01",
        "fee:recurring:retainer": "8000.00",
        "file": "deals/ludao.yaml",
    }.items():
        page.fill(f"[name='{name}']", value)
    page.click("#create")
    page.wait_for_url("**/edit/deals/ludao.yaml")
    expect(page.locator("#diagnostics .clean, #diagnostics .diag")).not_to_have_count(0)
    expect(page.locator("#diagnostics .diag.error")).to_have_count(0)
    text = (workspace / "deals" / "ludao.yaml").read_text(encoding="utf-8")
    assert "offer: standard" in text and "amount: 8000.00 CNY" in text
    page.goto(base + "/")
    row = page.locator("tr", has_text="deals/ludao.yaml")
    expect(row.locator(".badge.ok")).to_have_text("有效")


def test_break_a_field_see_the_diagnostic_at_its_line_fix_it_and_save(server: tuple[str, Path], page: Any) -> None:
    base, workspace = server
    expect = _editor(page, base)
    area = page.locator("#text")
    text = area.input_value()
    area.fill(text.replace("apiVersion: termsmith/v1", "apiVersion: termsmith/v2"))
    problem = page.locator("#diagnostics .diag.error")
    expect(problem).to_have_count(1)
    expect(problem.locator(".pos")).to_have_text("3:13")
    expect(problem).to_contain_text("S002")
    # the gutter marks the line; wait for it to replace the marks of the valid text (TK001
    # infos: the sample's term runs into a year without official holiday data)
    expect(page.locator("#gutter .hit")).to_have_count(1)
    expect(page.locator("#gutter .hit")).to_have_text("3")
    problem.click()  # jumps to the place in the editor
    assert page.evaluate("document.getElementById('text').selectionStart") == text.index("termsmith/v1")
    area.fill(text)
    expect(page.locator("#diagnostics .diag.error")).to_have_count(0)
    # the common-fields form writes into the editor, then Save writes the file
    page.fill("input[name=client_short_name]", "闽油新能源")
    page.click("form.fields button[type=submit]")
    expect(area).to_have_value(text.replace("short_name: 闽油能源", "short_name: 闽油新能源"))
    expect(page.locator("#diagnostics .diag.error")).to_have_count(0)
    page.click("#save")
    expect(page.locator("#saved")).to_have_text("已保存。")
    saved = (workspace / DEAL).read_text(encoding="utf-8")
    assert "short_name: 闽油新能源" in saved and saved.startswith("# yaml-language-server")  # comments kept
    page.click("#save")  # the new token was taken up: saving again is not a conflict
    expect(page.locator("#saved")).to_be_visible()
    expect(page.locator("#conflict")).to_have_count(0)


def test_a_file_changed_on_disk_is_a_conflict_not_overwritten(server: tuple[str, Path], page: Any) -> None:
    base, workspace = server
    expect = _editor(page, base)
    theirs = (workspace / DEAL).read_text(encoding="utf-8") + "# changed by a colleague\n"
    (workspace / DEAL).write_text(theirs, encoding="utf-8")
    page.locator("#text").fill("apiVersion: termsmith/v1\n# my draft\n")
    page.click("#save")
    expect(page.locator("#conflict")).to_contain_text("磁盘")
    expect(page.locator("#conflict pre.diff .del").last).to_have_text("-# changed by a colleague")
    expect(page.locator("#conflict pre.diff .add").last).to_have_text("+# my draft")
    assert (workspace / DEAL).read_text(encoding="utf-8") == theirs
    expect(page.locator("#text")).to_have_value("apiVersion: termsmith/v1\n# my draft\n")  # my work is still there
    asked: list[str] = []

    def on_dialog(dialog: Any) -> None:
        asked.append(dialog.type)
        dialog.accept()

    page.on("dialog", on_dialog)
    page.goto(base + "/")  # leaving with unsaved work: the browser asks first
    assert asked == ["beforeunload"]


def test_preview_and_download_docx_and_pdf(server: tuple[str, Path], page: Any) -> None:
    """A bilingual deal previewed in Chinese, then in English, and downloaded in English (a deal
    written in one language only is refused in another: X010)."""
    from playwright.sync_api import expect

    base, workspace = server
    name = "bilingual.yaml"
    shutil.copy(ROOT / "samples" / "retail-app-maintenance.bilingual.yaml", workspace / name)
    try:
        page.goto(f"{base}/preview/{name}")
        frame = page.frame_locator("#document")
        expect(frame.locator("h1").first).to_contain_text("运维服务协议")
        expect(frame.locator("body")).to_contain_text("上海禾悦商贸有限公司")
        page.select_option("select[name=lang]", "en")
        page.wait_for_url("**lang=en**")
        expect(page.frame_locator("#document").locator("body")).to_contain_text("Agreement")
        texts = {}
        for fmt in ("docx", "pdf"):
            with page.expect_download() as info:
                page.click(f"#download-{fmt}")
            download = info.value
            assert download.suggested_filename.endswith(f".agreement.en.{fmt}")
            data = Path(download.path()).read_bytes()
            texts[fmt] = docx_text(data) if fmt == "docx" else pdf_text(data)
        for text in texts.values():
            assert squash("Shanghai Heyue Trading Co., Ltd.") in squash(text), text[:400]
            assert "LX-2026-0305" in text
    finally:
        (workspace / name).unlink()


def test_chinese_text_renders_with_real_glyphs(server: tuple[str, Path], page: Any) -> None:
    """A screenshot of the Chinese heading has ink, and differs from the same heading in characters
    no font has (which draw as identical empty boxes): the CJK glyphs are really there."""
    from PIL import Image, ImageChops

    base, _ = server
    page.goto(base + "/")
    heading = page.locator("h1")
    assert heading.inner_text() == "协议与报价"

    def shot(text: str) -> Image.Image:
        heading.evaluate("(el, t) => { el.textContent = t; el.style.display = 'inline-block'; }", text)
        return Image.open(io.BytesIO(heading.screenshot())).convert("L")

    cjk, other_cjk = shot("协议与报价"), shot("报价与协议")
    tofu, other_tofu = (
        shot("\U000f0000\U000f0001\U000f0002\U000f0003\U000f0004"),
        shot("\U000f0010\U000f0011\U000f0012\U000f0013\U000f0014"),
    )
    ink = sum(cjk.histogram()[:128])  # dark pixels
    assert ink > 200, "the Chinese heading drew (almost) nothing"
    assert ImageChops.difference(cjk, other_cjk).getbbox() is not None, "different Chinese words look the same"
    assert ImageChops.difference(tofu, other_tofu).getbbox() is None, "missing glyphs are expected to look alike"
    assert cjk.size != tofu.size or ImageChops.difference(cjk, tofu).getbbox() is not None


def upload(page: Any, base: str, name: str, mime: str, data: bytes) -> None:
    """Choose a file in the home page's upload form and send it, as a user does."""
    page.goto(base + "/")
    page.set_input_files("input[type=file]", files=[{"name": name, "mimeType": mime, "buffer": data}])
    page.click(".upload button[type=submit]")


def test_upload_a_yaml_file_opens_it_in_the_editor(server: tuple[str, Path], page: Any) -> None:
    from playwright.sync_api import expect

    base, workspace = server
    upload(page, base, "uploaded.yaml", "application/yaml", SAMPLE.read_bytes())
    page.wait_for_url("**/edit/uploaded.yaml")
    expect(page.locator("#diagnostics .diag.error")).to_have_count(0)
    assert (workspace / "uploaded.yaml").read_bytes() == SAMPLE.read_bytes()


def test_upload_a_vendors_pdf_and_read_the_checklist_report(
    server: tuple[str, Path], page: Any, tmp_path: Path
) -> None:
    """A client uploads the vendor's PDF and reads the verdicts in the page, each quoting
    the agreement with its page; the report is in the chosen language."""
    from playwright.sync_api import expect
    from weasyprint import HTML

    base, workspace = server
    terms = [
        "甲方（委托方）：福州海岸贸易有限公司",
        "乙方（服务方）：厦门蓝鲸软件有限公司",
        "紧急故障：乙方应在接到报修后1小时内响应，8小时内解决。",
        "免费维护期为三个月，自系统上线之日起计算。",
    ]
    pdf = tmp_path / "vendor.pdf"
    HTML(string="<meta charset=utf-8>" + "".join(f"<p>{t}</p>" for t in terms)).write_pdf(str(pdf))
    upload(page, base, "blue-whale.pdf", "application/pdf", pdf.read_bytes())
    page.wait_for_url("**/check/blue-whale.pdf")
    report = page.frame_locator("#report")
    expect(report.locator("body")).to_contain_text("免费维护期为三个月，自系统上线之日起计算。")
    expect(report.locator("body")).to_contain_text("第1页")
    page.screenshot(path=str(tmp_path / "check.png"), full_page=True)
    assert (workspace / "blue-whale.pdf").read_bytes() == pdf.read_bytes()
    page.goto(base + "/")
    expect(page.locator("#documents")).to_contain_text("blue-whale.pdf")


def test_a_path_traversal_request_is_refused(server: tuple[str, Path], page: Any) -> None:
    base, workspace = server
    (workspace.parent / "outside.yaml").write_text("secret: hunter2\n", encoding="utf-8")
    response = page.goto(f"{base}/edit/..%2Foutside.yaml")
    assert response is not None and response.status == 403
    assert "拒绝访问" in page.locator("#error").inner_text()
    assert "hunter2" not in page.content()


def test_tick_two_vendors_and_read_them_side_by_side(server: tuple[str, Path], page: Any) -> None:
    """A client ticks two vendors' agreements on the home page, presses compare and reads one report
    with a column per vendor, each cell's reference leading to the sentence it quotes."""
    from playwright.sync_api import expect

    from tests.extract.conftest import write_docx

    base, workspace = server
    write_docx(
        workspace / "vendor-a.docx",
        ["紧急故障：乙方应在接到报修后1小时内响应，8小时内解决。", "免费维护期为六个月，自系统上线之日起计算。"],
    )
    write_docx(
        workspace / "vendor-b.docx",
        ["紧急故障：乙方应在接到报修后4小时内响应。", "免费维护期为三个月，自验收合格之日起计算。"],
    )
    page.goto(base + "/")
    page.check('input[name="f"][value="vendor-a.docx"]')
    page.check('input[name="f"][value="vendor-b.docx"]')
    page.click("#compare-go")
    page.wait_for_url("**/compare?*")
    expect(page.locator("#compared li")).to_have_count(2)
    report = page.frame_locator("#report")
    expect(report.locator("table.matrix th")).to_contain_text(["vendor-a", "vendor-b"])
    expect(report.locator("ul.evidence")).to_contain_text(["免费维护期为六个月", "免费维护期为三个月"])
