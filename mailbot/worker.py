"""The worker: one pass (fetch, intake, settle, send) and the long-running service around it.

`run_once` is what `mailbot poll --once` calls; `run` repeats passes, woken by IMAP IDLE
(or the Maildir's new/ folder) with a full poll every Settings.poll_interval_seconds,
because IDLE silently dies on many servers. Any error closes the connection and retries
after an exponential backoff; the outbox is also sent between passes, so approvals made
in the review UI go out without waiting for mail.

On PostgreSQL only the owner of the mailbox's advisory lock (mailbot.locks) fetches and
runs intake; others wait and take over when it dies. A `poll --once` that finds the lock
taken only sends the outbox (claims use FOR UPDATE SKIP LOCKED). SQLite: one process.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailbot.campaign import load_catalog
from mailbot.config import Settings
from mailbot.db.models import utcnow
from mailbot.db.session import open_database, transaction
from mailbot.errors import SourceError
from mailbot.fetch import FetchReport, SettleReport, fetch_new, settle
from mailbot.intake import GROUP_SIZE, IntakeReport, process_pending
from mailbot.locks import MailboxLock
from mailbot.message_intake import parse_options
from mailbot.outbox.reminders import due_reminders
from mailbot.outbox.sender import SendReport, SentCopy, build_transport, send_due
from mailbot.outbox.transports import Transport
from mailbot.parse_pool import ParsePool
from mailbot.sources import MailSource, open_source, sent_copier
from parsers.language import load_language_models
from parsers.models import TaskForceCatalog

__all__ = ["WorkerReport", "WorkerStatus", "run", "run_once"]

log = logging.getLogger(__name__)

# Intake reads the pending list in slices (bounding memory); within one it parses ahead
# and commits in groups, and a stop request waits for one group (mailbot.intake).
_INTAKE_SLICE = 1000


@dataclass(frozen=True)
class WorkerReport:
    fetch: FetchReport | None  # None when another process owns the mailbox
    intake: IntakeReport | None
    settle: SettleReport | None
    send: SendReport | None
    mailbox_busy: bool = False
    reminders: int = 0  # reminders queued this pass

    def summary(self) -> str:
        if self.mailbox_busy or self.fetch is None:
            head = "mailbox owned by another worker; fetch skipped"
        else:
            head = (
                f"{self.fetch.stored} stored, {self.fetch.duplicates} duplicates, "
                f"{self.fetch.oversized} oversized"
            )
        parts = [head]
        if self.intake is not None:
            parts.append(f"{self.intake.processed} processed, {self.intake.failed} failed")
        if self.settle is not None:
            parts.append(f"{self.settle.processed + self.settle.quarantined} moved")
        if self.reminders:
            parts.append(f"{self.reminders} reminders queued")
        if self.send is not None:
            parts.append(f"{self.send.sent} sent, {self.send.retried} to retry")
        return "; ".join(parts)


@dataclass
class WorkerStatus:
    """What a running worker is doing; read by tests and monitoring, written by `run`."""

    owns_mailbox: bool = False
    passes: int = 0
    errors: int = 0
    last_error: str = ""
    last_report: WorkerReport | None = None
    started: threading.Event = field(default_factory=threading.Event)


@dataclass
class _Parts:
    sessions: sessionmaker[Session]
    catalog: TaskForceCatalog
    transport: Transport
    source: MailSource
    lock: MailboxLock
    parse_pool: ParsePool
    sent_copy: SentCopy | None = None  # Settings.imap_sent_folder; None when off

    @classmethod
    def open(cls, settings: Settings) -> _Parts:
        sessions = open_database(settings)
        source = open_source(settings)
        catalog = load_catalog(settings.taskforces_file)
        return cls(
            sessions=sessions,
            catalog=catalog,
            transport=build_transport(settings),
            source=source,
            lock=MailboxLock(_engine(sessions), source.name),
            # Worker processes start only when a backlog needs them.
            parse_pool=ParsePool(
                settings.effective_parse_workers, catalog, parse_options(settings)
            ),
            sent_copy=sent_copier(settings),
        )

    def close(self) -> None:
        self.parse_pool.close()
        self.source.close()
        self.lock.release()
        _engine(self.sessions).dispose()


def _engine(sessions: sessionmaker[Session]) -> Engine:
    engine = sessions.kw["bind"]
    if not isinstance(engine, Engine):  # pragma: no cover - open_database always binds one
        raise TypeError("sessionmaker is not bound to an Engine")
    return engine


def _intake(
    parts: _Parts, settings: Settings, stop: threading.Event | None, now: datetime | None
) -> IntakeReport:
    processed = failed = skipped = replies = 0
    failed_ids: list[int] = []
    while True:
        report = process_pending(
            parts.sessions,
            catalog=parts.catalog,
            settings=settings,
            now=now,
            limit=_INTAKE_SLICE,
            pool=parts.parse_pool,
            stop=stop,
        )
        processed += report.processed
        failed += report.failed
        skipped += report.skipped
        replies += report.replies
        failed_ids.extend(report.failed_ids)
        done = report.processed + report.failed + report.skipped
        if done < _INTAKE_SLICE or report.skipped == done or (stop and stop.is_set()):
            return IntakeReport(processed, failed, skipped, tuple(failed_ids), replies)


def _remind(parts: _Parts, settings: Settings, now: datetime | None) -> int:
    """Queue the reminders that are due (one transaction; the guards still apply)."""
    with transaction(parts.sessions) as session:
        return len(due_reminders(session, settings, now or utcnow()))


def _pass(
    parts: _Parts,
    settings: Settings,
    *,
    stop: threading.Event | None = None,
    now: datetime | None = None,
) -> WorkerReport:
    fetched = fetch_new(parts.sessions, parts.source, stop=stop, now=now)
    intake = _intake(parts, settings, stop, now)
    if intake.processed + intake.failed + intake.skipped <= GROUP_SIZE:
        # The backlog is worked off: give the parse workers' memory back until the next one.
        parts.parse_pool.close()
    settled = settle(parts.sessions, parts.source, stop=stop)
    stopping = stop is not None and stop.is_set()
    reminders = 0 if stopping else _remind(parts, settings, now)
    # A stopping service leaves the outbox to the next start rather than delay its exit.
    sent = (
        None
        if stopping
        else send_due(
            parts.sessions, parts.transport, settings=settings, now=now, sent_copy=parts.sent_copy
        )
    )
    report = WorkerReport(fetched, intake, settled, sent, reminders=reminders)
    log.info("%s: %s", parts.source.name, report.summary())
    return report


def run_once(settings: Settings, *, now: datetime | None = None) -> WorkerReport:
    """One fetch, intake, settle and send pass (`mailbot poll --once`).

    Raises SourceError when the mailbox cannot be reached; whatever was committed before
    stays committed, and the next pass carries on from there.
    """
    parts = _Parts.open(settings)
    try:
        if not parts.lock.try_acquire():
            log.info("%s is owned by another worker; only sending", parts.source.name)
            sent = send_due(
                parts.sessions,
                parts.transport,
                settings=settings,
                now=now,
                sent_copy=parts.sent_copy,
            )
            return WorkerReport(None, None, None, sent, mailbox_busy=True)
        return _pass(parts, settings, now=now)
    finally:
        parts.close()


def run(
    settings: Settings,
    stop: threading.Event,
    *,
    status: WorkerStatus | None = None,
    backoff_initial_seconds: float = 1.0,
    backoff_max_seconds: float = 300.0,
    lock_retry_seconds: float = 5.0,
    send_interval_seconds: float = 30.0,
) -> None:
    """Serve the mailbox until `stop` is set; the current message is finished first.

    Keyword arguments exist for tests (short backoff) and operators; the defaults suit
    production. Never returns on mail or network errors: they are logged and retried.
    """
    status = status or WorkerStatus()
    parts = _Parts.open(settings)
    load_language_models()
    delay = backoff_initial_seconds
    next_poll = 0.0  # monotonic time of the next full poll; 0 means now
    try:
        status.started.set()
        while not stop.is_set():
            if not parts.lock.try_acquire():
                status.owns_mailbox = False
                stop.wait(lock_retry_seconds)
                next_poll = 0.0  # a new owner starts with a full pass
                continue
            status.owns_mailbox = True
            try:
                if time.monotonic() >= next_poll:
                    status.last_report = _pass(parts, settings, stop=stop)
                    status.passes += 1
                    next_poll = time.monotonic() + settings.poll_interval_seconds
                else:
                    send_due(
                        parts.sessions,
                        parts.transport,
                        settings=settings,
                        sent_copy=parts.sent_copy,
                    )
                delay = backoff_initial_seconds
                wait = min(next_poll - time.monotonic(), send_interval_seconds)
                if wait > 0 and parts.source.wait_for_news(wait, stop):
                    next_poll = 0.0
                if not parts.lock.alive():
                    status.owns_mailbox = False
                    parts.source.close()
            except Exception as exc:  # network, server or database trouble: back off, retry
                status.errors += 1
                status.last_error = f"{type(exc).__name__}: {exc}"
                log.warning(
                    "worker pass failed (%s); retrying in %.1f s",
                    status.last_error,
                    delay,
                    # A dropped connection needs no traceback; anything else does.
                    exc_info=not isinstance(exc, SourceError),
                )
                parts.source.close()
                stop.wait(delay)
                delay = min(delay * 2, backoff_max_seconds)
                next_poll = 0.0  # after a reconnect, look at everything again
    finally:
        status.owns_mailbox = False
        parts.close()
