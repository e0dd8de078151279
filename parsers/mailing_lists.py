"""A person added to a mailing list, not nominated to a task force.

"Please add Mr John Smith to our mailing list", "to the list of recipients of CWS
circulars", "in copy of your correspondence", "Veuillez ajouter M. X à votre liste de
diffusion", "incluir al Sr. X en la lista de distribución", "включить г-на X в список
рассылки", "请将王芳女士加入邮件列表", "إضافة السيد X إلى القائمة البريدية": the joining verb
("add", "include") is the one that nominates when its destination is a task force
(joining_verbs.py); here it is a list of addresses, and nobody joins anything.
"""

from __future__ import annotations

import re

from parsers.phrases import SENTENCE_END, has_nominate_verb
from parsers.sentence_bounds import SentenceEnds

__all__ = ["adds_to_mailing_list_only"]

# The lists an office asks to have someone put on, and being copied on the mail.
_LIST = re.compile(
    r"\b(?:mailing|distribution|contact|circulation|address|e-?mail(?:ing)?)\s+lists?\b"
    r"|\blists?\s+of\s+(?:recipients|addressees|contacts|correspondents)\b"
    # Copied on the mail, not "Ms X (in copy)", a nominee the letter is copied to.
    r"|\b(?:in|on)\s+(?:the\s+)?(?:copy|cc)\s+of\s+(?:your|the|all|our)\b|\bcopied\s+on\s+(?:your|the|all)\b"
    r"|\bliste\s+(?:de\s+diffusion|de\s+distribution|d['’]envoi|de\s+contacts|des\s+destinataires"
    r"|de\s+destinataires|d['’]adresses)"
    r"|\ben\s+copie\s+(?:de\s+(?:vos|votre|toute|la|l['’])|des)\b"
    r"|\blista\s+(?:de\s+(?:distribuci[óo]n|correo|env[íi]o|contactos|destinatarios|direcciones))"
    r"|\ben\s+copia\s+de\s+(?:su|sus|la|las|toda|toda\s+la)\b"
    r"|(?<!\w)(?:список|списки|списке|списка)\s+(?:рассылки|адресатов|получателей|контактов)"
    r"|(?<!\w)рассылк\w*|(?<!\w)в\s+копи[юи]\s+(?:всей\s+)?(?:переписки|писем|корреспонденции)"
    r"|邮件列表|郵件列表|邮件名单|郵件名單|分发名单|分發名單|分发列表|收件人名单|收件人名單"
    r"|联系人名单|聯繫人名單|通讯录|通訊錄|抄送[^。\n]{0,10}?(?:通函|函件|邮件|郵件)"
    r"|(?:ال)?قائمة\s+(?:ال)?(?:مراسلات|بريدية|توزيع|مستلمين|مرسل\s+إليهم|عناوين|اتصال)"
    r"|نسخة\s+من\s+(?:ال)?مراسلات",
    re.IGNORECASE,
)


def adds_to_mailing_list_only(text: str) -> bool:
    """Whether `text` asks to put someone on a mailing or distribution list (or in copy of
    the correspondence), and nothing outside those sentences nominates anyone."""
    if _LIST.search(text) is None:
        return False
    ends = SentenceEnds(text, SENTENCE_END)
    rest, last = [], 0
    for hit in _LIST.finditer(text):
        start = max(last, ends.start_before(hit.start()))
        found = ends.next_from(hit.end())
        end = found[1] if found is not None else len(text)
        rest.append(text[last:start])
        last = max(last, end)
    rest.append(text[last:])
    return not has_nominate_verb(" ".join(rest))
