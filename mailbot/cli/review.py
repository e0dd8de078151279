"""`mailbot` review commands: show, edit, approve, reject, withdraw, ask, merge, triage, create-nomination,
assign, apply, add-nominee, remove-nominee, export, serve."""

from __future__ import annotations

import dataclasses
import json as jsonlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import typer
from sqlalchemy.orm import Session

from mailbot.cli.db import nomination_json
from mailbot.config import Settings
from mailbot.db.session import open_database, transaction
from mailbot.errors import MailbotError
from mailbot.merge import SCALAR_FIELDS
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
from mailbot.services.edits import parse_field_path
from mailbot.services.from_message import (
    NominationDraft,
    check_draft,
    create_from_message,
    draft_from,
    read_stored,
)
from mailbot.services.messages import assign_message, triage_list
from mailbot.services.nominees import NomineeInput, add_nominee, remove_nominee
from mailbot.services.offers import Offer, apply_offers, followup_offers

__all__ = ["register"]

ACTOR = "cli"
T = TypeVar("T")


@contextmanager
def _session(settings: Settings) -> Iterator[Session]:
    try:
        sessions = open_database(settings)
        with transaction(sessions) as session:
            yield session
    except MailbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


def _run(action: Callable[[Session, Settings], T]) -> T:
    settings = Settings()
    with _session(settings) as session:
        return action(session, settings)


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

    _run(action)


def edit(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    field: str = typer.Argument(..., help='"office" or "nominees[0].username" ...'),
    value: str = typer.Argument(..., help='New value; task forces separated by ";".'),
) -> None:
    """Correct one field (recorded in the audit trail as the CLI)."""
    changed = _run(
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
    result = _run(
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
    result = _run(
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
    result = _run(lambda s, _: withdraw(s, nomination_id, actor=ACTOR, reason=reason))
    typer.echo(f"#{result.nomination_id} {result.status}")


def ask_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    message: str = typer.Option(..., "--message", help="What the office should send."),
) -> None:
    """Write to the office by hand asking for information (a "clarification" reply)."""
    item = _run(
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
    kept = _run(lambda s, _: merge(s, nomination_id, other_id, actor=ACTOR))
    typer.echo(f"#{other_id} merged into #{kept.id}")


def triage_command() -> None:
    """List the messages waiting for staff (not nominations, or unreadable)."""
    rows = _run(lambda s, _: triage_list(s))
    for row in rows:
        typer.echo(
            f"#{row.id}  {row.fetched_at:%Y-%m-%d %H:%M}  {row.from_address}  "
            f"{row.subject or '(no subject)'}  [{row.kind or '-'}: {row.reason}]"
        )
    if not rows:
        typer.echo("nothing waiting")


def _echo_draft(draft: NominationDraft) -> None:
    for name in ("office", "office_code", "language", "sender_address", "sender_name"):
        typer.echo(f"  {name:<14} {getattr(draft, name) or '-'}")
    for index, entry in enumerate(draft.nominees):
        typer.echo(f"  nominees[{index}]")
        for name in SCALAR_FIELDS:
            typer.echo(f"    {name:<14} {getattr(entry, name) or '-'}")
        typer.echo(f"    task_forces    {'; '.join(entry.task_forces) or '-'}")


def _set_draft(draft: NominationDraft, assignment: str) -> None:
    path, equals, value = assignment.partition("=")
    path = path.strip()
    if not equals:
        raise typer.BadParameter(f"{assignment!r}: write PATH=VALUE", param_hint="--set")
    if path in {"office", "office_code", "language", "sender_address", "sender_name"}:
        setattr(draft, path, value)
        return
    try:
        where = parse_field_path(path)
    except MailbotError as exc:
        raise typer.BadParameter(str(exc), param_hint="--set") from exc
    index = where.nominee_index
    if index is None or index > len(draft.nominees):
        raise typer.BadParameter(
            f"{path}: the next new nominee is nominees[{len(draft.nominees)}]", param_hint="--set"
        )
    if index == len(draft.nominees):
        draft.nominees.append(NomineeInput())
    values = dataclasses.asdict(draft.nominees[index])
    values[where.field] = tuple(value.split(";")) if where.field == "task_forces" else value
    draft.nominees[index] = NomineeInput(**values)


def create_command(
    message_id: int = typer.Argument(..., metavar="MESSAGE"),
    assignments: list[str] | None = typer.Option(
        None,
        "--set",
        help='PATH=VALUE over what the parser read, e.g. office_code=pt or "nominees[0].task_forces=A;B".',
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show and check; create nothing."),
) -> None:
    """Create a nomination from a triaged message: the parser's reading, corrected with --set.

    The message is filed under it; nothing is sent to the office (use `mailbot ask`).
    """

    def action(session: Session, settings: Settings) -> None:
        reading = read_stored(session, message_id, settings)
        if reading.error:
            typer.echo(f"note: {reading.error}", err=True)
        draft = draft_from(reading)
        for assignment in assignments or []:
            _set_draft(draft, assignment)
        if dry_run:
            check_draft(draft, settings=settings)
            typer.echo(f"would create from message {message_id}:")
            _echo_draft(draft)
            return
        created = create_from_message(session, message_id, draft, actor=ACTOR, settings=settings)
        for warning in created.warnings:
            typer.echo(f"warning: {warning.message}", err=True)
        n = created.nomination
        typer.echo(f"#{n.id} {n.status}: created from message {message_id}")

    _run(action)


def _echo_offers(offers: list[Offer]) -> None:
    for offer in offers:
        how = "--replace" if offer.replaces else "--fill"
        now = offer.current or "(empty)"
        typer.echo(f"  {how} {offer.key}  {offer.who}: {now} -> {offer.offered}")
    if not offers:
        typer.echo("  the message adds nothing the nomination does not hold")


def assign_command(
    message_id: int = typer.Argument(..., metavar="MESSAGE"),
    nomination_id: int = typer.Argument(..., metavar="ID"),
) -> None:
    """File a message under nomination ID and list what it could fill in (see `mailbot apply`)."""

    def action(session: Session, settings: Settings) -> list[Offer]:
        assign_message(session, message_id, nomination_id, actor=ACTOR)
        return followup_offers(session, message_id, settings).offers

    offers = _run(action)
    typer.echo(f"message {message_id} filed under #{nomination_id}")
    _echo_offers(offers)


def apply_command(
    message_id: int = typer.Argument(..., metavar="MESSAGE"),
    fill: list[str] | None = typer.Option(None, "--fill", help="Fill an empty field (repeatable)."),
    replace: list[str] | None = typer.Option(
        None, "--replace", help="Overwrite a value already there (repeatable)."
    ),
    missing: bool = typer.Option(False, "--missing", help="Fill every empty field offered."),
) -> None:
    """Apply what a filed message says to its nomination; without options, list the offers."""

    def action(session: Session, settings: Settings) -> tuple[list[str], list[Offer]]:
        offers = followup_offers(session, message_id, settings).offers
        keys = list(fill or [])
        if missing:
            keys += [o.key for o in offers if not o.replaces]
        if not keys and not replace:
            return [], offers
        applied = apply_offers(
            session, message_id, fill=keys, replace=replace or [], actor=ACTOR, settings=settings
        )
        for warning in applied.warnings:
            typer.echo(f"warning: {warning.message}", err=True)
        return applied.keys, followup_offers(session, message_id, settings).offers

    keys, offers = _run(action)
    if keys:
        typer.echo(f"applied {len(keys)}: {', '.join(keys)}")
    typer.echo("offered:" if not keys else "still offered:")
    _echo_offers(offers)


def add_nominee_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    *,
    last_name: str = typer.Option("", "--last-name"),
    first_name: str = typer.Option("", "--first-name"),
    title: str = typer.Option("", "--title", help="Mr, Mrs or Ms."),
    position: str = typer.Option("", "--position"),
    username: str = typer.Option("", "--username", help="WIPO Accounts username."),
    account_email: str = typer.Option("", "--email", help="The WIPO account's e-mail."),
    task_force: list[str] | None = typer.Option(None, "--task-force", help="Repeatable."),
) -> None:
    """Add a nominee by hand, checked as the parser's reading is checked."""
    entry = NomineeInput(
        title=title,
        last_name=last_name,
        first_name=first_name,
        position=position,
        username=username,
        account_email=account_email,
        task_forces=tuple(task_force or ()),
    )

    def action(session: Session, settings: Settings) -> tuple[int, int, str]:
        added = add_nominee(session, nomination_id, entry, actor=ACTOR, settings=settings)
        for warning in added.warnings:
            typer.echo(f"warning: {warning.message}", err=True)
        return added.nominee.position_index, added.nominee.id, added.nominee.nomination.status

    index, nominee_id, status = _run(action)
    typer.echo(f"#{nomination_id} {status}: nominees[{index}] added (id {nominee_id})")


def remove_nominee_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    nominee_id: int = typer.Argument(..., metavar="NOMINEE", help="The nominee's id (`show`)."),
    reason: str = typer.Option("", "--reason"),
) -> None:
    """Remove a nominee entered by mistake (not one with a decided task force)."""
    _run(lambda s, _: remove_nominee(s, nomination_id, nominee_id, actor=ACTOR, reason=reason))
    typer.echo(f"nominee {nominee_id} removed from #{nomination_id}")


def export_command(
    fmt: str = typer.Option("csv", "--format", help="csv or xlsx."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File; default stdout (csv)."),
    task_force: str | None = typer.Option(None, "--task-force", help="Only this task force."),
) -> None:
    """Approved representatives per task force, for adding them to the Wiki groups."""
    if fmt not in {"csv", "xlsx"}:
        raise typer.BadParameter("csv or xlsx", param_hint="--format")
    rows = _run(lambda s, _: export_rows(s, task_force=task_force))
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
    app.command("triage")(triage_command)
    app.command("create-nomination")(create_command)
    app.command("assign")(assign_command)
    app.command("apply")(apply_command)
    app.command("add-nominee")(add_nominee_command)
    app.command("remove-nominee")(remove_nominee_command)
    app.command("export")(export_command)
    app.command("serve")(serve)
