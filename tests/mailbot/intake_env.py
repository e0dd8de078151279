"""Shared setup for the intake tests: settings, the catalogue, and store-then-process in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker, undefer

from mailbot.campaign import load_catalog
from mailbot.config import Settings
from mailbot.db.models import AuditEvent, InboundMessage, Nomination, OutboxItem
from mailbot.db.queries import store_raw
from mailbot.db.session import transaction
from mailbot.intake import IntakeReport, process_pending
from parsers.models import TaskForceCatalog

__all__ = ["NOW", "Desk", "make_desk"]

NOW = datetime(2023, 10, 5, 12, 0, tzinfo=UTC)


@dataclass
class Desk:
    """The intake desk under test: a real database, the shipped catalogue and templates."""

    sessions: sessionmaker[Session]
    settings: Settings
    catalog: TaskForceCatalog

    def with_settings(self, **changes: Any) -> Desk:
        return Desk(self.sessions, self.settings.model_copy(update=changes), self.catalog)

    def store(self, raw: bytes, uid: int | None = None) -> int:
        with transaction(self.sessions) as session:
            row, _ = store_raw(session, raw=raw, mailbox="INBOX", uidvalidity=1, uid=uid)
            return row.id

    def run(self, now: datetime = NOW) -> IntakeReport:
        return process_pending(self.sessions, catalog=self.catalog, settings=self.settings, now=now)

    def receive(self, raw: bytes, now: datetime = NOW) -> InboundMessage:
        inbound_id = self.store(raw)
        self.run(now)
        return self.message(inbound_id)

    def message(self, inbound_id: int) -> InboundMessage:
        with transaction(self.sessions) as session:
            return session.get_one(
                InboundMessage, inbound_id, options=[undefer(InboundMessage.raw)]
            )

    def nominations(self) -> list[Nomination]:
        with transaction(self.sessions) as session:
            rows = list(session.scalars(select(Nomination).order_by(Nomination.id)))
            for row in rows:  # load while the session is open
                for nominee in row.nominees:
                    _ = nominee.memberships
            return rows

    def outbox(self) -> list[OutboxItem]:
        with transaction(self.sessions) as session:
            return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))

    def audit(self, action: str) -> list[AuditEvent]:
        with transaction(self.sessions) as session:
            query = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            return list(session.scalars(query))


def make_desk(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Desk:
    """Each intake test module wraps this in its own `desk` fixture."""
    monkeypatch.chdir(tmp_path)  # no developer mailbot.toml
    settings = Settings(
        var_dir=tmp_path / "var",
        from_address="cws.mail@example.com",
        secret_key="intake-tests-" + "k" * 32,
        trusted_authserv_ids=("mx.example.com",),
    )
    return Desk(sessions, settings, load_catalog(settings.taskforces_file))
