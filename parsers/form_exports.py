"""The columns a form tool adds to its export of the responses, before the questions.

Microsoft Forms opens its sheet with "ID | Start time | Completion time | Email | Name | Last
modified time" ("Heure de début", "Hora de inicio", "Время начала", "开始时间", "وقت البدء"),
Google Forms with "Timestamp | Email Address" ("Horodateur", "Marca temporal", "Отметка
времени", "时间戳记", "الطابع الزمني"): who filled the form in and when. The respondent may be
an assistant filling it for the nominee, whom the questions' own columns name; where the
questions ask no name (or no address), the respondent's is the only one and stays.
"""

from __future__ import annotations

import re

from parsers.labels import LabelKind

__all__ = ["without_respondent_columns"]

_TIME_COLUMN = re.compile(
    r"(?:start|completion|end|submission|last\s+modified)\s+time|time\s*stamp"
    r"|heure\s+de\s+(?:d[ée]but|fin|la\s+derni[èe]re\s+modification)|horodat(?:eur|age)"
    r"|hora\s+de\s+(?:inicio|finalizaci[óo]n|la\s+[úu]ltima\s+modificaci[óo]n)"
    r"|marca\s+(?:temporal|de\s+tiempo)"
    r"|время\s+(?:начала|завершения|окончания|последнего\s+изменения)|отметка\s+времени"
    r"|(?:开始|完成|结束|上次修改|提交)时间|時間戳記|时间戳记?"
    r"|وقت\s+(?:البدء|الإكمال|الانتهاء|آخر\s+تعديل)|الطابع\s+الزمني",
    re.IGNORECASE,
)
# The form's own columns come first: its time columns among the first few.
_MAX_LEAD = 8
_GROUPS = {
    "person": "name",
    "full_name": "name",
    "last_name": "name",
    "first_name": "name",
    "account_email": "address",
}


def _group(kind: LabelKind | None) -> str | None:
    return _GROUPS.get(kind.field) if kind is not None else None


def without_respondent_columns(
    labels: list[str], kinds: list[LabelKind | None]
) -> list[LabelKind | None]:
    """`kinds` with a form export's own leading columns read as no field.

    >>> from parsers.labels import classify_label
    >>> labels = ["ID", "Start time", "Completion time", "Email", "Name", "Surname"]
    >>> [k and k.field for k in without_respondent_columns(labels, [classify_label(x) for x in labels])]
    [None, None, None, 'account_email', None, 'last_name']
    """
    times = [
        k for k, label in enumerate(labels[:_MAX_LEAD]) if _TIME_COLUMN.fullmatch(label.strip())
    ]
    if not times:
        return kinds
    end = times[-1] + 1
    # Google Forms puts the respondent's address after its time stamp; an older Microsoft
    # Forms export ends its own columns with the respondent's "Email | Name".
    if end < len(kinds) and _group(kinds[end]) == "address":
        end += 1
        if end < len(kinds) and _group(kinds[end]) == "name":
            end += 1
    asked = {_group(kind) for kind in kinds[end:]}
    return [
        None
        if k < end and (kind is None or kind.field == "ignore" or _group(kind) in asked)
        else kind
        for k, kind in enumerate(kinds)
    ]
