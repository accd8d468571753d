"""Chinese numerals: capital amounts (大写金额) under the PBOC rules, and small ordinals.

Capital amounts follow the People's Bank of China rules for writing amounts on
payment instruments (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》):

- the integer part ends with 元; with no 角 or 分 the amount ends with 整;
  nothing follows 分, and nothing needs to follow 角 (1,409.50 → 壹仟肆佰零玖元伍角);
- a run of zeros between non-zero digits is written as one 零, also across the
  万 and 亿 groups (100,200,300.09 → 壹亿零贰拾万零叁佰元零玖分); trailing zeros
  of the integer part are not written (1,000,000 → 壹佰万元整);
- 角 zero with 分 non-zero writes 零 (325.04 → 叁佰贰拾伍元零肆分);
- a leading ten is 壹拾, never 拾 alone (10 → 壹拾元整, 110,000 → 壹拾壹万元整);
- zero is 零元整; an amount under one yuan starts at 角 or 分 (0.50 → 伍角).

``capital_amount`` and ``parse_capital`` are inverse: parsing a generated amount
gives back the same Decimal (a property test holds this for every amount).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = {
    "zh-Hans": "零壹贰叁肆伍陆柒捌玖",
    "zh-Hant": "零壹貳參肆伍陸柒捌玖",
}
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = {"zh-Hans": ("", "万", "亿"), "zh-Hant": ("", "萬", "億")}
LIMIT = Decimal("1000000000000")  # 1 万亿: beyond any service agreement

# currency → its name before a capital amount (人民币壹万元整), per script
CURRENCY_NAMES: dict[str, dict[str, str]] = {
    "CNY": {"zh-Hans": "人民币", "zh-Hant": "人民幣"},
    "HKD": {"zh-Hans": "港币", "zh-Hant": "港幣"},
    "MOP": {"zh-Hans": "澳门元", "zh-Hant": "澳門元"},
    "TWD": {"zh-Hans": "新台币", "zh-Hant": "新臺幣"},
    "USD": {"zh-Hans": "美元", "zh-Hant": "美元"},
    "EUR": {"zh-Hans": "欧元", "zh-Hant": "歐元"},
    "GBP": {"zh-Hans": "英镑", "zh-Hant": "英鎊"},
    "JPY": {"zh-Hans": "日元", "zh-Hant": "日圓"},
    "SGD": {"zh-Hans": "新加坡元", "zh-Hant": "新加坡元"},
    "AUD": {"zh-Hans": "澳元", "zh-Hant": "澳幣"},
    "NZD": {"zh-Hans": "新西兰元", "zh-Hant": "紐西蘭元"},
    "CAD": {"zh-Hans": "加元", "zh-Hant": "加幣"},
    "CHF": {"zh-Hans": "瑞士法郎", "zh-Hant": "瑞士法郎"},
    "MYR": {"zh-Hans": "马来西亚林吉特", "zh-Hant": "馬來西亞令吉"},
    "THB": {"zh-Hans": "泰铢", "zh-Hant": "泰銖"},
    "KRW": {"zh-Hans": "韩元", "zh-Hant": "韓圓"},
    "ZAR": {"zh-Hans": "南非兰特", "zh-Hant": "南非蘭特"},
    "INR": {"zh-Hans": "印度卢比", "zh-Hant": "印度盧比"},
    "AED": {"zh-Hans": "阿联酋迪拉姆", "zh-Hant": "阿聯酋迪拉姆"},
}


def _script(lang: str) -> str:
    if lang not in _DIGITS:
        raise ValueError(f"capital numerals exist in zh-Hans and zh-Hant, not {lang!r}")
    return lang


def _group_digits(number: int) -> list[int]:
    """Digits from the most significant, padded to a multiple of four."""
    text = str(number)
    text = "0" * (-len(text) % 4) + text
    return [int(ch) for ch in text]


def _integer_words(number: int, lang: str) -> str:
    """The integer part in capital numerals, without 元 (0 → "")."""
    digits, groups = _DIGITS[lang], _GROUP_UNITS[lang]
    padded = _group_digits(number)
    count = len(padded) // 4
    out: list[str] = []
    pending_zero = False
    started = False
    for g in range(count):
        group = padded[g * 4 : g * 4 + 4]
        group_unit = groups[count - 1 - g]
        for i, d in enumerate(group):
            if d == 0:
                pending_zero = pending_zero or started
                continue
            if pending_zero:
                out.append(digits[0])
                pending_zero = False
            out.append(digits[d] + _SMALL_UNITS[3 - i])
            started = True
        if any(group):
            out.append(group_unit)
    return "".join(out)


def capital_amount(amount: Decimal, lang: str = "zh-Hans", currency: str | None = "CNY") -> str:
    """``Decimal("12000")`` → ``人民币壹万贰仟元整``; ``currency=None`` leaves the prefix out.

    The amount is rounded ROUND_HALF_UP to 分 first; negative amounts and amounts
    of 1 万亿 or more are refused.
    """
    script = _script(lang)
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise ValueError("a capital amount needs a finite Decimal")
    cents = int(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) * 100)
    if cents < 0:
        raise ValueError("a capital amount cannot be negative")
    if cents >= LIMIT * 100:
        raise ValueError(f"amounts of {LIMIT:,} or more are not written in capital numerals here")
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    digits = _DIGITS[script]
    words = _integer_words(yuan, script)
    if words:
        words += "元"
    if jiao == 0 and fen == 0:
        words = (words or "零元") + "整"
    else:
        if jiao:
            words += digits[jiao] + "角"
        elif words:
            words += digits[0]  # 元零肆分
        if fen:
            words += digits[fen] + "分"
    prefix = "" if currency is None else CURRENCY_NAMES.get(currency, {}).get(script, currency)
    return prefix + words


# ---------------------------------------------------------------- parsing
_DIGIT_VALUES = {ch: i for table in _DIGITS.values() for i, ch in enumerate(table)}
_SMALL_VALUES = {"拾": 10, "佰": 100, "仟": 1000}
_GROUP_VALUES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}


def parse_capital(text: str) -> Decimal:
    """``人民币壹万贰仟元整`` → ``Decimal("12000.00")``; raises ValueError on anything else."""
    body = text.strip()
    for names in CURRENCY_NAMES.values():
        for name in names.values():
            if body.startswith(name):
                body = body[len(name) :]
                break
        else:
            continue
        break
    if body.endswith(("整", "正")):
        body = body[:-1]
    integer_text, sep, fraction_text = body.partition("元")
    if not sep:
        integer_text, fraction_text = "", body
    yuan = _parse_integer(integer_text)
    cents = _parse_fraction(fraction_text)
    return (Decimal(yuan * 100 + cents) / 100).quantize(Decimal("0.01"))


def _parse_integer(text: str) -> int:
    total = section = digit = 0
    for ch in text:
        if ch in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[ch]
        elif ch in _SMALL_VALUES:
            if digit == 0:
                raise ValueError(f"{ch} needs a digit before it (write 壹{ch})")
            section += digit * _SMALL_VALUES[ch]
            digit = 0
        elif ch in _GROUP_VALUES:
            section += digit
            unit = _GROUP_VALUES[ch]
            if unit == 10**8:
                total = (total + section) * unit
            else:
                total += section * unit
            section = digit = 0
        else:
            raise ValueError(f"unexpected character {ch!r} in a capital amount")
    return total + section + digit


def _parse_fraction(text: str) -> int:
    cents = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[ch]
        elif ch in ("角", "分"):
            if digit is None or digit == 0:
                raise ValueError(f"{ch} needs a non-zero digit before it")
            cents += digit * (10 if ch == "角" else 1)
            digit = None
        else:
            raise ValueError(f"unexpected character {ch!r} after 元")
    if digit not in (None, 0):
        raise ValueError("a digit after 元 needs 角 or 分")
    return cents


# ---------------------------------------------------------------- ordinals
_ORDINAL_DIGITS = {"zh-Hans": "零一二三四五六七八九", "zh-Hant": "零一二三四五六七八九"}


def chinese_number(n: int, lang: str = "zh-Hans") -> str:
    """Small counting numbers as in 第二十一条: 1 → 一, 10 → 十, 21 → 二十一, 100 → 一百."""
    if not 0 < n < 1000:
        raise ValueError("article numbers run from 1 to 999")
    digits = _ORDINAL_DIGITS[_script(lang)]
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += digits[hundreds] + "百"
        if rest and tens == 0:
            return out + "零" + digits[ones]
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    if ones:
        out += digits[ones]
    return out
