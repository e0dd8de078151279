"""Dovecot killed in the middle of fetching a backlog: the worker backs off, reconnects by
itself when the server is back, and finishes the backlog with nothing lost or doubled.
(A restart during IDLE is tests/mailbot/test_worker.py's.)"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.config import Settings
from tests.faults.campaign_mail import campaign
from tests.faults.harness import Mailroom, SmtpHost, append_all, serving, wait_until
from tests.servers.dovecot import DovecotServer

pytestmark = [pytest.mark.slow, pytest.mark.dovecot, pytest.mark.smtp]

COUNT = 240
# Dovecot writes a Maildir's new UID list into dovecot-uidlist.lock and renames it into
# place; that lock file holds no PID, so when the kill lands inside the write the restarted
# server waits out the lock's 2-minute stale timeout before any SELECT of that folder
# answers. The service must ride that out too, so the wait after the restart covers it.
AFTER_RESTART_SECONDS = 180


@pytest.mark.timeout(AFTER_RESTART_SECONDS + 90)
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_server_killed_mid_fetch_of_a_backlog(
    dovecot: Callable[..., DovecotServer],
    db_url: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="mailbot.worker")
    server = dovecot()
    mails = campaign(COUNT)
    append_all(server, (m.raw for m in mails))
    smtp = SmtpHost()
    smtp.start()
    room = Mailroom(db_url, server)
    settings = Settings(
        var_dir=tmp_path,
        database_url=db_url,
        imap_url=server.url("bot"),
        imap_ca_file=server.ca_file,
        imap_batch_size=20,
        smtp_url=smtp.url,
        from_address="cws.mail@example.com",
        send_backoff_seconds=0,
        poll_interval_seconds=600,
    )
    try:
        with serving(settings) as status:
            wait_until(lambda: room.stored() >= 40, what="fetch under way")
            server.stop(kill=True)
            at_crash = room.stored()
            wait_until(lambda: status.errors >= 4, what="retries while the server is down")
            time.sleep(0.5)
            server.start()
            wait_until(
                lambda: (
                    room.processed() == COUNT
                    and room.inbox() == 0
                    and room.unsent(sending=True) == 0
                ),
                timeout=AFTER_RESTART_SECONDS,
                what="backlog finished after the restart",
            )
        assert at_crash < COUNT, "the server went down after the fetch: nothing was proved"
        assert "SourceError" in status.last_error
        room.assert_campaign_settled(mails, smtp.handler)
        assert len(smtp.handler.messages) == sum(1 for m in mails if m.expected_status)
    finally:
        room.close()
        smtp.stop()
    # Exponential backoff: each retry waits twice the last, up to the cap.
    delays = [
        delay
        for record in caplog.records
        if isinstance(record.args, tuple)
        for delay in record.args[1:2]
        if isinstance(delay, float)
    ]
    assert delays[:4] == [0.2, 0.4, 0.8, 1.6], delays
    assert max(delays) == 1.6
