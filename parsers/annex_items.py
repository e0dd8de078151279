"""Task forces given by their item number in the circular's annex: "参加通函附件所列第5项和
第9项工作队", "items 5 and 9 of the annex", "los puntos 5 y 9 del anexo", "пункты 5 и 9
приложения", "البندين 5 و9 من المرفق". The numbers mean something only through the annex's
numbered list of task forces ("5. API Task Force (Task No. 56)"), so they are read only when
the mail holds that list (the circular quoted below a reply, say); a number the list does
not give, or gives two ways, names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import NamedTuple

from parsers.drafts import Draft
from parsers.models import TaskForceCatalog
from parsers.taskforces import find_task_forces

__all__ = [
    "ItemReference",
    "item_references",
    "items_in_fields",
    "numbered_task_forces",
    "referenced_task_forces",
]

_NUM = r"[0-9\u0660-\u0669]{1,2}"
# "5. API Task Force (Task No. 56)", "5) ...", "5、...", "5．...": one item of a numbered list.
_NUMBERED_LINE = re.compile(
    r"^[ \t]*[(（]?(?P<n>[0-9]{1,2})[.)）、．][ \t]*(?P<rest>\S[^\n]*)$", re.MULTILINE
)
# An item names its task force first ("The API Task Force", "API工作队"), not after a person.
_NAME_REACH = 4
# A list of task forces has a few items at least; two numbered lines may be anything.
_MIN_ITEMS = 3


def numbered_task_forces(texts: Iterable[str], catalog: TaskForceCatalog) -> dict[int, str]:
    """Each item number of a numbered list of task forces in `texts`, with its task force.

    A list is a run of numbered lines, each naming one task force at its start, numbered
    one after the other (blank lines between them allowed); any other line ends it."""
    mapping: dict[int, str] = {}
    clashes: set[int] = set()
    for text in texts:
        for run in _runs(text, catalog):
            for number, name in run:
                if mapping.get(number, name) != name:
                    clashes.add(number)
                mapping[number] = name
    return {n: name for n, name in mapping.items() if n not in clashes}


def _runs(text: str, catalog: TaskForceCatalog) -> list[list[tuple[int, str]]]:
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    last_end = -1
    for line in _NUMBERED_LINE.finditer(text):
        number = int(line.group("n"))
        hits = find_task_forces(line.group("rest"), catalog)
        # One task force, named at the item's start ("1. Ms X, API Task Force" is a person).
        names = {hit.name for hit in hits} if hits and hits[0].start <= _NAME_REACH else set()
        if (
            len(names) == 1
            and run
            and number == run[-1][0] + 1
            and not text[last_end : line.start()].strip()
        ):
            run.append((number, names.pop()))
        else:
            if len(run) >= _MIN_ITEMS:
                runs.append(run)
            run = [(number, names.pop())] if len(names) == 1 else []
        last_end = line.end()
    if len(run) >= _MIN_ITEMS:
        runs.append(run)
    return runs


class ItemReference(NamedTuple):
    numbers: tuple[int, ...]
    start: int
    end: int


# Chinese: "第5项和第9项", "第5、9项", "第2项": the item word 项 after the last number ("任务第
# 56号" is a task's number, not an item's).
_ZH_JOIN = r"(?:和|及|与|、|以及|，|,)"
_ZH_ITEMS = re.compile(rf"第[ \t]*{_NUM}(?:[ \t]*项?{_ZH_JOIN}[ \t]*第?[ \t]*{_NUM})*[ \t]*项")
# The annex or its list just before ("附件所列第5项"), or task forces just after ("第5项工作队").
_ZH_ANNEX_BEFORE = re.compile(r"(?:附件|附录|附錄|清单|清單|列表|一览|一覽)[^，。；,;\n]{0,8}$")
_ZH_TF_AFTER = re.compile(r"^[ \t]*(?:的[ \t]*)?(?:工作队|工作隊|工作组|工作組)")
# Latin scripts: "items 5 and 9", "Nos. 5 and 9", "points 5 et 9", "los puntos 5 y 9";
# "Task No. 56" is a task's number, not an item's.
_LATIN_ITEMS = re.compile(
    r"(?<![\w.])(?<!task )(?<!tâche )(?<!tarea )"
    r"(?:items?|entr(?:y|ies)|nos?\.|numbers?|points?|num[ée]ros?|n[°º]s?|rubriques?"
    r"|puntos?|n[úu]meros?|[íi]tems?|incisos?|apartados?|пункт[а-я]*|позици[а-я]*|номер[а-я]*|№)"
    rf"[ \t]*(?P<nums>{_NUM}(?:[ \t]*(?:,|&|and|et|y|e|or|ou|o|и|или)[ \t]*(?:№[ \t]*)?{_NUM})*)"
    r"(?![\w.,]\d)",
    re.IGNORECASE,
)
_AR_ITEMS = re.compile(
    r"(?<![\u0621-\u064a])(?:و?ال)?(?:بند|بندين|بندان|بنود|رقم|رقمين|رقمي|بندي)"
    rf"[ \t]*(?P<nums>{_NUM}(?:[ \t]*(?:،|,|و)[ \t]*{_NUM})*)(?![\d.])"
)
# The annex or its list, within the clause around the numbers.
_ANNEX = re.compile(
    r"annex|appendix|\blist\b|annexe|liste|anexo|lista|приложени|перечн|списк|مرفق|ملحق|قائمة",
    re.IGNORECASE,
)
_CLAUSE_REACH = 40
_CLAUSE_END = re.compile(r"[.;:!?\n。；！？؛]")


def item_references(text: str) -> list[ItemReference]:
    """Each place `text` gives task forces by the annex's item numbers, with the numbers."""
    found: list[ItemReference] = []
    for match in _ZH_ITEMS.finditer(text):
        before = text[max(0, match.start() - 16) : match.start()]
        if _ZH_ANNEX_BEFORE.search(before) or _ZH_TF_AFTER.match(text, match.end()):
            numbers = tuple(int(n) for n in re.findall(_NUM, match.group(0)))
            found.append(ItemReference(numbers, match.start(), match.end()))
    for pattern in (_LATIN_ITEMS, _AR_ITEMS):
        for match in pattern.finditer(text):
            if _in_annex_clause(text, match.start(), match.end()):
                numbers = tuple(int(n) for n in re.findall(_NUM, match.group("nums")))
                found.append(ItemReference(numbers, match.start(), match.end()))
    found.sort(key=lambda ref: ref.start)
    return found


def _in_annex_clause(text: str, start: int, end: int) -> bool:
    """Whether the annex or its list is named in the clause holding the numbers."""
    after = text[end : end + _CLAUSE_REACH]
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    before = text[max(0, start - _CLAUSE_REACH) : start]
    stops = list(_CLAUSE_END.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    return _ANNEX.search(after) is not None or _ANNEX.search(before) is not None


def referenced_task_forces(text: str, numbered: Mapping[int, str]) -> list[tuple[str, int, int]]:
    """The task forces `text` gives by item number, each with where its reference stands;
    nothing when the mail holds no numbered list of task forces."""
    if not numbered:
        return []
    return [
        (numbered[n], ref.start, ref.end)
        for ref in item_references(text)
        for n in ref.numbers
        if n in numbered
    ]


# A task-force field's value opened by item numbers alone: "1, 3", "5 and 9", "№ 2 и 5".
_BARE_NUMBERS = re.compile(
    rf"[ \t]*(?:№[ \t]*)?{_NUM}(?:[ \t]*(?:,|;|&|and|et|y|e|и|、|，|و)[ \t]*(?:№[ \t]*)?{_NUM})*"
    r"[ \t.]*",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_LABELLED_RULES = frozenset({"label", "table"})


def items_in_fields(drafts: Iterable[Draft], numbered: Mapping[int, str]) -> None:
    """Read a labelled task-force field giving item numbers ("Task forces: items 5 and 9 of
    the annex", "工作队：附件第3、7项", "فرق العمل: البندان 2 و5") through the annex's list:
    the label says the numbers are task forces, so no word naming the annex is needed. The
    parts the catalogue did not know ("items 5", "9 of the annex") are then no unknown task
    forces. Nothing happens when the mail holds no numbered list."""
    if not numbered:
        return
    for draft in drafts:
        found = draft.tf_found
        if (
            found is None
            or found.rule not in _LABELLED_RULES
            or not any(_DIGIT.search(u) for u in draft.unknown_task_forces)
        ):
            continue
        names = _field_items(found.text, numbered)
        if not names:
            continue
        draft.task_forces.extend(n for n in names if n not in draft.task_forces)
        draft.unknown_task_forces[:] = [
            u for u in draft.unknown_task_forces if not (_DIGIT.search(u) and u in found.text)
        ]
        if not found.value:
            draft.tf_found = replace(found, value=", ".join(draft.task_forces))


def _field_items(value: str, numbered: Mapping[int, str]) -> list[str]:
    """The task forces a task-force field's value names by item number."""
    bare = _BARE_NUMBERS.match(value)
    if bare is not None and (bare.end() == len(value) or _ANNEX.search(value, bare.end())):
        # "1, 3 of the annex", "№ 5": numbers alone, or with the annex named after them.
        numbers = [int(n) for n in re.findall(_NUM, bare.group(0))]
    else:
        numbers = [n for ref in _items(value) for n in ref.numbers]
    return [numbered[n] for n in numbers if n in numbered]


def _items(text: str) -> list[ItemReference]:
    """Item numbers wherever they stand, annex named or not (a field's label names them)."""
    found = [
        ItemReference(tuple(int(n) for n in re.findall(_NUM, m.group(0))), m.start(), m.end())
        for m in _ZH_ITEMS.finditer(text)
    ]
    for pattern in (_LATIN_ITEMS, _AR_ITEMS):
        found.extend(
            ItemReference(
                tuple(int(n) for n in re.findall(_NUM, m.group("nums"))), m.start(), m.end()
            )
            for m in pattern.finditer(text)
        )
    return found
