"""The review and user commands, run in-process through typer against a real database."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pyotp
import pytest
from click.testing import Result
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from mailbot.cli import app
from mailbot.db.models import OutboxItem, StaffUser
from mailbot.db.session import transaction
from tests.mailbot.review_factories import TF_XML, make_nomination
from tests.qr_codes import decode, terminal_modules

Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("MAILBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("MAILBOT_FROM_ADDRESS", "cws.mail@example.com")
    runner = CliRunner()

    def invoke(*args: str, stdin: str = "") -> Result:
        return runner.invoke(app, list(args), input=stdin)

    return invoke


def test_show_edit_approve_export(
    run: Run, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    with transaction(sessions) as session:
        nomination_id = str(make_nomination(session).id)
    shown = run("show", nomination_id)
    assert shown.exit_code == 0, shown.stderr
    assert "username       pt-apereira" in shown.output
    as_json = json.loads(run("show", nomination_id, "--json").output)
    assert as_json["nominees"][0]["task_forces"][0]["name"] == TF_XML
    edited = run("edit", nomination_id, "nominees[0].username", "pt-apereira2")
    assert edited.output.strip() == "changed"
    bad = run("edit", nomination_id, "nominees[0].title", "Dr")
    assert bad.exit_code == 1
    assert "title must be one of" in bad.stderr
    approved = run("approve", nomination_id)
    assert approved.exit_code == 0, approved.stderr
    assert "1 notice(s) queued" in approved.output
    again = run("approve", nomination_id)
    assert again.exit_code == 1
    assert "nothing pending" in again.stderr
    with transaction(sessions) as session:
        (item,) = session.scalars(select(OutboxItem)).all()
        assert (item.kind, item.created_by) == ("wiki_access", "cli")
    exported = run("export", "--format", "csv")
    assert "pt-apereira2" in exported.output
    target = tmp_path / "approved.xlsx"
    assert run("export", "--format", "xlsx", "--output", str(target)).exit_code == 0
    sheet = load_workbook(io.BytesIO(target.read_bytes())).active
    assert sheet is not None
    assert sheet["G2"].value == "pt-apereira2"


def test_reject_and_withdraw(run: Run, sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        first = str(make_nomination(session).id)
        second = str(make_nomination(session).id)
    rejected = run("reject", first, "--reason", "Not a member office")
    assert rejected.exit_code == 0, rejected.stderr
    assert "rejected" in rejected.output
    assert "withdrawn" in run("withdraw", second).output
    assert run("approve", "999").exit_code == 1


def test_user_commands(run: Run, sessions: sessionmaker[Session]) -> None:
    added = run("user", "add", "rita", "--role", "admin", stdin="a good password\n")
    assert added.exit_code == 0, added.stderr
    assert run("user", "add", "rita", stdin="a good password\n").exit_code == 1
    assert run("user", "add", "bob", "--role", "boss", stdin="a good password\n").exit_code == 1
    assert "rita" in run("user", "list").output
    assert run("user", "disable", "rita").exit_code == 0
    with transaction(sessions) as session:
        user = session.scalars(select(StaffUser)).one()
        assert not user.active
        assert user.password_hash.startswith("$argon2id$")


def test_user_totp_enrolment(
    run: Run, sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    run("user", "add", "rita", stdin="a good password\n")
    secret = pyotp.random_base32()
    # The key is random in use; fixing it lets the test type the code the app would show.
    monkeypatch.setattr("mailbot.cli.users.new_totp_secret", lambda: secret)
    wrong = run("user", "totp", "rita", stdin="000000\n")
    assert wrong.exit_code == 1
    enrolled = run("user", "totp", "rita", stdin=pyotp.TOTP(secret).now() + "\n")
    assert enrolled.exit_code == 0, enrolled.output
    assert f"key: {secret}" in enrolled.output
    with transaction(sessions) as session:
        assert session.scalars(select(StaffUser.totp_secret)).one() == secret
    assert run("user", "totp", "rita", "--reset").exit_code == 0
    with transaction(sessions) as session:
        assert session.scalars(select(StaffUser.totp_secret)).one() is None


def test_user_totp_prints_a_qr_code_when_asked(
    run: Run, sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    run("user", "add", "rita", stdin="a good password\n")
    secret = pyotp.random_base32()
    monkeypatch.setattr("mailbot.cli.users.new_totp_secret", lambda: secret)
    # Output to a pipe stays plain text unless --qr asks for the code.
    plain = run("user", "totp", "rita", stdin="000000\n")
    assert "\u2588" not in plain.output
    assert plain.output.startswith(f"key: {secret}\n")
    shown = run("user", "totp", "rita", "--qr", stdin=pyotp.TOTP(secret).now() + "\n")
    assert shown.exit_code == 0, shown.output
    uri = next(line for line in shown.output.splitlines() if line.startswith("uri: "))[5:]
    assert decode(terminal_modules(shown.output)) == [uri]
    assert f"key: {secret}" in shown.output
