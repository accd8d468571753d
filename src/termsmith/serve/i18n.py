"""The web app's own words in Simplified Chinese and English.

The language is the ``ui`` cookie (set by the language switch), else the
browser's Accept-Language (any ``zh`` → zh-Hans), else English.
"""

from __future__ import annotations

UI_LANGS = ("zh-Hans", "en")

_TEXT: dict[str, tuple[str, str]] = {  # key → (zh-Hans, en)
    "app": ("termsmith 售后服务协议", "termsmith service agreements"),
    "workspace": ("工作区", "Workspace"),
    "deals": ("协议与报价", "Agreements and quotes"),
    "file": ("文件", "File"),
    "kind": ("类型", "Kind"),
    "status": ("状态", "Status"),
    "actions": ("操作", "Actions"),
    "valid": ("有效", "Valid"),
    "invalid": ("有错误", "Has errors"),
    "warnings": ("{n} 条提醒", "{n} warning(s)"),
    "errors": ("{n} 个错误", "{n} error(s)"),
    "open": ("编辑", "Edit"),
    "new_deal": ("新建协议", "New deal"),
    "no_specs": ("工作区里还没有 YAML 文件。", "There are no YAML files in this workspace yet."),
    "edit": ("编辑", "Edit"),
    "editor": ("YAML 编辑器", "YAML editor"),
    "save": ("保存", "Save"),
    "saved": ("已保存。", "Saved."),
    "saved_invalid": (
        "已保存（仍有错误，生成协议前请修正）。",
        "Saved (it still has errors; fix them before producing the agreement).",
    ),
    "conflict": (
        "保存未完成：此文件在您打开之后已被修改。您的内容仍在编辑器中；下方列出两者的差异。",
        "Not saved: this file changed on disk since you opened it. Your text is still in the editor; "
        "how it differs from the file on disk is shown below.",
    ),
    "overwrite": ("仍然用我的版本覆盖", "Overwrite with my version anyway"),
    "reload": ("放弃我的修改，重新载入", "Discard my changes and reload"),
    "disk_version": ("磁盘上的版本", "Version on disk"),
    "differences": ("差异（- 磁盘上，+ 编辑器中）", "Differences (- on disk, + in the editor)"),
    "checking": ("检查中…", "Checking…"),
    "no_problems": ("没有发现问题。", "No problems found."),
    "problems": ("问题", "Problems"),
    "line_col": ("第 {line} 行第 {col} 列", "line {line}, column {col}"),
    "fix_hint": ("建议", "Fix"),
    "expected": ("应为", "Expected"),
    "common_fields": ("常用字段", "Common fields"),
    "apply_fields": ("写入编辑器", "Apply to editor"),
    "fields_note": (
        "修改后写入编辑器，再点“保存”。空白的字段保持不变。",
        "Changes go into the editor; then press Save. Blank fields are left as they are.",
    ),
    "client_legal_name": ("客户全称", "Client legal name"),
    "client_short_name": ("客户简称", "Client short name"),
    "client_credit_code": ("统一社会信用代码", "Unified social credit code"),
    "project_name": ("项目名称", "Project name"),
    "agreement_number": ("协议编号", "Agreement number"),
    "signing_date": ("签订日期", "Signing date"),
    "term_start": ("服务开始日期", "Service start date"),
    "term_length": ("服务期限", "Service term"),
    "languages": ("输出语言", "Output languages"),
    "prevailing": ("以何种语言为准", "Prevailing language"),
    "preview": ("预览", "Preview"),
    "agreement": ("协议", "Agreement"),
    "quote": ("报价单", "Quote"),
    "download": ("下载", "Download"),
    "language": ("语言", "Language"),
    "lang_default": ("按规格设定", "As in the spec"),
    "lang_zh-Hans": ("简体中文", "Simplified Chinese"),
    "lang_zh-Hant": ("繁體中文", "Traditional Chinese"),
    "lang_en": ("英文", "English"),
    "lang_bilingual": ("双语", "Bilingual"),
    "check": ("对照检查清单", "Check against a checklist"),
    "checklist": ("检查清单", "Checklist"),
    "run_check": ("检查", "Check"),
    "blocked": (
        "这份规格还有错误，不能生成文件。请先在编辑器中修正：",
        "This spec still has errors, so it cannot be produced. Fix them in the editor first:",
    ),
    "back": ("返回", "Back"),
    "refused": ("拒绝访问：该路径不在工作区内。", "Refused: that path is not inside the workspace."),
    "not_found": ("找不到该文件。", "No such file."),
    "too_large": ("上传的内容太大（上限 {limit}）。", "The upload is too large (limit {limit})."),
    "csrf": (
        "请求缺少有效的安全令牌，请重新载入页面后再试。",
        "The request has no valid security token; reload the page and try again.",
    ),
    "upload": (
        "上传 YAML 规格，或供应商的协议（DOCX、PDF）",
        "Upload a YAML spec, or a vendor's agreement (DOCX, PDF)",
    ),
    "upload_hint": (
        "供应商的协议上传后按检查清单逐项核对，每项结论都引用协议原文（页码、段落）。",
        "A vendor's agreement is checked against a checklist; every verdict quotes the agreement (page, paragraph).",
    ),
    "vendor_documents": ("供应商的协议", "Vendors' agreements"),
    "compare": ("对比", "Compare"),
    "compare_title": ("多份协议对比", "Agreements side by side"),
    "compare_selected": ("对比所选", "Compare selected"),
    "compare_hint": (
        "勾选几份供应商协议（以及我们自己的规格），用同一份检查清单逐项并排对比。",
        "Tick several vendors' agreements (and our own specs) to check them side by side against one checklist.",
    ),
    "compare_none": ("请至少勾选一份协议或规格再对比。", "Tick at least one agreement or spec to compare."),
    "compare_many": ("一次最多对比 {n} 份。", "Compare at most {n} at a time."),
    "upload_go": ("上传", "Upload"),
    "uploaded": ("已上传 {name}。", "Uploaded {name}."),
    "exists": (
        "工作区里已有同名文件，未覆盖。",
        "A file of that name is already in the workspace; nothing was overwritten.",
    ),
    "offer": ("标准方案", "Standard offer"),
    "offers_missing": (
        "工作区里没有标准方案（kind: ServiceOffer）。",
        "The workspace has no standard offer (kind: ServiceOffer).",
    ),
    "new_file": ("文件名", "File name"),
    "create": ("创建", "Create"),
    "client": ("客户", "Client"),
    "project": ("项目", "Project"),
    "tier": ("服务档次", "Service tier"),
    "price_overrides": ("价格调整", "Price overrides"),
    "ui_lang": ("English", "中文"),
    "bad_file": (
        "文件名须为工作区内的 .yaml 文件，例如 deals/鹭岛书店.yaml。",
        "The file name must be a .yaml file inside the workspace, e.g. deals/bookshop.yaml.",
    ),
    "new_intro": (
        "选择标准方案，填写客户与项目。未填写的内容沿用方案；创建后可在编辑器中继续修改。",
        "Pick a standard offer and fill in the client and the project. Anything left blank comes from "
        "the offer; you can keep editing in the editor afterwards.",
    ),
    "client_address": ("客户地址", "Client address"),
    "client_representative": ("法定代表人", "Legal representative"),
    "project_kind": ("项目类型", "Project type"),
    "project_value": ("项目金额（元）", "Project value (CNY)"),
    "live_on": ("上线日期", "Go-live date"),
    "dates": ("日期与期限", "Dates and term"),
    "kind_mini-program": ("微信小程序", "Mini-program"),
    "kind_website": ("网站", "Website"),
    "kind_app": ("App", "App"),
    "kind_system": ("业务系统", "Business system"),
    "price_note": (
        "留空则按方案价格；其他价格（如人天单价）可在编辑器中调整。",
        "Leave blank to keep the offer's price; other prices (such as day rates) can be changed in the editor.",
    ),
    "doc_ServiceSpec": ("协议", "Deal"),
    "doc_ServiceOffer": ("标准方案", "Standard offer"),
    "doc_Checklist": ("检查清单", "Checklist"),
    "doc_?": ("无法读取", "Unreadable"),
    "preview_saved": ("预览与下载依据已保存的文件。", "Preview and downloads use the saved file."),
    "fees_none": ("该方案没有可调整的价格。", "This offer has no prices to adjust."),
}


def ui_lang(cookie: str | None, accept_language: str | None) -> str:
    if cookie in UI_LANGS:
        return cookie
    if accept_language and accept_language.strip().lower().startswith("zh"):
        return "zh-Hans"
    return "en"


def text(key: str, lang: str, **values: object) -> str:
    zh, en = _TEXT[key]
    out = zh if lang == "zh-Hans" else en
    return out.format(**values) if values else out
