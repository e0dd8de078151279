"""A nominee's question about a password or a failed sign-in, which nominates nobody."""

from __future__ import annotations

import re

__all__ = [
    "support_question",
]

# A question about an account's password or a failed sign-in: what a nominee asks once their
# access exists ("I cannot log in", "je ne parviens pas à me connecter", "无法登录",
# "لا أستطيع تسجيل الدخول"), not what anybody writes to nominate.
_SUPPORT = re.compile(
    r"\bpassword|\b(?:can(?:no|['’])t|unable\s+to|could\s*(?:not|n['’]t)|fail\w*\s+to)\s+"
    r"(?:log\s*-?\s*in|sign\s*-?\s*in|access\s+the\s+wiki|connect)"
    r"|mot\s+de\s+passe|ne\s+(?:peux|parviens|arrive)\s+pas\s+[àa]\s+(?:me\s+connecter|acc[ée]der)"
    r"|contrase[ñn]a|no\s+(?:puedo|consigo|logro)\s+(?:iniciar\s+sesi[óo]n|acceder|entrar|conectarme)"
    r"|парол\w*|не\s+(?:могу|удается|удаётся|получается)\s+(?:войти|зайти|авторизоваться)"
    r"|密码|密碼|(?:无法|不能|未能)登录|登录不了|(?:無法|不能)登入"
    r"|كلم[ةه]\s+(?:المرور|السر)|(?:لا\s+أستطيع|لا\s+يمكنني|تعذر)\s+(?:تسجيل\s+)?الدخول"
    # What the wiki answers a sign-in ("access denied", "no tiene permiso para ver esta página"),
    # and the attempt itself ("al intentar ingresar", "when I try to log in", "при попытке войти").
    r"|\baccess\s+denied|acc[eè]s\s+refus[ée]|acceso\s+denegado|доступ\s+запрещ\w*"
    r"|(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+have\s+permission|\bno\s+tiene\s+permiso"
    r"|n['’]avez\s+pas\s+(?:la\s+)?(?:permission|l['’]autorisation)|нет\s+(?:прав|доступа)"
    r"|\bwhen\s+(?:I\s+)?(?:try|tried|trying)\s+to\s+(?:log\s*-?\s*in|sign\s*-?\s*in|access)"
    r"|\bal\s+intentar\s+(?:ingresar|acceder|entrar|iniciar\s+sesi[óo]n)"
    r"|(?:en\s+essayant|lorsque\s+j['’]essaie|quand\s+j['’]essaie)\s+d[e']\s*(?:me\s+connecter|acc[ée]der)"
    r"|при\s+попытке\s+(?:войти|входа|зайти|доступа)"
    # Access lost since: "my username no longer gives access", "semble ne plus avoir accès",
    # "ya no tiene acceso", "больше не имеет доступа", "已无法访问", "لم يعد بإمكاني الوصول".
    r"|\bno\s+longer\s+(?:\w+\s+){0,2}?(?:access|log\s*-?\s*in|sign\s*-?\s*in)\b"
    r"|ne\s+plus\s+(?:avoir|donner)\s+acc[eè]s|n['’](?:a|ai|avons|ont)\s+plus\s+acc[eè]s"
    r"|\bya\s+no\s+(?:\w+\s+){0,2}?acceso|dej\w+\s+de\s+tener\s+acceso"
    r"|больше\s+не\s+(?:\w+\s+){0,2}?доступ|доступ\w*\s+(?:больше\s+)?нет"
    r"|(?:无法|不能)再?(?:访问|进入|進入)|不再(?:能|可以)?(?:访问|登录)"
    r"|لم\s+يعد\s+(?:\S+\s+){0,2}?(?:الوصول|الدخول)",
    re.IGNORECASE,
)


def support_question(text: str) -> bool:
    """Whether `text` asks about a password or a failed sign-in."""
    return bool(_SUPPORT.search(text))
