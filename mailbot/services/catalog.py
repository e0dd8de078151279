"""The configured task-force names staff may choose from when correcting a nomination."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mailbot.campaign import load_catalog
from mailbot.config import Settings

__all__ = ["task_force_choices"]


@lru_cache(maxsize=4)
def _names(path: Path, mtime: float) -> tuple[str, ...]:
    return tuple(load_catalog(path).names)


def task_force_choices(settings: Settings) -> tuple[str, ...]:
    """Official task-force names from Settings.taskforces_file (re-read when the file changes)."""
    path = Path(settings.taskforces_file)
    return _names(path, path.stat().st_mtime)
