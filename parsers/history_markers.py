"""Where quoted or forwarded history begins in a body, and what kind it is.

A reply attribution ("On <date>, <name> wrote:"), an "Original Message" or underscore
separator, GroupWise's ">>> Name <address> date >>>" line, a forward marker or an Outlook
"From:/Sent:/To:" header block starts it, in the six languages and a few more; a forward's
header lines are skipped to reach its body.
"""

from __future__ import annotations

import re

from parsers.note_verbales import opens_note_verbale

__all__ = [
    "ATTRIBUTION",
    "HEADER_FROM",
    "HEADER_SUBJECT",
    "history_start",
    "is_forward_subject",
    "skip_headers",
]

_M = re.MULTILINE | re.IGNORECASE
# Reply attributions ("On <date>, <name> wrote:") in the six languages and a few more.
ATTRIBUTION = re.compile(
    r"^[ \t>]*(?:"
    r"On\b[^\n]{0,250}?\bwrote\s*:"
    r"|Le\b[^\n]{0,250}?\ba [ée]crit\s*:"
    r"|El\b[^\n]{0,250}?\bescribi[óo]\s*:"
    r"|Am\b[^\n]{0,250}?\bschrieb[^\n]{0,80}:"
    r"|Em\b[^\n]{0,250}?\bescreveu\s*:"
    r"|[^\n]{0,250}?(?:пишет|написал(?:а|\(а\))?)\s*:"
    r"|[^\n]{0,250}?写道\s*[:：]"
    r"|(?:[^\n]{0,250}?[\s،,])?كتب\s[^\n]{0,250}?[:：]"
    # Gmail in Arabic: "في الاثنين، 2 أكتوبر 2023 في 10:00 ص، Name <a@x> كتب:".
    r"|[^\n]{0,250}?<[^>\n]+@[^>\n]+>\s*(?:wrote|a [ée]crit|escribi[óo]|كتب)\s*:"
    # Gmail in Russian and other languages writes no verb ("пт, 6 окт. 2023 г. в 11:02,
    # Имя <a@x>:"): the address and colon count when quoted lines follow.
    r"|[^\n]{0,250}?<[^>\n]+@[^>\n]+>[ \t]*:(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*>)"
    # The Bat!'s "You wrote 17 October 2023, 11:20:", "Вы писали ...:": a date, and quoted
    # lines next, for "You wrote that you need the following:" is one's own sentence.
    r"|(?:You\s+wrote|Vous\s+avez\s+[ée]crit|Usted\s+escribi[óo]|Вы\s+писали)\b"
    r"(?=[^\n]*\d)[^\n]{0,250}?:(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*>)"
    # One wrapped onto a second line at the client's line length ("El lun, 16 oct 2023 a las
    # 11:20, Name (<a@x>)\nescribió:", "пн, 16 окт. 2023 г. в 11:20, Name\n<a@x>:"): its
    # opening word and a date on the first line, quoted lines next.
    r"|(?:On|Le|El|Am|Em|في|(?:пн|вт|ср|чт|пт|сб|вс),)[ \t][^\n]{0,250}?\d[^\n]{0,250}+\n[ \t>]*"
    r"[^\n]{0,250}?(?:\b(?:wrote|a [ée]crit|escribi[óo]|schrieb|escreveu)|пишет"
    r"|написал(?:а|\(а\))?|(?<!\w)كتب|<[^>\n]+@[^>\n]+>)[ \t]*[:：](?=[ \t]*\n(?:[ \t]*\n)*[ \t]*>)"
    # Chinese Gmail's "Name <a@x> 于2023年10月16日周一 11:20写道：" broken before its date.
    r"|[^\n]{0,250}?<[^>\n]+@[^>\n]+>[ \t]*\n[ \t>]*于[^\n]{0,250}?写道[ \t]*[:：]"
    r")[ \t]*$",
    _M,
)
# Every attribution above holds one of these verbs: mail without one (most mail) is spared
# the attribution search, which tries each line's every position. Same flags, so the same
# letters match; the look-ahead lets most positions fail at once.
_ATTRIBUTION_VERBS = (
    r"wrote|a [ée]crit|avez\s+[ée]crit|escribi[óo]|schrieb|escreveu|пишет|написал|писали|写道|كتب"
    r"|>[ \t]*[:：]"
)
_ATTRIBUTION_VERB = re.compile(r"(?=[waesпн写ك>])(?:" + _ATTRIBUTION_VERBS + ")", _M)
_SEPARATOR = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:Original Message|Message d'origine|Mensaje original|Исходное сообщение"
    r"|Ursprüngliche Nachricht|Mensagem original|原始邮件|الرسالة الأصلية)[ \t]*-{2,}[ \t]*$"
    r"|^[ \t]*_{20,}[ \t]*$"
    # Lotus Notes: '----- Message from "Name" <a@b> on <date> -----' and its translations.
    r"|^[ \t]*-{2,}[ \t]*(?:Message from|Message de|Mensaje de|Сообщение от|Nachricht von)"
    r"\b[^\n]{0,250}?-{2,}[ \t]*$"
    # GroupWise: '>>> "Name" <a@b> 16/10/2023 10:04 >>>' over the quoted lines, which carry
    # no mark of their own; the date's digits tell it from a line of arrows in one's text.
    r"|^>>>[ \t]+(?=[^\n]*\d)[^\n]{1,250}?[ \t]>>>[ \t]*$",
    _M,
)
# Arabic short vowels and the shadda a client may write on a word ("المُعاد", "المحوّلة").
_HARAKAT = "[\u064b-\u0652]*"
# The line a client writes above a message it forwards, in the six languages and a few more:
# Apple Mail's "Begin forwarded message:" as each language writes it ("Début du message
# réexpédié :", "Inicio del mensaje reenviado:", "Начало переадресованного сообщения:",
# "开始转发的邮件：", "بداية الرسالة المُعاد توجيهها:"), and Gmail's, Yahoo's and
# Thunderbird's dashed "Forwarded message" lines.
_FORWARD_WORDS = (
    r"Forwarded message|Forwarded e-?mail|Begin forwarded message"
    r"|D[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|Message transf[ée]r[ée]"
    r"|Message r[ée]exp[ée]di[ée]|Courriel transf[ée]r[ée]"
    r"|(?:Inicio|Comienzo) del mensaje reenviado|Comienza el mensaje reenviado|Mensaje reenviado"
    r"|Correo reenviado"
    r"|Пересылаемое сообщение|Перенаправленное сообщение|Переадресованное сообщение"
    r"|Пересланное сообщение|Начало (?:переадресованного|пересылаемого|пересланного) сообщения"
    r"|(?:开始)?转发的?(?:邮件|消息)(?:信息)?|已转发(?:的)?邮件"
    r"|(?:開始)?(?:轉寄|轉發)的?(?:郵件|訊息)|已(?:轉寄|轉發)(?:的)?郵件"
    rf"|(?:بداية[ \t]+)?(?:ال)?رسالة[ \t]+(?:ال)?(?:م{_HARAKAT}ع{_HARAKAT}ا{_HARAKAT}د{_HARAKAT}"
    rf"[ \t]+ت{_HARAKAT}و{_HARAKAT}ج{_HARAKAT}ي{_HARAKAT}ه{_HARAKAT}(?:ه{_HARAKAT}ا{_HARAKAT})?"
    rf"|م{_HARAKAT}ح{_HARAKAT}و{_HARAKAT}ل{_HARAKAT}[ةه])"
    r"|Weitergeleitete Nachricht|Anfang der weitergeleiteten Nachricht|Mensagem encaminhada"
    r"|In[íi]cio da mensagem (?:encaminhada|reencaminhada)"
)
# The blanks are possessive where a run of blanks could otherwise be shared every way
# between two of them (a line of thousands of tabs: seconds).
_FORWARD = re.compile(
    rf"^[ \t]*+[-=]*[ \t]*(?:{_FORWARD_WORDS})[ \t]*+[:：]?[ \t]*+[-=]*[ \t]*$"
    # Lotus Notes: '----- Forwarded by Name/ORG on 10/10/2023 14:05 -----'.
    r"|^[ \t]*-{2,}[ \t]*(?:Forwarded by|R[ée]achemin[ée] par|Transf[ée]r[ée] par|Reenviado por"
    r"|Weitergeleitet von|Переслано)\b[^\n]{0,250}?-{2,}[ \t]*$",
    _M,
)
HEADER_FROM = re.compile(r"^[ \t*]*(?:From|De|Von|Da|От|Від|发件人|寄件者|من)[ \t*]*[:：]", _M)
_HEADER_ANY = re.compile(
    r"^[ \t*]*(?:From|Sent|Date|To|Cc|Subject|De|Envoy[ée](?: le)?|[ÀA]|Objet|Enviado(?: el)?|Fecha"
    r"|Para|Asunto|CC|Von|Gesendet|An|Betreff|От|Отправлено|Дата|Кому|Копия|Тема|发件人|发送时间"
    r"|日期|收件人|抄送|主题|من|تاريخ الإرسال|التاريخ|إلى|نسخة|الموضوع|المرسل"
    # Outlook in Traditional Chinese (Hong Kong, Taiwan): "寄件日期:", "收件者:", "主旨:".
    r"|寄件者|寄件日期|傳送時間|收件者|副本|主旨)[ \t*]*[:：]",
    _M,
)
HEADER_SUBJECT = re.compile(
    r"^[ \t*]*(?:Subject|Objet|Asunto|Betreff|Тема|主题|主旨|الموضوع)[ \t*]*[:：][ \t]*([^\n]*)", _M
)
# The first prefix decides: "FW: RE: x" forwards a reply, "RE: FW: x" answers a forward.
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:fwd?|fw|tr|rv|enc|wg|i|пересл|переслать|转发|轉寄|إعادة توجيه|توجيه)\s*[:：]",
    re.IGNORECASE,
)


def is_forward_subject(subject: str) -> bool:
    """Whether a subject says the message is a forward ("Fwd:", "TR :", "RV:", "Пересл:", "转发:")."""
    return bool(_FORWARD_SUBJECT.match(subject))


# What only a mail's header holds: an address, a time of day ("10:04", "下午5:05") or the
# "Sent" label Outlook writes ("Envoyé :", "Enviado el:", "Отправлено:", "发送时间:").
_MAIL_SIGN = re.compile(
    r"@|\d:\d\d|^[ \t*]*(?:Sent|Envoy[ée](?: le)?|Enviado(?: el)?|Gesendet|Отправлено"
    r"|发送时间|發送時間|寄件日期|傳送時間|تاريخ الإرسال)[ \t*]*[:：]",
    _M,
)


def _memo_heading(text: str, start: int, lines: list[str]) -> bool:
    """A letter's own memo heading ("MEMORANDUM / From: the Office / To: the Secretariat /
    Date: 17 October 2023 / Subject: ..."), not a quoted mail's header: no address, no time
    of day, no "Sent" label, and no separator or attribution right above it (which
    _outlook_block's callers find first) nor any quoting mark."""
    block = [text[start:].split("\n", 1)[0]]
    for line in lines:
        if not _HEADER_ANY.match(line):
            break
        block.append(line)
    return not any(_MAIL_SIGN.search(line) or line.lstrip().startswith(">") for line in block)


def _outlook_block(text: str, start: int, end: int) -> int | None:
    """Start of the first "From:/Sent:/To:/Subject:" header block in [start, end), if any."""
    for match in HEADER_FROM.finditer(text, start, end):
        window = text[match.end() : match.end() + 600].split("\n", 6)[1:6]
        if sum(bool(_HEADER_ANY.match(line)) for line in window) >= 1 and not _memo_heading(
            text, match.start(), window
        ):
            return match.start()
    return None


def skip_headers(text: str, start: int) -> int:
    """Past the marker, header lines and blank lines that open a forwarded message."""
    pos = start
    seen = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end + 1
        line = text[pos:end]
        if _HEADER_ANY.match(line):
            seen += 1
        elif not (
            not line.strip()
            or _FORWARD.match(line)
            or _SEPARATOR.match(line)
            or (seen and "@" in line and line[:1] in " \t")
        ):
            break
        pos = end
    return pos


# A cover line sent for someone else: "on behalf of the Director, I send you the letter
# below", "au nom de", "en nombre de", "por encargo de", "от имени", "代表", "نيابة عن".
_ON_BEHALF = re.compile(
    r"\bon\s+behalf\s+of\b|\bau\s+nom\s+d|\bde\s+la\s+part\s+d|\ben\s+nombre\s+de"
    r"|\bpor\s+encargo\s+de|(?<!\w)(?:от\s+имени|по\s+поручению)(?!\w)|代表|受[^\n。]{0,20}?委托"
    r"|(?:بال)?نيابة\s+عن",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"[ \t]*_{20,}[ \t]*\n?")


def _cover_rule(text: str, start: int, match: re.Match[str]) -> bool:
    """An underscore rule with no header block under it, below a line written on someone's
    behalf or above a note verbale's opening formula: it divides a cover from the letter it
    sends, which is no history."""
    if not _RULE_LINE.fullmatch(match.group(0)):
        return False
    lines = [line for line in text[match.end() : match.end() + 600].split("\n") if line.strip()]
    if any(_HEADER_ANY.match(line) for line in lines[:3]):
        return False
    return bool(_ON_BEHALF.search(text, start, match.start())) or opens_note_verbale(
        text, match.end()
    )


def history_start(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where quoted or forwarded history begins: (offset, "forward" | "reply")."""
    found: list[tuple[int, str]] = []
    for pattern, kind in ((_FORWARD, "forward"), (_SEPARATOR, "reply"), (ATTRIBUTION, "reply")):
        if pattern is ATTRIBUTION and not _ATTRIBUTION_VERB.search(text, start, end):
            continue
        match = pattern.search(text, start, end)
        while match and pattern is _SEPARATOR and _cover_rule(text, start, match):
            match = pattern.search(text, match.end(), end)
        if match:
            found.append((match.start(), kind))
    block = _outlook_block(text, start, end)
    if block is not None:
        found.append((block, "reply"))
    return min(found) if found else None
