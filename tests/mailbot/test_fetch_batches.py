"""fetch_new stores each downloaded batch in one transaction, then flags it (Dovecot, both databases)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MailboxState
from mailbot.db.session import transaction
from mailbot.fetch import fetch_new, settle
from mailbot.sources import open_source
from tests.mailbot.test_fetch import finish_intake, flags, message, rows
from tests.servers.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot


def relayed(raw: bytes) -> bytes:
    return b"Received: from relay.example.net\r\n" + raw


def imap_settings(server: DovecotServer, **options: object) -> Settings:
    return Settings(
        imap_url=server.url("bot"),  # type: ignore[arg-type]
        imap_ca_file=server.ca_file,
        **options,  # type: ignore[arg-type]
    )


def stored_flags(server: DovecotServer) -> list[bool]:
    """Per INBOX message in UID order: flagged $MailbotStored?"""
    return [
        "$MailbotStored" in m.flags for m in sorted(server.messages("bot"), key=lambda m: m.uid)
    ]


def last_uid(sessions: sessionmaker[Session], name: str) -> int:
    with sessions() as session:
        return session.get_one(MailboxState, name).last_uid


def test_one_transaction_per_batch_with_copies_moved_out_at_once(
    dovecot: Callable[..., DovecotServer], sessions: sessionmaker[Session]
) -> None:
    server = dovecot()
    server.append("bot", message(0))
    settings = imap_settings(server, imap_batch_size=10)
    source = open_source(settings)
    commits = 0

    def count(_session: Session) -> None:
        nonlocal commits
        commits += 1

    try:
        fetch_new(sessions, source)  # message 0: an earlier row
        source.close()  # the next pass reconnects and sees the new mail
        for raw in (
            message(1),
            message(1),
            relayed(message(2)),
            message(2),
            message(0),
            message(3),
        ):
            server.append("bot", raw)
        event.listen(sessions, "after_commit", count)
        report = fetch_new(sessions, source)
        event.remove(sessions, "after_commit", count)
    finally:
        source.close()
    assert (report.stored, report.duplicates, report.relocated) == (3, 3, 0)
    assert commits == 3  # MailboxState, the one batch, last_success_at
    assert sorted(r.message_id or "" for r in rows(sessions)) == [
        f"<n{n}@ipo.example>" for n in range(4)
    ]
    # The first of each message waits for intake, flagged; its copies went out at once.
    assert sorted(m.raw for m in server.messages("bot")) == sorted(
        [message(0), message(1), relayed(message(2)), message(3)]
    )
    assert all(stored_flags(server))
    assert sorted(flags(server, "Processed")) == sorted([message(0), message(1), message(2)])
    assert last_uid(sessions, source.name) == 7


def test_database_error_mid_batch_loses_nothing_and_flags_nothing(
    dovecot: Callable[..., DovecotServer], sessions: sessionmaker[Session], db_backend: str
) -> None:
    server = dovecot()
    for n in range(5):
        server.append("bot", message(n))
    settings = imap_settings(server, imap_batch_size=2)
    source = open_source(settings)
    # A real error from the database while it inserts the fourth message, the second of
    # the second batch (the third is already inserted in that transaction).
    if db_backend == "postgres":
        refuse = [
            "CREATE FUNCTION refuse_n3() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF NEW.message_id = '<n3@ipo.example>' THEN RAISE EXCEPTION 'disk full'; END IF;"
            " RETURN NEW; END $$",
            "CREATE TRIGGER refuse_n3 BEFORE INSERT ON inbound_message"
            " FOR EACH ROW EXECUTE FUNCTION refuse_n3()",
        ]
        allow = "DROP TRIGGER refuse_n3 ON inbound_message"
    else:
        refuse = [
            "CREATE TRIGGER refuse_n3 BEFORE INSERT ON inbound_message"
            " WHEN NEW.message_id = '<n3@ipo.example>'"
            " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        ]
        allow = "DROP TRIGGER refuse_n3"
    with transaction(sessions) as session:
        for statement in refuse:
            session.execute(text(statement))
    try:
        with pytest.raises(DBAPIError, match="disk full"):
            fetch_new(sessions, source)
        assert [r.message_id for r in rows(sessions)] == ["<n0@ipo.example>", "<n1@ipo.example>"]
        assert stored_flags(server) == [True, True, False, False, False]
        assert last_uid(sessions, source.name) == 2
        with transaction(sessions) as session:
            session.execute(text(allow))

        report = fetch_new(sessions, source)
        assert (report.stored, report.duplicates) == (3, 0)
        assert stored_flags(server) == [True] * 5
        assert last_uid(sessions, source.name) == 5
        finish_intake(sessions)
        assert settle(sessions, source).processed == 5
    finally:
        source.close()
    assert sorted(r.raw for r in server.messages("bot", "Processed")) == [
        message(n) for n in range(5)
    ]


def test_stop_request_is_honoured_between_batches(
    dovecot: Callable[..., DovecotServer], sessions: sessionmaker[Session]
) -> None:
    server = dovecot()
    for n in range(5):
        server.append("bot", message(n))
    settings = imap_settings(server, imap_batch_size=2)
    source = open_source(settings)
    stop = threading.Event()

    def stop_after_first_batch(session: Session) -> None:
        if session.scalar(select(InboundMessage.id).limit(1)) is not None:
            stop.set()

    event.listen(sessions, "before_commit", stop_after_first_batch)
    try:
        report = fetch_new(sessions, source, stop=stop)
        event.remove(sessions, "before_commit", stop_after_first_batch)
        assert report.stopped
        assert report.stored == 2
        assert stored_flags(server) == [True, True, False, False, False]
        assert fetch_new(sessions, source).stored == 3
    finally:
        source.close()


def test_uidvalidity_change_with_two_copies_in_one_batch(
    dovecot: Callable[..., DovecotServer], sessions: sessionmaker[Session]
) -> None:
    server = dovecot()
    server.append("bot", message(1))
    settings = imap_settings(server)
    source = open_source(settings)
    try:
        fetch_new(sessions, source)
        source.close()
        server.append("bot", relayed(message(1)))  # a copy arrives, then the renumbering
        server.change_uidvalidity("bot")
        report = fetch_new(sessions, source)
        assert report.uidvalidity_changed
        # The first is the stored row, re-pointed; the second a copy of it, moved out.
        assert (report.stored, report.relocated, report.duplicates) == (0, 1, 1)
        (row,) = rows(sessions)
        assert (row.uidvalidity, row.uid) == (server.uidvalidity("bot"), 1)
        finish_intake(sessions)
        assert settle(sessions, source).processed == 1
    finally:
        source.close()
    assert server.messages("bot") == []
    assert sorted(flags(server, "Processed")) == [message(1), relayed(message(1))]
