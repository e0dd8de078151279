"""load_catalog: the task-force TOML file, and clear errors when it is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.campaign import load_catalog
from mailbot.config import DEFAULT_TASKFORCES
from mailbot.errors import ConfigError


def test_shipped_catalogue_loads() -> None:
    catalog = load_catalog(DEFAULT_TASKFORCES)
    assert catalog.names[0] == "XML4IP Task Force"
    xml4ip = catalog.task_forces[0]
    assert 41 in xml4ip.tasks
    assert "ST.96" in xml4ip.aliases


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("this is = = not toml", "not valid TOML"),
        ("title = 'no task forces'", "no [[taskforce]] tables"),
        ("[[taskforce]]\nshort = 'X'\n", "entry 1 has no name"),
        ("[[taskforce]]\nname = 'A'\ntasks = ['x']\n", "entry 1 (A)"),
        ("[[taskforce]]\nname = 'A'\n[[taskforce]]\nname = 'A'\n", "duplicate names A"),
    ],
)
def test_bad_files_raise_config_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "taskforces.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(
        ConfigError, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")
    ):
        load_catalog(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_catalog(tmp_path / "nope.toml")
