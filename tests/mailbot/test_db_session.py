"""Engines, transactions and the schema gate on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import AuditEvent, MailboxState
from mailbot.db.session import (
    check_schema,
    head_revision,
    make_engine,
    normalize_url,
    open_database,
    transaction,
    upgrade,
)
from mailbot.errors import ConfigError, SchemaError


def test_postgres_scheme_maps_to_psycopg3() -> None:
    assert normalize_url("postgresql://u@127.0.0.1/test").drivername == "postgresql+psycopg"
    assert normalize_url("postgres://u@127.0.0.1/test").drivername == "postgresql+psycopg"
    with pytest.raises(ConfigError, match="unsupported"):
        normalize_url("mysql://u@127.0.0.1/test")


def test_sqlite_engine_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'x.sqlite3'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    engine.dispose()


def test_transaction_commits_or_rolls_back(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        session.add(MailboxState(mailbox="INBOX", uidvalidity=1, last_uid=5))

    def fail_midway() -> None:
        with transaction(sessions) as session:
            session.add(MailboxState(mailbox="Other", uidvalidity=1, last_uid=5))
            session.flush()
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_midway()
    with transaction(sessions) as session:
        assert [row.mailbox for row in session.scalars(select(MailboxState))] == ["INBOX"]


def test_datetimes_come_back_aware_utc(sessions: sessionmaker[Session]) -> None:
    geneva = timezone(timedelta(hours=2))
    with transaction(sessions) as session:
        event = AuditEvent(
            at=datetime(2023, 10, 20, 23, 30, tzinfo=geneva),
            actor="bot",
            action="test",
            subject_type="none",
        )
        session.add(event)
        session.flush()
        event_id = event.id
    with transaction(sessions) as session:
        loaded = session.get_one(AuditEvent, event_id)
        assert loaded.at == datetime(2023, 10, 20, 21, 30, tzinfo=UTC)
        assert loaded.at.tzinfo is not None
        assert loaded.at.utcoffset() == timedelta(0)


def test_blank_database_is_refused_then_upgraded(blank_db_url: str) -> None:
    engine = make_engine(blank_db_url)
    with pytest.raises(SchemaError, match=r"mailbot db upgrade"):
        check_schema(engine)
    upgrade(engine)
    check_schema(engine)
    engine.dispose()


def test_newer_schema_is_refused(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffff'"))
    with pytest.raises(SchemaError, match="newer than this mailbot"):
        check_schema(engine)
    engine.dispose()
    # Even with upgrade_schema an unknown (future) revision is never touched.
    with pytest.raises(SchemaError, match="newer"):
        open_database(Settings(database_url=db_url), upgrade_schema=True)


def test_open_database_default_sqlite_under_var_dir(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path / "var")
    with pytest.raises(SchemaError, match="mailbot db upgrade"):
        open_database(settings)
    sessions = open_database(settings, upgrade_schema=True)
    assert (tmp_path / "var" / "mailbot.sqlite3").exists()
    with transaction(sessions) as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    bind = sessions.kw["bind"]
    bind.dispose()
