"""Where the sender's signature begins in the text they wrote: a valediction, a client
footer or disclaimer on its own line, or else a closing block of short lines (name, office).
"""

from __future__ import annotations

import re

__all__ = ["place_date_lines", "signature_start"]

_M = re.MULTILINE | re.IGNORECASE
# Thanks run into the valediction: "Thank you and regards,", "Merci et cordialement,",
# "Gracias y saludos cordiales,", "Заранее спасибо, с уважением,", "谢谢，此致", "شكرا مع التحية".
_THANKS_LEAD = (
    r"(?:(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:very\s+much|again|in\s+advance))?"
    r"|merci(?:\s+beaucoup|\s+d.avance)?|(?:muchas\s+)?gracias(?:\s+de\s+antemano)?"
    r"|(?:заранее\s+)?(?:большое\s+)?спасибо|谢谢|謝謝|多谢|多謝|شكرا(?:\s+جزيلا)?)"
    r"(?:[ \t]*[,，、!！.][ \t]*|[ \t]+(?:and|&|et|y|e|и)[ \t]+|[ \t]+(?=مع|و)))?"
)
# Valedictions and client footers that start a signature when they stand on their own line
# (full-width marks too: "谢谢！").
_SIGNATURE = re.compile(
    r"^[ \t]*(?:--|—|__)[ \t]*$"
    rf"|^[ \t]*{_THANKS_LEAD}(?:(?:best|kind|warm|with best|with kind)\s+regards|regards|best wishes|sincerely"
    r"|yours (?:sincerely|faithfully|truly)|respectfully|cordially|cordialmente|thanks and regards|many thanks"
    r"|best|bests|cheers|warmly|atte\.?|cdlt|un abrazo|saludos atentos|bien cordialement"
    # Thumbed on a phone: "Thx", "Tks", "Rgds", "Kind rgds".
    r"|thx|thnx|tks|(?:(?:best|kind|warm)\s+)?rgds"
    r"|thanks?(?: you)?(?: very much)?(?: in advance)?|merci(?: beaucoup| d.avance)?|(?:muchas )?gracias|спасибо|谢谢|謝謝|شكرا"
    r"|(?:bien\s+)?cordialement|sinc[èe]res salutations|salutations distingu[ée]es|meilleures salutations"
    r"|bien [àa] vous|veuillez agr[ée]er.*|je vous prie d'agr[ée]er.*|avec (?:mes|nos) (?:meilleures |sinc[èe]res )?salutations.*"
    r"|nous vous prions d'agr[ée]er.*|salutations"
    r"|(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?|atentamente|reciba(?:n)? un cordial saludo.*"
    r"|con un cordial saludo|mis mejores deseos|aprovecho la oportunidad.*"
    # An official note's closing: "Sin otro particular, saludamos a ustedes muy atentamente."
    r"|sin otro particular.*|salud(?:o|amos) a (?:usted|ustedes|uds?\.?|v\.\s?e\.)\s.*"
    r"|с уважением.*|с наилучшими пожеланиями.*|искренне ваш.*|всего доброго"
    r"|此致|敬礼|顺致敬意|谨上|顺颂商祺|祝好|此致敬礼"
    # Traditional script, the wish perhaps on its own line: "順頌" over "台祺".
    r"|此致敬禮|敬禮|順致敬意|謹上|[順顺][頌颂](?:商祺|台祺|時祺|时祺)?|台祺|商祺"
    r"|مع (?:خالص |أطيب )?(?:التحية|التحيات|تحياتي)|وتفضلوا بقبول.*|وتقبلوا فائق.*|مع الشكر والتقدير"
    # A correction signed off with an apology: "With apologies for the inconvenience,".
    r"|with (?:our |my )?apologies(?: for (?:the|any) inconvenience)?"
    r"|مع (?:خالص )?الاعتذار(?: عن (?:الإزعاج|أي إزعاج|الخطأ))?"
    r"|mit freundlichen gr[üu](?:ß|ss)en|atenciosamente|cumprimentos"
    r"|sent from my \w+.*|envoy[ée] de mon \w+.*|enviado desde mi \w+.*|отправлено с \w+.*|发自我的.*"
    # Outlook's phone app: "Get Outlook for Android", "Obtenir Outlook pour iOS", "获取 Android
    # 版 Outlook", "الحصول على Outlook لـ Android".
    r"|(?:get|obtenir|obtener|получить|скачать|الحصول\s+على)\s+outlook\s+(?:for|pour|para|для|لـ?)\s*(?:android|ios)"
    r"|获取\s*(?:android|ios)\s*版\s*outlook"
    r"|مع فائق (?:التقدير|الاحترام)(?: و(?:الاحترام|التقدير))?"
    r")[ \t]*[,.!:;،，。！：；]*[ \t]*$"
    r"|^[ \t]*(?:CONFIDENTIALITY|DISCLAIMER|CONFIDENTIAL|AVIS DE CONFIDENTIALIT|AVERTISSEMENT"
    r"|AVISO DE CONFIDENCIALIDAD|AVISO LEGAL|КОНФИДЕНЦИАЛЬН|保密声明|免责声明|إخلاء المسؤولية|تنبيه)\b.*$"
    r"|^[ \t]*(?:This (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^\n]*)?"
    r" (?:is|are|may be|contains?) (?:confidential|intended|privileged)"
    r"|Ce (?:message|courriel)[^\n]{0,60}(?:confidentiel|destin[ée])"
    r"|Este (?:mensaje|correo)[^\n]{0,60}(?:confidencial|destinado)"
    r"|Настоящее (?:сообщение|письмо)|Данное (?:сообщение|письмо)[^\n]{0,60}конфиденц).*$",
    _M,
)
# The footer a phone's mail client adds below what the writer typed, signature and all.
_CLIENT_FOOTER = re.compile(
    r"[ \t]*(?:sent from my|envoy[ée] de mon|enviado desde mi|отправлено с|发自我的"
    r"|(?:get|obtenir|obtener|получить|скачать|الحصول\s+على)\s+outlook\s|获取\s*(?:android|ios)\s*版)",
    re.IGNORECASE,
)
# Labels that only a nomination has: a "valediction" followed by these is not the end.
# The look-ahead holds every label's first letter (most positions fail there at once).
_NOMINEE_LABELS = (
    r"user\s*name|task\s*force|last\s*name|family\s*name|surname|first\s*name|given\s*name"
    r"|pr[ée]nom|nom d'utilisateur|[ée]quipe|apellido|nombre de usuario|equipo|фамилия"
    r"|имя пользователя|целев|用户名|工作队|姓\s*[:：]|اسم المستخدم|اسم العائلة|فرقة"
)
_NOMINEE_LABEL = re.compile(
    r"(?=[utlfsgpneéaфиц用工姓اف])(?:" + _NOMINEE_LABELS + ")", re.IGNORECASE
)


# "[cid:image001.png@01D9...]", "[image: logo]": an inline logo the text part stands in for.
_IMAGE_LINE = re.compile(r"[ \t]*(?:\[(?:cid:|image:[ \t]?)[^\]\n]{1,200}\][ \t]*)+")
# A list item's mark: a bullet or a number ("•", "-", "1.", "2)").
_LIST_ITEM = re.compile(r"(?:[-*•·–]|\d{1,2}[.)])[ \t]")
# A closing word of a language the valedictions above do not list ("Ngā mihi,", "Groetjes,",
# "Un abrazo fuerte,"): a few words, one of them in lower case or a single word, and a comma.
_OTHER_VALEDICTION = re.compile(
    r"[^\W\d_]+,|[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]+[a-zß-ÿā-žа-я][^\W\d_]*,"
)


def _trailing_block(new: str, start: int, cut: int) -> int | None:
    """Start of a closing block of short lines (name, office) when no valediction marks it."""
    region = new[start:cut].rstrip()
    # Outlook's inline logos under the signature close the text as "[cid:...]" lines.
    last = region.rfind("\n")
    while last != -1 and _IMAGE_LINE.fullmatch(region, last + 1):
        region = region[:last].rstrip()
        last = region.rfind("\n")
    para = region.rfind("\n\n")
    if para == -1 or not region[:para].strip():
        return None
    block = region[para:].strip("\n")
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if not 1 <= len(lines) <= 5 or any(len(line) > 100 for line in lines):
        return None
    # The name and office may follow a closing word on the block's first line.
    rest = (
        block[block.index(lines[0]) + len(lines[0]) :]
        if len(lines) > 1 and _OTHER_VALEDICTION.fullmatch(lines[0])
        else block
    )
    # A sentence is no signature; Chinese and Arabic end theirs with their own marks
    # ("…填写如下。", "…؟").
    if _NOMINEE_LABEL.search(block) or re.search(
        r"[A-Za-z]{2}-[a-z]|[.:;?!,،。！？；：，؟؛]$", rest, re.MULTILINE
    ):
        return None
    # A list its lead announces ("the following persons will take part:" over "1. Ms X" /
    # "- Mr Y"), or whose every line is an item, is what the text says, not who signs it.
    announced = region[:para].rstrip().endswith((":", "："))
    if announced or all(_LIST_ITEM.match(line) for line in lines):
        return None
    return start + para


def signature_start(new: str, start: int, cut: int) -> int:
    """Start of the signature in `new[start:cut]`, the sender's own text; `cut` if none."""
    sig_start = cut
    for match in _SIGNATURE.finditer(new, start, cut):
        if _NOMINEE_LABEL.search(new, match.end(), cut):
            continue  # details follow: the sender signed off early, or it is not a valediction
        if not new[start : match.start()].strip():
            continue  # nothing above it: not a signature
        sig_start = match.start()
        if _CLIENT_FOOTER.match(new, match.start()):
            # "Sent from my iPhone" under the writer's name and office: they sign above it.
            sig_start = _trailing_block(new, start, match.start()) or sig_start
        break
    else:
        sig_start = _trailing_block(new, start, cut) or cut
    return sig_start


_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre"
    r"|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
    r"|октября|ноября|декабря|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر"
    r"|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول"
    r"|تشرين\s+الأول|تشرين\s+الثاني|كانون\s+الأول"
)
_DAY = r"[«\"]?[\d٠-٩]{1,2}(?:er|st|nd|rd|th)?[»\"]?"
_YEAR = r"[\d٠-٩]{4}"
_DATE = (
    rf"(?:{_DAY}\s+(?:de\s+)?(?:{_MONTHS})\s+(?:de\s+|del\s+)?{_YEAR}"
    rf"|(?:{_MONTHS})\s+{_DAY},?\s+{_YEAR}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}})"
)
# "Conakry, le 12 octobre 2023", "Done at Accra, 12 October 2023", "Lima, 12 de octubre de
# 2023", "г. Москва, 12 октября 2023 г.", "حرر في الرباط في 12 أكتوبر 2023": where and when
# an official letter or decision is signed, on a line of its own above its signer.
_PLACE_DATE = re.compile(
    r"^[ \t]*(?:(?:fait|done|signed|given|hecho|dado|firmado|expedido)\s+(?:[àa]|at|in|en)\s+"
    r"|г\.\s*|حرر\s+(?:في|ب)\s*)?"
    r"(?P<place>[^\W\d_][^\W\d_'’ .-]*(?:[ '’.-]+[^\W\d_][^\W\d_'’.-]*){0,3})"
    r"[ \t]*(?:,[ \t]*|[ \t]+)(?:(?:le|el|a|on|the|den|في|بتاريخ)[ \t]+)?(?:(?:a\s+)?los\s+)?"
    + _DATE
    + r"[ \t]*(?:г(?:ода|\.)?|م)?[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


def place_date_lines(text: str, start: int) -> list[int]:
    """Where each line after `start` that gives only a place and a date begins: an official
    letter's or decision's closing, above whoever signs it (or its heading, above the
    addressee: the caller tells which by what follows)."""
    return [m.start() for m in _PLACE_DATE.finditer(text, start)]
