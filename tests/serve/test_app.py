"""The web app through Starlette's TestClient: CSRF, traversal, escaping, limits, saves."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from termsmith.serve.app import create_app
from termsmith.serve.workspace import token_of
from tests.serve.conftest import DEAL, csrf_of


@pytest.fixture
def client(workspace: Path) -> TestClient:
    return TestClient(create_app(workspace, max_body=64 * 1024, max_document=512 * 1024))


@pytest.fixture
def csrf(client: TestClient) -> str:
    return csrf_of(client.get("/").text)


def _post_routes(client: TestClient) -> list[str]:
    paths = [r.path for r in client.app.routes if isinstance(r, Route) and "POST" in (r.methods or ())]
    return [p.replace("{rel:path}", DEAL) for p in paths]


def test_index_lists_the_deal_as_valid(client: TestClient) -> None:
    page = client.get("/", headers={"accept-language": "zh-CN,zh;q=0.9"})
    assert page.status_code == 200
    assert DEAL in page.text and "有效" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_every_post_route_refuses_a_missing_or_wrong_token(client: TestClient, workspace: Path, csrf: str) -> None:
    before = (workspace / DEAL).read_bytes()
    routes = _post_routes(client)
    assert len(routes) >= 4
    for path in routes:
        data = {"text": "x: 1\n", "token": token_of(before)}
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data=data, headers={"x-csrf-token": "wrong"}).status_code == 403, path
        assert (
            client.post(path, data={**data, "csrf": csrf}, headers={"origin": "http://evil.example"}).status_code == 403
        ), path
    assert (workspace / DEAL).read_bytes() == before


def test_save_with_the_token_writes_and_a_stale_token_is_a_conflict(
    client: TestClient, workspace: Path, csrf: str
) -> None:
    text = (workspace / DEAL).read_text(encoding="utf-8")
    token = token_of(text.encode())
    broken = text.replace("apiVersion: termsmith/v1", "apiVersion: nope  # a comment stays")
    saved = client.post(f"/save/{DEAL}", data={"text": broken, "token": token}, headers={"x-csrf-token": csrf})
    assert saved.status_code == 200 and 'id="saved"' in saved.text
    assert (workspace / DEAL).read_text(encoding="utf-8") == broken  # an invalid deal can be saved
    stale = client.post(f"/save/{DEAL}", data={"text": "lost?", "token": token}, headers={"x-csrf-token": csrf})
    assert stale.status_code == 409 and 'id="conflict"' in stale.text
    assert "a comment stays" in stale.text  # the disk version is shown
    assert (workspace / DEAL).read_text(encoding="utf-8") == broken


@pytest.mark.parametrize(
    "path",
    [
        "/edit/..%2Fsecret.yaml",
        "/edit/%2E%2E/secret.yaml",
        "/edit//etc/passwd.yaml",
        "/preview/sub/..%2F..%2Fsecret.yaml",
        "/download/..%2Fsecret.yaml?fmt=docx",
        "/edit/link.yaml",
    ],
)
def test_traversal_is_refused(client: TestClient, workspace: Path, path: str) -> None:
    secret = workspace.parent / "secret.yaml"
    secret.write_text("apiVersion: termsmith/v1\nkind: ServiceSpec\nsecret: hunter2\n", encoding="utf-8")
    os.symlink(secret, workspace / "link.yaml")
    response = client.get(path)
    assert response.status_code in (403, 404), path
    assert "hunter2" not in response.text


def test_traversal_on_a_post_is_refused_before_writing(client: TestClient, workspace: Path, csrf: str) -> None:
    response = client.post(
        "/save/..%2Fescaped.yaml", data={"text": "x: 1\n", "token": "new"}, headers={"x-csrf-token": csrf}
    )
    assert response.status_code == 403
    assert not (workspace.parent / "escaped.yaml").exists()


def test_every_value_is_escaped(client: TestClient, workspace: Path, csrf: str) -> None:
    evil = "<script>alert(1)</script>"
    text = (workspace / DEAL).read_text(encoding="utf-8").replace("short_name: 闽油能源", f'short_name: "{evil}"')
    (workspace / DEAL).write_text(text, encoding="utf-8")
    (workspace / "<i>odd.yaml").write_text("kind: [\n", encoding="utf-8")
    pages = [
        client.get("/").text,
        client.get(f"/edit/{DEAL}").text,
        client.post(f"/diagnose/{DEAL}", data={"text": f"apiVersion: {evil}\n"}, headers={"x-csrf-token": csrf}).text,
    ]
    for page in pages:
        assert "<script>alert" not in page and "<i>odd" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1]
    assert "&lt;i&gt;odd.yaml" in pages[0]


def test_diagnose_reports_line_and_column_of_the_unsaved_text(client: TestClient, workspace: Path, csrf: str) -> None:
    text = (
        (workspace / DEAL).read_text(encoding="utf-8").replace("apiVersion: termsmith/v1", "apiVersion: termsmith/v2")
    )
    fragment = client.post(f"/diagnose/{DEAL}", data={"text": text}, headers={"x-csrf-token": csrf}).text
    assert 'data-line="3" data-col="13"' in fragment and "S002" in fragment
    assert (workspace / DEAL).read_text(encoding="utf-8") != text  # diagnosing writes nothing


def test_fields_form_returns_the_edited_text_without_saving(client: TestClient, workspace: Path, csrf: str) -> None:
    text = (workspace / DEAL).read_text(encoding="utf-8")
    fragment = client.post(
        f"/fields/{DEAL}", data={"text": text, "client_short_name": "新客户 & Co"}, headers={"x-csrf-token": csrf}
    ).text
    assert "short_name: 新客户 &amp; Co" in fragment
    assert (workspace / DEAL).read_text(encoding="utf-8") == text


def test_upload_over_the_limit_is_refused_and_writes_nothing(client: TestClient, workspace: Path, csrf: str) -> None:
    big = io.BytesIO(b"# " + b"x" * (70 * 1024) + b"\n")
    response = client.post("/upload", data={"csrf": csrf}, files={"file": ("big.yaml", big, "application/yaml")})
    assert response.status_code == 413
    assert not (workspace / "big.yaml").exists()


def test_a_vendors_document_may_be_larger_than_a_spec_up_to_its_own_limit(
    client: TestClient, workspace: Path, csrf: str
) -> None:
    """A vendor's PDF with a logo is megabytes, a spec tens of kilobytes: the upload takes a
    document up to the document limit, and still refuses one over it, writing nothing."""
    pdf = b"%PDF-1.7\n" + b"%" + b"x" * (200 * 1024) + b"\n%%EOF\n"
    response = client.post(
        "/upload",
        data={"csrf": csrf},
        files={"file": ("vendor.pdf", io.BytesIO(pdf), "application/pdf")},
        follow_redirects=False,
    )
    assert response.status_code == 303 and (workspace / "vendor.pdf").read_bytes() == pdf
    huge = b"%PDF-1.7\n" + b"x" * (600 * 1024)
    response = client.post(
        "/upload", data={"csrf": csrf}, files={"file": ("huge.pdf", io.BytesIO(huge), "application/pdf")}
    )
    assert response.status_code == 413
    assert not (workspace / "huge.pdf").exists()
    # a spec of the same size as the accepted PDF is still over the spec limit
    spec = b"# " + b"x" * (200 * 1024) + b"\n"
    response = client.post("/upload", data={"csrf": csrf}, files={"file": ("big.yaml", io.BytesIO(spec), "text/yaml")})
    assert response.status_code == 413
    assert not (workspace / "big.yaml").exists()


def test_upload_within_the_limit_creates_and_never_overwrites(client: TestClient, workspace: Path, csrf: str) -> None:
    small = b"apiVersion: termsmith/v1\n"
    response = client.post(
        "/upload",
        data={"csrf": csrf},
        files={"file": ("../up.yaml", small, "application/yaml")},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/edit/up.yaml"
    assert (workspace / "up.yaml").read_bytes() == small and not (workspace.parent / "up.yaml").exists()
    again = client.post(
        "/upload",
        data={"csrf": csrf},
        files={"file": ("up.yaml", b"other", "application/yaml")},
        follow_redirects=False,
    )
    assert again.status_code == 303 and (workspace / "up.yaml").read_bytes() == small


def test_unknown_host_is_refused(client: TestClient) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_docx_download_reads_back(client: TestClient) -> None:
    from tests.e2e.e2e_support import docx_text

    response = client.get(f"/download/{DEAL}?fmt=docx&kind=quote")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith('attachment; filename="fuel-station-miniprogram.quote')
    assert "福州闽油能源有限公司" in docx_text(response.content)


def test_blocked_spec_is_not_produced(client: TestClient, workspace: Path) -> None:
    text = (workspace / DEAL).read_text(encoding="utf-8").replace("kind: ServiceSpec", "kind: ServiceSpek")
    (workspace / DEAL).write_text(text, encoding="utf-8")
    response = client.get(f"/download/{DEAL}?fmt=docx")
    assert response.status_code == 422 and "S003" in response.text


def test_bad_choice_is_a_clear_400(client: TestClient) -> None:
    response = client.get(f"/download/{DEAL}?fmt=exe")
    assert response.status_code == 400 and "fmt must be one of" in response.text


def test_check_report_in_the_chosen_language(client: TestClient) -> None:
    page = client.get(f"/check/{DEAL}?checklist=strict&lang=zh-Hans")
    assert page.status_code == 200 and 'src="/check-report/deal.yaml?checklist=strict&amp;lang=zh-Hans"' in page.text
    report = client.get(f"/check-report/{DEAL}?checklist=strict&lang=zh-Hans")
    assert report.status_code == 200
    assert "云帆软件" in report.text and "strict" in report.text
    assert client.get(f"/check-report/{DEAL}?checklist=../../etc/passwd").status_code == 400


def test_language_switch_sets_a_cookie_and_only_redirects_inside_the_app(client: TestClient) -> None:
    switched = client.get("/ui/zh-Hans?next=/edit/deal.yaml", follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/edit/deal.yaml"
    assert "协议与报价" in client.get("/").text
    assert client.get("/ui/en?next=//evil.example/", follow_redirects=False).headers["location"] == "/"
    assert "Agreements and quotes" in client.get("/").text


def test_new_deal_from_a_bundled_offer_validates_and_keeps_the_price_override(
    client: TestClient, workspace: Path, csrf: str
) -> None:
    from termsmith import api

    form = client.get("/new")
    assert form.status_code == 200 and 'value="standard"' in form.text
    fees = client.get("/new/fees?offer=standard").text
    assert 'name="fee:recurring:retainer"' in fees and 'placeholder="6000.00 CNY"' in fees
    values = {
        "csrf": csrf,
        "offer": "standard",
        "file": "deals/ludao",
        "client_legal_name": "厦门鹭岛书店有限公司",
        "client_credit_code": "91350100M000100Y43",
        "project_name": "鹭岛书店小程序",
        "project_kind": "mini-program",
        "project_value": "80000.00",
        "agreement_number": "TS-2026-0401",
        "signing_date": "2026-04-01",
        "term_start": "2026-04-01",
        "languages": "zh-Hans",
        "fee:recurring:retainer": "8000.00",
    }
    created = client.post("/new", data=values, follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"] == "/edit/deals/ludao.yaml"
    path = workspace / "deals" / "ludao.yaml"
    text = path.read_text(encoding="utf-8")
    assert "offer: standard" in text and "amount: 8000.00 CNY" in text
    gate = api.check_spec(path, root=workspace)
    assert not gate.blocked, [f"{d.line}:{d.col} {d.code} {d.message}" for d in gate.diagnostics]
    fee = next(f for f in gate.document.spec.fees.recurring if f.id == "retainer")
    assert str(fee.amount.amount) == "8000.00"
    again = client.post("/new", data=values)
    assert again.status_code == 409 and path.read_text(encoding="utf-8") == text  # never overwritten
    outside = client.post("/new", data={**values, "file": "../escape"})
    assert outside.status_code == 400 and not (workspace.parent / "escape.yaml").exists()


def test_deal_over_a_workspace_offer_validates_previews_and_checks(
    client: TestClient, workspace: Path, csrf: str
) -> None:
    from termsmith.resources import bundled_root

    offer = (bundled_root() / "offers" / "standard.yaml").read_text(encoding="utf-8")
    (workspace / "our-offer.yaml").write_text(offer.replace("name: standard", "name: our-offer"), encoding="utf-8")
    values = {
        "csrf": csrf,
        "offer": "our-offer.yaml",
        "file": "deals/shop.yaml",
        "client_legal_name": "甲公司",
        "client_credit_code": "91350100M000100Y43",
        "project_name": "小程序",
        "project_kind": "mini-program",
        "agreement_number": "TS-1",
        "signing_date": "2026-04-01",
        "term_start": "2026-04-01",
    }
    assert client.post("/new", data=values, follow_redirects=False).status_code == 303
    assert 'offer: "../our-offer.yaml"' in (workspace / "deals" / "shop.yaml").read_text(encoding="utf-8")
    assert 'class="diag error' not in client.get("/edit/deals/shop.yaml").text
    assert "甲公司" in client.get("/document/deals/shop.yaml").text
    report = client.get("/check-report/deals/shop.yaml?checklist=strict&lang=en")
    assert report.status_code == 200 and "not valid" not in report.text.lower() and "O003" not in report.text


@pytest.mark.parametrize("ui", ["zh-Hans", "en"])
def test_every_page_renders_in_both_ui_languages(client: TestClient, ui: str) -> None:
    client.cookies.set("ui", ui)
    for path in (
        "/",
        "/new",
        f"/edit/{DEAL}",
        f"/preview/{DEAL}",
        f"/preview/{DEAL}?kind=quote&lang=bilingual",
        f"/check/{DEAL}",
        "/new/fees?offer=standard",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert ("协议与报价" in response.text) == (ui == "zh-Hans" and not path.startswith("/new/fees")), path
    missing = client.get("/edit/none.yaml")
    assert missing.status_code == 404 and ("找不到该文件" if ui == "zh-Hans" else "No such file") in missing.text


def test_list_follows_a_change_to_the_offer_a_deal_builds_on(client: TestClient, workspace: Path) -> None:
    from termsmith.resources import bundled_root

    offer = (bundled_root() / "offers" / "standard.yaml").read_text(encoding="utf-8")
    (workspace / "offers").mkdir()
    (workspace / "offers" / "ours.yaml").write_text(offer, encoding="utf-8")
    deal = (
        (workspace / DEAL)
        .read_text(encoding="utf-8")
        .replace("kind: ServiceSpec\n", "kind: ServiceSpec\noffer: offers/ours.yaml\n")
    )
    (workspace / "shop.yaml").write_text(deal, encoding="utf-8")

    def row() -> str:
        page = client.get("/").text
        return page[page.index("shop.yaml") :].split("</tr>")[0]

    assert "badge ok" in row()
    (workspace / "offers" / "ours.yaml").write_text(
        offer.replace("kind: ServiceOffer", "kind: Brochure"), encoding="utf-8"
    )
    assert "badge bad" in row()


VENDOR_TERMS = [
    "甲方（委托方）：福州海岸贸易有限公司",
    "乙方（服务方）：厦门蓝鲸软件有限公司<script>alert(1)</script>",
    "第二条 服务标准",
    "紧急故障：乙方应在接到报修后1小时内响应，8小时内解决。",
    "第三条 免费维护期",
    "免费维护期为三个月，自系统上线之日起计算。",
]


def test_a_vendors_agreement_is_uploaded_as_it_came_and_checked_in_the_browser(
    client: TestClient, workspace: Path, csrf: str, tmp_path: Path
) -> None:
    """A client who never opens a terminal uploads the vendor's Word file and gets the
    checklist report, each verdict quoting the agreement; the file is kept byte for byte
    and never overwritten, and it is not editable as a spec."""
    from tests.extract.conftest import write_docx

    data = write_docx(tmp_path / "vendor.docx", VENDOR_TERMS).read_bytes()
    response = client.post(
        "/upload",
        data={"csrf": csrf},
        files={"file": ("../供应商协议.docx", data, "application/octet-stream")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/check/%E4%BE%9B%E5%BA%94%E5%95%86%E5%8D%8F%E8%AE%AE.docx"
    stored = workspace / "供应商协议.docx"
    assert stored.read_bytes() == data and not (workspace.parent / "供应商协议.docx").exists()
    index = client.get("/").text
    assert 'id="documents"' in index and 'href="/check/%E4%BE%9B%E5%BA%94%E5%95%86%E5%8D%8F%E8%AE%AE.docx"' in index

    page = client.get("/check/供应商协议.docx?checklist=strict&lang=zh-Hans")
    assert page.status_code == 200 and "/edit/%E4" not in page.text and "/preview/%E4" not in page.text
    report = client.get("/check-report/供应商协议.docx?checklist=strict&lang=zh-Hans")
    assert report.status_code == 200
    assert "免费维护期为三个月，自系统上线之日起计算。" in report.text  # the verdict quotes the agreement
    assert "供应商协议: " in report.text and "规格文件" not in report.text  # named as what it is
    assert "协议中未找到" in report.text and "spec.free_maintenance" not in report.text  # no spec paths
    assert "<script>alert(1)</script>" not in report.text  # the vendor's text is escaped

    again = client.post(
        "/upload",
        data={"csrf": csrf},
        files={"file": ("供应商协议.docx", b"other", "application/octet-stream")},
        follow_redirects=False,
    )
    assert again.status_code == 303 and stored.read_bytes() == data  # never overwritten
    assert client.get("/edit/供应商协议.docx").status_code == 403  # a document is not a spec to edit
    assert client.get("/check/../outside.docx").status_code in (403, 404)


def test_the_check_page_speaks_the_agreements_language_unless_asked(
    client: TestClient, workspace: Path, tmp_path: Path
) -> None:
    """As ``termsmith check`` does: a Traditional-script agreement is reported in Traditional
    Chinese, a spec in its output language, whatever the page's own language; ?lang= overrides."""
    from tests.extract.conftest import write_docx

    write_docx(workspace / "廠商.docx", ["乙方應於接獲通知後2小時內回應。", "免費保固期為一年，自驗收合格之日起算。"])
    assert 'lang=zh-Hant"' in client.get("/check/廠商.docx?checklist=strict").text
    assert 'lang=zh-Hans"' in client.get(f"/check/{DEAL}?checklist=strict").text
    assert 'lang=en"' in client.get("/check/廠商.docx?checklist=strict&lang=en").text
    report = client.get("/check-report/廠商.docx?checklist=strict")
    assert "供應商協議" in report.text and "供应商协议" not in report.text
    assert "：「免費保固期為一年，自驗收合格之日起算。」" in report.text  # Traditional text quotes in 「」


def test_an_unreadable_agreement_says_so_and_what_to_do(client: TestClient, workspace: Path) -> None:
    (workspace / "damaged.docx").write_bytes(b"not a zip archive")
    report = client.get("/check-report/damaged.docx?checklist=strict&lang=zh-Hans")
    assert report.status_code == 200
    assert "无法读取这份协议" in report.text and "规格未通过校验" not in report.text
    # why and what to do, in the report's language
    assert "E004" in report.text and "这个 .docx 已损坏（不是 zip 压缩包）" in report.text
    assert "请重新将协议另存为 .docx，或导出 PDF" in report.text


def test_several_vendors_and_our_spec_are_compared_side_by_side(client: TestClient, workspace: Path) -> None:
    """A client ticks two vendors' agreements and our own spec on the index and reads one report
    with a column each; the files stay inside the workspace and the count is bounded."""
    from tests.extract.conftest import write_docx

    write_docx(
        workspace / "蓝鲸.docx",
        ["紧急故障：乙方应在接到报修后1小时内响应，8小时内解决。", "免费维护期为六个月，自系统上线之日起计算。"],
    )
    write_docx(
        workspace / "海岸.docx",
        ["紧急故障：乙方应在接到报修后4小时内响应。", "免费维护期为三个月，自验收合格之日起计算。"],
    )
    index = client.get("/").text
    assert 'action="/compare"' in index
    assert index.count('type="checkbox" name="f"') == 3  # the two agreements and the one spec

    page = client.get(f"/compare?f=蓝鲸.docx&f=海岸.docx&f={DEAL}&checklist=strict&lang=zh-Hans")
    assert page.status_code == 200
    assert "/compare-report?f=%E8%93%9D%E9%B2%B8.docx&amp;f=%E6%B5%B7%E5%B2%B8.docx" in page.text
    report = client.get(f"/compare-report?f=蓝鲸.docx&f=海岸.docx&f={DEAL}&checklist=strict&lang=zh-Hans")
    assert report.status_code == 200
    text = report.text
    for quote in ("免费维护期为六个月", "免费维护期为三个月"):  # each vendor's column quotes its own agreement
        assert quote in text
    assert text.count("供应商协议: ") == 2 and "规格文件" in text

    assert client.get("/compare?f=../outside.docx").status_code == 403
    assert client.get("/compare-report?f=蓝鲸.docx&f=missing.pdf").status_code == 404
    assert client.get("/compare").status_code == 400  # nothing ticked
    many = "&".join(f"f=v{i}.docx" for i in range(9))
    assert client.get(f"/compare?{many}").status_code == 400


def test_vendors_in_different_languages_are_compared_in_the_pages_language(client: TestClient, workspace: Path) -> None:
    """An English vendor beside our Chinese spec: the documents disagree on a language, so the
    report takes the page's (a Chinese client reads Chinese), not English as the command line does."""
    from tests.extract.conftest import write_docx

    write_docx(
        workspace / "acme.docx",
        ["Critical: the Vendor responds within 1 hour.", "Free maintenance: six months from go-live."],
    )
    files = f"f=acme.docx&f={DEAL}&checklist=strict"
    client.cookies.set("ui", "zh-Hans")
    page = client.get(f"/compare?{files}")
    assert '<option value="zh-Hans" selected' in page.text
    assert "供应商条款核查报告" in client.get(f"/compare-report?{files}").text
    client.cookies.set("ui", "en")
    page = client.get(f"/compare?{files}")
    assert '<option value="en" selected' in page.text
    assert "Vendor terms check" in client.get(f"/compare-report?{files}").text
