"""Split a body into what the sender wrote now, their signature, quoted history and forwards.

Everything works on offset-preserving masks: the returned texts have the length of the
input, with the characters that do not belong replaced by spaces (newlines kept), so an
offset found in a mask is an offset into the body the MIME reader produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

__all__ = ["QuoteSplit", "is_forward_subject", "split_quotes"]

_M = re.MULTILINE | re.IGNORECASE
# Reply attributions ("On <date>, <name> wrote:") in the six languages and a few more.
_ATTRIBUTION = re.compile(
    r"^[ \t>]*(?:"
    r"On\b[^\n]{0,250}?\bwrote\s*:"
    r"|Le\b[^\n]{0,250}?\ba [ée]crit\s*:"
    r"|El\b[^\n]{0,250}?\bescribi[óo]\s*:"
    r"|Am\b[^\n]{0,250}?\bschrieb[^\n]{0,80}:"
    r"|Em\b[^\n]{0,250}?\bescreveu\s*:"
    r"|[^\n]{0,250}?(?:пишет|написал(?:а|\(а\))?)\s*:"
    r"|[^\n]{0,250}?写道\s*[:：]"
    r"|(?:[^\n]{0,250}?[\s،,])?كتب\s[^\n]{0,250}?[:：]"
    r"|[^\n]{0,250}?<[^>\n]+@[^>\n]+>\s*(?:wrote|a [ée]crit|escribi[óo])\s*:"
    # Gmail in Russian and other languages writes no verb ("пт, 6 окт. 2023 г. в 11:02,
    # Имя <a@x>:"): the address and colon count when quoted lines follow.
    r"|[^\n]{0,250}?<[^>\n]+@[^>\n]+>[ \t]*:(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*>)"
    r")[ \t]*$",
    _M,
)
# Every attribution above holds one of these verbs: mail without one (most mail) is spared
# the attribution search, which tries each line's every position. Same flags, so the same
# letters match; the look-ahead lets most positions fail at once.
_ATTRIBUTION_VERBS = (
    r"wrote|a [ée]crit|escribi[óo]|schrieb|escreveu|пишет|написал|写道|كتب|>[ \t]*:"
)
_ATTRIBUTION_VERB = re.compile(r"(?=[waesпн写ك>])(?:" + _ATTRIBUTION_VERBS + ")", _M)
_SEPARATOR = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:Original Message|Message d'origine|Mensaje original|Исходное сообщение"
    r"|Ursprüngliche Nachricht|Mensagem original|原始邮件|الرسالة الأصلية)[ \t]*-{2,}[ \t]*$"
    r"|^[ \t]*_{20,}[ \t]*$"
    # Lotus Notes: '----- Message from "Name" <a@b> on <date> -----' and its translations.
    r"|^[ \t]*-{2,}[ \t]*(?:Message from|Message de|Mensaje de|Сообщение от|Nachricht von)"
    r"\b[^\n]{0,250}?-{2,}[ \t]*$",
    _M,
)
_FORWARD = re.compile(
    r"^[ \t]*[-=]*[ \t]*(?:Forwarded message|Forwarded e-?mail|Begin forwarded message"
    r"|D[ée]but du message r[ée]exp[ée]di[ée]|Message transf[ée]r[ée]|Courriel transf[ée]r[ée]"
    r"|Mensaje reenviado|Inicio del mensaje reenviado|Пересылаемое сообщение|Перенаправленное сообщение"
    r"|Переадресованное сообщение|转发的邮件|转发邮件|رسالة مُعاد توجيهها|رسالة معاد توجيهها|رسالة محولة"
    r"|Weitergeleitete Nachricht|Mensagem encaminhada)[ \t]*:?[ \t]*[-=]*[ \t]*$"
    # Lotus Notes: '----- Forwarded by Name/ORG on 10/10/2023 14:05 -----'.
    r"|^[ \t]*-{2,}[ \t]*(?:Forwarded by|R[ée]achemin[ée] par|Transf[ée]r[ée] par|Reenviado por"
    r"|Weitergeleitet von|Переслано)\b[^\n]{0,250}?-{2,}[ \t]*$",
    _M,
)
_HEADER_FROM = re.compile(r"^[ \t*]*(?:From|De|Von|Da|От|Від|发件人|寄件者|من)[ \t*]*[:：]", _M)
_HEADER_ANY = re.compile(
    r"^[ \t*]*(?:From|Sent|Date|To|Cc|Subject|De|Envoy[ée](?: le)?|[ÀA]|Objet|Enviado(?: el)?|Fecha"
    r"|Para|Asunto|CC|Von|Gesendet|An|Betreff|От|Отправлено|Дата|Кому|Копия|Тема|发件人|发送时间"
    r"|日期|收件人|抄送|主题|من|تاريخ الإرسال|التاريخ|إلى|نسخة|الموضوع|المرسل)[ \t*]*[:：]",
    _M,
)
_HEADER_SUBJECT = re.compile(
    r"^[ \t*]*(?:Subject|Objet|Asunto|Betreff|Тема|主题|الموضوع)[ \t*]*[:：][ \t]*([^\n]*)", _M
)
# How many forwards inside a forward are split in turn.
_FORWARD_LEVELS = 3
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
# An attribution line and the "> " lines under it (blank lines allowed inside).
_QUOTE_BLOCK = re.compile(r"[^\n]*\n(?:[ \t]*(?:>[^\n]*)?\n)*[ \t]*>[^\n]*(?:\n|$)")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Valedictions and client footers that start a signature when they stand on their own line
# (full-width marks too: "谢谢！").
_SIGNATURE = re.compile(
    r"^[ \t]*(?:--|—|__)[ \t]*$"
    r"|^[ \t]*(?:(?:best|kind|warm|with best|with kind)\s+regards|regards|best wishes|sincerely"
    r"|yours (?:sincerely|faithfully|truly)|respectfully|cordially|thanks and regards|many thanks"
    r"|best|bests|cheers|warmly|atte\.?|cdlt|un abrazo|saludos atentos|bien cordialement"
    r"|thanks?(?: you)?(?: very much)?(?: in advance)?|merci(?: beaucoup| d.avance)?|(?:muchas )?gracias|спасибо|谢谢|謝謝|شكرا"
    r"|(?:bien\s+)?cordialement|sinc[èe]res salutations|salutations distingu[ée]es|meilleures salutations"
    r"|bien [àa] vous|veuillez agr[ée]er.*|je vous prie d'agr[ée]er.*|avec (?:mes|nos) (?:meilleures |sinc[èe]res )?salutations.*"
    r"|nous vous prions d'agr[ée]er.*|salutations"
    r"|(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?|atentamente|reciba(?:n)? un cordial saludo.*"
    r"|con un cordial saludo|mis mejores deseos|aprovecho la oportunidad.*"
    r"|с уважением.*|с наилучшими пожеланиями.*|искренне ваш.*|всего доброго"
    r"|此致|敬礼|顺致敬意|谨上|顺颂商祺|祝好|此致敬礼"
    r"|مع (?:خالص |أطيب )?(?:التحية|التحيات|تحياتي)|وتفضلوا بقبول.*|وتقبلوا فائق.*|مع الشكر والتقدير"
    # A correction signed off with an apology: "With apologies for the inconvenience,".
    r"|with (?:our |my )?apologies(?: for (?:the|any) inconvenience)?"
    r"|مع (?:خالص )?الاعتذار(?: عن (?:الإزعاج|أي إزعاج|الخطأ))?"
    r"|mit freundlichen gr[üu](?:ß|ss)en|atenciosamente|cumprimentos"
    r"|sent from my \w+.*|envoy[ée] de mon \w+.*|enviado desde mi \w+.*|отправлено с \w+.*|发自我的.*"
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
# The first prefix decides: "FW: RE: x" forwards a reply, "RE: FW: x" answers a forward.
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:fwd?|fw|tr|rv|enc|wg|i|пересл|переслать|转发|轉寄|إعادة توجيه|توجيه)\s*[:：]",
    re.IGNORECASE,
)


Span = tuple[int, int]


@dataclass(frozen=True)
class QuoteSplit:
    """Where the parts of one body are; `new`, `quoted` and `signature` are masks of it."""

    source: str
    new_spans: tuple[Span, ...]
    quoted_spans: tuple[Span, ...]
    signature_spans: tuple[Span, ...]
    forwarded: QuoteSplit | None = None
    forward_start: int | None = None
    # Where the quoted message this one replies to begins, and its sender if the quote says.
    earlier_start: int | None = None
    earlier_from: str | None = None
    # The "From:" value of a forwarded message's header block ("Claire Martin <c@x>").
    forward_sender: str | None = None

    @cached_property
    def new(self) -> str:
        return _mask(self.source, self.new_spans)

    @cached_property
    def quoted(self) -> str:
        return _mask(self.source, self.quoted_spans)

    @cached_property
    def signature(self) -> str:
        return _mask(self.source, self.signature_spans)

    def earlier(self) -> QuoteSplit | None:
        """The quoted message this one answers, split on its own (computed on demand)."""
        if self.earlier_start is None:
            return None
        return split_quotes(
            _unquote(self.source, self.earlier_start), start=self.earlier_start, nested=True
        )

    @property
    def new_text(self) -> str:
        return _tidy(self.new)

    @property
    def is_forward(self) -> bool:
        return self.forwarded is not None


def _spaces(segment: str) -> str:
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def _mask(text: str, spans: tuple[Span, ...]) -> str:
    """Only the characters inside `spans` (sorted, disjoint) visible; the rest spaces, newlines kept."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            out.append(_spaces(text[pos:start]))
        out.append(text[start:end])
        pos = max(pos, end)
    if pos < len(text):
        out.append(_spaces(text[pos:]))
    return "".join(out)


def _minus(span: Span, holes: list[Span]) -> list[Span]:
    """`span` without the `holes` (sorted, disjoint, inside it)."""
    out: list[Span] = []
    pos = span[0]
    for start, end in holes:
        if start > pos:
            out.append((pos, min(start, span[1])))
        pos = max(pos, end)
    if pos < span[1]:
        out.append((pos, span[1]))
    return [s for s in out if s[0] < s[1]]


def _tidy(masked: str) -> str:
    lines = [line.rstrip() for line in masked.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def is_forward_subject(subject: str) -> bool:
    """Whether a subject says the message is a forward ("Fwd:", "TR :", "RV:", "Пересл:", "转发:")."""
    return bool(_FORWARD_SUBJECT.match(subject))


def _outlook_block(text: str, start: int, end: int) -> int | None:
    """Start of the first "From:/Sent:/To:/Subject:" header block in [start, end), if any."""
    for match in _HEADER_FROM.finditer(text, start, end):
        window = text[match.end() : match.end() + 600].split("\n", 6)[1:6]
        if sum(bool(_HEADER_ANY.match(line)) for line in window) >= 1:
            return match.start()
    return None


def _skip_headers(text: str, start: int) -> int:
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
    behalf: it divides an assistant's cover from the letter it sends, which is no history."""
    if not _RULE_LINE.fullmatch(match.group(0)):
        return False
    lines = [line for line in text[match.end() : match.end() + 600].split("\n") if line.strip()]
    if any(_HEADER_ANY.match(line) for line in lines[:3]):
        return False
    return bool(_ON_BEHALF.search(text, start, match.start()))


def _history_start(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where quoted or forwarded history begins: (offset, "forward" | "reply")."""
    found: list[tuple[int, str]] = []
    for pattern, kind in ((_FORWARD, "forward"), (_SEPARATOR, "reply"), (_ATTRIBUTION, "reply")):
        if pattern is _ATTRIBUTION and not _ATTRIBUTION_VERB.search(text, start, end):
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


def _unquote(text: str, start: int) -> str:
    """`text` with the ">" markers of quoted lines after `start` turned into spaces."""
    return text[:start] + _QUOTE_MARK.sub(lambda m: " " * len(m.group(0)), text[start:])


# "[cid:image001.png@01D9...]", "[image: logo]": an inline logo the text part stands in for.
_IMAGE_LINE = re.compile(r"[ \t]*(?:\[(?:cid:|image:[ \t]?)[^\]\n]{1,200}\][ \t]*)+")
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
    return start + para


def split_quotes(
    text: str, *, subject: str = "", start: int = 0, nested: bool = False, chain: int = 0
) -> QuoteSplit:
    """Split `text[start:]` into new text, signature, quoted history and a forwarded part.

    A forward marker ("---------- Forwarded message ---------", "Début du message
    réexpédié", "Пересылаемое сообщение"...) or an Outlook header block under a "Fwd:"
    subject makes the history a forwarded message, split again on its own (and, for a
    forward of a forward, `chain` levels further down). A reply
    written under the quote (bottom-posting) counts as the new text.

    >>> split_quotes("Hello\n\nOn Mon, 2 Oct 2023, A <a@x.example> wrote:\n> Name of Office:").new_text
    'Hello'
    """
    end = len(text)
    history = _history_start(text, start, end)
    cut = history[0] if history else end
    if history is not None and history[1] == "reply" and not text[start:cut].strip():
        # Bottom-posting: "On ... wrote:" and "> " lines first, the answer below them.
        below = _QUOTE_BLOCK.match(text, cut)
        if below and below.end() < end and text[below.end() :].strip():
            inner = split_quotes(text, subject=subject, start=below.end(), nested=nested)
            return replace(inner, quoted_spans=((cut, below.end()), *inner.quoted_spans))
    holes = [(m.start(), m.end()) for m in _QUOTED_LINE.finditer(text, start, cut)]
    own = _minus((start, cut), holes)
    new = _mask(text, tuple(own))
    sig_start = cut
    for match in _SIGNATURE.finditer(new, start, cut):
        if _NOMINEE_LABEL.search(new, match.end(), cut):
            continue  # details follow: the sender signed off early, or it is not a valediction
        if not new[start : match.start()].strip():
            continue  # nothing above it: not a signature
        sig_start = match.start()
        break
    else:
        sig_start = _trailing_block(new, start, cut) or cut
    new_spans = tuple((s, min(e, sig_start)) for s, e in own if s < sig_start)
    signature_spans = tuple((max(s, sig_start), e) for s, e in own if e > sig_start)
    quoted_spans = (*holes, (cut, end)) if cut < end else tuple(holes)
    forwarded = None
    earlier_start = earlier_from = None
    forward_sender = None
    if history is not None and (history[1] == "forward" or is_forward_subject(subject)):
        if not nested or chain > 0:
            body_start = _skip_headers(text, history[0])
            # A forward of a forward ("RV: RV: ...", one header block under another): the
            # message forwarded is split the same way, a few levels down.
            inner_subject = _HEADER_SUBJECT.search(text, history[0], body_start)
            forwarded = split_quotes(
                text,
                start=body_start,
                nested=True,
                subject=inner_subject.group(1) if inner_subject else "",
                chain=_FORWARD_LEVELS if not nested else chain - 1,
            )
            sender = _HEADER_FROM.search(text, history[0], body_start)
            if sender:
                forward_sender = text[sender.end() : text.find("\n", sender.end())].strip(" *")
    elif history is not None and not nested:
        header = text[history[0] : history[0] + 1000]
        address = _ADDRESS.search(header.split("\n\n", 1)[0])
        earlier_from = address.group(0).lower() if address else None
        earlier_start = _skip_headers(text, history[0])
        if _ATTRIBUTION.match(text, history[0]):
            earlier_start = text.find("\n", history[0]) + 1 or end
    return QuoteSplit(
        text,
        new_spans,
        quoted_spans,
        signature_spans,
        forwarded,
        cut if forwarded else None,
        earlier_start,
        earlier_from,
        forward_sender,
    )
