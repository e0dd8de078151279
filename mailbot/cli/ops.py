"""`mailbot` commands for operators: configuration."""

from __future__ import annotations

from pathlib import Path

import typer

from mailbot.config import Settings
from mailbot.settings_doc import effective_rows, replace_readme_table, settings_table

__all__ = ["register"]

config_app = typer.Typer(help="Show the effective configuration and its documentation.")


@config_app.command("show")
def config_show() -> None:
    """Print every setting's effective value (environment, mailbot.toml, defaults); secrets masked."""
    settings = Settings()
    width = max(len(name) for name, _ in effective_rows(settings))
    for name, value in effective_rows(settings):
        typer.echo(f"{name.ljust(width)}  {value}")


@config_app.command("table")
def config_table(
    write: Path | None = typer.Option(
        None, help="Rewrite the settings table between the markers of this README."
    ),
) -> None:
    """Print the Markdown table of all settings (the README's configuration section)."""
    if write is None:
        typer.echo(settings_table())
        return
    write.write_text(replace_readme_table(write.read_text(encoding="utf-8")), encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.add_typer(config_app, name="config")
