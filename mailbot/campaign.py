"""Campaign data from disk: the task-force catalogue file (mailbot/data/taskforces.toml format)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from mailbot.errors import ConfigError
from parsers.models import TaskForce, TaskForceCatalog

__all__ = ["load_catalog"]


def load_catalog(path: Path) -> TaskForceCatalog:
    """Read the task-force list: one `[[taskforce]]` table per task force.

    Keys: name (required), short, tasks, aliases; others (confirmed, source) are notes
    for people and are ignored. Raises ConfigError naming the file and the problem.
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(
            f"task-force file {path} does not exist (setting taskforces_file)"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"task-force file {path} cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"task-force file {path} is not valid TOML: {exc}") from exc
    entries = data.get("taskforce")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"task-force file {path} has no [[taskforce]] tables")
    task_forces: list[TaskForce] = []
    for number, entry in enumerate(entries, start=1):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("name"), str)
            or not entry["name"].strip()
        ):
            raise ConfigError(f"task-force file {path}: entry {number} has no name")
        try:
            task_forces.append(
                TaskForce(
                    name=entry["name"].strip(),
                    short=entry.get("short", ""),
                    tasks=tuple(entry.get("tasks", ())),
                    aliases=tuple(entry.get("aliases", ())),
                )
            )
        except (ValidationError, TypeError) as exc:
            raise ConfigError(
                f"task-force file {path}: entry {number} ({entry['name']}): {exc}"
            ) from exc
    names = [tf.name for tf in task_forces]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"task-force file {path}: duplicate names {', '.join(duplicates)}")
    return TaskForceCatalog(task_forces=tuple(task_forces))
