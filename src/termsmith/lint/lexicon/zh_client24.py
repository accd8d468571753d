"""Session 24 (lint24Q): qualities the client must meet with no measure, in Chinese (both scripts), read by the
clause's modal and verb rather than word by word. A duty (应/應/须/須/需/要求) whose verb gives the client's side
something to have, supply or reach (具有, 提供, 实现, 连接到, 配备, 保持 …) and grades it with no measure —
稳定的互联网, 可靠的连接重试逻辑, 相当的计算机基础知识, 足够的资源, 安全之工作環境: how stable or how much is decided
afterwards, by the side that relies on it (the labelling guide's customer duty with an unmeasured standard; 确保网络畅通
is V by the session-7 decisions). Entries have the shape of ``termsmith.lint.lexicon.terms.ZH_PATTERN_TERMS`` (name,
family, replacement, trigger, pattern).

Not read: the grade with no duty before it (鉴于…乙方具备充足的…需求, a recital), a comparison that names its
reference (与原件相当的零件), and a condition (在您提供足够的信息…之前).
"""

from __future__ import annotations

_DUTY = r"(?:应|應|须|須|需|要求)[^，。；,;：:]{0,16}?"
_VERB = (
    r"(?:具有|具备|具備|提供|实现|實現|连接到|連接到|连接至|連接至|使用|配备|配備|保持|拥有|擁有|准备|準備|分配)"
    r"(?:一个|一個|一套|一条|一條)?"
)
_GRADE = r"(?:稳定|穩定|可靠|相当|相當|足够|足夠|充足|充分|充份|安全)"

ZH_CLIENT_TERMS_24: tuple[tuple[str, str, str, str, str], ...] = tuple(
    (
        f"须具有…稳定/相当{mark}（无标准）",
        "VQ",
        "写明可核验的标准（如带宽不低于 10 Mbps、持有某认证或完成某培训）",
        mark,
        _DUTY + _VERB + _GRADE + mark,
    )
    for mark in ("的", "之")
)
