"""Two `mailbot run` processes on one mailbox and one PostgreSQL database: one owner at a
time (the advisory lock), every message processed once, every reply sent once; when the
owner is killed the other takes over within a bounded time and finishes the work."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from mailbot.locks import lock_key
from mailbot.sources.imap import parse_imap_url
from tests.faults.campaign_mail import campaign
from tests.faults.harness import Mailroom, SmtpHost, append_all, wait_until, worker_env
from tests.servers.dovecot import DovecotServer

pytestmark = [pytest.mark.slow, pytest.mark.dovecot, pytest.mark.smtp, pytest.mark.postgres]

FIRST, LATER = 120, 30
# `mailbot run` looks for the lock every 5 s; a takeover then runs a full pass.
TAKEOVER_SECONDS = 15.0


def _owners(room: Mailroom, mailbox: str) -> list[str]:
    """application_name of every session holding the mailbox's advisory lock."""
    with room.engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a"
                    " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                    " AND l.objsubid = 1 AND ((l.classid::bigint << 32) | l.objid::bigint) = :key"
                ),
                {"key": lock_key(mailbox)},
            ).scalars()
        )


@pytest.mark.timeout(150)
@pytest.mark.parametrize("db_backend", ["postgres"])
def test_two_workers_one_owner_no_double_sending_and_takeover(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    mails = campaign(FIRST + LATER)
    append_all(server, (m.raw for m in mails[:FIRST]))
    smtp = SmtpHost()
    smtp.start()
    mailbox = parse_imap_url(server.url("bot")).name
    room = Mailroom(db_url, server)
    workers: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name in ("worker-a", "worker-b"):
            env = worker_env(
                tmp_path / name,
                db_url=f"{db_url}?application_name={name}",
                imap_url=server.url("bot"),
                smtp_url=smtp.url,
                imap_batch_size="20",
                send_backoff_seconds="0",
                poll_interval_seconds="600",
            )
            (tmp_path / name).mkdir()
            workers[name] = subprocess.Popen(
                [sys.executable, "-m", "mailbot", "run"],
                cwd=tmp_path / name,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(tmp_path / f"{name}.log").open("wb"),
            )
        seen: set[str] = set()

        def settled(count: int) -> bool:
            owners = _owners(room, mailbox)
            assert len(owners) <= 1, f"two owners at once: {owners}"
            seen.update(owners)
            return (
                room.processed() == count and room.inbox() == 0 and room.unsent(sending=True) == 0
            )

        wait_until(lambda: settled(FIRST), timeout=60, what="first backlog done")
        assert len(seen) == 1, f"ownership changed hands with both alive: {seen}"
        (owner,) = seen
        survivor = next(name for name in workers if name != owner)
        assert workers[survivor].poll() is None

        workers[owner].send_signal(signal.SIGKILL)
        workers[owner].wait(timeout=10)
        killed = time.monotonic()
        wait_until(lambda: _owners(room, mailbox) == [survivor], timeout=TAKEOVER_SECONDS)
        print(f"takeover after {time.monotonic() - killed:.1f} s")
        append_all(server, (m.raw for m in mails[FIRST:]))
        wait_until(lambda: settled(FIRST + LATER), timeout=60, what="later mail done")
        room.assert_campaign_settled(mails, smtp.handler)
        # Nothing was killed mid-send while both ran: every reply went out, exactly once.
        assert len(smtp.handler.messages) == sum(1 for m in mails if m.expected_status)
    finally:
        for process in workers.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in workers.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        room.close()
        smtp.stop()
