"""The worker's pass queues due reminders: an unanswered request is recalled after N days."""

from __future__ import annotations

import mailbox
from datetime import UTC, date, datetime, timedelta
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

from mailbot.config import Settings
from mailbot.db.session import make_engine, upgrade
from mailbot.worker import run_once

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "mailbot"
    / "data"
    / "samples"
    / "02-fr-missing-username.eml"
)


def _kinds(outbox: Path) -> list[str]:
    kinds = []
    for path in sorted(outbox.glob("*.eml")):
        message = BytesParser(policy=default).parsebytes(path.read_bytes())
        kinds.append(str(message["Message-ID"]).split(".")[1])  # <cws.{kind}.{token}...>
    return kinds


def test_a_pass_reminds_an_office_that_did_not_answer(tmp_path: Path) -> None:
    settings = Settings(
        var_dir=tmp_path / "var",
        secret_key="test-key",
        # The clock only moves forward in the service, so the test runs today and later.
        campaign_deadline=date.today() + timedelta(days=60),
        reminder_after_days=7,
        reminder_max=1,
    )
    settings.var_dir.mkdir(parents=True)
    upgrade(make_engine(settings.effective_database_url))
    box = mailbox.Maildir(settings.effective_maildir, create=True)
    box.add(mailbox.MaildirMessage(SAMPLE.read_bytes()))
    outbox = settings.effective_outbox_dir

    start = datetime.now(UTC)
    first = run_once(settings)
    assert first.reminders == 0
    assert _kinds(outbox) == ["request_missing"]

    assert run_once(settings, now=start + timedelta(days=3)).reminders == 0
    week_later = run_once(settings, now=start + timedelta(days=8))
    assert week_later.reminders == 1
    assert "1 reminders queued" in week_later.summary()
    assert sorted(_kinds(outbox)) == ["reminder", "request_missing"]

    # reminder_max = 1: no second reminder, however long the office stays silent.
    assert run_once(settings, now=start + timedelta(days=30)).reminders == 0
    assert len(_kinds(outbox)) == 2
