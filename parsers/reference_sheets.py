"""A workbook's sheets kept only for reference: the members of an earlier round ("2021 - для
справки", "Previous members (for information)", "往届成员（仅供参考）") beside the sheet of
this year's nominees. What such a sheet lists no longer counts: the current sheet's values do.
"""

from __future__ import annotations

import re

__all__ = ["current_sheets", "is_spreadsheet"]

# A sheet's name on a line of its own, as the .xlsx and .ods readers write it.
_SHEET = re.compile(r"^\[(?P<t>[^\[\]\n]{1,100})\]$")
_SPREADSHEET_NAMES = (".xlsx", ".xlsm", ".xls", ".ods")
_SPREADSHEET_TYPES = ("spreadsheet", "excel")
_CELL = " | "
# Said of a sheet (its name, or its title line above the table): there to compare with,
# or out of date.
_REFERENCE = re.compile(
    r"\bfor\s+(?:reference|information|info|comparison)\b|\breference\s+only\b|\bFYI\b"
    r"|\b(?:outdated|obsolete|superseded)\b|\bno\s+longer\s+(?:valid|current|in\s+force)\b"
    r"|\bnot\s+current\b"
    r"|\bpour\s+(?:information|r[ée]f[ée]rence|m[ée]moire|comparaison)\b"
    r"|\b[àa]\s+titre\s+(?:indicatif|d['’]information)\b|\bobsol[eè]tes?\b"
    r"|\bplus\s+(?:valables?|en\s+vigueur|[àa]\s+jour)\b"
    r"|\b(?:para|como|solo|s[óo]lo\s+como)\s+referencia\b|\bpara\s+(?:su\s+)?informaci[óo]n\b"
    r"|\ba\s+t[íi]tulo\s+informativo\b|\bya\s+no\s+v[áa]lid|\bno\s+vigente\b"
    r"|для\s+справки|справочно|для\s+(?:информации|сравнения)|не\s*актуал\w*|устарел\w*"
    r"|仅供参考|僅供參考|供参考|供參考|已失效|不再有效"
    r"|للعلم|للاطلاع|للمرجع|للإشارة",
    re.IGNORECASE,
)
# Said in a sheet's name only: the members of an earlier round ("Previous members",
# "Anciens membres", "Прежний состав", "往届成员", "الأعضاء السابقون"). A title line may say
# so of the current list too ("replacing the previous members").
_EARLIER = re.compile(
    r"\b(?:previous|former|past|archived?)\b|\banciens?\b|\bpr[ée]c[ée]dente?s?\b|\barchives?\b"
    r"|\banterior(?:es)?\b|\bhist[óo]rico\b|прежн\w*|предыдущ\w*|архив\w*|бывш\w*"
    r"|参考|參考|以往|往届|往屆|上届|上屆|历史|歷史|原成员|原成員|存档|存檔"
    r"|السابق\w*|سابق\w*|أرشيف",
    re.IGNORECASE,
)
# A sheet's title lines: its single-cell lines above its first row of cells.
_MAX_TITLE_LINES = 3


def is_spreadsheet(filename: str, content_type: str) -> bool:
    return filename.lower().endswith(_SPREADSHEET_NAMES) or any(
        t in content_type.lower() for t in _SPREADSHEET_TYPES
    )


def _for_reference(title: str, lines: list[str]) -> bool:
    if _EARLIER.search(title):
        return True
    heads = [title]
    for line in lines[:_MAX_TITLE_LINES]:
        if _CELL in line:
            break
        heads.append(line)
    return any(_REFERENCE.search(h) for h in heads)


def current_sheets(text: str) -> str:
    """The workbook's text without its sheets kept for reference, when another sheet with
    rows of its own remains; unchanged otherwise."""
    if "\n[" not in text and not text.startswith("["):
        return text
    # Lines before any sheet, then each sheet as (title, its lines).
    lead: list[str] = []
    sheets: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        match = _SHEET.match(line)
        if match is not None:
            sheets.append((match.group("t"), [line]))
        elif sheets:
            sheets[-1][1].append(line)
        else:
            lead.append(line)
    if len(sheets) < 2:
        return text
    reference = [_for_reference(title, lines[1:]) for title, lines in sheets]
    current = [
        not ref and any(_CELL in line for line in lines)
        for ref, (_, lines) in zip(reference, sheets, strict=True)
    ]
    if not any(reference) or not any(current):
        return text
    kept = [
        line for ref, (_, lines) in zip(reference, sheets, strict=True) if not ref for line in lines
    ]
    return "\n".join([*lead, *kept])
