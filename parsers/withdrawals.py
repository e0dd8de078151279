"""Sentences that withdraw or cancel a nomination, and the words naming whom they withdraw."""

from __future__ import annotations

import re

from parsers.phrases import _VERB_RE, SENTENCE_END
from parsers.replacements import TAKES_PLACE
from parsers.sentence_bounds import TITLE_FREE_STOP, SentenceEnds

__all__ = [
    "REMOVED_FROM",
    "UNTITLED_END",
    "WITHDRAWS",
    "withdrawal_spans",
    "withdrawn_texts",
]

# A withdrawal needs both the verb and the thing withdrawn, close together:
# "we withdraw the nomination of", "retirer la candidature", "отозвать кандидатуру", "撤回...提名".
# "dejar sin efecto" (to render void), "anular", "revoke", "аннулировать": the same act.
# "retraite" is a retirement ("ayant pris sa retraite"), no "retrait".
_WITHDRAW_VERB = (
    r"withdraw\w*|retir(?:er|ons|ez|ar|amos|a|e|é|ée)\b|retrait(?!e)|annul\w*|cancel\w*|отозва\w*|отзыва\w*"
    r"|revok\w*|revoc\w*|r[ée]voqu\w*|anul(?:ar|e|en|amos|ación|acion)\b"
    r"|dej(?:ar|e|en|amos|ó|o)\s+sin\s+efecto|аннулир\w*"
    r"|отзыв|снять|снимаем|撤回|撤销|取消|سحب|نسحب|إلغاء"
)
_WITHDRAW_OBJECT = (
    r"nominat\w*|candidat\w*|d[ée]sign\w*|designa\w*|кандидатур\w*|выдвижени\w*|назначени\w*|提名|ترشيح"
    r"|membership|participation"
)
# Asking the Secretariat to stop considering a nomination is withdrawing it: "please
# disregard his nomination", "ne plus tenir compte de sa candidature", "no considerar su
# candidatura", "не рассматривать его кандидатуру", "عدم النظر في ترشيحه". The object
# follows within two words: "disregard my previous email" is a correction, not this.
_DISREGARD = (
    r"\bdisregard|\b(?:no\s+longer|not)\s+(?:to\s+)?(?:consider|take\s+into\s+account)"
    r"|\bne\s+(?:plus|pas)\s+(?:tenir\s+compte|prendre\s+en\s+(?:compte|consid[ée]ration))\s+d[e'’]"
    r"|\bne\s+(?:tenez|tenir)\s+plus\s+compte\s+d[e'’]"
    r"|\bno\s+(?:consider\w*|ten(?:er|gan?)\s+en\s+cuenta|tom(?:ar|en?)\s+en\s+(?:cuenta|consideraci[óo]n))"
    r"|\bdej(?:ar|en)\s+de\s+considerar"
    r"|(?<!\w)не\s+(?:рассматривать|рассматривайте|учитывать|принимать\s+во\s+внимание)"
    r"|عدم\s+(?:النظر\s+في|الأخذ\s+ب|اعتماد)"
)
# Taking a member off a task force: "remove Ms X from the XML4IP Task Force", "retirer M. X
# de l'équipe d'experts", "dar de baja a la Sra. X del Equipo Técnico", "исключить X из
# состава Целевой группы", "将X从API工作队中删除", "حذف السيد X من فرقة العمل", or off the
# list of members ("le retirer de la liste", "удалить из списка").
_REMOVE_VERB = (
    r"remov\w*|exclu\w*|delet\w*|supprim\w*|elimin\w*|dar\s+de\s+baja|dé?sinscri\w*"
    r"|исключ\w*|удал(?:ить|ите|ять)\b|вывест\w*|вывед\w*|حذف|[إا]زالة|استبعاد|شطب"
)
# A list of members; never a mailing list ("mailing list", "liste de diffusion", "lista de
# distribución", "список рассылки", "القائمة البريدية"), which an office's contact leaves.
_MEMBER_LIST = (
    r"(?<!mailing\s)(?<!distribution\s)(?<!e-mail\s)(?<!email\s)list[ea]?\b"
    r"(?!\s+(?:de\s+)?(?:diffusion|distribuci[óo]n|correo|env[íi]o|contactos?))"
    r"|списк\w*(?!\w|\s+(?:рассылк|адресат|контакт))|القائمة(?!\s+البريدية)"
)
_FROM_TASK_FORCE = (
    r"(?:from|de|des|del|из|من)\s+(?:the\s+|l['’]\s*|la\s+|el\s+|состава\s+|عضوية\s+)?"
    r"(?:\w+\s+){0,2}?(?:task\s+force|[ée]quipe\s+d['’]\s*experts|equipo\s+t[ée]cnico"
    r"|целев\w*\s+групп\w*|فرق\w*\s+(?:ال)?عمل|" + _MEMBER_LIST + r")"
)
# The dot of a title or an initial ("M. Dupont", "Sra. Ruiz", "О.В.") ends no sentence.
_SHORT_DOT = (
    "".join(rf"(?<=\b{t})|" for t in ("Mr", "Ms", "Mrs", "Dr", "Sr", "Sra", "Srta", "Mme", "Mlle"))
    + r"(?<=\b\w)"
)
# Moving the member to another task force in the same sentence ("... and add her to the
# XML4IP Task Force instead") changes a nomination: it withdraws nobody. So does naming a
# successor in that sentence or the next ("..., 由王芳女士接替", ". Ms Y will take his
# place."): successors.py reads who comes in.
_MOVED = (
    r"(?![^.!?。\n]{0,80}?(?:\badd\w*|\bmov\w*|\btransf\w*|\bjoin\w*|inscri\w*|ajout\w*"
    r"|inclu\w*|incorpor\w*|a[ñn]ad\w*|agreg\w*|включ\w*|добав\w*|перев\w*"
    rf"|加入|添加|增补|增補|增加|调入|改为|إضاف\w*|نقل\w*|ضم\w*|{TAKES_PLACE.pattern}))"
    rf"(?![^.!?。\n]{{0,80}}?[.!?。][^\S\n]*\n?[^.!?。\n]{{0,160}}?(?:{TAKES_PLACE.pattern}))"
)
_REMOVED_LATIN = (
    rf"(?:{_REMOVE_VERB}|{_WITHDRAW_VERB})(?:[^.!?\n]|\n(?!\s*\n)|(?:{_SHORT_DOT})\.){{0,80}}?"
    rf"{_FROM_TASK_FORCE}"
)
_REMOVED_HAN = (
    r"从[^。，,\n]{0,30}?(?:工作队|工作組|工作组|任务组|名单)中?(?:删除|移除|除名|撤出|退出)"
)
_REMOVAL = rf"{_REMOVED_LATIN}{_MOVED}|{_REMOVED_HAN}{_MOVED}"
# A member taken off a task force, whatever follows ("将李明先生从API工作队中删除").
REMOVED_FROM = re.compile(rf"{_REMOVED_LATIN}|{_REMOVED_HAN}", re.IGNORECASE)
_WITHDRAW_VERB_RE = re.compile(f"(?=[wWrRaAcCdDоОсСаА撤取سنإ])(?:{_WITHDRAW_VERB})", re.IGNORECASE)
# The lookaheads name the letters the words can start with: without them the search tries
# every word at every position of the text, about five times slower.
_REMOVE_VERB_RE = re.compile(f"(?=[redsиувحإاش])(?:{_REMOVE_VERB})|从", re.IGNORECASE)
_DISREGARD_RE = re.compile(f"(?=[dnнع])(?:{_DISREGARD})|不再考|不予考", re.IGNORECASE)
# A bracketed aside between the nomination and its verb counts as one word: "the nomination
# shown struck through (Mr X, API Task Force) is withdrawn".
_ASIDE = r"\([^()\n]{0,100}\)"
_WITHDRAW = re.compile(
    rf"(?:{_WITHDRAW_VERB})(?:[^.!?\n]|\n(?!\s*\n)){{0,80}}?(?:{_WITHDRAW_OBJECT})"
    rf"|(?:{_WITHDRAW_OBJECT})(?:[^.!?\n(]|\n(?!\s*\n)|{_ASIDE}){{0,40}}?(?:{_WITHDRAW_VERB})"
    rf"|{_REMOVAL}"
    rf"|(?:{_DISREGARD})\s*(?:[\w'’]+\s+){{0,2}}?(?:{_WITHDRAW_OBJECT})"
    r"(?!\w*\s+(?:in|of|from|sent\s+in)\s+(?:my|our|the)\s+(?:previous|earlier|last|first))"
    r"|(?:不再|不予)考[虑慮][^。，,\n]{0,12}?(?:提名|人选|人選)",
    re.IGNORECASE,
)


# Withdrawing a nomination by its verb and object, whatever follows: "we withdraw the
# nomination of", "nous retirons la candidature de", "撤回对…的提名", "نسحب ترشيح".
WITHDRAWS = re.compile(
    rf"(?=[wWrRaAcCdDоОсСаА撤取سنإ])(?:{_WITHDRAW_VERB})(?:[^.!?\n]|\n(?!\s*\n)|(?:{_SHORT_DOT})\.){{0,80}}?(?:{_WITHDRAW_OBJECT})",
    re.IGNORECASE,
)


def _may_withdraw(text: str) -> bool:
    # Most mail has none of these words: spared the full search.
    return bool(
        _WITHDRAW_VERB_RE.search(text) or _DISREGARD_RE.search(text) or _REMOVE_VERB_RE.search(text)
    )


def withdrawal_spans(text: str) -> list[tuple[int, int]]:
    """Sentences that withdraw or cancel a nomination."""
    spans: list[tuple[int, int]] = []
    if not _may_withdraw(text):
        return spans
    ends = SentenceEnds(text, SENTENCE_END)
    for match in _WITHDRAW.finditer(text):
        start = ends.start_before(match.start())
        after = ends.next_from(match.end())
        end = after[0] + 1 if after else len(text)
        # "we withdraw Mr A's nomination and nominate instead Ms B": Ms B is nominated.
        again = _VERB_RE.search(text, match.end(), end)
        spans.append((start, again.start() if again else end))
    return spans


# A sentence end that is no title's abbreviation ("... as Ms. DOE has left").
UNTITLED_END = re.compile(rf"{TITLE_FREE_STOP}\s|[!?。！？؟]\s|\n\s*\n", re.IGNORECASE)


def withdrawn_texts(text: str) -> list[str]:
    """The part of each withdrawing sentence that speaks of the withdrawn nomination.

    "... dejar sin efecto dicha designación, ya que la Sra. Peña dejó ..." names who is
    withdrawn; in "we withdraw Mr A's nomination and nominate Ms B" only the words before
    the second nominating verb do.
    """
    texts: list[str] = []
    if not _may_withdraw(text):
        return texts
    starts, ends = SentenceEnds(text, SENTENCE_END), SentenceEnds(text, UNTITLED_END)
    for match in _WITHDRAW.finditer(text):
        start = starts.start_before(match.start())
        after = ends.next_from(match.end())
        end = after[0] + 1 if after else len(text)
        again = _VERB_RE.search(text, match.end(), end)
        texts.append(text[start : again.start() if again else end])
    return texts
