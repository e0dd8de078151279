"""A correction of one value in the sender's earlier mail: "please read pt-rsantos instead of
pt-rsanto", "следует читать kz-x вместо kz-y", "用户名应为cn-x，而不是cn-y"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from parsers.st3 import ST3_CODES

__all__ = [
    "NEW_FIRST",
    "OLD_FIRST",
    "Correction",
    "find_corrections",
    "find_swaps",
    "supersedes_earlier",
]

# Only identifiers (a username, an address, a code) are corrected this way: a word next to
# "instead of" is as often a person being replaced ("Ms X instead of Mr Y").
_CHAR = r"[A-Za-z0-9_.@+-]"
# Bounded: no identifier is longer, and a run of thousands of such characters would
# otherwise be split every way at the mark in its middle (quadratic).
_VALUE = rf"{_CHAR}{{0,100}}[-.@_\d]{_CHAR}{{0,100}}[A-Za-z0-9]"
# The right value first: "X instead of Y", "X au lieu de Y", "X вместо Y", "X，而不是Y".
NEW_FIRST = (
    r"instead\s+of|rather\s+than|in\s+place\s+of|and\s+not|au\s+lieu\s+de|et\s+non(?:\s+pas)?"
    r"|[àa]\s+la\s+place\s+de|en\s+lugar\s+de|en\s+vez\s+de|y\s+no|вместо|а\s+не|而不是|而非|不是"
    # "X (not Y)", "X, et non Y", "X (no Y)", "X (не Y)": a bare negation after the right value.
    r"|(?:not|non|no|не|ليس)(?!\w)"
    r"|بدلا\u064b?\s+من|بدلاً\s+من|بدل|وليس"
)
# The wrong value first: "Y should read X", "Y doit se lire X", "Y следует читать как X", "Y应为X".
OLD_FIRST = (
    r"should\s+(?:read|be)|must\s+read|doit\s+(?:se\s+lire|[êe]tre)|debe\s+(?:decir|leerse|ser)"
    r"|следует\s+читать(?:\s+как)?|должно\s+быть|应为|应改为|更正为|改为|应是"
    r"|يجب\s+أن\s+يكون|يصحح\s+إلى|صحيحه"
)
# Quotation marks may set either value off: "est « mc-x » et non « mo-x »", 'es x, y no «y»',
# "应为“cn-x”，而不是“cn-y”".
_QUOTE_MARKS = "«»\"“”„‘’'「」『』"
_GAP = rf"[\s,，、:：(（{_QUOTE_MARKS}]*"
_CORRECTION = re.compile(
    rf"(?<!{_CHAR})(?P<new>{_VALUE}){_GAP}(?:{NEW_FIRST}){_GAP}(?P<old>{_VALUE})(?![\w@+-])"
    rf"|(?<!{_CHAR})(?P<old2>{_VALUE}){_GAP}(?:{OLD_FIRST}){_GAP}(?P<new2>{_VALUE})(?![\w@+-])",
    re.IGNORECASE,
)

# Only the right value, the wrong one being a typo above: "опечатка, правильно — tj-x", "the
# correct username is xx-x", "le bon identifiant est xx-x", "el correcto es xx-x",
# "正确的用户名是 cn-x", "الصحيح هو xx-x". It replaces the value it nearly spells.
_RIGHT = re.compile(
    r"(?:\b(?:the\s+)?(?:correct|right)(?:\s+(?:one|spelling|username|user\s*name|login|address"
    r"|e-?mail(?:\s+address)?|account))?\s+(?:is|reads)|\bcorrectly"
    r"|\b(?:le|la|l')\s*(?:bon(?:ne)?|correct(?:e)?)(?:\s+(?:orthographe|identifiant|adresse"
    r"|nom\s+d'utilisateur|courriel))?\s+est|\bcorrectement"
    r"|\b(?:el|la|lo)\s+correct[oa](?:\s+(?:usuario|nombre\s+de\s+usuario|correo|direcci[oó]n))?"
    r"\s+es|\bcorrectamente"
    r"|(?<!\w)(?:правильн|верн)\w*(?:\s+(?:логин|адрес|имя\s+пользователя|написание|вариант))?"
    r"(?:\s+(?:такое|такой|следующ\w+))?"
    r"|正确的?(?:用户名|邮箱|电子邮件地址|地址|拼写)?(?:应)?(?:是|为)|الصحيح\s+هو)"
    rf"[\s:：—–{_QUOTE_MARKS}-]*(?P<new>" + _VALUE + r")(?![\w@+-])",
    re.IGNORECASE,
)
# How near a value must be to the right one to be its typo.
_NEAR = 0.8


@dataclass(frozen=True)
class Correction:
    old: str
    new: str
    start: int
    end: int

    def replaces(self, value: str) -> bool:
        """Whether a value read is the wrong one: the one named, or, where none is named, one
        that misspells the right value by a letter or two."""
        if self.old:
            return value.casefold() == self.old.casefold()
        wrong, right = value.casefold(), self.new.casefold()
        return (
            wrong != right
            and ("@" in wrong) == ("@" in right)
            and SequenceMatcher(None, wrong, right).ratio() >= _NEAR
        )


def find_corrections(text: str) -> list[Correction]:
    """Each "right value for wrong value" pair the text states, with the right value's offsets."""
    out: list[Correction] = []
    for match in _CORRECTION.finditer(text):
        new = "new" if match.group("new") else "new2"
        old = "old" if match.group("new") else "old2"
        if match.group(new).casefold() != match.group(old).casefold():
            out.append(
                Correction(match.group(old), match.group(new), match.start(new), match.end(new))
            )
    taken = {fix.start for fix in out}
    out.extend(
        Correction("", match.group("new"), match.start("new"), match.end("new"))
        for match in _RIGHT.finditer(text)
        if match.start("new") not in taken
    )
    return out


# A value given anew in a sentence that also names the one it replaces, with no "instead of"
# between them: "could not register au-x ... and has created his account as au-y instead",
# "اسم المستخدم eg-x لم يعد صالحاً ... باسم المستخدم eg-y". The sentence says a value changed;
# which one is old is told by the earlier mail quoted below, which holds it.
_SWAP_CUE = re.compile(
    r"(?<!\w)(?:instead|no\s+longer|changed?|replac\w*|[àa]\s+la\s+place|plut[ôo]t|modifi\w*"
    r"|chang[ée]\w*|remplac\w*|n['’]est\s+plus|en\s+su\s+lugar|en\s+lugar|ya\s+no|cambi\w*"
    r"|reemplaz\w*|sustitu\w*|вместо|замен\w+|измен\w+|больше\s+не|уже\s+не|بدلا\w*"
    r"|لم\s+يعد|لم\s+تعد|استبدال|تغيير"
    # A spelling put right: "please correct", "corriger", "corregir", "исправить", "правильно".
    r"|correct\w*|misspel\w*|corrig\w*|rectifi\w*|correg\w*|corrija\w*|исправ\w*|правильн\w*"
    r"|ошибочн\w*|تصحيح|الصحيح"
    # A spelling stated: "s'écrit X et non Y", "il faut lire X au lieu de Y", "is spelled X,
    # not Y", "se escribe X y no Y", "пишется X, а не Y", "يكتب X وليس Y".
    r"|s['’]\s*(?:[ée]crit|orthographi\w*)|orthograph\w*|il\s+faut\s+lire|au\s+lieu\s+de"
    r"|et\s+non|spel(?:led|t|ling)|is\s+written|should\s+read|se\s+escribe|ortograf\w*"
    r"|y\s+no|en\s+vez\s+de|пишется|написани\w*|следует\s+читать|а\s+не|يكتب|تكتب|وليس)(?!\w)"
    r"|不再|改为|更改|变更|替换|而是|更正|改正|正确|拼写|应为|而不是",
    re.IGNORECASE,
)
# A sentence may wrap onto the next line; a blank line or a full stop before a space ends
# it, unless the stop closes a title ("M. Dupont", "Sra. Ruiz").
_SWAP_SENTENCE = re.compile(
    r"(?:[^\n.!?؟。！？]+|\n(?![ \t]*\n)|[.!?؟。！？](?!\s|$)"
    r"|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.)+"
)
_IDENTIFIER = re.compile(
    r"(?<![\w@.+-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+)"
    r"(?![\w@+-]|\.\w)"
)
# A name's spelling set off by quotation marks or capitals: "указано «SEITKALI», правильно —
# «SEITKALY»", 'written "Mohamad" instead of "Mohammad"', "KOVALENKO, not KOVALENKA".
_SPELLING = re.compile(
    r"(?<=[«“„\"'‘「『])[^\W\d_][^\W\d_'’ -]*(?:[ '’-][^\W\d_]+){0,2}(?=[»”“\"'’」』])"
    # Han script runs on into a Latin name unspaced: "应为DUPONT，而不是DUPOND".
    r"|(?<![^\W\u4e00-\u9fff]|[@.+-])[A-ZÀ-ÞА-ЯЁ]{3,}(?:[ -][A-ZÀ-ÞА-ЯЁ]{3,})?"
    r"(?![^\W\u4e00-\u9fff]|[@+-])"
)
# How near the new spelling must be to the one it puts right.
_SPELT_NEAR = 0.6
# The recommended username form: the ST.3 code, a hyphen, the name ("au-x").
_CODE_PREFIX = re.compile(r"[a-z]{2}-(?=[a-z0-9])")


def _shape(value: str) -> str | None:
    """What kind of value a token is: an address, a username in the recommended form (by
    its code), another username (with a digit, dot or underscore), or None (a word such as
    "e-mail" or "follow-up")."""
    if "@" in value:
        return "@"
    code = _CODE_PREFIX.match(value)
    if code is not None and value[:2] in ST3_CODES:
        return code.group()
    return "username" if re.search(r"[\d._]", value) else None


def _in(value: str, text: str) -> bool:
    return re.search(rf"(?<![\w@.+-]){re.escape(value)}(?![\w@+-]|\.\w)", text, re.I) is not None


def find_swaps(text: str, earlier: str) -> list[Correction]:
    """Values the sender gives anew for ones their quoted earlier mail holds: one sentence
    of `text` with a word of change and two values of one shape (two usernames with the
    same code, or two addresses), the one `earlier` holds and one it does not."""
    out: list[Correction] = []
    for sentence in _SWAP_SENTENCE.finditer(text):
        if not _SWAP_CUE.search(sentence.group()):
            continue
        shapes: dict[str, list[re.Match[str]]] = {}
        for match in _IDENTIFIER.finditer(text, sentence.start(), sentence.end()):
            shape = _shape(match.group())
            if shape is not None:
                shapes.setdefault(shape, []).append(match)
        for same in shapes.values():
            if len({m.group().casefold() for m in same}) != 2:
                continue
            old = [m for m in same if _in(m.group(), earlier)]
            new = [m for m in same if not _in(m.group(), earlier)]
            if len({m.group().casefold() for m in old}) == 1 and len(new) == 1:
                out.append(Correction(old[0].group(), new[0].group(), *new[0].span()))
        out.extend(_respelt(text, sentence.start(), sentence.end(), earlier))
    return out


def _respelt(text: str, start: int, end: int, earlier: str) -> list[Correction]:
    """A name spelt anew in one sentence: two spellings near each other, the one the
    earlier mail holds and one it does not."""
    words = list(_SPELLING.finditer(text, start, end))
    old = [m for m in words if _in(m.group(), earlier)]
    if len({m.group().casefold() for m in old}) != 1:
        return []
    wrong = old[0].group()
    new = [
        m
        for m in words
        if not _in(m.group(), earlier)
        and SequenceMatcher(None, wrong.casefold(), m.group().casefold()).ratio() >= _SPELT_NEAR
    ]
    if len({m.group().casefold() for m in new}) != 1:
        return []
    return [Correction(wrong, new[0].group(), *new[0].span())]


# "Please disregard my previous email", "veuillez ne pas tenir compte de mon courriel
# précédent", "por favor ignoren mi correo anterior", "прошу считать недействительным
# предыдущее письмо", "请忽略上一封邮件", "يرجى تجاهل رسالتي السابقة": the earlier mail is
# withdrawn as a whole, not completed. A determiner ("my", "the previous") must name the
# earlier mail: "please ignore this one if you already replied" withdraws nothing.
_MAIL = (
    r"(?:e-?mails?|mails?|messages?|courriels?|envois?|correos?(?:\s+electr[óo]nicos?)?"
    r"|mensajes?|comunicaci[óo]n|nominations?|d[ée]signations?|designaci[óo]n)"
)
_EARLIER = r"(?:previous|earlier|prior|last|first|above|below)"
_SUPERSEDES = re.compile(
    r"(?<!\w)(?:(?<!not\s)(?<!n't\s)(?:disregard|ignore))\s+(?:(?:my|our)\s+(?:"
    + _EARLIER
    + r"\s+)?|(?:the|that)\s+"
    + _EARLIER
    + r"\s+)"
    + _MAIL
    + r"(?![\w-]|\s+(?:address|account))"
    + r"|(?<!\w)(?:supersedes?|replaces?)\s+(?:my|our|the)\s+(?:"
    + _EARLIER
    + r"|one\s+sent)"
    + r"|(?<!\w)(?:ne\s+pas\s+tenir\s+compte|ne\s+tenez\s+pas\s+compte|faire\s+abstraction"
    r"|(?<!pas\s)ignorer)\s+(?:de\s+|d['’])?(?:mon|notre|ma|le|la|l['’])\s*(?:pr[ée]c[ée]dent\s+)?"
    + _MAIL
    + r"(?!\w)|annule\s+et\s+remplace"
    + r"|(?<!\w)(?:(?<!no\s)ignor(?:en|e|ar)|hagan?\s+caso\s+omiso|no\s+(?:tengan?|tomen?)\s+en"
    r"\s+cuenta)\s+(?:de\s+)?(?:mi|nuestro|nuestra|el|la)\s+"
    + _MAIL
    + r"\s+(?:anterior|previ[oa])|deja\s+sin\s+efecto|anula\s+y\s+(?:reemplaza|sustituye)"
    + r"|(?<!\w)(?:считать\s+недействительн\w+|не\s+учитывать|(?:про)?игнорировать"
    r"|не\s+принимать\s+во\s+внимание)\s+(?:\w+\s+)?(?:предыдущ|прежн|первое|перв)\w*\s+"
    r"(?:письм|сообщени)\w*"
    r"|(?<!\w)(?:предыдущ|прежн)\w*\s+(?:письм|сообщени)\w*\s+(?:\w+\s+){0,2}"
    r"(?:считать\s+недействительн|не\s+учитывать|(?:про)?игнорировать|аннулир)"
    r"|(?<!不)(?<!不要)(?:忽略|無視|无视|作废|作廢|不予理会|不予理會)(?:我们|我們|我)?(?:的)?"
    r"(?:上一?封|前一封|之前的?|此前的?|先前的?|早前的?|上次的?)(?:邮件|郵件|来函|來函|电邮|電郵|信)"
    r"|(?:上一?封|前一封|之前的?|此前的?)(?:邮件|郵件|电邮|電郵)(?:作废|作廢|请忽略|請忽略)"
    r"|以本(?:邮件|郵件|函)(?:为准|為準)"
    r"|(?:تجاهل|إهمال|صرف\s+النظر\s+عن|عدم\s+(?:الاعتداد|الأخذ)\s+ب)\s*"
    r"(?:(?:رسالتي|رسالتنا|بريدي)(?:\s+الإلكتروني)?(?!\s+هذه)"
    r"|(?:الرسالة|البريد)(?:\s+الإلكتروني)?\s+(?:السابق[ةه]?|الأولى))"
    r"|(?:تلغي|يلغي)\s+(?:الرسالة|البريد)\s+(?:الإلكتروني\s+)?السابق",
    re.IGNORECASE,
)


def supersedes_earlier(text: str) -> bool:
    """Whether the sender's new text withdraws their earlier mail as a whole: what it
    nominates then stands alone, and the quoted mail adds nothing to it."""
    return _SUPERSEDES.search(text) is not None
