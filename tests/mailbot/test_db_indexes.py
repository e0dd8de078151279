"""Intake's per-message lookups are index searches on SQLite, not table scans (quadratic on a backlog)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from mailbot.db.models import Nomination, Nominee
from mailbot.db.session import make_engine, make_sessionmaker, upgrade
from mailbot.duplicates import flag_duplicates
from mailbot.outbox.history import recent
from mailbot.threads import find_thread


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.sqlite3'}")
    upgrade(engine)
    yield engine
    engine.dispose()


def _plans(engine: Engine) -> list[str]:
    """EXPLAIN QUERY PLAN of every SELECT the engine runs from now on, one string each."""
    plans: list[str] = []

    def explain(conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.startswith("SELECT") and not statement.startswith("SELECT 1"):
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))

    event.listen(engine, "before_cursor_execute", explain)
    return plans


def test_thread_duplicate_and_history_lookups_search_an_index(engine: Engine) -> None:
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        nomination = Nomination(sender_address="Registry@Office.example", office="Office")
        nomination.nominees.append(
            Nominee(username="xx-jdoe", account_email="J.Doe@office.example")
        )
        session.add(nomination)
        session.flush()
        plans = _plans(engine)

        find_thread(
            session, ids=[], sender="registry@office.example", office=None, campaign="C. CWS 175"
        )
        flag_duplicates(session, nomination, now=datetime(2023, 10, 2, tzinfo=UTC))
        recent(session, ["registry@office.example"], datetime(2023, 10, 1, tzinfo=UTC))

    joined = "\n".join(plans)
    assert "USING INDEX ix_nomination_sender_lower" in joined, joined
    assert "USING INDEX ix_nominee_username_lower" in joined, joined
    assert "USING INDEX ix_nominee_account_email_lower" in joined, joined
    assert "INDEX ix_outbox_address_recent (address=? AND created_at>?)" in joined, joined
    assert not [p for p in plans if p.startswith("SCAN") or " SCAN " in p], joined
