"""Folding text for search: one rule, used by the search table's trigger and by queries.

Only the search shadow column is folded; stored names are never changed (a letter prints 髙橋
as written). Folding: NFKC (width), katakana to hiragana, case, Latin diacritics, curated
variant kanji, and spaces and hyphens removed (so 佐藤花子 finds 佐藤 花子, 0312345678 finds
03-1234-5678).
"""

from __future__ import annotations

import unicodedata

# Each class lists variants of one character, folded to the first. Curated by hand, never
# chained from a general table (chaining merges unrelated characters such as 広 and 岸).
VARIANT_CLASSES: tuple[str, ...] = (
    "高髙",
    "崎﨑嵜碕",
    "斎齋齊斉",
    "辺邊邉",
    "徳德",
    "浜濵濱",
    "沢澤",
    "国國",
    "広廣",
    "島嶋嶌",
    "桜櫻",
    "真眞",
    "恵惠",
    "実實",
    "瀬瀨",
    "槙槇",
    "蔵藏",
    "富冨",
    "曽曾",
    "竜龍",
    "顕顯",
    "条條",
    "関關",
    "滝瀧",
    # Old and new forms common in names (旧字体・新字体, 俗字), each one character's variants.
    "吉𠮷",  # 𠮷 U+20BB7 (tsuchi-yoshi), outside the BMP
    "柳栁",
    "峰峯",
    "館舘",
    "桑桒",
    "栄榮",
    "寿壽",
    "弥彌",
    "穂穗",
    "礼禮",
    "桧檜",
    "渋澁澀",
    "橋槗",
    "鴎鷗",
    "万萬",
    "円圓",
    "黒黑",
    "亀龜",
    "塩鹽",
    "恒恆",
    "晋晉",
    "静靜",
    "薮藪",
)
VARIANTS: dict[str, str] = {v: cls[0] for cls in VARIANT_CLASSES for v in cls[1:]}
_DROP = set(" \t\r\n\u3000-‐‑–—")
_HIRA_OFFSET = ord("ぁ") - ord("ァ")


def _fold_char(c: str) -> str:
    c = VARIANTS.get(c, c)
    o = ord(c)
    if 0x30A1 <= o <= 0x30F6:  # katakana ァ..ヶ to hiragana
        return chr(o + _HIRA_OFFSET)
    return c


def fold(text: str | None) -> str:
    if not text:
        return ""
    # Variant kanji before NFKC, which would turn some compatibility forms into other ones.
    text = "".join(VARIANTS.get(c, c) for c in text)
    text = unicodedata.normalize("NFKC", text).casefold()
    # Strip Latin diacritics: decompose, drop combining marks (kana voicing marks are kept
    # by recomposing kana below, since NFD splits が into か + ゛).
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out))
    text = text.replace("đ", "d").replace("ø", "o").replace("ß", "ss").replace("ł", "l")
    return "".join(_fold_char(c) for c in text if c not in _DROP)
