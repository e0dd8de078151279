"""fetch_new and settle against a real Dovecot and both databases: commit first, then the server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MailboxState, MessageStatus
from mailbot.db.session import transaction
from mailbot.errors import SourceError
from mailbot.fetch import fetch_new, outcome_for, settle
from mailbot.sources import MailSource, open_source
from tests.servers.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot


def message(n: int, body: str = "Hello.") -> bytes:
    return (
        f"From: office{n}@ipo.example\r\nTo: cws.mail@example.org\r\n"
        f"Subject: Nomination {n}\r\nMessage-ID: <n{n}@ipo.example>\r\n"
        f"Date: Mon, 02 Oct 2023 10:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()


@pytest.fixture
def settings_for() -> Callable[..., Settings]:
    def make(server: DovecotServer, **options: object) -> Settings:
        return Settings(
            imap_url=server.url("bot"),  # type: ignore[arg-type]
            imap_ca_file=server.ca_file,
            **options,  # type: ignore[arg-type]
        )

    return make


def rows(sessions: sessionmaker[Session]) -> list[InboundMessage]:
    with sessions() as session:
        return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def finish_intake(sessions: sessionmaker[Session], status: str = MessageStatus.PROCESSED) -> None:
    """Stand-in for intake's verdict: the real rows get a final status."""
    with transaction(sessions) as session:
        session.execute(
            update(InboundMessage)
            .where(InboundMessage.status == MessageStatus.RECEIVED)
            .values(status=status)
        )


def flags(server: DovecotServer, folder: str = "INBOX") -> dict[bytes, tuple[str, ...]]:
    return {m.raw: m.flags for m in server.messages("bot", folder)}


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (MessageStatus.RECEIVED, None),
        (MessageStatus.PROCESSED, "processed"),
        (MessageStatus.DUPLICATE, "processed"),
        (MessageStatus.FAILED, "quarantine"),
        (MessageStatus.OVERSIZED, "quarantine"),
    ],
)
def test_outcome_for(status: str, outcome: str | None) -> None:
    assert outcome_for(status) == outcome


def test_store_commit_flag_then_move_after_intake(
    dovecot: Callable[..., DovecotServer],
    sessions: sessionmaker[Session],
    settings_for: Callable[..., Settings],
) -> None:
    server = dovecot()
    for n in range(3):
        server.append("bot", message(n))
    settings = settings_for(server, imap_batch_size=2)
    source = open_source(settings)
    try:
        report = fetch_new(sessions, source)
        assert (report.stored, report.in_folder, report.duplicates) == (3, 3, 0)
        stored = rows(sessions)
        assert [r.status for r in stored] == [MessageStatus.RECEIVED] * 3
        with sessions() as session:
            assert [session.get_one(InboundMessage, r.id).raw for r in stored] == [
                message(n) for n in range(3)
            ]
        # Stored and flagged, but still in INBOX: intake has not run.
        assert all("$MailbotStored" in f for f in flags(server).values())
        assert settle(sessions, source).waiting == 3
        assert len(server.messages("bot")) == 3

        # A second pass downloads nothing.
        assert fetch_new(sessions, source).stored == 0

        with transaction(sessions) as session:
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.message_id == "<n1@ipo.example>")
                .values(status=MessageStatus.FAILED)
            )
        finish_intake(sessions)
        result = settle(sessions, source)
    finally:
        source.close()
    assert (result.processed, result.quarantined, result.waiting) == (2, 1, 0)
    assert server.messages("bot") == []
    assert sorted(flags(server, "Processed")) == [message(0), message(2)]
    assert list(flags(server, "Quarantine")) == [message(1)]
    with sessions() as session:
        state = session.get_one(MailboxState, source.name)
        assert state.uidvalidity == server.uidvalidity("bot")
        assert state.last_uid == 3
        assert state.last_success_at is not None


def test_nothing_flagged_or_moved_when_the_commit_fails(
    dovecot: Callable[..., DovecotServer],
    sessions: sessionmaker[Session],
    settings_for: Callable[..., Settings],
) -> None:
    server = dovecot()
    server.append("bot", message(1))
    settings = settings_for(server)
    source = open_source(settings)

    def refuse(session: Session) -> None:
        # The commit that would make stored rows durable, not the MailboxState one.
        if session.scalar(select(func.count()).select_from(InboundMessage)):
            raise RuntimeError("disk full")

    event.listen(sessions, "before_commit", refuse)
    try:
        with pytest.raises(RuntimeError, match="disk full"):
            fetch_new(sessions, source)
        assert rows(sessions) == []
        assert flags(server) == {message(1): ()}  # unflagged, still in INBOX
        event.remove(sessions, "before_commit", refuse)

        assert fetch_new(sessions, source).stored == 1
    finally:
        source.close()
    assert len(rows(sessions)) == 1
    assert "$MailbotStored" in flags(server)[message(1)]


def test_server_killed_mid_batch_resumes_without_loss_or_duplicates(
    dovecot: Callable[..., DovecotServer],
    sessions: sessionmaker[Session],
    settings_for: Callable[..., Settings],
) -> None:
    server = dovecot()
    for n in range(5):
        server.append("bot", message(n))
    settings = settings_for(server, imap_batch_size=2)
    source = open_source(settings)
    commits = 0

    def crash_after_second_store(session: Session) -> None:
        nonlocal commits
        commits += 1
        if commits == 3:  # the MailboxState commit, then two batches of two
            server.stop(kill=True)

    event.listen(sessions, "after_commit", crash_after_second_store)
    try:
        with pytest.raises(SourceError):
            fetch_new(sessions, source)
        event.remove(sessions, "after_commit", crash_after_second_store)
        assert len(rows(sessions)) == 4  # committed before the crash: kept
        server.start()
        # The first batch was flagged; the second died between its commit and its flag.
        assert [n for n in range(5) if "$MailbotStored" in flags(server)[message(n)]] == [0, 1]
        report = fetch_new(sessions, source)
        assert (report.stored, report.duplicates) == (1, 0)
        finish_intake(sessions)
        settle(sessions, source)
    finally:
        source.close()
    assert sorted(r.message_id or "" for r in rows(sessions)) == [
        f"<n{n}@ipo.example>" for n in range(5)
    ]
    assert server.messages("bot") == []
    assert sorted(flags(server, "Processed")) == [message(n) for n in range(5)]


def test_uidvalidity_change_loses_and_duplicates_nothing(
    dovecot: Callable[..., DovecotServer],
    sessions: sessionmaker[Session],
    settings_for: Callable[..., Settings],
) -> None:
    server = dovecot()
    for n in range(3):
        server.append("bot", message(n))
    settings = settings_for(server)
    source = open_source(settings)
    try:
        fetch_new(sessions, source)
        with transaction(sessions) as session:  # intake finished one of the three
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.message_id == "<n0@ipo.example>")
                .values(status=MessageStatus.PROCESSED)
            )
        settle(sessions, source)
        before = server.uidvalidity("bot")
        source.close()
        server.change_uidvalidity("bot")
        assert server.uidvalidity("bot") != before
        server.append("bot", message(3))

        report = fetch_new(sessions, source)
        assert report.uidvalidity_changed
        assert (report.in_folder, report.stored, report.relocated, report.duplicates) == (
            3,
            1,
            2,
            0,
        )
        finish_intake(sessions)
        settle(sessions, source)
    finally:
        source.close()
    assert len(rows(sessions)) == 4
    assert server.messages("bot") == []
    assert sorted(flags(server, "Processed")) == [message(n) for n in range(4)]


def test_oversized_is_recorded_and_quarantined_without_download(
    dovecot: Callable[..., DovecotServer],
    sessions: sessionmaker[Session],
    settings_for: Callable[..., Settings],
) -> None:
    server = dovecot()
    big = message(1, body="X" * 5000 + "BODYMARK")
    server.append("bot", big)
    settings = settings_for(server, max_message_bytes=2000)
    source = open_source(settings)
    try:
        assert fetch_new(sessions, source).oversized == 1
        settle(sessions, source)
    finally:
        source.close()
    (row,) = rows(sessions)
    with sessions() as session:
        raw = session.get_one(InboundMessage, row.id).raw
    assert row.status == MessageStatus.OVERSIZED
    assert row.size == len(big)
    assert row.message_id == "<n1@ipo.example>"
    assert raw is not None
    assert b"BODYMARK" not in raw
    assert server.messages("bot") == []
    assert list(flags(server, "Quarantine")) == [big]


def test_second_copy_is_moved_out_at_once(
    dovecot: Callable[..., DovecotServer],
    sessions: sessionmaker[Session],
    settings_for: Callable[..., Settings],
) -> None:
    server = dovecot()
    server.append("bot", message(1))
    server.append("bot", message(1))
    settings = settings_for(server)
    source = open_source(settings)
    try:
        report = fetch_new(sessions, source)
    finally:
        source.close()
    assert (report.stored, report.duplicates) == (1, 1)
    assert len(rows(sessions)) == 1
    assert len(server.messages("bot")) == 1
    assert list(flags(server, "Processed")) == [message(1)]


def test_maildir_source_through_fetch(
    sessions: sessionmaker[Session], tmp_path: pytest.TempPathFactory
) -> None:
    settings = Settings(var_dir=tmp_path)  # type: ignore[arg-type]
    source: MailSource = open_source(settings)
    inbox = settings.effective_maildir / "new"
    for n in range(2):
        (inbox / f"170000000{n}.M{n}P1.test").write_bytes(message(n))
    report = fetch_new(sessions, source)
    assert report.stored == 2
    assert fetch_new(sessions, source).stored == 0
    assert sorted(p.name.split(":")[0] for p in (inbox.parent / "cur").iterdir()) == [
        "1700000000.M0P1.test",
        "1700000001.M1P1.test",
    ]
    finish_intake(sessions)
    assert settle(sessions, source).processed == 2
    assert len(list((settings.effective_maildir / ".Processed" / "cur").iterdir())) == 2
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 2
