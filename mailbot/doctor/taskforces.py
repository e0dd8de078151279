"""Doctor check: the task-force list loads (as the worker loads it) and no alias has two owners."""

from __future__ import annotations

from mailbot.campaign import load_catalog
from mailbot.config import Settings
from mailbot.doctor.results import CheckResult, first_line
from mailbot.errors import ConfigError
from parsers.models import TaskForceCatalog

__all__ = ["check_taskforces", "taskforce_problems"]

_HINT = "fix the file or point MAILBOT_TASKFORCES_FILE at another list"


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def taskforce_problems(catalog: TaskForceCatalog) -> list[str]:
    """Aliases (names and short names included) claimed by two task forces.

    Matching ignores case and spacing, as the parser's matcher does, so "ST.96" in one
    task force and "st.96 " in another would make every "ST.96" ambiguous.
    """
    problems: list[str] = []
    owner: dict[str, str] = {}
    for task_force in catalog.task_forces:
        for alias in (task_force.name, task_force.short, *task_force.aliases):
            key = _key(alias)
            if key and owner.setdefault(key, task_force.name) != task_force.name:
                problems.append(
                    f"alias {alias!r} is claimed by {owner[key]!r} and {task_force.name!r}"
                )
    return problems


def check_taskforces(settings: Settings) -> CheckResult:
    name, path = "Task forces", settings.taskforces_file
    try:
        catalog = load_catalog(path)
    except ConfigError as exc:
        # load_catalog refuses missing files, bad TOML, empty names and duplicate names.
        return CheckResult(name, False, first_line(exc), _HINT)
    problems = taskforce_problems(catalog)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return CheckResult(name, False, f"{path.name}: {problems[0]}{more}", _HINT)
    count = len(catalog.task_forces)
    return CheckResult(name, True, f"{count} task forces in {path.name}, aliases unique")
