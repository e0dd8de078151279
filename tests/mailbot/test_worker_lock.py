"""One owner per mailbox on a shared PostgreSQL: the advisory lock, takeover, clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from mailbot.config import Settings
from mailbot.db.session import make_engine
from mailbot.locks import MailboxLock, lock_key
from mailbot.sources.imap import parse_imap_url
from mailbot.worker import WorkerStatus, run
from tests.mailbot.test_worker import imap_settings, note, stored, wait_until
from tests.servers.dovecot import DovecotServer


def lock_holders(db_url: str, mailbox: str) -> list[int]:
    """Backend pids holding the mailbox's advisory lock, seen from a third connection."""
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            return list(
                connection.execute(
                    text(
                        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        " AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = :key"
                    ),
                    {"key": lock_key(mailbox)},
                ).scalars()
            )
    finally:
        engine.dispose()


def terminate(db_url: str, pid: int) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        engine.dispose()


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_sqlite_lock_always_succeeds(db_url: str) -> None:
    engine = make_engine(db_url)
    with MailboxLock(engine, "maildir:/x") as first, MailboxLock(engine, "maildir:/x") as second:
        assert first.try_acquire()
        assert second.try_acquire()  # one process per SQLite file: nothing to arbitrate
        assert first.alive()
    engine.dispose()


@pytest.mark.parametrize("db_backend", ["postgres"])
@pytest.mark.postgres
def test_one_owner_and_takeover_when_its_connection_dies(db_url: str) -> None:
    one, two = make_engine(db_url), make_engine(db_url)
    first, second = (
        MailboxLock(one, "imap://bot@h:1/INBOX"),
        MailboxLock(two, "imap://bot@h:1/INBOX"),
    )
    other = MailboxLock(two, "imap://bot@h:1/Other")
    try:
        assert first.try_acquire()
        assert not second.try_acquire()
        assert other.try_acquire()  # another mailbox is another key
        assert first.alive()
        (pid,) = lock_holders(db_url, "imap://bot@h:1/INBOX")
        terminate(db_url, pid)
        assert not first.alive()
        assert second.try_acquire()
        assert not first.try_acquire()
        second.release()
        assert first.try_acquire()
    finally:
        for lock in (first, second, other):
            lock.release()
        one.dispose()
        two.dispose()


@pytest.mark.dovecot
@pytest.mark.parametrize("db_backend", ["postgres"])
@pytest.mark.postgres
def test_two_workers_one_owner_then_takeover(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    settings = imap_settings(server, db_url, tmp_path, poll_interval_seconds=600)
    mailbox = parse_imap_url(server.url("bot")).name
    stops = [threading.Event(), threading.Event()]
    statuses = [WorkerStatus(), WorkerStatus()]
    threads = [
        threading.Thread(
            target=run,
            args=(settings, stop),
            kwargs={
                "status": status,
                "backoff_initial_seconds": 0.1,
                "lock_retry_seconds": 0.2,
                "send_interval_seconds": 0.3,
            },
            daemon=True,
        )
        for stop, status in zip(stops, statuses, strict=True)
    ]
    for thread in threads:
        thread.start()
    try:
        wait_until(lambda: sum(s.owns_mailbox for s in statuses) == 1)
        wait_until(lambda: sum(s.passes for s in statuses) >= 1)
        owner = next(i for i, s in enumerate(statuses) if s.owns_mailbox)
        waiter = 1 - owner
        assert statuses[waiter].passes == 0
        server.append("bot", note(1))
        wait_until(lambda: len(stored(db_url)) == 1)

        (pid,) = lock_holders(db_url, mailbox)
        terminate(db_url, pid)  # the owner's lock connection dies
        wait_until(lambda: statuses[waiter].owns_mailbox)
        wait_until(lambda: not statuses[owner].owns_mailbox)
        server.append("bot", note(2))
        wait_until(lambda: len(stored(db_url)) == 2)
        wait_until(lambda: server.messages("bot") == [])
        assert sum(s.owns_mailbox for s in statuses) == 1
        assert statuses[waiter].passes >= 1
    finally:
        for stop in stops:
            stop.set()
        for thread in threads:
            thread.join(timeout=10)
    assert sorted(message_id or "" for message_id, _ in stored(db_url)) == [
        "<q1@ipo.example>",
        "<q2@ipo.example>",
    ]


def _worker_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update(
        {
            "MAILBOT_VAR_DIR": str(settings.var_dir),
            "MAILBOT_DATABASE_URL": settings.database_url,
            "MAILBOT_POLL_INTERVAL_SECONDS": str(settings.poll_interval_seconds),
        }
    )
    if settings.imap_url is not None:
        env["MAILBOT_IMAP_URL"] = settings.imap_url.get_secret_value()
        env["MAILBOT_IMAP_CA_FILE"] = str(settings.imap_ca_file)
    return env


@pytest.mark.slow
@pytest.mark.dovecot
@pytest.mark.parametrize("db_backend", ["postgres"])
@pytest.mark.postgres
def test_killed_owner_process_is_replaced(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    settings = imap_settings(server, db_url, tmp_path, poll_interval_seconds=600)
    mailbox = parse_imap_url(server.url("bot")).name
    log = (tmp_path / "owner.log").open("wb")
    owner = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "run"],
        cwd=tmp_path,
        env=_worker_env(settings),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    stop = threading.Event()
    status = WorkerStatus()
    waiter = threading.Thread(
        target=run,
        args=(settings, stop),
        kwargs={"status": status, "lock_retry_seconds": 0.2, "send_interval_seconds": 0.3},
        daemon=True,
    )
    try:
        wait_until(lambda: len(lock_holders(db_url, mailbox)) == 1, timeout=30)
        waiter.start()
        wait_until(status.started.is_set)
        assert not status.owns_mailbox
        owner.send_signal(signal.SIGKILL)
        owner.wait(timeout=10)
        wait_until(lambda: status.owns_mailbox)
        server.append("bot", note(5))
        wait_until(lambda: len(stored(db_url)) == 1)
    finally:
        stop.set()
        waiter.join(timeout=10)
        if owner.poll() is None:
            owner.kill()
            owner.wait()
        log.close()


@pytest.mark.slow
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_sigterm_stops_the_service_cleanly(db_url: str, tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=db_url)
    errors = tmp_path / "stderr.log"
    with errors.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "run"],
            cwd=tmp_path,
            env=_worker_env(settings),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        inbox = settings.effective_maildir / "new"
        wait_until(inbox.is_dir, timeout=30)
        (inbox / "1700000000.M1P1.test").write_bytes(note(7))
        wait_until(lambda: len(stored(db_url)) == 1, timeout=30)
        process.send_signal(signal.SIGTERM)
        # It finishes the message in hand (the first intake loads the language models).
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        print(errors.read_text(errors="replace"))
    assert "Traceback" not in errors.read_text(errors="replace")
