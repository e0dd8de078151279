"""`mailbot up`: worker and review UI together on one machine (what `make run` starts)."""

from __future__ import annotations

import logging
import threading

import typer

from mailbot.config import Settings
from mailbot.logs import setup_logging

__all__ = ["register"]

log = logging.getLogger(__name__)


def up(
    host: str | None = typer.Option(None, help="Review UI address (default: settings.host)."),
    port: int | None = typer.Option(None, help="Review UI port (default: settings.port)."),
) -> None:
    """Migrate, seed a sample inbox on first run, then run the worker and the review UI.

    Ctrl-C (or SIGTERM) stops both: the UI stops accepting requests and the worker
    finishes the message in hand before it exits.
    """
    import uvicorn  # noqa: PLC0415 - only this command and `serve` need the server

    from mailbot import worker  # noqa: PLC0415
    from mailbot.quickstart import prepare  # noqa: PLC0415
    from mailbot.review import create_app  # noqa: PLC0415

    settings = Settings()
    setup_logging(settings.log_level, settings.log_format)
    sessions, first = prepare(settings)
    if first.seeded_messages:
        typer.echo(
            f"Seeded {first.seeded_messages} sample nominations into {settings.effective_maildir}"
        )
    if first.admin_password:
        typer.echo(
            f"Created the first staff account: user {first.admin_name!r}, "
            f"password {first.admin_password!r} (shown once; change it under Users)."
        )
    mailbox = (settings.imap_url and "the IMAP mailbox") or str(settings.effective_maildir)
    outbox = (settings.smtp_url and "SMTP") or str(settings.effective_outbox_dir)
    typer.echo(f"Reading {mailbox}; replies go to {outbox}.")

    stop = threading.Event()
    worker_thread = threading.Thread(
        target=worker.run, args=(settings, stop), name="mailbot-worker", daemon=True
    )
    worker_thread.start()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, sessions),
            host=host or settings.host,
            port=port or settings.port,
            log_level=settings.log_level.lower(),
            proxy_headers=False,
        )
    )
    typer.echo(
        f"Review UI on http://{host or settings.host}:{port or settings.port}/ (Ctrl-C stops)"
    )
    try:
        server.run()  # returns on SIGINT/SIGTERM after closing connections
    except KeyboardInterrupt:
        pass  # uvicorn re-raises the Ctrl-C it handled; stopping is the normal way out
    finally:
        stop.set()
        worker_thread.join(timeout=60)
        if worker_thread.is_alive():
            log.warning("the worker did not stop within 60 s")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("up")(up)
