"""zh-Hant clause text is genuine Traditional Chinese with Taiwan vocabulary.

Two checks: a curated list of Simplified-only characters and mainland terms common in
this domain (with their Taiwan forms), and OpenCC: no character that OpenCC's s2t table
would change (a Simplified character) is left. (``s2twp`` is a drafting aid only: it is
not idempotent on good Taiwan text, e.g. it turns 文件 into 檔案 and 權限 into 許可權.)
"""

from __future__ import annotations

import opencc
import pytest

from tests.clauses.conftest import clause_files, load, prose

# Official titles of PRC statutes keep their own wording in Traditional script.
PROPER_NAMES = ("《中華人民共和國網絡安全法》", "《中華人民共和國數據安全法》", "《中華人民共和國個人信息保護法》")

SIMPLIFIED_ONLY = set(
    "个为买们价写务协单卖双发听员图圆场坏块处备复头奖宁实审宪宫对寻导层岁岛币帅师带帮库应废开异弃张弹强归当录彻忆忧怀态总恶悬"
    "惊惯愿戏战户执扩扫护报担拟拥择挤损换据数断无旧时显晓术机杀权条来杨极构枪柜标栏树样档桥检欢残毁气汇汉汤沟没泽洁浅测济浏涨"
    "渐温湾满滤灭灯灵炉点炼烂热焕爱爷牵状独猎环现琐电画畅疗疯盐监盖盘矿码础确离种积称稳穷窍竞笔签简类粮紧纠红约级纪纯纲纳纵纸"
    "线组细织终绍经结绕绘给络绝统继绩绪续维绵综绿缓编缘缩缴网罗罚职联聪肃肠肤胁脑脚脱腾舰艺节芦苏范荐药莱获营萧虑虚虽蚀补袜装"
    "见观规视览觉计订认讨让训议讯记讲讳许论设访证评识诉诊译试诗诚话诞询该详语误说请诸读课谁调谅谈谊谋谍谓谢谣谦谨谱贝负贡财责"
    "贤败账货质贩贪贫购贮贯贴贵贷贸费资赋赏赔赖赛赞赠赢赵赶趋跃践踪车轨转轮软轰轻载较辅辆辈辉辑输辖边达迁过运还这进违连迟选递"
    "遗邮销锁长门闭问间阶际陆险随难项顺须预领频题风飞马驻验骤鲁齐龙"
)

MAINLAND_TERMS = {  # mainland term (in Traditional script) → Taiwan term
    "軟件": "軟體",
    "服務器": "伺服器",
    "數據": "資料",
    "網絡": "網路",
    "接口": "介面",
    "用戶": "使用者",
    "賬號": "帳號",
    "信息": "資訊",
    "證書": "憑證",
    "渠道": "管道",
    "響應": "回應",
    "許可權": "權限",
    "默認": "預設",
    "視頻": "視訊",
    "質量": "品質",
    "項目經理": "專案經理",
    "硬件": "硬體",
    "短信": "簡訊",
    "激活": "啟用",
    "登錄": "登入",
    "鏈接": "連結",
    "文檔": "文件",
    "運營": "營運",
}


def _texts() -> list[tuple[str, str]]:
    out = []
    for path in clause_files():
        data = load(path)
        for key in ("title", "text"):
            text = prose(data[key]["zh-Hant"])
            for name in PROPER_NAMES:
                text = text.replace(name, "《》")
            out.append((f"{path.stem} {key}", text))
    return out


@pytest.mark.parametrize(("where", "text"), _texts(), ids=lambda v: v if " " in v and len(v) < 60 else "t")
def test_no_simplified_characters_or_mainland_terms(where, text):
    chars = sorted({ch for ch in text if ch in SIMPLIFIED_ONLY})
    terms = sorted(term for term in MAINLAND_TERMS if term in text)
    assert not chars, f"{where}: Simplified characters {chars}"
    assert not terms, f"{where}: mainland terms {[(t, MAINLAND_TERMS[t]) for t in terms]}"


# Characters OpenCC s2t maps to a variant although Taiwan's standard usage writes them as is.
TAIWAN_STANDARD = {"台", "群"}


def simplified_chars(text: str) -> list[str]:
    """Characters that OpenCC's Simplified→Traditional table changes (Taiwan standard forms excepted)."""
    s2t = opencc.OpenCC("s2t")
    return sorted({ch for ch in text if ch not in TAIWAN_STANDARD and s2t.convert(ch) != ch})


@pytest.mark.parametrize(("where", "text"), _texts(), ids=lambda v: v if " " in v and len(v) < 60 else "t")
def test_opencc_finds_no_simplified_character(where, text):
    assert simplified_chars(text) == [], where


def test_checks_catch_simplified_text():
    assert {"软", "务"} <= {ch for ch in "软件售后服务" if ch in SIMPLIFIED_ONLY}
    assert simplified_chars("軟體服务與伺服器") == ["务"]
