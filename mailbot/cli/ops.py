"""`mailbot` commands for operators: configuration and the doctor."""

from __future__ import annotations

import tomllib
from pathlib import Path

import typer
from pydantic import ValidationError

from mailbot.config import Settings
from mailbot.doctor import run_checks
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


def doctor(
    timeout: float = typer.Option(5.0, help="Seconds each network check may take."),
) -> None:
    """Check database, mailbox, SMTP, templates and task forces; exit 1 if any check fails."""
    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            typer.echo(
                f"FAIL  Config: {field}: {error['msg']} — fix MAILBOT_{field.upper()} or mailbot.toml"
            )
        raise typer.Exit(1) from None
    except tomllib.TOMLDecodeError as exc:
        typer.echo(f"FAIL  Config: mailbot.toml is not valid TOML ({exc}) — fix mailbot.toml")
        raise typer.Exit(1) from None
    results = run_checks(settings, timeout=timeout)
    for result in results:
        typer.echo(f"{'ok  ' if result.ok else 'FAIL'}  {result.line}")
    raise typer.Exit(0 if all(result.ok for result in results) else 1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.add_typer(config_app, name="config")
    app.command("doctor")(doctor)
