"""`mailbot` review commands: show, edit, approve, reject, withdraw, ask, merge, export, serve.

Messages the bot did not file (triage, create-nomination, assign, apply, add-nominee,
remove-nominee) are in cli/triage.py."""

from __future__ import annotations

import json as jsonlib
import sys
from pathlib import Path

import typer
from sqlalchemy.orm import Session

from mailbot.cli.db import nomination_json
from mailbot.cli.session import ACTOR, run_action
from mailbot.config import Settings
from mailbot.db.session import open_database
from mailbot.errors import MailbotError
from mailbot.services import (
    approve,
    edit_field,
    export_rows,
    merge,
    nomination_detail,
    reject,
    request_info,
    to_csv,
    to_xlsx,
    withdraw,
)
from mailbot.services.catalog import task_force_choices

__all__ = ["register"]


def show(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    as_json: bool = typer.Option(False, "--json", help="The `queue --json` object."),
) -> None:
    """Print one nomination: fields, task forces and their review status, messages, trail."""

    def action(session: Session, _settings: Settings) -> None:
        data = nomination_detail(session, nomination_id)
        n = data.nomination
        if as_json:
            typer.echo(jsonlib.dumps(nomination_json(n), ensure_ascii=False, indent=2))
            return
        typer.echo(f"Nomination #{n.id}  {n.status}{'  late' if n.late else ''}")
        typer.echo(f"  office: {n.office or '?'}  ({n.office_code or '-'})  language: {n.language}")
        typer.echo(f"  sender: {n.sender_name} <{n.sender_address}>")
        for index, nominee in enumerate(n.nominees):
            typer.echo(f"  nominees[{index}]  (id {nominee.id})")
            for field in (
                "title",
                "last_name",
                "first_name",
                "position",
                "username",
                "account_email",
            ):
                typer.echo(f"    {field:<14} {getattr(nominee, field) or '-'}")
            for m in nominee.memberships:
                typer.echo(f"    task force     {m.task_force}: {m.review_status}")
        for w in (n.warnings or {}).get("items") or []:
            typer.echo(f"  warning: {w.get('message') or w.get('code')}")
        for message in data.messages:
            typer.echo(f"  in  #{message.id} {message.fetched_at:%Y-%m-%d} {message.subject}")
        for item in data.outbox:
            typer.echo(f"  out #{item.id} {item.kind} to {item.recipient}: {item.status}")
        for event in data.audit[:10]:
            typer.echo(f"  {event.at:%Y-%m-%d %H:%M} {event.actor} {event.action} {event.note}")

    run_action(action)


def edit(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    field: str = typer.Argument(..., help='"office" or "nominees[0].username" ...'),
    value: str = typer.Argument(..., help='New value; task forces separated by ";".'),
) -> None:
    """Correct one field (recorded in the audit trail as the CLI)."""
    changed = run_action(
        lambda s, settings: edit_field(
            s, nomination_id, field, value, actor=ACTOR, catalog=task_force_choices(settings)
        )
    )
    typer.echo("changed" if changed else "unchanged")


def approve_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    nominee: list[int] | None = typer.Option(None, "--nominee", help="Nominee id (repeatable)."),
    task_force: list[str] | None = typer.Option(None, "--task-force", help="Repeatable."),
) -> None:
    """Approve pending task forces and queue the Wiki-access notices."""
    result = run_action(
        lambda s, settings: approve(
            s,
            nomination_id,
            actor=ACTOR,
            settings=settings,
            nominee_ids=nominee or None,
            task_forces=task_force or None,
        )
    )
    typer.echo(
        f"#{result.nomination_id} {result.status}: {len(result.decided)} approved, "
        f"{len(result.outbox_ids)} notice(s) queued"
    )


def reject_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    reason: str = typer.Option(..., "--reason", help="Shown to staff and in the reply."),
    send_reply: bool = typer.Option(False, "--send-reply", help="Queue the rejection reply."),
    nominee: list[int] | None = typer.Option(None, "--nominee", help="Nominee id (repeatable)."),
    task_force: list[str] | None = typer.Option(None, "--task-force", help="Repeatable."),
) -> None:
    """Reject pending task forces with a reason."""
    result = run_action(
        lambda s, settings: reject(
            s,
            nomination_id,
            actor=ACTOR,
            reason=reason,
            settings=settings,
            send_reply=send_reply,
            nominee_ids=nominee or None,
            task_forces=task_force or None,
        )
    )
    typer.echo(f"#{result.nomination_id} {result.status}: {len(result.decided)} rejected")


def withdraw_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    reason: str = typer.Option("", "--reason"),
) -> None:
    """Mark a nomination withdrawn by the office."""
    result = run_action(lambda s, _: withdraw(s, nomination_id, actor=ACTOR, reason=reason))
    typer.echo(f"#{result.nomination_id} {result.status}")


def ask_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    message: str = typer.Option(..., "--message", help="What the office should send."),
) -> None:
    """Write to the office by hand asking for information (a "clarification" reply)."""
    item = run_action(
        lambda s, settings: request_info(
            s, nomination_id, actor=ACTOR, message=message, settings=settings
        )
    )
    typer.echo("queued" if item is not None else "suppressed by a guard (see `mailbot show`)")


def merge_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    other_id: int = typer.Argument(..., metavar="OTHER"),
) -> None:
    """Move OTHER's nominees and messages into ID; OTHER is marked withdrawn."""
    kept = run_action(lambda s, _: merge(s, nomination_id, other_id, actor=ACTOR))
    typer.echo(f"#{other_id} merged into #{kept.id}")


def export_command(
    fmt: str = typer.Option("csv", "--format", help="csv or xlsx."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File; default stdout (csv)."),
    task_force: str | None = typer.Option(None, "--task-force", help="Only this task force."),
) -> None:
    """Approved representatives per task force, for adding them to the Wiki groups."""
    if fmt not in {"csv", "xlsx"}:
        raise typer.BadParameter("csv or xlsx", param_hint="--format")
    rows = run_action(lambda s, _: export_rows(s, task_force=task_force))
    data = to_csv(rows) if fmt == "csv" else to_xlsx(rows)
    if output is None:
        if fmt == "xlsx" and sys.stdout.isatty():
            raise typer.BadParameter("give --output for xlsx", param_hint="--output")
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    output.write_bytes(data)
    typer.echo(f"{len(rows)} row(s) written to {output}", err=True)


def serve(
    host: str | None = typer.Option(None, "--host", help="Default: settings.host (127.0.0.1)."),
    port: int | None = typer.Option(None, "--port", help="Default: settings.port (8000)."),
) -> None:
    """Run the review web UI."""
    import uvicorn  # noqa: PLC0415 - only this command needs the server

    from mailbot.review import create_app  # noqa: PLC0415

    settings = Settings()
    try:
        sessions = open_database(settings)
    except MailbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    app = create_app(settings, sessions)
    # Forwarded headers are ignored: the UI is meant for 127.0.0.1 or one known proxy.
    uvicorn.run(
        app,
        host=host or settings.host,
        port=port or settings.port,
        proxy_headers=False,
        log_level=settings.log_level.lower(),
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("show")(show)
    app.command("edit")(edit)
    app.command("approve")(approve_command)
    app.command("reject")(reject_command)
    app.command("withdraw")(withdraw_command)
    app.command("ask")(ask_command)
    app.command("merge")(merge_command)
    app.command("export")(export_command)
    app.command("serve")(serve)
