"""The staff-filing commands in-process through typer: triage, create-nomination, assign, apply,
add-nominee, remove-nominee."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailbot.cli import app
from mailbot.db.models import AuditEvent, InboundMessage, Nomination, Nominee, OutboxItem
from mailbot.db.session import transaction
from tests.mailbot.review_factories import TF_SEQL, TF_XML, NomineeSpec, make_nomination
from tests.mailbot.test_services_staff_filing import FOLLOW_UP, NOMINATING, mail, triage_message

Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("MAILBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("MAILBOT_FROM_ADDRESS", "cws.mail@example.com")
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(app, list(args))

    return invoke


def test_create_a_nomination_from_a_triaged_message(
    run: Run, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        message_id = str(triage_message(session, mail(NOMINATING)))
    listed = run("triage")
    assert listed.exit_code == 0, listed.output
    assert f"#{message_id} " in listed.output
    sets = [
        "--set",
        "office=Portuguese Institute of Industrial Property",
        "--set",
        "office_code=pt",
        "--set",
        f"nominees[0].task_forces={TF_XML};{TF_SEQL}",
    ]
    dry = run("create-nomination", message_id, *sets, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "username       pt-apereira" in dry.output  # what the parser read
    assert f"task_forces    {TF_XML}; {TF_SEQL}" in dry.output
    with transaction(sessions) as session:
        assert session.scalars(select(Nomination)).all() == []
    bad = run("create-nomination", message_id, *sets, "--set", "nominees[0].username=a b")
    assert bad.exit_code == 1
    assert "WIPO Accounts usernames" in bad.stderr
    wrong = run("create-nomination", message_id, "--set", "nominees[3].username=pt-x")
    assert wrong.exit_code == 2
    made = run("create-nomination", message_id, *sets, "--set", "nominees[0].position=Examiner")
    assert made.exit_code == 0, made.output
    assert made.output.strip().endswith(f"pending_review: created from message {message_id}")
    with transaction(sessions) as session:
        nomination = session.scalars(select(Nomination)).one()
        assert nomination.nominees[0].position == "Examiner"
        message = session.get(InboundMessage, int(message_id))
        assert message is not None
        assert (message.triage, message.nomination_id) == ("assigned", nomination.id)
        actors = set(session.scalars(select(AuditEvent.actor)))
        assert actors == {"cli"}
        assert session.scalars(select(OutboxItem)).all() == []
    again = run("create-nomination", message_id, *sets)
    assert again.exit_code == 1
    assert "already filed" in again.stderr


def test_assign_then_apply(run: Run, sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination_id = str(make_nomination(session, nominees=[NomineeSpec(account_email=None)]).id)
        message_id = str(triage_message(session, mail(FOLLOW_UP)))
    assigned = run("assign", message_id, nomination_id)
    assert assigned.exit_code == 0, assigned.output
    assert "--fill nominees[0].account_email" in assigned.output
    assert "--replace nominees[0].position  Nominee 1 (Ana Pereira): Patent examiner -> Head" in (
        assigned.output
    )
    refused = run("apply", message_id, "--fill", "nominees[0].position")
    assert refused.exit_code == 1
    assert "to overwrite it" in refused.stderr
    applied = run("apply", message_id, "--missing")
    assert applied.exit_code == 0, applied.output
    assert "applied 1: nominees[0].account_email" in applied.output
    assert "--replace nominees[0].position" in applied.output  # still offered, not applied
    with transaction(sessions) as session:
        nominee = session.scalars(select(Nominee)).one()
        assert (nominee.account_email, nominee.position) == (
            "ana.pereira@office.example.org",
            "Patent examiner",
        )


def test_add_and_remove_nominee(run: Run, sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination_id = str(make_nomination(session).id)
    bad = run("add-nominee", nomination_id, "--last-name", "Roe", "--title", "Dr")
    assert bad.exit_code == 1
    assert "title must be one of" in bad.stderr
    added = run(
        "add-nominee",
        nomination_id,
        "--last-name",
        "Roe",
        "--first-name",
        "Jo",
        "--username",
        "pt-jroe",
        "--task-force",
        TF_SEQL,
    )
    assert added.exit_code == 0, added.output
    assert "awaiting_info: nominees[1] added" in added.output
    with transaction(sessions) as session:
        new_id = session.scalars(select(Nominee.id).where(Nominee.username == "pt-jroe")).one()
    removed = run("remove-nominee", nomination_id, str(new_id), "--reason", "test entry")
    assert removed.exit_code == 0, removed.output
    with transaction(sessions) as session:
        nomination = session.scalars(select(Nomination)).one()
        assert [n.username for n in nomination.nominees] == ["pt-apereira"]
        assert nomination.status == "pending_review"
    missing = run("remove-nominee", nomination_id, str(new_id))
    assert missing.exit_code == 1
    assert "has no nominee" in missing.stderr
