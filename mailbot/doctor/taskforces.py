"""Doctor check: the task-force list loads, names are not empty, no alias belongs to two."""

from __future__ import annotations

import tomllib
from typing import Any

from pydantic import ValidationError

from mailbot.config import Settings
from mailbot.doctor.results import CheckResult, first_line
from parsers.models import TaskForce, TaskForceCatalog

__all__ = ["check_taskforces", "taskforce_problems"]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def taskforce_problems(entries: list[Any]) -> list[str]:
    """Empty names and aliases (names and short names included) claimed by two task forces.

    >>> taskforce_problems([{"name": "A", "aliases": ["ST.96"]}, {"name": "B", "aliases": ["st.96 "]}])
    ["alias 'st.96 ' is claimed by 'A' and 'B'"]
    """
    problems: list[str] = []
    owner: dict[str, str] = {}
    for number, entry in enumerate(entries, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            problems.append(f"task force #{number} has an empty name")
            continue
        aliases = entry.get("aliases", [])
        claims = [name, entry.get("short") or "", *(aliases if isinstance(aliases, list) else [])]
        for alias in claims:
            key = _key(str(alias))
            if key and owner.setdefault(key, name) != name:
                problems.append(f"alias {alias!r} is claimed by {owner[key]!r} and {name!r}")
    return problems


def _shape_problem(entries: list[Any]) -> str | None:
    """Types the catalogue model rejects (a number as an alias, a string for tasks ...)."""
    fields = set(TaskForce.model_fields)
    try:
        TaskForceCatalog.model_validate(
            {"task_forces": [{k: v for k, v in e.items() if k in fields} for e in entries]}
        )
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"][2:])
        return f"task force #{int(error['loc'][1]) + 1} {where}: {error['msg']}"
    return None


def check_taskforces(settings: Settings) -> CheckResult:
    name, path = "Task forces", settings.taskforces_file
    hint = f"fix {path} (or point MAILBOT_TASKFORCES_FILE at another list)"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return CheckResult(name, False, f"cannot read {path} ({exc.strerror})", hint)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return CheckResult(name, False, f"{path.name} is not valid TOML: {first_line(exc)}", hint)
    entries = data.get("taskforce", [])
    if (
        not isinstance(entries, list)
        or not entries
        or not all(isinstance(e, dict) for e in entries)
    ):
        return CheckResult(name, False, f"{path.name} has no [[taskforce]] tables", hint)
    problems = taskforce_problems(entries)
    shape = None if problems else _shape_problem(entries)
    if shape:
        problems.append(shape)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return CheckResult(name, False, f"{path.name}: {problems[0]}{more}", hint)
    return CheckResult(name, True, f"{len(entries)} task forces in {path.name}, aliases unique")
