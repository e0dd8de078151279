"""`mailbot` commands for messages the bot did not file: triage, create-nomination, assign,
apply (a filed message's fields), add-nominee, remove-nominee."""

from __future__ import annotations

import dataclasses

import typer
from sqlalchemy.orm import Session

from mailbot.cli.session import ACTOR, run_action
from mailbot.config import Settings
from mailbot.errors import MailbotError
from mailbot.merge import SCALAR_FIELDS
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


def triage_command() -> None:
    """List the messages waiting for staff (not nominations, or unreadable)."""
    rows = run_action(lambda s, _: triage_list(s))
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

    run_action(action)


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

    offers = run_action(action)
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

    keys, offers = run_action(action)
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

    index, nominee_id, status = run_action(action)
    typer.echo(f"#{nomination_id} {status}: nominees[{index}] added (id {nominee_id})")


def remove_nominee_command(
    nomination_id: int = typer.Argument(..., metavar="ID"),
    nominee_id: int = typer.Argument(..., metavar="NOMINEE", help="The nominee's id (`show`)."),
    reason: str = typer.Option("", "--reason"),
) -> None:
    """Remove a nominee entered by mistake (not one with a decided task force)."""
    run_action(
        lambda s, _: remove_nominee(s, nomination_id, nominee_id, actor=ACTOR, reason=reason)
    )
    typer.echo(f"nominee {nominee_id} removed from #{nomination_id}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("triage")(triage_command)
    app.command("create-nomination")(create_command)
    app.command("assign")(assign_command)
    app.command("apply")(apply_command)
    app.command("add-nominee")(add_nominee_command)
    app.command("remove-nominee")(remove_nominee_command)
