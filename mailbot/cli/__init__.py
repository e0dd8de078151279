"""The `mailbot` command: one typer app; each command group lives in its own module."""

from __future__ import annotations

import typer

from mailbot.cli import db, ops, parse, privacy, review, triage, up, users, worker

__all__ = ["app", "main"]

app = typer.Typer(
    name="mailbot",
    help="Intake desk for nominations to the WIPO CWS task forces.",
    no_args_is_help=True,
    add_completion=False,
)

for module in (parse, worker, review, triage, users, ops, db, privacy, up):
    module.register(app)


def main() -> None:
    app()
