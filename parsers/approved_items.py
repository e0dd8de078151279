"""A covering note that keeps only some of the people the letter it sends on lists, by their
number or rank in that list: "the Minister has approved only the nominations at items 1 and
3", "the nomination at item 2 has not been approved", "seules les candidatures nos 1 et 3 ont
été approuvées", "no se aprobó la designación del punto 2", "кандидатура № 2 не утверждена",
"部长仅批准了第1项和第3项提名", "وافق معاليه على ترشيح المرشحين الأول والثالث، ولم يوافق على
الثاني".

A ministry forwarding its office's memo to its minister, or an office sending on a list it
has since cut, nominates only the people its own words keep.
"""

from __future__ import annotations

import re

from parsers.drafts import Draft
from parsers.message_sources import Source

__all__ = ["approved_only", "item_selection"]

# Arabic short vowels and marks ("المرشحَين"): no word differs by them.
_HARAKAT = re.compile("[\u064b-\u0652\u0670]")

# Ranks one to six, as words: "first", "deuxième", "tercera", "вторую", "第三", "الثالث".
_RANKS = (
    r"first|1st|premi[eè]re?s?|1(?:er|re|[eè]re)|primer[oa]?s?|перв(?:ый|ая|ую|ого|ой|ому|ом|ые|ых)"
    r"|الأولى?|الاولى?",
    r"second|2nd|deuxi[eè]mes?|secondes?|2(?:e|[eè]me)|segund[oa]s?|втор(?:ой|ая|ую|ого|ому|ом|ые|ых)"
    r"|الثانية?",
    r"third|3rd|troisi[eè]mes?|3(?:e|[eè]me)|tercer[oa]?s?"
    r"|трет(?:ий|ья|ью|ьего|ьей|ьему|ьим|ьи)|الثالثة?",
    r"fourth|4th|quatri[eè]mes?|cuart[oa]s?|четв[её]рт(?:ый|ая|ую|ого|ой|ому|ом|ые|ых)"
    r"|الرابعة?",
    r"fifth|5th|cinqui[eè]mes?|quint[oa]s?|пят(?:ый|ая|ую|ого|ой|ому|ом|ые|ых)|الخامسة?",
    r"sixth|6th|sixi[eè]mes?|sext[oa]s?|шест(?:ой|ая|ую|ого|ому|ом|ые|ых)|السادسة?",
)
_RANK = "|".join(f"(?P<r{n}>{words})" for n, words in enumerate(_RANKS, 1))
# Between the items of a list: "1 and 3", "1, 3 et 4", "1 y 3", "1 и 3", "第1、3项", "1 و3".
_SEP = (
    r"[^\S\n]*(?:,|、|/|&|\band\b|\bet\b|\by\b|\be\b|\bи\b|和|及|与|與|(?<!\w)و)[^\S\n]*"
    r"(?:the\s+|la\s+|le\s+|el\s+|los\s+|las\s+|les\s+)?"
)
# What a number in the note counts: items, points, nominees ("items 1 and 3", "los puntos 1
# y 3", "candidatures nos 1 et 3", "кандидатуры под номерами 1 и 3", "البندين 1 و3").
_ITEM_NOUN = (
    r"\b(?:items?|entr(?:y|ies)|points?|paragraphs?|nominees?|nominations?|candidates?|rows?"
    r"|lines?|candidatures?|rubriques?|lignes?|personnes?|puntos?|[íi]tems?|incisos?|numerales?"
    r"|designaci[oó]n(?:es)?|candidaturas?|filas?|пункт\w*|номер\w*|позици\w*|кандидатур\w*"
    r"|строк\w*)|(?<!\w)(?:ال)?(?:بند|بندين|بنود|بندان|رقم|رقمي|رقمين)(?!\w)"
)
_NUMBER_SIGN = r"(?:#|nos?\.|n[°ºo]s?\.?|№|núms?\.?|nr\.?)[^\S\n]*"
_NUMBER = r"[(（]?\d{1,2}(?!\d)[)）]?"
_LISTED = (
    rf"(?:{_ITEM_NOUN})[^\S\n]*(?:{_NUMBER_SIGN})?{_NUMBER}"
    rf"(?:{_SEP}(?:(?:{_ITEM_NOUN})[^\S\n]*)?(?:{_NUMBER_SIGN})?{_NUMBER})*"
    # "第1项和第3项", "第1、3项", "第一和第三位".
    r"|第[^\S\n]*(?:\d{1,2}(?!\d)|[一二三四五六])[^\S\n]*[项項位名条條号號个個人]?"
    r"(?:[^\S\n]*(?:、|,|，|和|及|与|與)[^\S\n]*第?[^\S\n]*(?:\d{1,2}(?!\d)|[一二三四五六])"
    r"[^\S\n]*[项項位名条條号號个個人]?)*"
)
_LISTED_RE = re.compile(_LISTED, re.IGNORECASE)
_DIGITS = re.compile(r"(?<!\d)\d{1,2}(?!\d)|[一二三四五六]")
# "والثالث": "and" is written on the rank.
_RANK_RE = re.compile(rf"(?:(?<!\w)|(?<=\sو))(?:{_RANK})(?!\w)", re.IGNORECASE)
_ANY_RANK = "|".join(_RANKS)
_RANKED = re.compile(
    rf"(?<!\w)(?:{_ANY_RANK})(?!\w)(?:{_SEP}(?:{_ANY_RANK})(?!\w))*", re.IGNORECASE
)
# A rank counts people only in a sentence about them: "the first and third nominees".
_PERSON_NOUN = re.compile(
    r"nomin\w*|candida\w*|designa\w*|officers?|persons?|people|personnes?|agents?|personas?"
    r"|funcionari\w*|кандидат\w*|сотрудник\w*|лиц[оа]?\b|提名|人选|人選|候选|候選|人员|人員"
    r"|مرشح|ترشيح|المرشح|الترشيح|موظف",
    re.IGNORECASE,
)

# Approving keeps people: "approved", "approuvé", "aprobó", "утвердил", "批准", "وافق".
_APPROVE = (
    r"approv\w*|endors\w*|accept\w*|agree\w*|approuv\w*|agré\w*|valid\w*|aprob\w*|aprueb\w*"
    r"|acept\w*|autoriz\w*|avala\w*|утвер\w*|одобр\w*|согласова\w*|批准|同意|核准|认可|認可"
    r"|وافق|يوافق|موافق|اعتماد|اعتمد|أقر|إقرار|صادق|مصادق"
)
# Handling keeps people only with "only": "please process only items 1 and 3".
_HANDLE = (
    r"process\w*|forward\w*|regist\w*|record\w*|consider\w*|submit\w*|transmit\w*|trait\w*"
    r"|transm\w*|enregistr\w*|reten\w*|tramit\w*|proces\w*|remit\w*|обработ\w*|регистр\w*"
    r"|рассм\w*|уч[еи]т\w*|направ\w*|处理|處理|登记|登記|受理|办理|辦理|معالجة|تسجيل|النظر|إحالة"
)
_ONLY = re.compile(
    r"\bonly\b|\bsolely\b|\bexclusively\b|\bseul\w*|\buniquement\b|\bsolo\b|\bsólo\b|\bsolamente\b"
    r"|[úu]nicamente|exclusivamente|только|лишь|исключительно|仅|僅|只|فقط|(?<!\w)[وف]?(?:إلا|سوى)(?!\w)",
    re.IGNORECASE,
)
# Dropping people: "withdraw", "disregard", "rejected", "retirer", "rechazar", "отозвать".
_DROP = re.compile(
    r"withdr[ae]w\w*|disregard\w*|cancel\w*|reject\w*|declin\w*|retir(?:er|ez|ons|é|ée|ar|amos|e)\b"
    r"|annul\w*|rejet\w*|anul\w*|sin\s+efecto|rechaz\w*|desestim\w*|отозв\w*|отзыв\w*|аннулир\w*"
    r"|отклон\w*|撤回|撤销|撤銷|取消|拒绝|拒絕|驳回|駁回|سحب|إلغاء|الغاء|استبعاد|شطب|رفض",
    re.IGNORECASE,
)
# Not approving or handling drops them: "has not been approved", "should not be processed",
# "n'a pas été approuvée", "no fue aprobada", "не утверждена", "未获批准", "لم يوافق".
_NOT = (
    r"\bnot\b|n['’]t\b|\bnever\b|\bpas\b|\bno\b(?!\.|[^\S\n]*\d)|\bnunca\b|(?<!\w)не(?!\w)"
    r"|(?<!\w)[وف]?(?:لم|لا|عدم|غير|ليس)(?!\w)"
)
_NOT_DONE = re.compile(
    rf"(?:{_NOT})(?:\s+[^\s,;.،]+){{0,3}}?\s+\S*?(?:{_APPROVE}|{_HANDLE})"
    rf"|(?:未|没有|沒有|不予|不)(?:获|獲|被|予|得到|获得|獲得)?(?:{_APPROVE}|{_HANDLE})",
    re.IGNORECASE,
)
_APPROVE_RE = re.compile(_APPROVE, re.IGNORECASE)
_HANDLE_RE = re.compile(_HANDLE, re.IGNORECASE)
# Approved all but some: "except item 2", "sauf", "excepto", "кроме", "除", "باستثناء".
_EXCEPT = re.compile(
    r"\bexcept\w*|\bbut\s+not\b|\bother\s+than\b|\bsauf\b|\bexcept[ée]\b|\bhormis\b"
    r"|à\s+l['’]exception|\bexcepto\b|\bsalvo\b|\bmenos\b|excepci[óo]n|кроме|за\s+исключением"
    r"|除|باستثناء|(?<!\w)(?:ما\s+)?عدا(?!\w)",
    re.IGNORECASE,
)
# Clauses: a comma parts two unless a list's next item follows it.
_CLAUSE_END = re.compile(
    rf"[.;!?。；！？؛؟](?![^\S\n]*\d)|[,，،](?![^\S\n]*(?:\d|(?:{_ANY_RANK})(?!\w)))",
    re.IGNORECASE,
)
# A dot before a number ("Nos. 1 and 3") ends no sentence.
_SENTENCE_END = re.compile(r"[.!?。！？؟](?:\s(?![^\S\n]*\d)|$)|\n[^\S\n]*\n")
# Cheap guard: a note naming no number or rank keeps everyone.
_ANY_ITEM = re.compile(rf"\d|第|{_ANY_RANK}", re.IGNORECASE)


def _numbers(clause: str, person_sentence: bool) -> list[tuple[int, int]]:
    """The item numbers a clause names, with where each is."""
    found: list[tuple[int, int]] = []
    for listed in _LISTED_RE.finditer(clause):
        span = listed.group()
        found.extend(
            (_number(d.group()), listed.start() + d.start()) for d in _DIGITS.finditer(span)
        )
    if person_sentence:
        for ranked in _RANKED.finditer(clause):
            found.extend(
                (int((rank.lastgroup or "r0")[1:]), ranked.start() + rank.start())
                for rank in _RANK_RE.finditer(ranked.group())
            )
    return found


def _number(digits: str) -> int:
    return int(digits) if digits.isdigit() else "一二三四五六".index(digits) + 1


def item_selection(note: str) -> tuple[frozenset[int], frozenset[int]] | None:
    """The item numbers `note` keeps (empty: all it does not drop) and those it drops; None
    if it picks out none."""
    if not _ANY_ITEM.search(note):
        return None
    note = _HARAKAT.sub("", note)
    keep: set[int] = set()
    drop: set[int] = set()
    sentence_start = 0
    for sentence_end in [*(m.end() for m in _SENTENCE_END.finditer(note)), len(note)]:
        sentence = note[sentence_start:sentence_end]
        sentence_start = sentence_end
        if not sentence.strip():
            continue
        persons = bool(_PERSON_NOUN.search(sentence))
        clause_start = 0
        for clause_end in [*(m.start() for m in _CLAUSE_END.finditer(sentence)), len(sentence)]:
            clause = sentence[clause_start:clause_end]
            clause_start = clause_end + 1
            numbers = _numbers(clause, persons)
            if not numbers:
                continue
            if _DROP.search(clause) or _NOT_DONE.search(clause):
                drop.update(n for n, _ in numbers)
            elif _APPROVE_RE.search(clause) or (_HANDLE_RE.search(clause) and _ONLY.search(clause)):
                but = _EXCEPT.search(clause)
                cut = but.start() if but else len(clause)
                keep.update(n for n, at in numbers if at < cut)
                drop.update(n for n, at in numbers if at >= cut)
    if not (keep or drop) or keep & drop:
        return None
    return frozenset(keep), frozenset(drop)


# A list item's number at the head of its line: "1. Mrs ...", "2) Sr. ...", "1- السيد", "(3)".
_MARKER = re.compile(r"^[^\S\n]*[(（]?(\d{1,2})[^\S\n]*[.)）．、:\-–]", re.MULTILINE)


def _first_at(draft: Draft) -> int | None:
    starts = [f.start for f in draft.values.values() if f.source in ("", draft.source)]
    return min(starts) if starts else None


def _item_numbers(drafts: list[Draft], text: str) -> list[int] | None:
    """Each draft's number in the list the text gives: the marker heading its block, else its
    rank among them; None if their places are not known."""
    starts = [_first_at(d) for d in drafts]
    if any(s is None for s in starts):
        return None
    places = [s for s in starts if s is not None]
    markers = [(m.start(), int(m.group(1))) for m in _MARKER.finditer(text)]
    numbers = []
    for start in places:
        heads = [n for at, n in markers if at <= start]
        numbers.append(heads[-1] if heads else 0)
    if 0 not in numbers and len(set(numbers)) == len(numbers):
        return numbers
    order = sorted(range(len(places)), key=lambda i: places[i])
    ranks = [0] * len(places)
    for rank, index in enumerate(order, 1):
        ranks[index] = rank
    return ranks


def approved_only(drafts: list[Draft], sources: list[Source]) -> list[Draft]:
    """The drafts a covering note keeps of those the letter below it lists; all of them when
    the note picks out none or names more items than the letter has."""
    if len(drafts) < 2 or not sources or sources[0].name != "body":
        return drafts
    listing = {d.source for d in drafts}
    if len(listing) != 1 or "body" in listing:
        return drafts
    text = next((s.text for s in sources if s.name in listing), None)
    selection = item_selection(sources[0].text)
    if selection is None or text is None:
        return drafts
    keep, drop = selection
    numbers = _item_numbers(drafts, text)
    if numbers is None or not (keep | drop) <= set(numbers):
        return drafts
    kept = [
        d for d, n in zip(drafts, numbers, strict=True) if (n in keep or not keep) and n not in drop
    ]
    return kept if 0 < len(kept) < len(drafts) else drafts
