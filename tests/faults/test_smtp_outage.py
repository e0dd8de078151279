"""The SMTP server refusing, answering 4xx or 5xx, or dropping the connection while the
worker runs: temporary trouble is retried with backoff and each reply delivered once when
the server is back; a 5xx stops at once and shows staff the server's answer."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.db.models import OutboxStatus
from mailbot.outbox.sender import UNKNOWN
from tests.faults.campaign_mail import campaign
from tests.faults.harness import Mailroom, SmtpHost, append_all, wait_until
from tests.mailbot.test_worker import imap_settings, running
from tests.servers.dovecot import DovecotServer

pytestmark = [pytest.mark.dovecot, pytest.mark.smtp, pytest.mark.slow]

MAILS = campaign(12)  # six nominations: six replies
REPLIES = {
    ("acknowledgement" if m.kind == "complete" else "request_missing", m.message_id)
    for m in MAILS
    if m.expected_status
}
OUTAGE_SECONDS = 3.0
BACKOFF_SECONDS = 0.5


def _break(smtp: SmtpHost, fault: str) -> None:
    handler = smtp.handler
    if fault == "refused":
        return  # never started: connections are refused
    handler.fail_temporary = 10**6 if fault == "4xx" else 0
    handler.drop_before_data = 10**6 if fault == "drop_before_data" else 0
    handler.drop_after_data = 10**6 if fault == "drop_after_data" else 0
    handler.fail_permanent = fault == "5xx"
    smtp.start()


def _heal(smtp: SmtpHost, fault: str) -> None:
    if fault == "refused":
        smtp.start()
    smtp.handler.fail_temporary = smtp.handler.drop_before_data = 0


@pytest.mark.parametrize("db_backend", ["sqlite"])
@pytest.mark.parametrize("fault", ["refused", "4xx", "drop_before_data"])
def test_temporary_trouble_is_retried_with_backoff_then_delivered_once(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path, fault: str
) -> None:
    server = dovecot()
    smtp = SmtpHost()
    room = Mailroom(db_url, server)
    settings = imap_settings(
        server,
        db_url,
        tmp_path,
        smtp_url=smtp.url,
        from_address="cws.mail@example.com",
        send_backoff_seconds=BACKOFF_SECONDS,
        send_max_attempts=8,
        poll_interval_seconds=600,
    )
    try:
        _break(smtp, fault)
        with running(settings, send_interval_seconds=0.2):
            append_all(server, (m.raw for m in MAILS))
            wait_until(lambda: len(room.outbox()) == len(REPLIES), what="replies queued")
            time.sleep(OUTAGE_SECONDS)
            rows = room.attempts()
            assert all(status == OutboxStatus.RETRY for status, _a, _e in rows), rows
            # Without backoff the worker would try every 0.2 s (about 15 times); with a
            # doubling 0.5 s base it tries at about 0, 0.5, 1.5 s (and 3.5 s).
            assert all(2 <= attempts <= 4 for _s, attempts, _e in rows), rows
            _heal(smtp, fault)
            wait_until(
                lambda: all(s == OutboxStatus.SENT for s, _a, _e in room.attempts()),
                timeout=15,
                what="every reply sent once the server is back",
            )
            assert room.inbox() == 0
        delivered = Counter((d.kind, d.in_reply_to) for d in smtp.handler.deliveries())
        assert delivered == Counter(REPLIES)
        assert smtp.handler.sessions_dropped == (
            sum(a for _s, a, _e in rows) if fault == "drop_before_data" else 0
        )
    finally:
        room.close()
        smtp.stop()


@pytest.mark.parametrize("db_backend", ["sqlite"])
@pytest.mark.parametrize("fault", ["5xx", "drop_after_data"])
def test_definite_refusal_and_lost_answer_go_to_staff_and_are_never_retried(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path, fault: str
) -> None:
    server = dovecot()
    smtp = SmtpHost()
    room = Mailroom(db_url, server)
    settings = imap_settings(
        server,
        db_url,
        tmp_path,
        smtp_url=smtp.url,
        from_address="cws.mail@example.com",
        send_backoff_seconds=0.1,
        poll_interval_seconds=600,
    )
    try:
        _break(smtp, fault)
        with running(settings, send_interval_seconds=0.2):
            append_all(server, (m.raw for m in MAILS))
            wait_until(
                lambda: (
                    len(room.outbox()) == len(REPLIES)
                    and all(s == OutboxStatus.FAILED for s, _a, _e in room.attempts())
                ),
                what="every reply failed",
            )
            time.sleep(1.0)  # several send rounds: none may try again
        rows = room.attempts()
        assert [a for _s, a, _e in rows] == [1] * len(REPLIES)
        assert smtp.handler.data_commands == len(REPLIES)
        if fault == "5xx":
            # Staff see the server's own answer on the outbox page.
            assert all("554 5.7.1 Message rejected" in e for _s, _a, e in rows), rows
            assert smtp.handler.messages == []
        else:
            # RFC 1047: the server has it, the client cannot know; asked, not resent.
            assert all(e.startswith(UNKNOWN) for _s, _a, e in rows), rows
            delivered = Counter((d.kind, d.in_reply_to) for d in smtp.handler.deliveries())
            assert delivered == Counter(REPLIES)
        assert room.inbox() == 0
    finally:
        room.close()
        smtp.stop()
