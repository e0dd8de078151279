"""`mailbot` commands for data protection: purge old raw mail, export or erase one person."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import typer

from mailbot.config import Settings
from mailbot.db.session import open_database, transaction
from mailbot.errors import MailbotError
from mailbot.privacy import erase_person, export_person
from mailbot.retention import purge_decided

__all__ = ["register"]

person_app = typer.Typer(help="Data-protection requests about one person, by e-mail address.")


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(1)


def purge(
    dry_run: bool = typer.Option(False, "--dry-run", help="Count what is due; change nothing."),
) -> None:
    """Drop raw mail of nominations decided (or triage dismissed) over retention_days ago."""
    settings = Settings()
    if settings.retention_days <= 0:
        typer.echo("retention is off (MAILBOT_RETENTION_DAYS=0): nothing purged")
        return
    try:
        sessions = open_database(settings)
        count = purge_decided(sessions, settings, datetime.now(UTC), dry_run=dry_run, actor="cli")
    except MailbotError as exc:
        raise _fail(exc) from exc
    verb = "would be purged" if dry_run else "purged"
    typer.echo(
        f"{count} message(s) {verb} (decided or dismissed over {settings.retention_days} days ago)"
    )


@person_app.command("export")
def person_export(
    email: str = typer.Argument(..., help="The person's e-mail address."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the JSON here (mode 0600) instead of stdout."
    ),
) -> None:
    """Print everything stored about one person as JSON."""
    try:
        sessions = open_database(Settings())
        with transaction(sessions) as session:
            data = export_person(session, email)
    except MailbotError as exc:
        raise _fail(exc) from exc
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    # Personal data: readable by the operator only, from the first byte written.
    descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list))
    typer.echo(f"wrote {output}: {counts}", err=True)


@person_app.command("erase")
def person_erase(
    email: str = typer.Argument(..., help="The person's e-mail address."),
    yes: bool = typer.Option(False, "--yes", help="Confirm: erasure cannot be undone."),
) -> None:
    """Erase one person: nominee rows, their mail's raw text, sent mail to them, audit values."""
    if not yes:
        typer.echo("erasure cannot be undone: run again with --yes (export first?)", err=True)
        raise typer.Exit(2)
    try:
        sessions = open_database(Settings())
        with transaction(sessions) as session:
            report = erase_person(session, email, actor="cli")
    except MailbotError as exc:
        raise _fail(exc) from exc
    for key, value in asdict(report).items():
        typer.echo(f"{key}: {value}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("purge")(purge)
    app.add_typer(person_app, name="person")
