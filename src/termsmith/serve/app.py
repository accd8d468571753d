"""``termsmith serve``: the browser UI over a workspace folder of offers and deals.

Pages: the list of specs with their validity; the editor (YAML with live
diagnostics, the common-fields form, atomic conflict-checked saves); preview and
download of the agreement and the quote; a checklist report. Everything goes
through :mod:`termsmith.api`; nothing here re-implements the pipeline.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from termsmith import api
from termsmith.diagnostics import Diagnostic, Severity
from termsmith.extract.readers import MAX_FILE_BYTES
from termsmith.offers.draft import PROJECT_KINDS
from termsmith.serve import i18n, new_deal as deals
from termsmith.serve.edits import FIELDS, LANGUAGES, EditError, apply_fields, read_fields
from termsmith.serve.security import BodyLimit, checked_form
from termsmith.serve.workspace import DOCUMENT_SUFFIXES, SPEC_SUFFIXES, Conflict, OutsideWorkspace, Workspace

HERE = Path(__file__).resolve().parent
MAX_BODY = 2 * 1024 * 1024  # bytes: a spec is tens of kilobytes
# an upload may be a vendor's agreement: as large as termsmith reads one, plus the form around it
MAX_DOCUMENT = MAX_FILE_BYTES + 64 * 1024
# The document's own stylesheet is for print (@page margins); on screen it gets a page-like column.
SCREEN_MARGINS = "<style>@media screen{body{max-width:50rem;margin:1.5rem auto;padding:0 2rem}}</style>"
MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


@dataclass(slots=True)
class Status:
    """What the list page shows for one file."""

    rel: str
    kind: str
    errors: int
    warnings: int


@dataclass(slots=True)
class Config:
    workspace: Workspace
    csrf: str
    max_body: int
    max_document: int  # the upload route's limit: a vendor's agreement as DOCX or PDF
    env: jinja2.Environment
    statuses: dict[str, tuple[tuple[int, int, int | None], Status]]


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )


def create_app(
    workspace: Path | str,
    *,
    allowed_hosts: list[str] | None = None,
    max_body: int = MAX_BODY,
    max_document: int = MAX_DOCUMENT,
) -> Starlette:
    config = Config(Workspace(workspace), secrets.token_urlsafe(32), max_body, max_document, _environment(), {})
    routes = [
        Route("/", partial(index, config)),
        Route("/ui/{lang}", partial(set_ui, config)),
        Route("/edit/{rel:path}", partial(edit, config)),
        Route("/diagnose/{rel:path}", partial(diagnose, config), methods=["POST"]),
        Route("/save/{rel:path}", partial(save, config), methods=["POST"]),
        Route("/fields/{rel:path}", partial(fields, config), methods=["POST"]),
        Route("/preview/{rel:path}", partial(preview, config)),
        Route("/document/{rel:path}", partial(document, config)),
        Route("/download/{rel:path}", partial(download, config)),
        Route("/check/{rel:path}", partial(check, config)),
        Route("/check-report/{rel:path}", partial(check_report, config)),
        Route("/compare", partial(compare, config)),
        Route("/compare-report", partial(compare_report, config)),
        Route("/upload", partial(upload, config), methods=["POST"]),
        Route("/new", partial(new_deal_form, config)),
        Route("/new", partial(new_deal, config), methods=["POST"]),
        Route("/new/fees", partial(new_deal_fees, config)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "testserver"]
    middleware = [
        Middleware(BodyLimit, limit=max_body, larger={"/upload": max_document}),
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
    ]
    handlers: Any = {HTTPException: partial(_error, config), OutsideWorkspace: partial(_refused, config)}
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)


# ----------------------------------------------------------------------------- helpers
def _lang(request: Request) -> str:
    return i18n.ui_lang(request.cookies.get("ui"), request.headers.get("accept-language"))


def _page(config: Config, request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    lang = _lang(request)
    html = config.env.get_template(template).render(
        t=partial(i18n.text, lang=lang),
        ui=lang,
        csrf=config.csrf,
        workspace=str(config.workspace.root),
        path=request.url.path,
        **values,
    )
    return HTMLResponse(html, status_code=status)


async def _error(config: Config, request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    known = ("csrf", "too_large", "not_found", "refused", "compare_none", "compare_many")
    key = exc.detail if exc.detail in known else None
    limit = f"{config.max_body // 1024} KB"
    message = i18n.text(key, _lang(request), limit=limit, n=MAX_COMPARED) if key else str(exc.detail)
    return _page(config, request, "error.html.j2", status=exc.status_code, message=message)


async def _refused(config: Config, request: Request, exc: Exception) -> Response:
    return _page(config, request, "error.html.j2", status=403, message=i18n.text("refused", _lang(request)))


def _rel(config: Config, request: Request, suffixes: tuple[str, ...] = SPEC_SUFFIXES) -> tuple[str, Path]:
    rel = request.path_params["rel"]
    path = config.workspace.resolve(rel, suffixes)  # raises OutsideWorkspace → 403
    if not path.is_file():
        raise HTTPException(404, "not_found")
    return rel, path


def _shown(config: Config, d: Diagnostic) -> dict[str, Any]:
    """A diagnostic for a template: its file relative to the workspace."""
    try:
        file = config.workspace.rel(Path(d.file))
    except (ValueError, OSError):
        file = Path(d.file).name
    return {
        "code": d.code,
        "severity": d.severity.value,
        "message": d.message,
        "file": file,
        "line": d.line,
        "col": d.col,
        "hint": d.hint,
        "expected": d.expected,
        "path": d.path,
    }


def _generation(config: Config, rels: list[str]) -> int:
    """Changes whenever any workspace file does (a deal's validity depends on its offer's file)."""
    stamps = []
    for rel in rels:
        try:
            stat = config.workspace.resolve(rel).stat()
        except OSError:
            continue
        stamps.append((rel, stat.st_mtime_ns, stat.st_size))
    return hash(tuple(stamps))


def _status(config: Config, rel: str, generation: int | None = None) -> Status:
    path = config.workspace.resolve(rel)
    stat = path.stat()
    key = (stat.st_mtime_ns, stat.st_size, generation)
    cached = config.statuses.get(rel)
    if cached and cached[0] == key:
        return cached[1]
    result = api.validate(path, root=config.workspace.root)
    kind = result.loaded.data.get("kind", "?") if result.loaded and isinstance(result.loaded.data, dict) else "?"
    if kind == "ServiceSpec":
        diagnostics = api.check_spec(path, root=config.workspace.root).diagnostics
    else:
        diagnostics = result.diagnostics
    status = Status(
        rel,
        str(kind),
        sum(d.severity is Severity.ERROR for d in diagnostics),
        sum(d.severity is Severity.WARNING for d in diagnostics),
    )
    config.statuses[rel] = (key, status)
    return status


def _diff(disk: str, mine: str) -> list[tuple[str, str]]:
    """The lines that differ between the file on disk and the editor, as (class, line)."""
    import difflib

    out = []
    for line in difflib.unified_diff(disk.splitlines(), mine.splitlines(), "disk", "editor", lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        out.append(({"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "same"), line))
    return out


# ----------------------------------------------------------------------------- pages
async def index(config: Config, request: Request) -> Response:
    rels = config.workspace.specs()
    generation = _generation(config, rels)
    statuses = [_status(config, rel, generation) for rel in rels]
    return _page(
        config,
        request,
        "index.html.j2",
        statuses=statuses,
        documents=config.workspace.documents(),
        message=request.query_params.get("msg"),
    )


async def set_ui(config: Config, request: Request) -> Response:
    lang = request.path_params["lang"]
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    response = RedirectResponse(target, status_code=303)
    if lang in i18n.UI_LANGS:
        response.set_cookie("ui", lang, max_age=365 * 24 * 3600, samesite="strict", httponly=True)
    return response


def _diagnostics(config: Config, path: Path, text: str) -> list[dict[str, Any]]:
    return [_shown(config, d) for d in api.check_spec(path, text, config.workspace.root).diagnostics]


async def edit(config: Config, request: Request) -> Response:
    rel, path = _rel(config, request)
    opened = config.workspace.open(rel)
    return _page(
        config,
        request,
        "edit.html.j2",
        rel=rel,
        text=opened.text,
        token=opened.token,
        kind=_status(config, rel).kind,
        diagnostics=_diagnostics(config, path, opened.text),
        fields=FIELDS,
        values=read_fields(opened.text),
        languages=LANGUAGES,
    )


async def diagnose(config: Config, request: Request) -> Response:
    rel, path = _rel(config, request)
    form = await checked_form(request, config.csrf, config.max_body)
    text = str(form.get("text", ""))
    return _page(config, request, "_diagnostics.html.j2", rel=rel, diagnostics=_diagnostics(config, path, text))


async def save(config: Config, request: Request) -> Response:
    rel = request.path_params["rel"]
    config.workspace.resolve(rel)
    form = await checked_form(request, config.csrf, config.max_body)
    text = str(form.get("text", "")).replace("\r\n", "\n")
    try:
        token = config.workspace.save(rel, text, str(form.get("token", "")))
    except Conflict as exc:
        return _page(
            config,
            request,
            "_saved.html.j2",
            status=409,
            rel=rel,
            conflict=exc,
            token=None,
            diff=_diff(exc.disk_text, text),
        )
    blocked = api.check_spec(config.workspace.resolve(rel), text, config.workspace.root).blocked
    return _page(config, request, "_saved.html.j2", rel=rel, conflict=None, token=token, blocked=blocked)


async def fields(config: Config, request: Request) -> Response:
    rel, _ = _rel(config, request)
    form = await checked_form(request, config.csrf, config.max_body)
    text = str(form.get("text", "")).replace("\r\n", "\n")
    values = {f.name: str(form.get(f.name, "")) for f in FIELDS}
    values["languages"] = ",".join(str(v) for v in form.getlist("languages"))
    try:
        text, problem = apply_fields(text, values), None
    except EditError as exc:
        problem = str(exc)
    return _page(config, request, "_editor.html.j2", rel=rel, text=text, problem=problem)


def _choice(request: Request, name: str, allowed: tuple[str, ...], default: str | None) -> str | None:
    value = request.query_params.get(name) or default
    if value is not None and value not in allowed:
        raise HTTPException(400, f"{name} must be one of {', '.join(allowed)}")
    return value


async def preview(config: Config, request: Request) -> Response:
    rel, path = _rel(config, request)
    kind = _choice(request, "kind", api.KINDS, "agreement")
    lang = _choice(request, "lang", api.LANG_CHOICES, None)
    gate = api.check_spec(path, root=config.workspace.root)
    return _page(
        config,
        request,
        "preview.html.j2",
        rel=rel,
        kind=kind,
        lang=lang or "",
        blocked=gate.blocked,
        diagnostics=[_shown(config, d) for d in gate.diagnostics],
        langs=api.LANG_CHOICES,
    )


async def _produced(config: Config, request: Request, fmt: str) -> tuple[str, api.Produced]:
    rel, path = _rel(config, request)
    kind = _choice(request, "kind", api.KINDS, "agreement")
    lang = _choice(request, "lang", api.LANG_CHOICES, None)
    from starlette.concurrency import run_in_threadpool

    return rel, await run_in_threadpool(
        api.produce, path, kind or "agreement", [fmt], lang=lang, root=config.workspace.root
    )


async def document(config: Config, request: Request) -> Response:
    """The agreement or quote itself as HTML (shown in the preview page's frame)."""
    rel, produced = await _produced(config, request, "html")
    if produced.failed:
        return _page(
            config,
            request,
            "blocked.html.j2",
            status=422,
            rel=rel,
            diagnostics=[_shown(config, d) for d in produced.diagnostics],
        )
    html = next(iter(produced.files.values())).decode("utf-8")
    return HTMLResponse(html.replace("</head>", SCREEN_MARGINS + "</head>", 1))


async def download(config: Config, request: Request) -> Response:
    fmt = _choice(request, "fmt", api.FORMATS, "pdf") or "pdf"
    rel, produced = await _produced(config, request, fmt)
    if produced.failed:
        return _page(
            config,
            request,
            "blocked.html.j2",
            status=422,
            rel=rel,
            diagnostics=[_shown(config, d) for d in produced.diagnostics],
        )
    name, data = next(iter(produced.files.items()))
    disposition = "attachment" if fmt != "html" else "inline"
    return Response(data, media_type=MEDIA[fmt], headers={"content-disposition": f'{disposition}; filename="{name}"'})


def _checklists(config: Config) -> list[str]:
    from termsmith.checklist.load import bundled_names

    return bundled_names()


_CHECKABLE = SPEC_SUFFIXES + DOCUMENT_SUFFIXES  # a spec, or a vendor's agreement as it came


async def _report_language(request: Request, *paths: Path) -> str:
    """As ``termsmith check`` chooses it: the specs' output language, or the agreements' own;
    where they disagree, the page's language rather than English (reading a document takes a
    moment: off the event loop)."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(api.report_language, list(paths), _lang(request))


async def check(config: Config, request: Request) -> Response:
    rel, path = _rel(config, request, _CHECKABLE)
    names = _checklists(config)
    checklist = _choice(request, "checklist", tuple(names), names[0] if names else None)
    lang = _choice(request, "lang", api.REPORT_LANGUAGES, None) or await _report_language(request, path)
    return _page(
        config,
        request,
        "check.html.j2",
        rel=rel,
        document=rel.lower().endswith(DOCUMENT_SUFFIXES),
        checklists=names,
        checklist=checklist,
        lang=lang,
    )


async def check_report(config: Config, request: Request) -> Response:
    return await _report(config, request, [_rel(config, request, _CHECKABLE)[1]])


async def _report(config: Config, request: Request, paths: list[Path]) -> Response:
    """The checklist report on ``paths`` (one column each), as ``termsmith check`` prints it in HTML."""
    names = _checklists(config)
    checklist = _choice(request, "checklist", tuple(names), names[0] if names else None)
    lang = _choice(request, "lang", api.REPORT_LANGUAGES, None) or await _report_language(request, *paths)
    from starlette.concurrency import run_in_threadpool

    report = await run_in_threadpool(
        partial(api.check_report, paths, checklist or "", lang, root=config.workspace.root)
    )
    return HTMLResponse(api.format_report(report, "html"))


# ----------------------------------------------------------------------------- several vendors side by side
MAX_COMPARED = 8  # columns a report page stays readable with


def _compared(config: Config, request: Request) -> list[tuple[str, Path]]:
    """The files ticked on the index (``?f=…`` once each, in order), each inside the workspace."""
    rels = list(dict.fromkeys(request.query_params.getlist("f")))
    if not rels:
        raise HTTPException(400, "compare_none")
    if len(rels) > MAX_COMPARED:
        raise HTTPException(400, "compare_many")
    out = []
    for rel in rels:
        path = config.workspace.resolve(rel, _CHECKABLE)  # raises OutsideWorkspace → 403
        if not path.is_file():
            raise HTTPException(404, "not_found")
        out.append((rel, path))
    return out


async def compare(config: Config, request: Request) -> Response:
    """Vendors' agreements and our specs checked side by side, one column each."""
    files = _compared(config, request)
    names = _checklists(config)
    checklist = _choice(request, "checklist", tuple(names), names[0] if names else None)
    lang = _choice(request, "lang", api.REPORT_LANGUAGES, None) or await _report_language(
        request, *(p for _, p in files)
    )
    return _page(
        config,
        request,
        "compare.html.j2",
        rels=[rel for rel, _ in files],
        query=urlencode([("f", rel) for rel, _ in files]),
        checklists=names,
        checklist=checklist,
        lang=lang,
    )


async def compare_report(config: Config, request: Request) -> Response:
    return await _report(config, request, [path for _, path in _compared(config, request)])


async def upload(config: Config, request: Request) -> Response:
    form = await checked_form(request, config.csrf, config.max_document)
    item = form.get("file")
    if item is None or isinstance(item, str) or not item.filename:
        raise HTTPException(400, "no file")
    rel = Path(item.filename).name
    lang = _lang(request)
    if rel.lower().endswith(DOCUMENT_SUFFIXES):  # a vendor's agreement: stored as it came, then checked
        try:
            config.workspace.add_document(rel, await item.read())
        except Conflict:
            return RedirectResponse("/?msg=" + i18n.text("exists", lang), status_code=303)
        return RedirectResponse(f"/check/{quote(rel)}", status_code=303)
    config.workspace.resolve(rel)
    data = await item.read()
    if len(data) > config.max_body:  # a spec is text: only documents get the larger limit
        raise HTTPException(413, "too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the file is not UTF-8 text") from None
    try:
        config.workspace.create(rel, text)
    except Conflict:
        return RedirectResponse("/?msg=" + i18n.text("exists", lang), status_code=303)
    return RedirectResponse(f"/edit/{rel}", status_code=303)


# ----------------------------------------------------------------------------- new deal from an offer
def _new_page(
    config: Config,
    request: Request,
    values: dict[str, str],
    languages: list[str],
    problem: str | None = None,
    status: int = 200,
) -> Response:
    offers = deals.offers(config.workspace)
    chosen = next((o for o in offers if o.ref == values.get("offer")), offers[0] if offers else None)
    return _page(
        config,
        request,
        "new.html.j2",
        status=status,
        offers=offers,
        offer=chosen,
        values=values,
        chosen_languages=languages,
        languages=LANGUAGES,
        kinds=PROJECT_KINDS,
        problem=problem,
    )


async def new_deal_form(config: Config, request: Request) -> Response:
    import datetime as dt

    today = dt.date.today().isoformat()
    values = {
        "offer": request.query_params.get("offer", ""),
        "signing_date": today,
        "term_start": today,
        "file": f"deals/deal-{today}.yaml",
        "project_kind": "mini-program",
    }
    return _new_page(config, request, values, ["zh-Hans"])


async def new_deal_fees(config: Config, request: Request) -> Response:
    ref = request.query_params.get("offer", "")
    offer = next((o for o in deals.offers(config.workspace) if o.ref == ref), None)
    if offer is None:
        raise HTTPException(404, "not_found")
    return _page(config, request, "_fees.html.j2", offer=offer, values={})


async def new_deal(config: Config, request: Request) -> Response:
    form = await checked_form(request, config.csrf, config.max_body)
    values = {k: str(v) for k, v in form.items() if isinstance(v, str) and k not in ("csrf", "languages")}
    languages = [str(x) for x in form.getlist("languages") if x in LANGUAGES]
    lang = _lang(request)
    offer = next((o for o in deals.offers(config.workspace) if o.ref == values.get("offer")), None)
    if offer is None:
        return _new_page(config, request, values, languages, i18n.text("offers_missing", lang), 400)
    rel = deals.deal_path(values.get("file", ""))
    try:
        config.workspace.resolve(rel)
    except OutsideWorkspace:
        return _new_page(config, request, values, languages, i18n.text("bad_file", lang), 400)
    try:
        text = deals.deal_text(values, languages, offer, rel, config.workspace.resolve(rel))
        config.workspace.create(rel, text)
    except Conflict:
        return _new_page(config, request, values, languages, i18n.text("exists", lang), 409)
    return RedirectResponse(f"/edit/{rel}", status_code=303)
