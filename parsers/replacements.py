"""People a text names only as leaving: the one being replaced ("will replace Dr. Michael
Chen", "en remplacement de M. X"), or the one said to be no longer there ("李明先生不再参加",
"has retired"), with their later mentions.
"""

from __future__ import annotations

import re

from parsers.back_references import back_references
from parsers.people import Person
from parsers.phrases import SENTENCE_END

__all__ = [
    "LEAVES",
    "REPLACES",
    "TAKES_PLACE",
    "leavers_account",
    "leavers_sentences",
    "without_replaced",
]

# A replacement: the verb names who comes in; the person right after it is who goes.
_REPLACE = (
    r"replac\w*|in\s+(?:the\s+)?place\s+of|instead\s+of|succeed\w*|remplac\w*|en\s+lieu\s+et\s+place"
    r"|[àa]\s+la\s+place|reemplaz\w*|sustitu\w*|в\s*место|замен\w*|接替|代替|取代"
    r"|بدلا\u064b?\s+من\s|خلفا\u064b?\s+ل"
)
# The look-aheads let the engine skip most positions of a long text with one test.
REPLACES = re.compile(rf"(?=[aeirsàвзبخ代取接])(?:{_REPLACE})", re.IGNORECASE)
# Words saying that someone takes the place of a person named before, who goes: "in his
# place", "will take her place", "à sa place", "le remplacera", "en su lugar", "la
# sustituirá", "вместо него", "на его место", "заменит его", "由王芳女士接替", "بدلاً منه",
# "خلفاً له", "ستحل محله". A bare "instead" is not enough ("please contact Ms Y instead").
_TAKES_PLACE = (
    r"\bin\s+(?:his|her|their)\s+(?:place|stead)"
    r"|\btake\s+(?:over\s+)?(?:his|her|their)\s+(?:place|seat|role)"
    r"|\bas\s+(?:his|her|their)\s+(?:replacement|successor)|\breplace\s+(?:him|her|them)\b"
    r"|[àa]\s+sa\s+place|\ben\s+(?:son\s+|leur\s+)?remplacement|\b(?:le|la|les)\s+remplacer\w*"
    r"|\ben\s+su\s+(?:lugar|reemplazo|sustituci[óo]n)|\ben\s+reemplazo"
    r"|\b(?:lo|la|los|las)\s+(?:reemplaz|sustitu)\w*"
    r"|(?<!\w)вместо\s+(?:него|неё|нее|них)|(?<!\w)на\s+(?:его|её|ее|их)\s+место"
    r"|(?<!\w)замен(?:ит|ят|ить)\s+(?:его|её|ее|их)"
    r"|接替|代替|替代|顶替|頂替|替补|替補"
    r"|بدلا\u064b?\s+(?:منه|منها|عنه|عنها|منهم)|خلفا\u064b?\s+(?:له|لها)"
    r"|(?:و?(?:س|ل)?[يت])?حل\s+محل(?:ه|ها)"
)
TAKES_PLACE = re.compile(_TAKES_PLACE, re.IGNORECASE)
# Or the one who goes is said to be "no longer" there: "李明先生不再参加", "السيد ... لم يعد".
_LEAVES = (
    r"不再|已不再|已离职|已调离|لم\s+يعد|لم\s+تعد|(?:is|will\s+be)\s+no\s+longer|n['’]est\s+plus"
    r"|ne\s+(?:fait|sera|participe)\s+plus|ya\s+no\s|больше\s+не\s|более\s+не\s"
    # the passive: "Mr X will be replaced by Ms Y", "M. X sera remplacé par Mme Y"
    r"|(?:is|will\s+be|has\s+been|shall\s+be)\s+replaced|(?:est|sera|a\s+été)\s+remplac[ée]"
    r"|(?:es|será|ha\s+sido)\s+(?:reemplazad|sustituid)[oa]"
    # retired or gone: "вышел на пенсию", "has retired", "a pris sa retraite", "se jubiló"
    r"|(?:вышел|вышл[аи]|уш[её]л|ушл[аи])\s+на\s+пенсию|уволил\w*|(?:has|have)\s+(?:retired|left\s+the)"
    r"|a\s+pris\s+sa\s+retraite|se\s+jubil[óo]|dej[óo]\s+la\s+(?:instituci[óo]n|oficina)"
)
_LEAVES_ANYWHERE = re.compile(rf"(?=[adehinswyбвуل不已])(?:{_LEAVES})", re.IGNORECASE)
LEAVES = _LEAVES_ANYWHERE
# "Г-н X (kg-x), ранее участвовавший в ..., вышел на пенсию": a bracket and one appositive
# clause may stand between the person and what says they go.
_LEAVES_AFTER = re.compile(
    rf"[\s,，،]*(?:[(（][^)）\n]{{0,60}}[)）])?(?:[\s,，،]+(?:[^,，،.\n]|\n(?!\s*\n)){{0,80}},)?[\s,，،]*(?:{_LEAVES})",
    re.IGNORECASE,
)
_REPLACED_BEFORE = re.compile(
    rf"(?:{_REPLACE})(?:\s+(?:de|d['’]|of|a|al|del|du|de\s+la))?\s*$", re.IGNORECASE
)


def without_replaced(text: str, people: list[Person]) -> list[Person]:
    """The people named, less those being replaced ("will replace Dr. Michael Chen", "en
    remplacement de M. X") and their later mentions ("Dr. Chen has moved ..."); what
    follows them then reads as part of the text about the one who replaces them."""
    if not people or not (REPLACES.search(text) or _LEAVES_ANYWHERE.search(text)):
        return people
    replaced = {
        k
        for k, p in enumerate(people)
        if _REPLACED_BEFORE.search(text, max(0, p.start - 40), p.start)
        or _LEAVES_AFTER.match(text, p.end)
    }
    # The same full name elsewhere ("我局曾推荐李明先生 ... 李明先生不再参加").
    replaced |= {k for k, p in enumerate(people) if any(p.name == people[r].name for r in replaced)}
    replaced |= {k for k, ref in back_references(people).items() if ref in replaced}
    return [p for k, p in enumerate(people) if k not in replaced]


_MAX_LEAVERS = 20


def leavers_sentences(text: str, people: list[Person], kept: list[Person]) -> list[tuple[int, int]]:
    """Where each mention of a person who goes runs to the end of its sentence: "Please
    remove Mr Eklund's access (username se-leklund)" gives the leaver's account, not the
    account of the one named before who replaces him."""
    spans: list[tuple[int, int]] = []
    staying = {p.start for p in kept}
    for person in people:
        if person.start in staying:
            continue
        end = SENTENCE_END.search(text, person.end)
        spans.append((person.start, end.start() if end else len(text)))
        if len(spans) == _MAX_LEAVERS:
            break  # a letter names a few; crafted mail naming thousands costs no more
    return spans


def leavers_account(leavers: list[tuple[int, int]], sentence_end: int, at: int) -> bool:
    """Whether a value at `at` lies in a sentence about a leaver that comes after the
    sentence (ending at `sentence_end`) naming the person read now."""
    return any(sentence_end <= start <= at < end for start, end in leavers)
