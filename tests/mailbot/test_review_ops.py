"""/healthz and /metrics served by the review app, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from mailbot.db.models import MailboxState
from mailbot.db.session import transaction
from mailbot.review import create_app
from tests.mailbot.review_factories import (
    login,
    make_nomination,
    make_user,
    review_settings,
)


def _client(tmp_path: Path, db_url: str, sessions: sessionmaker[Session], host: str) -> TestClient:
    app = create_app(review_settings(tmp_path, db_url), sessions)
    return TestClient(app, base_url="http://127.0.0.1", client=(host, 50000))


def test_healthz_reports_a_stale_poll_as_unhealthy(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    client = _client(tmp_path, db_url, sessions, "192.0.2.10")
    fresh = client.get("/healthz")
    assert fresh.status_code == 200
    assert fresh.json()["poll"] == "never"
    with transaction(sessions) as session:
        session.add(
            MailboxState(
                mailbox="INBOX",
                last_poll_at=datetime.now(UTC),
                last_success_at=datetime.now(UTC) - timedelta(days=1),
            )
        )
    stale = client.get("/healthz")
    assert stale.status_code == 503
    assert stale.json()["poll"] == "stale"


def test_metrics_from_loopback_without_session(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        make_nomination(session)
    response = _client(tmp_path, db_url, sessions, "127.0.0.1").get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert 'mailbot_nominations{status="pending_review"} 1.0' in response.text
    assert "mailbot_database_up 1.0" in response.text


def test_metrics_from_elsewhere_needs_a_session(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions, "rita", "reviewer")
    client = _client(tmp_path, db_url, sessions, "192.0.2.10")
    anonymous = client.get("/metrics", follow_redirects=False)
    assert anonymous.status_code in (302, 303)
    assert anonymous.headers["location"].startswith("/login")
    login(client)
    assert "mailbot_nominations" in client.get("/metrics").text
