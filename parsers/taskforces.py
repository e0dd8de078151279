"""Match the task-force names people write to the catalogue's official English names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from parsers.arabic_spelling import fold_arabic, tolerant
from parsers.check_boxes import untick
from parsers.folding import fold
from parsers.models import TaskForceCatalog
from parsers.sentence_bounds import TITLE_FREE_STOP, SentenceEnds
from parsers.standard_surveys import names_a_survey
from parsers.task_force_moves import move_origins
from parsers.wiki_links import links, page_titles

__all__ = [
    "ALSO",
    "TaskForceHit",
    "TaskForceMatch",
    "excepted",
    "find_task_forces",
    "fold",
    "match_task_forces",
    "mentions_all",
    "untick",
]


class TaskForceHit(NamedTuple):
    name: str
    start: int
    end: int
    text: str


class TaskForceMatch(NamedTuple):
    names: tuple[str, ...]
    unknown: tuple[str, ...]
    hits: tuple[TaskForceHit, ...]
    historical: tuple[str, ...] = ()


# A task force a nominee joins "also": in addition to the one named for everybody.
ALSO = re.compile(
    r"\b(?:also|as\s+well|in\s+addition|additionally|aussi|[ée]galement|en\s+outre|adem[áa]s"
    # "сообщим дополнительно" is "we will tell you later", not "in addition".
    r"|tambi[ée]n|asimismo|также|тоже|кроме\s+того"
    r"|(?<!сообщим\s)(?<!сообщу\s)(?<!направим\s)(?<!уточним\s)дополнительно)\b"
    r"|同时|也|还|另外|此外|" + tolerant("أيضا|كذلك"),
    re.IGNORECASE,
)


_LB = r"(?<![a-z0-9\u0400-\u04ff])"
_RB = r"(?![a-z0-9\u0400-\u04ff])(?!\.\d)"
_SEP = r"[\s.\-_'/]*"
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")
# "Task 41", "Task No. 44", "T47", "tâche n° 41", "Tarea N.º 41", "задача № 41", "任务41", "المهمة رقم 41";
# several at once: "Tasks Nos. 41 and 62", "tâches n° 41 et 62", "задачи №№ 41 и 62", "第41和62号任务".
_NUMBER_SIGN = r"(?:n\.?[°º]s?|n\.os|nos?\b|nums?\b|#|numbers?\b|№{1,2})\.?"
# Read against folded text: its Arabic words folded too ("أرقام" as "ارقام").
_TASK_NUMBER = fold_arabic(
    _LB + r"(?:tasks?(?:\s*" + _NUMBER_SIGN + r")?|t|taches?(?:\s*" + _NUMBER_SIGN + r")?"
    r"|tareas?(?:\s*" + _NUMBER_SIGN + r")?|задач(?:ам|ами|ах|[аиу])?(?:\s*№{1,2})?|任务|第"
    r"|(?:المهمة|المهمتين|المهام)(?:\s*(?:رقم|رقمي|أرقام))?)\s*\.?\s*(?P<n>\d{2})(?!\d)(?:号任务)?"
    # The numbers that follow, each after "and", a comma or the like; "41, 12.10.2023" is a date.
    r"(?P<more>(?:\s*(?:,|;|&|\band\b|\bet\b|\by\b|\bи\b|和|与|及|、|،|و)\s*(?:"
    + _NUMBER_SIGN
    + r"\s*)?\d{2}(?!\d)(?![./-]\d)(?:号任务)?)*)"
)
# Each way of writing it starts with one of these letters (most positions fail at once).
_TASK = re.compile(r"(?=[tз任第ا])" + _TASK_NUMBER)
_TWO_DIGITS = re.compile(r"(?<!\d)\d{2}(?!\d)")


def _task_numbers(match: re.Match[str]) -> list[tuple[int, int, int]]:
    """Each task number a `_TASK` match names, with where it is written: the first with
    the word before it, the others by their digits alone."""
    numbers = [(int(match.group("n")), match.start(), match.end("n"))]
    start = match.start("more")
    numbers.extend(
        (int(number.group()), start + number.start(), start + number.end())
        for number in _TWO_DIGITS.finditer(match.group("more"))
    )
    return numbers


# Generic words around a task-force name, in the six languages (folded).
_GENERIC = re.compile(
    fold_arabic(
        r"\b(?:the|task\s*forces?|tfs?|on|of|for|and|equipes?\s+d'experts?|chargee?s?|de|du|des|la|le|les|l'"
        r"|sur|et|equipos?\s+tecnicos?|sobre|el|los|las|y|целев\w*\s+групп\w*|по|и|в|wipo|cws|member|membre"
        r"|miembro|group|groupe|grupo|yes|oui|да)\b|工作队|工作组|专责小组|فرق(?:ة|ه)?\s+العمل|المعنية|و|的|和|及|、"
        # "فريق عمل", "فريق العمل المعني" / "الخاص": the same head as an office words it.
        r"|فريق\s+(?:ال)?عمل|المعني|الخاص(?:ة|ه)?"
        # The yes of an answer ("نعم، إلى فرقة العمل ...", "是的，XML4IP工作队") names nothing.
        r"|نعم|是的",
    )
)
# "e" joins two in Portuguese ("Situação Jurídica e Transformação Digital") and in Spanish
# before an "i" ("Normalización de Nombres e Identificadores").
# A separator and the blanks around it. Blanks before it are taken only from the start of
# a run of blanks (or none, inside one): a long run with no separator after it is then
# scanned once, not once from each of its positions (6,500 tabs took 4.5 s, 20,000 a minute).
_SPLIT = re.compile(
    r"(?:(?<!\s)\s*|(?<=\s))"
    r"(?:[,;/\n•·|+]|\band\b|\bet\b|\by\b|\bи\b|和|及|、|،|\sو|(?<=\s)e(?=\s))\s*"
)
_ALL = re.compile(
    r"\ball\s+(?:the\s+)?(?:cws\s+|\d+\s+)?task\s*forces|toutes\s+les\s+equipes|todos\s+los\s+equipos"
    r"|вс(?:е|ех)\s+целев\w*\s+групп|所有工作队|全部工作队|جميع\s+فرق\s+العمل",
)
# Task forces that existed once (cws-facts.md 1.3); named so staff see why they did not match.
_HISTORICAL = re.compile(
    r"trademark\s+standardi[sz]ation|st\.?\s?22\b|st\.?\s?10/c|trade\s*mark\s+task\s+force"
)
_STRIP_PREFIX = re.compile(
    fold_arabic(
        r"^(?:task force on|equipe d'experts charge\w* d(?:e la|e l'|u|es|e)|equipe d'experts"
        r"|equipo tecnico (?:sobre|de) (?:la |el |los |las )?|equipo tecnico|целевая группа по"
        r"|целевая группа|فرقة العمل المعنية (?:ب)?)\s*"
    )
)


_STRIP_SUFFIX = re.compile(r"\s+(?:task\s*force|tf)$")
# The number of an item in a list ("2) ", "3. ") left in front of an unmatched name.
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s*")


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str]
    by_key: dict[str, str]
    by_task: dict[int, str]
    choices: dict[str, str]
    # Fuzzy candidates grouped by the digits they contain: a typo never changes "ST.26" into "ST.25".
    by_digits: dict[str, dict[str, str]]
    # Russian names by the stems of their words ("цифров трансформац"), see `_russian_stems`.
    by_stems: dict[str, str] = field(default_factory=dict)
    # Field values already matched: offices write the same few task-force lists.
    matches: dict[str, TaskForceMatch] = field(default_factory=dict)


def _key(text: str) -> str:
    return "".join(_WORD.findall(fold(text)))


def _alias_regex(alias: str) -> str:
    return _SEP.join(re.escape(word) for word in _WORD.findall(fold(alias)))


_MAX_MATCHES = 4096
# By identity first: hashing a frozen catalogue model on every call costs more than a match.
_BY_ID: dict[int, tuple[TaskForceCatalog, _Matcher]] = {}


def _matcher(catalog: TaskForceCatalog) -> _Matcher:
    entry = _BY_ID.get(id(catalog))
    if entry is not None and entry[0] is catalog:
        return entry[1]
    matcher = _build_matcher(catalog)
    if len(_BY_ID) >= 8:
        # The oldest goes; another thread may have taken it already.
        _BY_ID.pop(next(iter(_BY_ID), -1), None)
    # The entry holds the catalogue, so its id cannot be reused while it is cached.
    _BY_ID[id(catalog)] = (catalog, matcher)
    return matcher


def _by_first_letter(regexes: list[str]) -> str:
    """The alternation of `regexes`, grouped under their first letter ("3(?:d|d...)|a(?:pi|...)").

    Each regex starts with a plain letter, so at any position only one group can match
    and the engine tries its members in their original order: the same match as the
    flat alternation, without testing some 200 aliases at every word.
    """
    groups: dict[str, list[str]] = {}
    for regex in regexes:
        first = regex[:1] if regex[:1] not in ("", "\\") else regex
        groups.setdefault(first, []).append(regex[len(first) :])
    return (
        "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"
    )


@lru_cache(maxsize=8)
def _build_matcher(catalog: TaskForceCatalog) -> _Matcher:
    by_key: dict[str, str] = {}
    choices: dict[str, str] = {}
    for tf in catalog.task_forces:
        for alias in (tf.name, tf.short, *tf.aliases):
            if not alias:
                continue
            folded = fold(alias).strip()
            core = _STRIP_PREFIX.sub("", folded).removesuffix("工作队").strip()
            bare = _STRIP_SUFFIX.sub("", folded).strip()
            for form in {folded, core, bare}:
                # Derived short forms ("DR" from "DR TF") would fire on "Dr." and the like.
                if len(_key(form)) >= (2 if form == folded else 3):
                    by_key.setdefault(_key(form), tf.name)
                    choices.setdefault(form, tf.name)
    regexes = sorted({_alias_regex(alias) for alias in choices}, key=len, reverse=True)
    # A look-ahead on the possible first characters lets the engine skip most positions.
    firsts = "".join(sorted({fold(alias).strip()[:1] for alias in choices if alias.strip()}))
    pattern = re.compile(f"(?=[{re.escape(firsts)}])" + _LB + _by_first_letter(regexes) + _RB)
    by_task = {task: tf.name for tf in catalog.task_forces for task in tf.tasks}
    by_digits: dict[str, dict[str, str]] = {}
    for choice, name in choices.items():
        by_digits.setdefault("".join(_DIGITS.findall(choice)), {})[choice] = name
    by_stems: dict[str, str] = {}
    for choice, name in choices.items():
        stems = _russian_stems(choice)
        if stems:
            by_stems.setdefault(stems, name)
    return _Matcher(pattern, by_key, by_task, choices, by_digits, by_stems)


# The endings of Russian adjectives and nouns: the catalogue names a task force in the
# case "по" governs ("по цифровой трансформации"), a column head or a list in the
# nominative ("Цифровая трансформация", "Правовой статус").
_RU_ENDING = re.compile(
    r"(?:ому|ему|ого|его|ыми|ими|ами|ями|ая|яя|ой|ей|ый|ий|ое|ее|ые|ие|ых|их|ым|им|ую|юю"
    r"|ам|ям|ах|ях|ом|ем|ов|ев|ию|ия|ии|ие|[аяоеуюыийь])$"
)
_RU_NAME = re.compile(r"[\u0400-\u04ff]+(?:[ \t]+(?:[\u0400-\u04ff]+|\d+))*")
# A stem this short says too little ("статус" alone): two words or more, or one long word.
_MIN_STEMS = 8


def _russian_stems(folded: str) -> str:
    """The stems of a Russian name's words, its endings cut ("цифров трансформац"); "" for
    anything but Cyrillic words (and numbers) or too short a name."""
    text = folded.strip()
    if not _RU_NAME.fullmatch(text):
        return ""
    words = text.split()
    stems = " ".join(w if w.isdigit() or len(w) <= 4 else _RU_ENDING.sub("", w) for w in words)
    return stems if len(words) >= 2 or len(stems) >= _MIN_STEMS else ""


def mentions_all(text: str) -> bool:
    """Whether `text` asks for every task force ("all task forces", "toutes les équipes")."""
    return bool(_ALL.search(fold(text)))


# The words that take some task forces out of "all of them", in the six languages (folded);
# "кроме того" is "moreover". "X除外" names X before the word, "除X外" between the two.
_EXCEPT = re.compile(
    fold_arabic(
        r"\b(?:except(?:ing)?(?:\s+for)?|excluding|other\s+than|apart\s+from|but\s+not|save\s+for"
        r"|with\s+the\s+exception\s+of|sauf|hormis|excepte|a\s+l'exception\s+d"
        r"|excepto|salvo|exceptuando|(?<!al\s)(?<!lo\s)menos|a\s+excepcion\s+de|con\s+excepcion\s+de"
        r"|кроме(?!\s+того)|за\s+исключением|باستثناء|ما\s+عدا|عدا|سوى)"
        r"|除外|除了?|不包括|不含"
    )
)
_HAN_EXCEPT_END = re.compile(r"以外|之外|外")
# Where a sentence ends: "ST.26" and "Mr.Smith" go on, and so does a title's abbreviation
# ("M. DUPONT", "Sr. PÉREZ"), which would cut "toutes les équipes" from its "sauf".
_SENTENCE_END = re.compile(rf"(?:{TITLE_FREE_STOP}|[!?])(?=\s|$)|[;\n。；！？]", re.IGNORECASE)


def excepted(text: str, catalog: TaskForceCatalog) -> frozenset[str]:
    """The task forces an "all task forces" in `text` leaves out: "all the task forces
    except the 3D Task Force", "toutes les équipes sauf ...", "除序列表工作队外的所有工作队",
    "جميع فرق العمل باستثناء ...". Only words in the same sentence as the "all" count."""
    folded = fold(text)
    out: set[str] = set()
    ends = SentenceEnds(folded, _SENTENCE_END)
    for every in _ALL.finditer(folded):
        start = ends.start_before(every.start())
        after = ends.next_from(every.end())
        end = after[0] if after else len(folded)
        for word in _EXCEPT.finditer(folded, start, end):
            if word.group() == "除外":
                # "所有工作队（序列表工作队除外）": the ones just before it.
                clause = (every.end(), word.start()) if word.start() > every.end() else (0, 0)
            elif word.start() < every.start():
                # "Except for SEQL, all task forces": up to the "all".
                close = _HAN_EXCEPT_END.search(folded, word.end(), every.start())
                clause = (word.end(), close.start() if close else every.start())
            else:
                close = _HAN_EXCEPT_END.search(folded, word.end(), end)
                han = word.group().startswith("除") and close is not None
                clause = (word.end(), close.start() if han and close else end)
            out.update(hit.name for hit in find_task_forces(text[clause[0] : clause[1]], catalog))
    return frozenset(out)


# A subject named without "Task Force" may be a unit of the office instead: "Digital
# Transformation Department", "Direction de la transformation numérique", "Отдел ...".
_TF_WORDS = re.compile(r"task|\btf\b|equipe|equipo|целев|工作队|工作隊|专责小组|فرق", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"[ \t]+(?:department|division|directorate|section|unit|service|branch|office|bureau"
    # Their abbreviations: "Digital Transformation Dept.", "API Div.".
    r"|dept|dpt|div)s?\b"
    r"(?![ \t]*:)"
)
_UNIT_BEFORE = re.compile(
    r"(?:\b(?:direction|departement|department|division|service|section|unite|bureau"
    r"|direccion|subdireccion|departamento|unidad|oficina)"
    r"(?:\s+(?:of|for|du|des|de|de\s+la|de\s+l'|del|de\s+los|de\s+las))?"
    r"|(?<![a-z\u0400-\u04ff])(?:управлени\w*|департамент\w*|отдел\w*)(?:\s+по)?)\s+$"
)


def _office_unit(folded: str, start: int, end: int) -> bool:
    """Whether a bare subject at [start, end) names a department of the office."""
    if _TF_WORDS.search(folded, start, end):
        return False
    return bool(
        _UNIT_AFTER.match(folded, end) or _UNIT_BEFORE.search(folded[max(0, start - 40) : start])
    )


def find_task_forces(text: str, catalog: TaskForceCatalog) -> tuple[TaskForceHit, ...]:
    """Every task force named in `text` by alias, standard or task number, in order.

    Word boundaries keep "ST.26" from hitting "ST.2" and "3D" from firing inside "13D".

    >>> [h.name for h in find_task_forces("ST.26 and Task No. 41", catalog)]  # doctest: +SKIP
    ['Sequence Listings Task Force', 'XML4IP Task Force']
    """
    matcher = _matcher(catalog)
    text = page_titles(text)
    folded = untick(fold(text))
    hits: list[TaskForceHit] = []
    for match in matcher.pattern.finditer(folded):
        name = matcher.by_key.get(_key(match.group(0)))
        if (
            name
            and not _office_unit(folded, match.start(), match.end())
            and not names_a_survey(folded, match.start(), match.end())
        ):
            hits.append(
                TaskForceHit(name, match.start(), match.end(), text[match.start() : match.end()])
            )
    for match in _TASK.finditer(folded):
        for number, start, end in _task_numbers(match):
            name = matcher.by_task.get(number)
            if name:
                hits.append(TaskForceHit(name, start, end, text[start:end]))
    if "فرق" in folded:
        hits.extend(_arabic_variants(text, folded, matcher, hits))
    hits.sort(key=lambda hit: hit.start)
    return tuple(hits)


# Arabic names of the task forces are the writer's own translation, so the words after
# "فرقة العمل المعنية ب" vary in number and article ("بواجهة" for "بواجهات", "ثلاثية" for
# "الثلاثية"): after that head, and only there, a close spelling names the task force.
_AR_HEAD = re.compile(r"فرق[ةه]\s+العمل\s+المعني[ةه]\s+")
_AR_STOP = re.compile(r"[،,.؛;:()\n]|\sو(?=فرق)")
_AR_WORD = re.compile(r"\S+")


def _arabic_variants(
    text: str, folded: str, matcher: _Matcher, exact: list[TaskForceHit]
) -> list[TaskForceHit]:
    out: list[TaskForceHit] = []
    for head in _AR_HEAD.finditer(folded):
        if any(hit.start <= head.end() <= hit.end for hit in exact):
            continue
        tail = folded[head.end() : head.end() + 80]
        stop = _AR_STOP.search(tail)
        words = list(_AR_WORD.finditer(tail[: stop.start()] if stop else tail))
        for count in range(min(5, len(words)), 0, -1):
            end = words[count - 1].end()
            piece = tail[:end].removeprefix("ب")
            choices = matcher.by_digits.get("".join(_DIGITS.findall(piece)), {})
            best = process.extractOne(piece, choices.keys(), scorer=fuzz.ratio, score_cutoff=90)
            if len(piece) >= 6 and best is not None:
                stop_at = head.end() + end
                out.append(
                    TaskForceHit(
                        choices[best[0]], head.start(), stop_at, text[head.start() : stop_at]
                    )
                )
                break
    return out


def _fuzzy(piece: str, matcher: _Matcher) -> str | None:
    # Only leftovers of a task-force field reach here, never every token of a message.
    # The generic words go first, misspelt or not ("Task Froce"), then the rest is compared.
    folded = _STRIP_SUFFIX.sub("", fold(piece).strip())
    folded = re.sub(r"\s+(?:task|tf|t\w{0,2}s?k\s*f\w{3,4})$", "", folded).strip()
    choices = matcher.by_digits.get("".join(_DIGITS.findall(folded)), {})
    best = process.extractOne(folded, choices.keys(), scorer=fuzz.ratio, score_cutoff=88)
    if best is not None:
        return choices[best[0]]
    if len(folded) >= 5:
        for choice, name in choices.items():
            if abs(len(choice) - len(folded)) <= 1 and OSA.distance(folded, choice) <= 1:
                return name
    stems = _russian_stems(folded)
    return matcher.by_stems.get(stems) if stems else None


def match_task_forces(value: str, catalog: TaskForceCatalog) -> TaskForceMatch:
    """Task forces listed in a field value; what matches nothing comes back as unknown.

    >>> match_task_forces("XML4IP; Sequence Listing TF, Task Force on Unicorns", catalog)  # doctest: +SKIP
    TaskForceMatch(names=('XML4IP Task Force', 'Sequence Listings Task Force'), unknown=('Task Force on Unicorns',), ...)
    """
    matcher = _matcher(catalog)
    known = matcher.matches.get(value)
    if known is None:
        known = _match(value, catalog, matcher)
        if len(matcher.matches) >= _MAX_MATCHES:
            matcher.matches.clear()
        matcher.matches[value] = known
    return known


def _match(value: str, catalog: TaskForceCatalog, matcher: _Matcher) -> TaskForceMatch:
    value = untick(page_titles(value))
    folded = fold(value)
    if _ALL.search(folded):
        left_out = excepted(value, catalog)
        names = tuple(n for n in catalog.names if n not in left_out)
        return TaskForceMatch(names, (), (TaskForceHit("*", 0, len(value), value),))
    hits = list(find_task_forces(value, catalog))
    # Blank out what matched, then look at what is left, piece by piece.
    chars = list(value)
    for hit in hits:
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    for match in _TASK.finditer(folded):
        chars[match.start() : match.end()] = " " * (match.end() - match.start())
    unknown: list[str] = []
    # A link that is no wiki page's title ("...viewpage.action?pageId=43093440") is one
    # thing staff must look at, not its host and path words one by one.
    for start, end in links("".join(chars)):
        unknown.append(value[start:end])
        chars[start:end] = " " * (end - start)
    historical: list[str] = []
    rest = "".join(chars)
    exact = tuple(hits)
    pos = 0
    for separator in [*_SPLIT.finditer(rest), None]:
        item_start, item_end = pos, separator.start() if separator else len(rest)
        pos = separator.end() if separator else len(rest)
        piece = _ITEM_NUMBER.sub("", rest[item_start:item_end].strip(" .:-–()[]（）【】\"'*"))
        if len(_GENERIC.sub(" ", fold(piece)).strip()) < 3:
            continue
        name = _fuzzy(piece, matcher)
        if name:
            start = value.find(piece)
            hits.append(TaskForceHit(name, start, start + len(piece), piece))
        elif _HISTORICAL.search(fold(piece)):
            historical.append(piece)
        elif not any(item_start <= hit.start < item_end for hit in exact):
            # Otherwise the words beside a standard's number in the same item name that
            # standard's task force: "外观设计表示工作队（ST.88）".
            unknown.append(piece)
    unknown.extend(
        value[start:end]
        for match in _TASK.finditer(folded)
        for number, start, end in _task_numbers(match)
        if number not in matcher.by_task
    )
    # "moving from the Legal Status TF to the API TF": only the one moved to.
    left = move_origins(value, exact)
    names = tuple(
        dict.fromkeys(
            hit.name for hit in sorted(hits, key=lambda h: h.start) if hit.start not in left
        )
    )
    return TaskForceMatch(names, tuple(unknown + historical), tuple(hits), tuple(historical))
