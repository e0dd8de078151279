"""One database transaction around a CLI command; a MailbotError becomes a message and exit 1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import typer
from sqlalchemy.orm import Session

from mailbot.config import Settings
from mailbot.db.session import open_database, transaction
from mailbot.errors import MailbotError

__all__ = ["ACTOR", "run_action", "session_for"]

ACTOR = "cli"
T = TypeVar("T")


@contextmanager
def session_for(settings: Settings) -> Iterator[Session]:
    try:
        sessions = open_database(settings)
        with transaction(sessions) as session:
            yield session
    except MailbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


def run_action(action: Callable[[Session, Settings], T]) -> T:
    settings = Settings()
    with session_for(settings) as session:
        return action(session, settings)
