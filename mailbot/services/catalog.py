"""The configured task-force names staff may choose from when correcting a nomination."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mailbot.campaign import load_catalog
from mailbot.config import Settings
from parsers.models import TaskForceCatalog

__all__ = ["task_force_catalog", "task_force_choices"]


@lru_cache(maxsize=4)
def _catalog(path: Path, mtime: float) -> TaskForceCatalog:
    return load_catalog(path)


def task_force_catalog(settings: Settings) -> TaskForceCatalog:
    """The catalogue from Settings.taskforces_file, as the parser reads it (re-read on change)."""
    path = Path(settings.taskforces_file)
    return _catalog(path, path.stat().st_mtime)


def task_force_choices(settings: Settings) -> tuple[str, ...]:
    """Official task-force names from Settings.taskforces_file (re-read when the file changes)."""
    return tuple(task_force_catalog(settings).names)
