"""Is a Chinese open list (…等 · 等等 · 包括但不限于) part of a commitment, or only a description?

An open list is vague only as the scope of what a party owes (乙方提供安装、调试等服务 · 维护范围包括但不限于…).
The same 等 closes lists that describe (a product's modules, the languages a program is written in, the areas
a system served, the problems one may meet), that name the laws a duty refers to, or that spell out what a
clause excludes. Word lists did not tell them apart on never-seen text; this reads the structure around the list
instead (lintdeng, session 11). A list inside brackets glosses the noun before them with examples
(机械部件(转子、密封圈、轴承等)更换 · 更換或維修組件(包括但不限於機殼、底座…)): whatever is owed is that noun, so the
example list is no commitment unless a party is bound or named outside the brackets or a scope labels the sentence (lint22Z, session 22; :func:`glosses`, read by the caller, which lets a lead-in line
that commits take the item back: 保养计划包括以下事项：/ 更换零件(包括但不限于外壳及底座)). Otherwise the list is in a commitment when one of these holds:

- **a party bound or named before it** (or in its clause): a binding word (应 · 须 · 必须 · 负责 · 保证 · 承诺 ·
  确保 · 将 · 会 …), a vendor (乙方 · 本公司 · 我们 …), or a verb of giving a service (提供 · 进行 · 给予) —
  a commitment written without a modal (乙方提供…等服务) is still one;
- **a scope stated before it**: a service, its scope, content or fee named as the subject or label the list
  spells out (维护服务包括… · 覆盖范围: · 费用包含…);
- **the list is one of services**: an activity of after-sales work before it in the sentence, among its items or
  in its head noun (设备安装调试、运行参数优化、操作培训等 · …等技术诊断 · 经常检查螺栓，焊缝…，变形和松动等情况), as
  the unmarked items of a scope list are written;
- **the list is of the means or channels** a service is given or reached by (…等方式 · …等渠道);
- **the sentence opens with 包括/包含**: an item of a scope list whose subject is in the line before;
- **the list is an item under a lead-in that commits** (:func:`commits`, read by the caller when a document is
  linted whole: 以下情形属于免费保修范围。/ a.耗材(电池、滤网等)).

Otherwise the list describes, and the word is no commitment. Two shapes are excused even when a party is
bound: a list of the laws a duty refers to (遵守…等法律法规, …等领域的各项法律法规, a term of art as 相关法律法规 is), and a list of
what a product has (…等功能 · …等模块 · …等语言) when no binding word and no party, only 提供, is in its clause or
before it, and no scope is named before it.
A binding word after the list's clause (本契约如有增修删等变更,甲方应…) binds the clause it is in, not the list.
A noun that holds a binding word's character binds nobody (lintsla, session 12): 會員/会员 (member), 社会, 机会,
会议, 负责人 (the person in charge), 的要求 (a requirement named, as in 按…的要求进行); the same characters as verbs
(乙方会提供… · 乙方负责… · 甲方要求乙方…) still bind. The lint's other readings of a binding word use the same list.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith.lint.prefilter import compile_with_first_pairs

OPEN_LISTS = frozenset({"等", "等等", "包括但不限于"})

# a binding word (应 not in 响应/相应/应用 …): the lint's binding words (termsmith.lint.uses reads them from here)
ZH_BINDS = (
    r"(?<![响響相对對适適供回反效])[应應](?![用对對答付变變])|须|須|必须|必須|需要|保证|保證|承诺|承諾|确保|確保|"
    r"负责(?!人)|負責(?!人)|将|將|(?<![机機社协協学學大工公聚体體])[会會](?![员員议議计計所场場])|(?<!的)要求"
)
# … and, for a list, agreeing to or taking on what it names
_BINDS = ZH_BINDS + r"|同意|承担|承擔"
_PARTIES = (
    r"乙方|甲方|我方|我公司|本公司|我司|我们|我們|供应商|供應商|服务商|服務商|厂方|廠方|卖方|賣方|维修方|維修方|"
    r"受托方|受託方|承包方|服务方|服務方|本店|本车房|本車房"
)
_GIVES = r"提供|进行|進行|给予|給予|负担|負擔"
_BOUND = f"{_BINDS}|{_PARTIES}"
_STRONG = f"{_BOUND}|{_GIVES}"
# what a scope list spells out, named before the list (its subject or its label)
_SCOPE = (
    r"服务|服務|范围|範圍|内容|內容|费用|費用|收费|收費|维护|維護|运维|運維|维保|維保|保养|保養|维修|維修|"
    r"保修|保固|支持|支援|工作|项目|項目|事项|事項|责任|責任"
)
# an after-sales activity among the items or in the head noun: the list is one of services
_ACTIVITY = (
    r"安装|安裝|调试|調試|维护|維護|维修|維修|保养|保養|更换|更換|升级|升級|检查|檢查|检测|檢測|诊断|診斷|"
    r"修复|修復|培训|培訓|咨询|諮詢|指导|指導|巡检|巡檢|排查|排除|处理|處理|优化|優化|监控|監控|监测|監測|"
    r"备份|備份|修改|上传|上傳|部署|测试|測試|调整|調整|清洁|清潔|检修|檢修|恢复|恢復|迁移|遷移|"
    r"运维|運維|维保|維保|保障|加固|配置|设置|設置|设定|設定|解答|协助|協助|代维|代維|托管|託管|供应|供應"
)
# what the list names: the laws a duty refers to, or what a product has (its head noun, right after 等)
_LAWS = (
    r"\s*(?:[^，。；,;、]{0,6}?的)?\s*(?:各项|各項|相关|相關|有关|有關|国家|國家)?\s*(?:法律|法规|法規|法令|条例|條例)"
)
# (lint24Z) with a short modifier before the head noun (…压缩,转码,水印等数据处理功能 · …等功能模块)
_FEATURES = r"\s*(?:[^，。；,;、\s]{0,6}?)(?:功能|模块|模組|组件|組件|特性|语言|語言)"
# the means or channels a service is reached or given by (客户可通过电话、邮件等渠道提交问题): which ones the
# vendor keeps open is what is left open
_MEANS = r"\s*的?\s*(?:渠道|方式|途径|途徑|管道|形式|手段)"
_OPENS = "（(〔["
_CLOSES = "）)〕]"
# what a report carries (我方将原因、补救措施…等报告给最终用户 · 将故障内容…等信息以书面形式报告最终用户): the list is
# the object of 将/把 and 报告/告知/通知 follows it, so it is the report's content, not a service (lint22Z); a means
# before the verb (等方式通知) is not content, and is read as a channel above
_REPORTED = (
    r"\s*(?:的|之)?\s*(?:信息|資訊|资讯|内容|內容|情况|情況|事项|事項|资料|資料)?\s*"
    r"(?:以[^，。；,;]{0,6}?(?:形式|方式))?\s*(?:及时|及時|书面|書面)?\s*"
    r"(?:报告|報告|告知|通知|汇报|匯報|通报|通報)"
)
_CARRIER = r"[将將把]"
_SCOPE_OPENERS = ("包括", "包含", "含", "涵盖", "涵蓋")
_NUMBERING = " \t•·-—*0123456789.、()（）①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十abcdefgABCDEFG"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled when a Chinese open list is first checked (not at import: cold start)."""
    return tuple(
        compile_with_first_pairs(p)
        for p in (_BOUND, _STRONG, _SCOPE, _ACTIVITY, _LAWS, _FEATURES, _MEANS, _REPORTED, _CARRIER)
    )


def commits(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` (a list's lead-in line) binds or names a party, or names a scope: the items under it are
    the commitment's (以下情形属于免费保修范围。/ a.耗材(电池、滤网等))."""
    _, strong, scope, *_ = _patterns()
    return strong.search(text, lo, hi) is not None or scope.search(text, lo, hi) is not None


def glosses(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """The open list at ``text[start:end]`` is inside a pair of brackets that glosses a noun with examples
    (部件(转子、轴承等)更换), and no party is bound or named in its sentence outside the brackets
    (乙方负责设备(服务器、交换机等)的维护: the examples are of what the vendor owes) or after them, nor a scope labelled before
    a colon (软件系统维护:操作系统(WindowsServer、Linux等)…的运行监控: the examples spell the scope out)."""
    bound, _, scope, *_ = _patterns()
    opening = bracket_opening(text, start, end, sentence)
    if opening < 0 or bound.search(text, sentence[0], opening) is not None:
        return False
    closing = next(j for j in range(end, sentence[1]) if text[j] in _CLOSES)
    if bound.search(text, closing, sentence[1]) is not None:
        return False  # 因不可抗力造成的损失(服务器、网络等)由乙方负责修复: bound after the brackets
    colon = max(text.rfind(":", sentence[0], opening), text.rfind("：", sentence[0], opening))
    return colon < 0 or scope.search(text, sentence[0], colon) is None


def bracket_opening(text: str, start: int, end: int, sentence: tuple[int, int]) -> int:
    """Where the pair of brackets of its sentence that holds ``text[start:end]`` opens (部件(转子、轴承等)), or -1."""
    depth = 0
    for i in range(start - 1, sentence[0] - 1, -1):
        char = text[i]
        if char in _CLOSES:
            depth += 1
        elif char in _OPENS:
            if not depth:
                return i if any(text[j] in _CLOSES for j in range(end, sentence[1])) else -1
            depth -= 1
    return -1


def describes(text: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The open list at ``span`` (its closing word) describes, names laws or a product's parts, or is otherwise
    outside any commitment (see the module doc)."""
    bound, strong, scope, activity, laws, features, means, reported, carrier = _patterns()
    start, end = span
    lo = sentence[0]
    if reported.match(text, end) is not None and carrier.search(text, clause[0], start) is not None:
        return True  # 我方将原因、补救措施…等报告给最终用户: what a report carries
    if laws.match(text, end) is not None:
        return True  # 遵守《…》、…等法律法规: the law the duty refers to
    if features.match(text, end) is not None:
        # 支持…等功能 · 提供…等功能: what a product has (not 乙方开发…等功能 · 培训服务:针对…等模块进行培训)
        return bound.search(text, lo, clause[1]) is None and scope.search(text, lo, start) is None
    if means.match(text, end) is not None:
        return False  # 客户可通过电话、邮件等渠道提交问题: the channels the vendor keeps open
    if strong.search(text, lo, clause[1]) is not None:
        return False  # 乙方提供…等服务 · 客户需提供…等资料: a party bound, named or giving
    if scope.search(text, lo, start) is not None:
        return False  # 维护服务包括… · 覆盖范围:… · 该费用包含…: a scope spelled out
    if activity.search(text, lo, clause[1]) is not None:
        return False  # 设备安装调试、运行参数优化、操作培训等: a list of services
    return not text[lo:start].lstrip(_NUMBERING).startswith(_SCOPE_OPENERS)  # 包含主机板…等电子零件: a scope item
