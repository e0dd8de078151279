"""Prometheus metrics and the health verdict, both computed from the database at scrape time.

Nothing is counted in process memory: the worker, the review UI and the CLI may be separate
processes (or hosts), and the database is the one place that knows. Each scrape runs a few
GROUP BY queries on indexed columns. A registry is built per app (never prometheus_client's
global default), so tests and several apps in one process do not share state.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import (
    InboundMessage,
    MailboxState,
    MessageStatus,
    Nomination,
    NominationStatus,
    OutboxItem,
    OutboxStatus,
    TriageState,
)

__all__ = ["MailbotCollector", "build_registry", "health", "metrics_payload"]

# A worker that misses this many poll intervals in a row is unhealthy.
STALE_POLLS = 3


@dataclass(frozen=True, slots=True)
class _Snapshot:
    fetched: int
    inbound: dict[tuple[str, str], int]
    nominations: dict[str, int]
    outbox: dict[str, int]
    polls: dict[str, datetime]
    failed_messages: int
    triage_open: int


def _grouped(session: Session, *columns: Any) -> dict[Any, int]:
    rows = session.execute(select(*columns, func.count()).group_by(*columns))
    if len(columns) == 1:
        return {row[0]: int(row[1]) for row in rows}
    return {tuple(row[:-1]): int(row[-1]) for row in rows}


def _failed_open(session: Session) -> int:
    """Messages that failed intake and staff have not yet dismissed."""
    query = select(func.count(InboundMessage.id)).where(
        InboundMessage.status == MessageStatus.FAILED,
        InboundMessage.triage != TriageState.DISMISSED,
    )
    return int(session.scalar(query) or 0)


def _outbox_failed(session: Session) -> int:
    query = select(func.count(OutboxItem.id)).where(OutboxItem.status == OutboxStatus.FAILED)
    return int(session.scalar(query) or 0)


def _snapshot(session: Session) -> _Snapshot:
    inbound = _grouped(session, InboundMessage.kind, InboundMessage.status)
    polls = {
        row.mailbox: row.last_success_at
        for row in session.execute(
            select(MailboxState.mailbox, MailboxState.last_success_at).where(
                MailboxState.last_success_at.is_not(None)
            )
        )
    }
    triage = select(func.count(InboundMessage.id)).where(InboundMessage.triage == TriageState.OPEN)
    return _Snapshot(
        fetched=sum(inbound.values()),
        inbound={(kind or "unknown", status): n for (kind, status), n in inbound.items()},
        nominations=_grouped(session, Nomination.status),
        outbox=_grouped(session, OutboxItem.status),
        polls=polls,
        failed_messages=_failed_open(session),
        triage_open=int(session.scalar(triage) or 0),
    )


def _families() -> dict[str, Any]:
    return {
        "up": GaugeMetricFamily(
            "mailbot_database_up", "1 if the database answered this scrape, else 0."
        ),
        "fetched": CounterMetricFamily(
            "mailbot_messages_fetched", "Inbound messages stored since the database was created."
        ),
        "inbound": GaugeMetricFamily(
            "mailbot_inbound_messages",
            "Stored inbound messages by parser kind and intake status.",
            labels=["kind", "status"],
        ),
        "nominations": GaugeMetricFamily(
            "mailbot_nominations", "Nominations by status.", labels=["status"]
        ),
        "outbox": GaugeMetricFamily(
            "mailbot_outbox_messages", "Outgoing messages by status.", labels=["status"]
        ),
        "poll": GaugeMetricFamily(
            "mailbot_last_successful_poll_timestamp_seconds",
            "Unix time of the last poll that fetched and processed without error.",
            labels=["mailbox"],
        ),
        "failed": GaugeMetricFamily(
            "mailbot_failed_messages",
            "Messages that failed intake (kept raw, quarantined) and are not dismissed.",
        ),
        "triage": GaugeMetricFamily(
            "mailbot_triage_open_messages", "Non-nomination messages waiting for staff."
        ),
    }


class MailbotCollector:
    """A prometheus_client custom collector reading the database at each scrape."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def describe(self) -> Iterable[Metric]:
        # Names for the registry's duplicate check, without touching the database.
        return list(_families().values())

    def collect(self) -> Iterator[Metric]:
        families = _families()
        try:
            with self._sessions() as session:
                snap = _snapshot(session)
        except SQLAlchemyError:
            # A scrape must still answer: Prometheus alerts on the 0, not on a 500.
            families["up"].add_metric([], 0)
            yield families["up"]
            return
        families["up"].add_metric([], 1)
        families["fetched"].add_metric([], snap.fetched)
        for (kind, status), count in sorted(snap.inbound.items()):
            families["inbound"].add_metric([kind, status], count)
        # Every known status appears, at 0 if absent, so rate() and alerts see a series.
        for status in NominationStatus:
            families["nominations"].add_metric([status.value], snap.nominations.get(status, 0))
        for status in OutboxStatus:
            families["outbox"].add_metric([status.value], snap.outbox.get(status, 0))
        for mailbox, at in sorted(snap.polls.items()):
            families["poll"].add_metric([mailbox], at.timestamp())
        families["failed"].add_metric([], snap.failed_messages)
        families["triage"].add_metric([], snap.triage_open)
        yield from families.values()


def build_registry(sessions: sessionmaker[Session]) -> CollectorRegistry:
    """A fresh registry holding only the mailbot collector; build one per app."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(MailbotCollector(sessions))
    return registry


def metrics_payload(
    sessions: sessionmaker[Session], *, registry: CollectorRegistry | None = None
) -> tuple[bytes, str]:
    """Body and Content-Type of a /metrics answer (Prometheus text format 0.0.4).

    Pass the app's `registry` to reuse it; without one a registry is built for this call.
    """
    # generate_latest writes names valid in both text formats; 0.0.4 is the type every
    # Prometheus version accepts (CONTENT_TYPE_LATEST says 1.0.0 since client 0.22).
    return generate_latest(registry or build_registry(sessions)), CONTENT_TYPE_PLAIN_0_0_4


def health(
    sessions: sessionmaker[Session], settings: Settings, now: datetime
) -> tuple[bool, dict[str, Any]]:
    """(healthy, details) for /healthz.

    Healthy means the database answers and, once any worker has polled, the last successful
    poll is at most STALE_POLLS x poll_interval_seconds old. Failed messages and outbox
    failures are reported but do not make the service unhealthy: restarting would not fix
    them, staff must.

    >>> health(sessions, settings, now)  # doctest: +SKIP
    (True, {"database": "ok", "poll": "ok", "last_success_at": "2023-10-02T09:00:00+00:00", ...})
    """
    max_age = STALE_POLLS * settings.poll_interval_seconds
    details: dict[str, Any] = {"database": "ok", "poll_max_age_seconds": max_age}
    try:
        with sessions() as session:
            polled = session.execute(
                select(func.max(MailboxState.last_poll_at), func.max(MailboxState.last_success_at))
            ).one()
            details["failed_messages"] = _failed_open(session)
            details["outbox_failed"] = _outbox_failed(session)
    except SQLAlchemyError as exc:
        details["database"] = f"error: {type(exc).__name__}"
        return False, details
    last_poll, last_success = polled
    details["last_success_at"] = last_success.isoformat() if last_success else None
    if last_poll is None and last_success is None:
        details["poll"] = "never"  # no worker yet (e.g. the review UI alone): not a fault
        return True, details
    if last_success is None:
        details["poll"] = "failing"
        return False, details
    age = (now - last_success).total_seconds()
    details["poll_age_seconds"] = round(age, 1)
    details["poll"] = "ok" if age <= max_age else "stale"
    return age <= max_age, details
