"""What the fault tests share: a restartable recording SMTP server, the worker's environment,
and read-only views of the database and the mailbox to assert on."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP
from sqlalchemy import Engine, func, select

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MessageStatus, Nomination, OutboxItem, OutboxStatus
from mailbot.db.session import make_engine, make_sessionmaker, open_database
from mailbot.outbox.sender import UNKNOWN, build_transport, send_due
from mailbot.worker import WorkerStatus, run
from tests.faults.campaign_mail import CampaignMail
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RecordingHandler

__all__ = [
    "Delivery",
    "KillingHandler",
    "Mailroom",
    "SmtpHost",
    "append_all",
    "free_port",
    "hand_stale_claims_to_staff",
    "reply_key",
    "serving",
    "wait_until",
    "worker_env",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(predicate: Callable[[], bool], timeout: float = 30.0, what: str = "") -> float:
    """Seconds until predicate() held; fails the test after `timeout`."""
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            pytest.fail(f"not within {timeout} s: {what or predicate}")
        time.sleep(0.05)
    return time.monotonic() - started


def reply_key(message_id: str) -> str:
    """The reply kind our Message-IDs carry: <cws.KIND.SIGNATURE@domain> (replies.compose)."""
    return message_id.strip("<>").split(".")[1]


@dataclass(frozen=True)
class Delivery:
    kind: str
    in_reply_to: str
    recipients: tuple[str, ...]


@dataclass
class KillingHandler(RecordingHandler):
    """Records DATA like RecordingHandler; armed, it SIGKILLs a process at the n-th DATA.

    `kill_before_reply` chooses the moment: the message is recorded and the client dies
    before it hears 250 (delivered, outcome unknown to it), or the client dies before
    the message is recorded (not delivered, outcome equally unknown to it).
    """

    kill_pid: int = 0
    kill_countdown: int = 0
    kill_recorded: bool = True
    kills: int = 0

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.kill_pid and self.kill_countdown > 0:
            self.kill_countdown -= 1
            if self.kill_countdown == 0:
                if self.kill_recorded:
                    await super().handle_DATA(server, session, envelope)
                os.kill(self.kill_pid, signal.SIGKILL)
                self.kill_pid = 0
                self.kills += 1
                if isinstance(server.transport, asyncio.Transport):
                    server.transport.abort()
                return "421 4.3.0 gone"
        return await super().handle_DATA(server, session, envelope)

    def deliveries(self) -> list[Delivery]:
        out = []
        for received in self.messages:
            msg = message_from_bytes(received.data, policy=policy.default)
            out.append(
                Delivery(
                    reply_key(str(msg["Message-ID"])),
                    str(msg["In-Reply-To"] or ""),
                    received.recipients,
                )
            )
        return out


@dataclass
class SmtpHost:
    """An aiosmtpd server on a fixed loopback port that can be stopped and started again,
    keeping one handler (and so one record of deliveries) across restarts."""

    handler: KillingHandler = field(default_factory=KillingHandler)
    port: int = field(default_factory=free_port)
    _controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@contextmanager
def serving(settings: Settings, **options: float) -> Iterator[WorkerStatus]:
    """`mailbot.worker.run` in a thread with test-sized backoff, not waiting for a first pass
    (a fault may strike before it ends); stopped and joined at the end."""
    stop = threading.Event()
    status = WorkerStatus()
    options = {
        "backoff_initial_seconds": 0.2,
        "backoff_max_seconds": 1.6,
        "lock_retry_seconds": 0.2,
        "send_interval_seconds": 0.3,
        **options,
    }
    thread = threading.Thread(
        target=run, args=(settings, stop), kwargs={"status": status, **options}, daemon=True
    )
    thread.start()
    try:
        wait_until(status.started.is_set, timeout=10, what="worker started")
        yield status
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive(), "worker did not stop within 15 s"


def hand_stale_claims_to_staff(settings: Settings) -> None:
    """What the stale-claim rule does ten minutes after a sender died mid-send, at once:
    rows left in SENDING become FAILED "unknown: may have been sent". Call it only when no
    worker is running, or a live claim would be flagged too."""
    sessions = open_database(settings)
    try:
        report = send_due(
            sessions, build_transport(settings), settings=settings, stale_after=timedelta(0)
        )
        assert report.sent == 0, "work was left that the worker should have done itself"
    finally:
        sessions.kw["bind"].dispose()


def worker_env(
    tmp_path: Path, *, db_url: str, imap_url: str, smtp_url: str, **extra: str
) -> dict[str, str]:
    """MAILBOT_* for a `python -m mailbot` subprocess, nothing inherited from the caller's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update(
        {
            "MAILBOT_VAR_DIR": str(tmp_path / "var"),
            "MAILBOT_DATABASE_URL": db_url,
            "MAILBOT_IMAP_URL": imap_url,
            "MAILBOT_SMTP_URL": smtp_url,
            "MAILBOT_FROM_ADDRESS": "cws.mail@example.com",
            "MAILBOT_LOG_LEVEL": "WARNING",
        }
    )
    env.update({f"MAILBOT_{k.upper()}": v for k, v in extra.items()})
    return env


def append_all(server: DovecotServer, raws: Iterable[bytes], user: str = "bot") -> None:
    with server.client(user) as imap:
        for raw in raws:
            imap.append("INBOX", raw)


class Mailroom:
    """Read-only views of one database and one Dovecot mailbox, for polling and assertions."""

    def __init__(self, db_url: str, server: DovecotServer) -> None:
        self.engine: Engine = make_engine(db_url)
        self.sessions = make_sessionmaker(self.engine)
        self.server = server

    def close(self) -> None:
        self.engine.dispose()

    def stored(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(InboundMessage)) or 0

    def processed(self) -> int:
        with self.sessions() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(InboundMessage)
                    .where(InboundMessage.status != MessageStatus.RECEIVED)
                )
                or 0
            )

    def message_ids(self) -> Counter[str]:
        with self.sessions() as session:
            return Counter(m or "" for m in session.scalars(select(InboundMessage.message_id)))

    def statuses(self) -> dict[str, str]:
        """Inbound Message-ID -> status."""
        with self.sessions() as session:
            return {
                m or "": s
                for m, s in session.execute(
                    select(InboundMessage.message_id, InboundMessage.status)
                )
            }

    def nominations(self) -> dict[str, str]:
        """Thread's first Message-ID -> nomination status."""
        with self.sessions() as session:
            rows = session.execute(select(Nomination.thread_message_id, Nomination.status))
            return {t or "": s for t, s in rows}

    def outbox(self) -> list[tuple[str, str, str, str]]:
        """(kind, in-reply-to Message-ID, status, last_error) per outbox row."""
        with self.sessions() as session:
            rows = session.execute(
                select(
                    OutboxItem.kind,
                    InboundMessage.message_id,
                    OutboxItem.status,
                    OutboxItem.last_error,
                )
                .join(InboundMessage, InboundMessage.id == OutboxItem.inbound_id, isouter=True)
                .order_by(OutboxItem.id)
            )
            return [(k, m or "", s, e or "") for k, m, s, e in rows]

    def attempts(self) -> list[tuple[str, int, str]]:
        """(status, attempts, last_error) per outbox row."""
        with self.sessions() as session:
            rows = session.execute(
                select(OutboxItem.status, OutboxItem.attempts, OutboxItem.last_error).order_by(
                    OutboxItem.id
                )
            )
            return [(s, a, e or "") for s, a, e in rows]

    def unsent(self, *, sending: bool = False) -> int:
        """Outbox rows waiting to go out (and, with `sending`, those being handed to SMTP)."""
        waiting = [OutboxStatus.QUEUED, OutboxStatus.RETRY]
        if sending:
            waiting.append(OutboxStatus.SENDING)
        with self.sessions() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(OutboxItem)
                    .where(OutboxItem.status.in_(waiting))
                )
                or 0
            )

    def inbox(self) -> int:
        with self.server.client("bot") as imap:
            return int(imap.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"])

    def assert_campaign_settled(self, mails: list[CampaignMail], handler: KillingHandler) -> None:
        """Every message stored once and past intake, every nomination in its state, INBOX
        empty, and each reply delivered at most once; a reply may be missing only when its
        outbox row tells staff it may have been sent."""
        ids = self.message_ids()
        assert sum(ids.values()) == len(mails), (
            f"{sum(ids.values())} rows for {len(mails)} messages"
        )
        assert set(ids) == {m.message_id for m in mails}
        assert max(ids.values()) == 1, [i for i, n in ids.items() if n > 1]
        statuses = self.statuses()
        assert [i for i, s in statuses.items() if s != MessageStatus.PROCESSED] == []
        nominations = self.nominations()
        expected = {m.message_id: m.expected_status for m in mails if m.expected_status}
        assert nominations == expected
        assert self.inbox() == 0

        delivered = Counter((d.kind, d.in_reply_to) for d in handler.deliveries())
        twice = {key: n for key, n in delivered.items() if n > 1}
        assert twice == {}, f"offices that received the same reply more than once: {twice}"
        wanted = {
            ("acknowledgement" if m.kind == "complete" else "request_missing", m.message_id)
            for m in mails
            if m.expected_status
        }
        rows = {(kind, irt): (status, error) for kind, irt, status, error in self.outbox()}
        assert set(rows) == wanted, "one reply queued per nomination, none for anything else"
        assert set(delivered) <= wanted
        for key in wanted - set(delivered):
            status, error = rows[key]
            flagged = status == OutboxStatus.FAILED and error.startswith(UNKNOWN)
            assert flagged, (
                f"{key} was never delivered, yet its row is {status} ({error!r}) instead of "
                "flagged for staff as possibly sent"
            )
        for key in set(delivered):
            status, error = rows[key]
            assert status == OutboxStatus.SENT or error.startswith(UNKNOWN), (key, status, error)
