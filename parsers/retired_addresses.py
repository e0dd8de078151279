"""An address said to be out of use: "the old address x@y is no longer valid", "прежний адрес
x@y больше не действует", "l'ancienne adresse x@y n'est plus valide", "la dirección anterior
x@y ya no es válida", "原邮箱x@y已停用", "العنوان القديم x@y لم يعد صالحاً". It is the account
address of no one: the one given beside it for the same account is.
"""

from __future__ import annotations

import re

__all__ = ["retired_address"]

# Before the address: it is called old or former.
_MAIL_NOUN = (
    r"(?:e-?mail\s+)?(?:address|e-?mail|adresse(?:\s+(?:e-?mail|[ée]lectronique))?|courriel"
    r"|direcci[óo]n(?:\s+de\s+correo)?|correo(?:\s+electr[óo]nico)?|адрес\w*(?:\s+электронной\s+почты)?"
    r"|почт\w*|e-?mail)"
)
_OLD_BEFORE = re.compile(
    r"(?<!\w)(?:old|former|previous|ancienne|pr[ée]c[ée]dente|antigua|прежн(?:ий|его|ем)"
    r"|стар(?:ый|ого|ом)|предыдущ(?:ий|его|ем))\s+"
    + _MAIL_NOUN
    + r"[\s:]*$|(?<!\w)"
    + _MAIL_NOUN
    + r"\s+(?:anterior|antigua|pr[ée]c[ée]dente)[\s:]*$"
    r"|(?:旧|原|以前的?|之前的?)(?:邮箱|电子邮件地址|电子邮箱|地址)[ \t:：]*$"
    r"|(?:العنوان|البريد)\s+(?:الإلكتروني\s+)?(?:القديم|السابق)\s*:?\s*$",
    re.IGNORECASE,
)
# After the address, in its clause: it no longer works.
_DEAD_AFTER = re.compile(
    r"^[\s,)）]*(?:(?:is|has\s+been)\s+(?:no\s+longer\s+(?:valid|in\s+use|used|active)"
    r"|deactivated|closed|invalid)"
    r"|n['’]est\s+plus\s+(?:valide|valable|utilis[ée]e|active)|(?:a\s+[ée]t[ée]\s+)?d[ée]sactiv[ée]e"
    r"|ya\s+no\s+(?:es\s+v[áa]lid[oa]|est[áa]\s+(?:en\s+uso|activ[oa])|se\s+usa|funciona)"
    r"|больше\s+не\s+(?:действует|используется|работает|активен)|(?:уже\s+)?недействител\w+"
    r"|已(?:停用|失效|作废|注销)|不再使用|无效"
    r"|لم\s+يعد\s+(?:صالح|مستخدم|فعال)\w*)",
    re.IGNORECASE,
)
_REACH = 60


def retired_address(text: str, start: int, end: int) -> bool:
    """Whether the address at text[start:end] is said to be old or out of use."""
    before = text[max(0, start - _REACH) : start]
    return bool(_OLD_BEFORE.search(before) or _DEAD_AFTER.match(text, end, end + _REACH))
