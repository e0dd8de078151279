"""A covering note asking the Secretariat to hold the nomination it forwards: "please do not
act on the e-mail below; our official list will follow", "merci de ne pas donner suite à ce
message", "请贵处暂不受理该邮件". The forwarded people are on hold, not nominated by it."""

from __future__ import annotations

import re

__all__ = ["holds_forwarded"]

# Asking not to act on something yet, or to keep it waiting, in the six languages.
_HOLD = re.compile(
    r"\b(?:do\s+not|don['’]t|not\s+to|refrain\s+from)\s+(?:yet\s+)?"
    r"(?:act(?:ing)?\s+on|process(?:ing)?|register(?:ing)?|tak(?:e|ing)\s+(?:any\s+)?action"
    r"|proceed(?:ing)?\s+with|record(?:ing)?)\b"
    r"|\b(?:put|keep|place|hold)\s+(?:\w+\s+){0,3}?on\s+hold\b"
    r"|\bne\s+pas\s+(?:encore\s+)?(?:donner\s+suite|traiter|enregistrer|prendre\s+en\s+compte)"
    r"|\b(?:mettre|garder|tenir|laisser)\s+(?:\w+\s+){0,2}?en\s+(?:attente|suspens)\b"
    r"|\bsurseoir\b"
    r"|\bno\s+(?:tramitar|dar\s+(?:curso|tr[áa]mite)|procesar|registrar)\b"
    r"|\b(?:dejar|mantener|poner)\s+(?:\w+\s+){0,2}?en\s+(?:suspenso|espera)\b"
    r"|(?<!\w)не\s+(?:принимать\s+(?:\w+\s+){0,3}?к\s+(?:рассмотрени|исполнени)\w*|обрабатывать"
    r"|регистрировать|давать\s+ход\w*)"
    r"|(?<!\w)(?:оставить|оставьте)\s+без\s+(?:рассмотрения|движения)"
    r"|(?<!\w)приостанов\w+\s+(?:рассмотрени|обработк)\w*"
    r"|暂不受理|暫不受理|暂缓受理|暫緩受理|暂不处理|暫不處理|暂缓处理|暫緩處理|暂勿受理|请勿受理"
    r"|暂不办理|暫不辦理|暂缓办理|暂不登记|暫不登記"
    r"|عدم\s+(?:معالجة|اتخاذ\s+(?:أي|اي)\s+إجراء|التعامل\s+مع)|التريث\s+في"
    r"|تعليق\s+(?:النظر|معالجة|اعتماد)",
    re.IGNORECASE,
)


def holds_forwarded(new_text: str) -> bool:
    """Whether the writer's own text asks that what it forwards be held, not acted on.

    The caller applies it only when every person read comes from the forwarded mail: the
    note itself names nobody."""
    return _HOLD.search(new_text) is not None
