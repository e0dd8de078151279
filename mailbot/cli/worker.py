"""`mailbot` commands for the mailbox: poll --once, run (the service), import (backfill)."""

from __future__ import annotations

import dataclasses
import json
import mailbox
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import typer

from mailbot.config import Settings
from mailbot.errors import MailbotError
from mailbot.logs import setup_logging

__all__ = ["iter_import", "register"]

# Messages stored per transaction by `mailbot import` (as one IMAP FETCH batch is).
_IMPORT_BATCH = 200


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(1)


def poll_command(
    once: bool = typer.Option(False, "--once", help="One pass, then exit (cron, timers, tests)."),
    as_json: bool = typer.Option(False, "--json", help="Print the pass's counts as JSON."),
) -> None:
    """Fetch new mail, run intake, move finished mail, send the outbox; then exit 0."""
    if not once:
        raise _fail(ValueError("poll needs --once; the long-running service is `mailbot run`"))
    from mailbot.worker import run_once  # noqa: PLC0415 - the parser stack loads on use

    settings = Settings()
    setup_logging(settings.log_level, settings.log_format)
    try:
        report = run_once(settings)
    except MailbotError as exc:
        raise _fail(exc) from exc
    if as_json:
        typer.echo(json.dumps(dataclasses.asdict(report), default=str))
    else:
        typer.echo(report.summary())


def run_command() -> None:
    """The long-running service: IMAP IDLE (or Maildir watch), polling fallback, outbox.

    SIGTERM or SIGINT stops it after the message in hand. On PostgreSQL several may run;
    one owns the mailbox and the others wait to take over. On SQLite run only one.
    """
    from mailbot.worker import run  # noqa: PLC0415

    settings = Settings()
    setup_logging(settings.log_level, settings.log_format)
    stop = threading.Event()

    def request_stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    try:
        run(settings, stop)
    except MailbotError as exc:
        raise _fail(exc) from exc


def iter_import(path: Path) -> Iterator[tuple[str, bytes]]:
    """(label, raw bytes) for each message of an .eml file, a folder of .eml, a Maildir or an mbox."""
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            box = mailbox.Maildir(path, create=False)
            for key in sorted(box.keys()):
                yield key, box.get_bytes(key)
            return
        for file in sorted(path.rglob("*.eml")):
            yield str(file.relative_to(path)), file.read_bytes()
        return
    if path.suffix.lower() == ".eml":
        yield path.name, path.read_bytes()
        return
    mbox = mailbox.mbox(path, create=False)
    for number, key in enumerate(mbox.keys(), 1):
        yield f"{path.name}#{number}", mbox.get_bytes(key)


def import_command(
    path: Path = typer.Argument(
        ..., exists=True, help=".eml file, folder of .eml, Maildir or mbox."
    ),
) -> None:
    """Backfill: store each message (duplicates are recognised), then run intake on them."""
    from rich.progress import track  # noqa: PLC0415

    from mailbot.campaign import load_catalog  # noqa: PLC0415
    from mailbot.db.queries import RawMessage, store_raw_batch  # noqa: PLC0415
    from mailbot.db.session import open_database, transaction  # noqa: PLC0415
    from mailbot.intake import process_pending  # noqa: PLC0415
    from mailbot.message_intake import parse_options  # noqa: PLC0415
    from mailbot.parse_pool import ParsePool  # noqa: PLC0415
    from mailbot.sources.base import header_section  # noqa: PLC0415

    settings = Settings()
    setup_logging(settings.log_level, settings.log_format)
    try:
        sessions = open_database(settings)
        messages = list(iter_import(path))
        stored = duplicates = oversized = 0
        batches = range(0, len(messages), _IMPORT_BATCH)
        for start in track(batches, description="Storing", transient=True):
            batch = [
                # Same rule as a mailbox: above the limit only the header is kept.
                RawMessage(header_section(raw), size=len(raw), oversized=True)
                if len(raw) > settings.max_message_bytes
                else RawMessage(raw)
                for _label, raw in messages[start : start + _IMPORT_BATCH]
            ]
            with transaction(sessions) as session:
                rows = store_raw_batch(session, batch, mailbox=f"import:{path.resolve()}")
            for message, row in zip(batch, rows, strict=True):
                stored += row.is_new
                duplicates += not row.is_new
                oversized += message.oversized and row.is_new
        catalog = load_catalog(settings.taskforces_file)
        pool = ParsePool(settings.effective_parse_workers, catalog, parse_options(settings))
        try:
            report = process_pending(sessions, catalog=catalog, settings=settings, pool=pool)
        finally:
            pool.close()
    except (MailbotError, OSError) as exc:
        raise _fail(exc) from exc
    typer.echo(
        f"{len(messages)} read, {stored} stored ({oversized} oversized), "
        f"{duplicates} already known; intake: {report.processed} processed, "
        f"{report.failed} failed"
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("poll")(poll_command)
    app.command("run")(run_command)
    app.command("import")(import_command)
