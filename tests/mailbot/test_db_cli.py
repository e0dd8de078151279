"""`mailbot db upgrade|check` and `mailbot queue` against real databases."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailbot.cli import app
from mailbot.db.models import (
    InboundMessage,
    Membership,
    MessageStatus,
    Nomination,
    NominationStatus,
    Nominee,
    TriageState,
)
from mailbot.db.queries import store_raw
from mailbot.db.session import transaction
from tests.mailbot.intake_mail import nomination_mail


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> CliRunner:
    # No mailbot.toml from the developer's working directory.
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
    return CliRunner()


def test_upgrade_then_check(
    runner: CliRunner, blank_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILBOT_DATABASE_URL", blank_db_url)
    refused = runner.invoke(app, ["db", "check"])
    assert refused.exit_code == 1
    assert "mailbot db upgrade" in refused.output
    done = runner.invoke(app, ["db", "upgrade"])
    assert done.exit_code == 0, done.output
    assert "was empty" in done.output
    again = runner.invoke(app, ["db", "upgrade"])
    assert again.exit_code == 0, again.output
    checked = runner.invoke(app, ["db", "check"])
    assert checked.exit_code == 0, checked.output
    assert "ok" in checked.output


def test_queue_refuses_stale_schema(
    runner: CliRunner, blank_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILBOT_DATABASE_URL", blank_db_url)
    result = runner.invoke(app, ["queue", "--json"])
    assert result.exit_code == 1
    assert "mailbot db upgrade" in result.output


def test_queue_json(
    runner: CliRunner,
    db_url: str,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with transaction(sessions) as session:
        nomination = Nomination(
            office="Example Patent Office",
            sender_address="jane.roe@office.example.org",
            language="fr",
            status=NominationStatus.PENDING_REVIEW,
            late=True,
        )
        nominee = Nominee(
            last_name="Núñez",
            first_name="José",
            username="xx-jnunez",
            account_email="jnunez@office.example.org",
        )
        nominee.memberships.append(Membership(task_force="Blockchain Task Force"))
        nomination.nominees.append(nominee)
        session.add_all([nomination, Nomination(status=NominationStatus.AWAITING_INFO)])
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    result = runner.invoke(app, ["queue", "--json", "--status", "pending_review"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert {k: row[k] for k in ("status", "office", "sender", "language", "late")} == {
        "status": "pending_review",
        "office": "Example Patent Office",
        "sender": "jane.roe@office.example.org",
        "language": "fr",
        "late": True,
    }
    assert row["created_at"]
    (person,) = row["nominees"]
    assert person["last_name"] == "Núñez"
    assert person["task_forces"] == [{"name": "Blockchain Task Force", "review_status": "pending"}]
    text = runner.invoke(app, ["queue"])
    assert text.exit_code == 0
    assert "José Núñez" in text.output
    assert "awaiting_info" in text.output


def test_replay_needs_ids_or_failed(runner: CliRunner) -> None:
    result = runner.invoke(app, ["replay"])
    assert result.exit_code == 1
    assert "--failed" in result.output


def test_replay_failed_through_the_cli(
    runner: CliRunner,
    db_url: str,
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = nomination_mail()
    with transaction(sessions) as session:
        row, _ = store_raw(session, raw=raw, mailbox="INBOX", uidvalidity=1, uid=1)
        # As intake leaves a message whose processing raised.
        row.status = MessageStatus.FAILED
        row.error = "RuntimeError: cause since fixed"
        row.triage = TriageState.OPEN
        failed_id = row.id
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("MAILBOT_FROM_ADDRESS", "cws.mail@example.com")
    monkeypatch.setenv("MAILBOT_SECRET_KEY", "cli-tests-" + "k" * 32)
    result = runner.invoke(app, ["replay", "--failed"])
    assert result.exit_code == 0, result.output
    assert "1 processed" in result.output
    with transaction(sessions) as session:
        replayed = session.get_one(InboundMessage, failed_id)
        assert replayed.status == MessageStatus.PROCESSED
        assert replayed.nomination_id is not None
    listed = runner.invoke(app, ["queue", "--json"])
    assert [row["status"] for row in json.loads(listed.stdout)] == ["pending_review"]
