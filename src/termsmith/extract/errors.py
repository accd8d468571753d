"""Why a document cannot be read, and what the user can do about it — in the reader's language.

Each problem has a key, a code (E0xx, documented in ``diagnostic_codes/extraction.py``) and its
message and hint in English, Simplified and Traditional Chinese: the command line speaks
English, and a check report (CLI or browser) speaks the report's language, so a client who
uploads a scanned PDF to a Chinese report reads why in Chinese.
"""

from __future__ import annotations

# key -> (code, {lang: (message, hint)}); ``{name}`` fields are filled from the error's params
_CATALOGUE: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "doc-file": (
        "E002",
        {
            "en": (
                "this is an old Word 97-2003 .doc file, which termsmith cannot read",
                "open it in Word or LibreOffice and save it as .docx (or export a PDF), then run again",
            ),
            "zh-Hans": (
                "这是旧版 Word 97-2003 的 .doc 文件，termsmith 无法读取",
                "请用 Word 或 LibreOffice 打开并另存为 .docx（或导出 PDF）后重试",
            ),
            "zh-Hant": (
                "這是舊版 Word 97-2003 的 .doc 檔案，termsmith 無法讀取",
                "請用 Word 或 LibreOffice 開啟並另存為 .docx（或匯出 PDF）後重試",
            ),
        },
    ),
    "word-97": (
        "E002",
        {
            "en": (
                "this is an old Word 97-2003 file, not a .docx",
                "open it in Word or LibreOffice and save it as .docx (or export a PDF)",
            ),
            "zh-Hans": (
                "这是旧版 Word 97-2003 文件，并非 .docx",
                "请用 Word 或 LibreOffice 打开并另存为 .docx（或导出 PDF）",
            ),
            "zh-Hant": (
                "這是舊版 Word 97-2003 檔案，並非 .docx",
                "請用 Word 或 LibreOffice 開啟並另存為 .docx（或匯出 PDF）",
            ),
        },
    ),
    "unknown-suffix": (
        "E001",
        {
            "en": ("termsmith cannot read '{suffix}' files", "give a .docx, .pdf, .txt, .md or .html file"),
            "zh-Hans": ("termsmith 无法读取“{suffix}”文件", "请提供 .docx、.pdf、.txt、.md 或 .html 文件"),
            "zh-Hant": ("termsmith 無法讀取「{suffix}」檔案", "請提供 .docx、.pdf、.txt、.md 或 .html 檔案"),
        },
    ),
    "unreadable-path": (
        "E001",
        {
            "en": ("cannot read the file: {reason}", "check the path"),
            "zh-Hans": ("无法读取文件（{reason}）", "请检查文件路径"),
            "zh-Hant": ("無法讀取檔案（{reason}）", "請檢查檔案路徑"),
        },
    ),
    "too-large": (
        "E007",
        {
            "en": (
                "the file is {mb} MB; termsmith reads documents up to {limit} MB",
                "export only the agreement (without scans or attachments) and run again",
            ),
            "zh-Hans": (
                "文件大小为 {mb} MB，termsmith 只读取 {limit} MB 以内的文件",
                "请只导出协议本身（不含扫描件或附件）后重试",
            ),
            "zh-Hant": (
                "檔案大小為 {mb} MB，termsmith 只讀取 {limit} MB 以內的檔案",
                "請只匯出協議本身（不含掃描檔或附件）後重試",
            ),
        },
    ),
    "word-encrypted": (
        "E003",
        {
            "en": (
                "this Word file is password-protected (encrypted)",
                "open it with the password and save an unprotected copy, then run again",
            ),
            "zh-Hans": ("这个 Word 文件设有密码（已加密）", "请用密码打开后另存一份不加密的副本，再重试"),
            "zh-Hant": ("這個 Word 檔案設有密碼（已加密）", "請用密碼開啟後另存一份不加密的副本，再重試"),
        },
    ),
    "pdf-encrypted": (
        "E003",
        {
            "en": (
                "this PDF is password-protected (encrypted)",
                "open it with the password and print or export an unprotected PDF, or export the agreement as .docx",
            ),
            "zh-Hans": ("这个 PDF 设有密码（已加密）", "请用密码打开后打印或导出不加密的 PDF，或将协议导出为 .docx"),
            "zh-Hant": ("這個 PDF 設有密碼（已加密）", "請用密碼開啟後列印或匯出不加密的 PDF，或將協議匯出為 .docx"),
        },
    ),
    "pdf-damaged": (
        "E004",
        {
            "en": (
                "this file is not a readable PDF (it is damaged or not a PDF)",
                "export the agreement again as PDF or .docx and run again",
            ),
            "zh-Hans": ("这个文件不是可读取的 PDF（已损坏或并非 PDF）", "请重新将协议导出为 PDF 或 .docx 后重试"),
            "zh-Hant": ("這個檔案不是可讀取的 PDF（已損壞或並非 PDF）", "請重新將協議匯出為 PDF 或 .docx 後重試"),
        },
    ),
    "pdf-pages": (
        "E007",
        {
            "en": (
                "the PDF has {count} pages; termsmith reads agreements of up to {limit} pages",
                "extract the pages of the service agreement (e.g. with 'qpdf --pages') and run again",
            ),
            "zh-Hans": (
                "这个 PDF 有 {count} 页，termsmith 只读取 {limit} 页以内的协议",
                "请只取出服务协议的页面（例如用 qpdf --pages）后重试",
            ),
            "zh-Hant": (
                "這個 PDF 有 {count} 頁，termsmith 只讀取 {limit} 頁以內的協議",
                "請只取出服務協議的頁面（例如用 qpdf --pages）後重試",
            ),
        },
    ),
    "pdf-no-text": (
        "E005",
        {
            "en": (
                "this PDF has no text layer (a scan or images of pages)",
                "run OCR first (e.g. 'ocrmypdf --language chi_sim+eng in.pdf out.pdf') or ask the vendor for the "
                ".docx, then run again",
            ),
            "zh-Hans": (
                "这个 PDF 没有文字层（是扫描件或页面图片）",
                "请先做文字识别（OCR，例如 ocrmypdf --language chi_sim+eng in.pdf out.pdf），或向供应商索取 .docx 后重试",
            ),
            "zh-Hant": (
                "這個 PDF 沒有文字層（是掃描檔或頁面圖片）",
                "請先做文字辨識（OCR，例如 ocrmypdf --language chi_tra+eng in.pdf out.pdf），或向供應商索取 .docx 後重試",
            ),
        },
    ),
    "pdf-too-much-text": (
        "E007",
        {
            "en": (
                "the PDF holds more than {limit} characters of text; termsmith reads one agreement at a time",
                "extract the pages of the service agreement and run again",
            ),
            "zh-Hans": ("这个 PDF 的文字超过 {limit} 字，termsmith 一次只读取一份协议", "请只取出服务协议的页面后重试"),
            "zh-Hant": ("這個 PDF 的文字超過 {limit} 字，termsmith 一次只讀取一份協議", "請只取出服務協議的頁面後重試"),
        },
    ),
    "docx-many-files": (
        "E006",
        {
            "en": (
                "the .docx holds {count} files; a Word document holds a few dozen",
                "this is not an ordinary Word file; save the agreement again as .docx from Word",
            ),
            "zh-Hans": (
                "这个 .docx 内含 {count} 个文件，普通 Word 文档只有几十个",
                "这不是普通的 Word 文件，请用 Word 重新另存为 .docx",
            ),
            "zh-Hant": (
                "這個 .docx 內含 {count} 個檔案，一般 Word 文件只有幾十個",
                "這不是一般的 Word 檔案，請用 Word 重新另存為 .docx",
            ),
        },
    ),
    "docx-unpacks": (
        "E006",
        {
            "en": (
                "the .docx unpacks to {mb} MB (a zip bomb or huge embedded files); termsmith does not unpack it",
                "save the agreement again as .docx without embedded files, or export a PDF",
            ),
            "zh-Hans": (
                "这个 .docx 解压后有 {mb} MB（压缩炸弹或超大的嵌入文件），termsmith 不予解压",
                "请去掉嵌入文件后重新另存为 .docx，或导出 PDF",
            ),
            "zh-Hant": (
                "這個 .docx 解壓後有 {mb} MB（壓縮炸彈或超大的內嵌檔案），termsmith 不予解壓",
                "請移除內嵌檔案後重新另存為 .docx，或匯出 PDF",
            ),
        },
    ),
    "docx-not-word": (
        "E004",
        {
            "en": (
                "this file is not a Word .docx document (no word/document.xml)",
                "save the agreement as .docx from Word or LibreOffice, or export a PDF",
            ),
            "zh-Hans": (
                "这个文件不是 Word .docx 文档（缺少 word/document.xml）",
                "请用 Word 或 LibreOffice 将协议另存为 .docx，或导出 PDF",
            ),
            "zh-Hant": (
                "這個檔案不是 Word .docx 文件（缺少 word/document.xml）",
                "請用 Word 或 LibreOffice 將協議另存為 .docx，或匯出 PDF",
            ),
        },
    ),
    "docx-not-zip": (
        "E004",
        {
            "en": ("this .docx is damaged (not a zip archive)", "save the agreement again as .docx, or export a PDF"),
            "zh-Hans": ("这个 .docx 已损坏（不是 zip 压缩包）", "请重新将协议另存为 .docx，或导出 PDF"),
            "zh-Hant": ("這個 .docx 已損壞（不是 zip 壓縮檔）", "請重新將協議另存為 .docx，或匯出 PDF"),
        },
    ),
    "docx-damaged": (
        "E004",
        {
            "en": (
                "this .docx cannot be opened (the package is damaged)",
                "save the agreement again as .docx, or export a PDF",
            ),
            "zh-Hans": ("这个 .docx 无法打开（文件包已损坏）", "请重新将协议另存为 .docx，或导出 PDF"),
            "zh-Hant": ("這個 .docx 無法開啟（檔案包已損壞）", "請重新將協議另存為 .docx，或匯出 PDF"),
        },
    ),
    "docx-too-much-text": (
        "E007",
        {
            "en": (
                "the .docx holds more than {limit} characters of text; termsmith reads one agreement at a time",
                "give only the service agreement",
            ),
            "zh-Hans": ("这个 .docx 的文字超过 {limit} 字，termsmith 一次只读取一份协议", "请只提供服务协议本身"),
            "zh-Hant": ("這個 .docx 的文字超過 {limit} 字，termsmith 一次只讀取一份協議", "請只提供服務協議本身"),
        },
    ),
    "docx-no-text": (
        "E005",
        {
            "en": (
                "this Word file has no text (only images?)",
                "run OCR on the scanned pages or ask the vendor for the text version",
            ),
            "zh-Hans": ("这个 Word 文件没有文字（只有图片？）", "请对扫描页做文字识别（OCR），或向供应商索取文字版"),
            "zh-Hant": ("這個 Word 檔案沒有文字（只有圖片？）", "請對掃描頁做文字辨識（OCR），或向供應商索取文字版"),
        },
    ),
    "text-empty": (
        "E005",
        {
            "en": ("this file has no text", "give the file that holds the agreement's text"),
            "zh-Hans": ("这个文件没有文字", "请提供载有协议文字的文件"),
            "zh-Hant": ("這個檔案沒有文字", "請提供載有協議文字的檔案"),
        },
    ),
    "text-not-utf8": (
        "E001",
        {
            "en": (
                "the file is not UTF-8 (byte 0x{byte})",
                "convert it, e.g. 'iconv -f GBK -t UTF-8 in.txt > out.txt', and run again",
            ),
            "zh-Hans": (
                "文件不是 UTF-8 编码（字节 0x{byte}）",
                "请转换为 UTF-8（例如在记事本中“另存为”并选择 UTF-8，或 iconv -f GBK -t UTF-8 in.txt > out.txt）后重试",
            ),
            "zh-Hant": (
                "檔案不是 UTF-8 編碼（位元組 0x{byte}）",
                "請轉換為 UTF-8（例如在記事本中「另存新檔」並選擇 UTF-8，或 iconv -f BIG5 -t UTF-8 in.txt > out.txt）後重試",
            ),
        },
    ),
    "text-too-long": (
        "E007",
        {
            "en": ("the file has {n} characters; termsmith reads up to {limit}", "give only the agreement's text"),
            "zh-Hans": ("文件有 {n} 个字符，termsmith 最多读取 {limit} 个", "请只提供协议正文"),
            "zh-Hant": ("檔案有 {n} 個字元，termsmith 最多讀取 {limit} 個", "請只提供協議正文"),
        },
    ),
}


class ExtractError(Exception):
    """A document termsmith cannot read: ``code`` (E0xx), a message and what to do instead
    (English; :meth:`in_lang` gives both in another language)."""

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params
        self.code = _CATALOGUE[key][0]
        self.message, self.hint = self.in_lang("en")
        super().__init__(self.message)

    def in_lang(self, lang: str) -> tuple[str, str]:
        """The message and the hint in ``lang`` (zh-Hans, zh-Hant; English otherwise)."""
        texts = _CATALOGUE[self.key][1]
        message, hint = texts.get(lang, texts["en"])
        return message.format(**self.params), hint.format(**self.params)


def catalogue_keys() -> tuple[str, ...]:
    """Every problem's key (for tests: each has a documented code and all three languages)."""
    return tuple(_CATALOGUE)
