"""`mailbot user` commands: add, list, disable, enable, password, totp."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from sqlalchemy.orm import Session

from mailbot.auth import new_totp_secret, totp_qr_text, totp_uri
from mailbot.config import Settings
from mailbot.db.session import open_database, transaction
from mailbot.errors import MailbotError
from mailbot.services.users import (
    ROLES,
    add_user,
    confirm_totp,
    list_users,
    reset_totp,
    set_active,
    set_password,
)

__all__ = ["register"]

ACTOR = "cli"
user_app = typer.Typer(help="Staff accounts of the review UI.", no_args_is_help=True)


@contextmanager
def _session() -> Iterator[Session]:
    try:
        with transaction(open_database(Settings())) as session:
            yield session
    except MailbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


def _password() -> str:
    """A prompt with confirmation on a terminal; otherwise the first line of stdin."""
    if sys.stdin.isatty():
        return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    return sys.stdin.readline().rstrip("\r\n")


@user_app.command("add")
def user_add(
    name: str,
    role: str = typer.Option("reviewer", "--role", help=" or ".join(ROLES)),
) -> None:
    """Add a staff user; the password is prompted for, or read from stdin."""
    password = _password()
    with _session() as session:
        user = add_user(session, name, role=role, password=password, actor=ACTOR)
    typer.echo(f"added {user.name} ({user.role})")


@user_app.command("list")
def user_list() -> None:
    """Every staff user with role, state and two-factor enrolment."""
    with _session() as session:
        users = list_users(session)
    for u in users:
        state = "active" if u.active else "disabled"
        totp = "totp" if u.has_totp else "no-totp"
        typer.echo(f"{u.name:<24} {u.role:<9} {state:<9} {totp}")


@user_app.command("disable")
def user_disable(name: str) -> None:
    """Stop a user from signing in (their sessions end at the next request)."""
    with _session() as session:
        set_active(session, name, active=False, actor=ACTOR)
    typer.echo(f"disabled {name}")


@user_app.command("enable")
def user_enable(name: str) -> None:
    """Let a disabled or locked-out user sign in again."""
    with _session() as session:
        set_active(session, name, active=True, actor=ACTOR)
    typer.echo(f"enabled {name}")


@user_app.command("password")
def user_password(name: str) -> None:
    """Set a new password (prompted for, or read from stdin)."""
    password = _password()
    with _session() as session:
        set_password(session, name, password, actor=ACTOR)
    typer.echo(f"password of {name} changed")


@user_app.command("totp")
def user_totp(
    name: str,
    reset: bool = typer.Option(False, "--reset", help="Turn two-factor off for this user."),
    qr: bool | None = typer.Option(
        None,
        "--qr/--no-qr",
        help="Print the setup link as a QR code to scan (default: only on a terminal).",
    ),
) -> None:
    """Enrol an authenticator app: shows a QR code and the key, then asks for the app's code."""
    if reset:
        with _session() as session:
            reset_totp(session, name, actor=ACTOR)
        typer.echo(f"two-factor authentication off for {name}")
        return
    secret = new_totp_secret()
    uri = totp_uri(secret, name)
    # Scripts that read the key or the link from a pipe get no block art unless they ask.
    show_qr = sys.stdout.isatty() if qr is None else qr
    if show_qr:
        typer.echo(totp_qr_text(uri), nl=False)
    typer.echo(f"key: {secret}")
    typer.echo(f"uri: {uri}")
    code = (
        str(typer.prompt("Code shown by the app"))
        if sys.stdin.isatty()
        else sys.stdin.readline().strip()
    )
    with _session() as session:
        confirm_totp(session, name, secret, code, actor=ACTOR)
    typer.echo(f"two-factor authentication on for {name}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.add_typer(user_app, name="user")
