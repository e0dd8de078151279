"""The database failing under a running worker: SQLite locked by another writer for longer
than the busy timeout, PostgreSQL killing the worker's connections. The worker backs off
and carries on by itself; nothing is lost, and the server never learns of a message (flag
or move) before its row was committed."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from mailbot.config import Settings
from mailbot.db import session as db_session
from tests.faults.campaign_mail import campaign
from tests.faults.harness import (
    Mailroom,
    SmtpHost,
    append_all,
    hand_stale_claims_to_staff,
    serving,
    wait_until,
)
from tests.servers.dovecot import DovecotServer

pytestmark = [pytest.mark.slow, pytest.mark.dovecot, pytest.mark.smtp]

COUNT = 150


def _settings(server: DovecotServer, db_url: str, smtp: SmtpHost, tmp_path: Path) -> Settings:
    return Settings(
        var_dir=tmp_path,
        database_url=db_url,
        imap_url=server.url("bot"),
        imap_ca_file=server.ca_file,
        imap_batch_size=10,
        smtp_url=smtp.url,
        from_address="cws.mail@example.com",
        send_backoff_seconds=0,
        poll_interval_seconds=600,
    )


def _server_knows(room: Mailroom) -> set[str]:
    """Message-IDs the server shows as handled: flagged $MailbotStored, or moved out."""
    seen = [m for m in room.server.messages("bot") if "$MailbotStored" in m.flags]
    seen += room.server.messages("bot", "Processed") + room.server.messages("bot", "Quarantine")
    return {str(message_from_bytes(m.raw)["Message-ID"]) for m in seen}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_sqlite_locked_longer_than_the_busy_timeout(
    dovecot: Callable[..., DovecotServer],
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 30 s in production; a short wait makes "longer than busy_timeout" take a few seconds.
    monkeypatch.setattr(db_session, "SQLITE_BUSY_TIMEOUT_MS", 300)
    server = dovecot()
    mails = campaign(COUNT)
    append_all(server, (m.raw for m in mails))
    smtp = SmtpHost()
    smtp.start()
    room = Mailroom(db_url, server)
    try:
        with serving(_settings(server, db_url, smtp, tmp_path)) as status:
            wait_until(lambda: room.stored() >= 30, what="fetch under way")
            holder = sqlite3.connect(str(make_url(db_url).database), isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")  # another process's long write transaction
            try:
                wait_until(lambda: status.errors >= 3, what="passes failing on the lock")
                assert "locked" in status.last_error
                stored_while_locked = room.stored()
                time.sleep(1.0)
                assert room.stored() == stored_while_locked
                # Every message the server shows as handled has a committed row.
                assert _server_knows(room) <= set(room.message_ids())
            finally:
                holder.execute("ROLLBACK")
                holder.close()
            wait_until(
                lambda: (
                    room.processed() == COUNT
                    and room.inbox() == 0
                    and room.unsent(sending=True) == 0
                ),
                timeout=60,
                what="backlog finished after the lock was released",
            )
        room.assert_campaign_settled(mails, smtp.handler)
    finally:
        room.close()
        smtp.stop()


def _terminate_others(db_url: str) -> int:
    """pg_terminate_backend on every other session of this test database (not the server)."""
    engine = db_session.make_engine(db_url)
    try:
        with engine.connect() as connection:
            killed = connection.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    return int(killed)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("db_backend", ["postgres"])
@pytest.mark.postgres
def test_postgres_connections_terminated_while_it_works(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    mails = campaign(COUNT)
    append_all(server, (m.raw for m in mails))
    smtp = SmtpHost()
    smtp.start()
    room = Mailroom(db_url, server)
    settings = _settings(server, db_url, smtp, tmp_path)
    terminated = []
    try:
        with serving(settings) as status:
            for progress in (room.stored, room.processed, room.processed):
                floor = progress() + 25
                wait_until(lambda p=progress, f=floor: p() >= min(f, COUNT), what="progress")  # type: ignore[misc]
                room.engine.dispose()  # our own pooled connections are terminated too
                terminated.append(_terminate_others(db_url))
            wait_until(
                lambda: room.processed() == COUNT and room.inbox() == 0 and room.unsent() == 0,
                timeout=60,
                what="backlog finished after the connections came back",
            )
            wait_until(lambda: status.owns_mailbox, what="the advisory lock taken again")
        assert min(terminated) >= 1, terminated
        # A send whose SENT record was cut off stays SENDING until the stale-claim rule.
        hand_stale_claims_to_staff(settings)
        room.assert_campaign_settled(mails, smtp.handler)
    finally:
        room.close()
        smtp.stop()
