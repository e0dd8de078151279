"""Text folded for matching: lower case, no accents, simplified Chinese, Arabic without its
hamza, same length."""

from __future__ import annotations

import re
import unicodedata

from parsers.arabic_spelling import fold_arabic

__all__ = ["fold"]


def _fold_table() -> dict[int, int]:
    # One character for one character, so offsets in the folded text stay valid.
    table: dict[int, int] = {ord("ё"): ord("е"), ord("Ё"): ord("Е"), ord("’"): ord("'")}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = ord(base)
    return table


# Traditional Chinese characters of the catalogue's task-force names, the annex's labels and
# the words around them, each with its one simplified form ("區塊鏈工作隊" is "区块链工作队",
# "名稱標準化" is "名称标准化"): Hong Kong, Macao and Taiwan write the same names in the
# traditional script, and the catalogue and the label rules hold the simplified ones.
_HANT_TRADITIONAL = (
    "隊組織態狀區塊鏈數轉稱準標專際產權計設觀圖據資訊網絡統碼號類劃戰術關與處務員門參"
    "會議業體構機電腦軟庫檔錄規範質確認證註冊層級變換實現開擴過傳輸運營國聯測驗試評價"
    "報檢調職郵話讀寫語說顯樣單戶帳賬謂別選還時題識們種屬長廳審經濟發個為這對應書條維"
    "紀記責"
)
_HANT_SIMPLIFIED = (
    "队组织态状区块链数转称准标专际产权计设观图据资讯网络统码号类划战术关与处务员门参"
    "会议业体构机电脑软库档录规范质确认证注册层级变换实现开扩过传输运营国联测验试评价"
    "报检调职邮话读写语说显样单户帐账谓别选还时题识们种属长厅审经济发个为这对应书条维"
    "纪记责"
)
# Arabic alef forms, "ى" and "ة" as arabic_spelling folds them ("إسم" is "اسم").
_ARABIC = "أإآٱىة"
_FOLD = (
    {chr(code): chr(base) for code, base in _fold_table().items()}
    | dict(zip(_HANT_TRADITIONAL, _HANT_SIMPLIFIED, strict=True))
    | {char: fold_arabic(char) for char in _ARABIC}
)
# str.translate looks every character up in the table; only these few ever change, so
# replacing just them is several times faster on French or Spanish text, same result.
_FOLDABLE = re.compile("[" + "".join(re.escape(c) for c in sorted(_FOLD)) + "]")


def _fold_char(match: re.Match[str]) -> str:
    return _FOLD[match.group()]


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length ("Équipe" -> "equipe", "الإسم" ->
    "الاسم")."""
    # No ASCII character is in the table.
    return text.lower() if text.isascii() else _FOLDABLE.sub(_fold_char, text).lower()
