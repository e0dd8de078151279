"""The configured task-force names staff may choose from when correcting a nomination."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from mailbot.config import Settings

__all__ = ["task_force_choices"]


@lru_cache(maxsize=4)
def _names(path: Path, mtime: float) -> tuple[str, ...]:
    # Only the official names are needed here; aliases matter to the parser alone.
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(str(entry["name"]) for entry in data.get("taskforce", []))


def task_force_choices(settings: Settings) -> tuple[str, ...]:
    """Official task-force names from Settings.taskforces_file (re-read when the file changes)."""
    path = Path(settings.taskforces_file)
    return _names(path, path.stat().st_mtime)
