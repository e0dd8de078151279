"""The worker against real Dovecot and both databases: one pass, IDLE, polling, reconnects."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, MessageStatus
from mailbot.db.session import make_engine, make_sessionmaker
from mailbot.worker import WorkerStatus, run, run_once
from parsers import language
from tests.servers.dovecot import DovecotServer

SAMPLES = Path(__file__).resolve().parents[2] / "mailbot" / "data" / "samples"


def samples(*, crlf: bool = False) -> list[bytes]:
    raws = [path.read_bytes() for path in sorted(SAMPLES.glob("*.eml"))]
    # IMAP stores CRLF line ends (RFC 3501 2.2); APPEND of the LF files converts them.
    return [raw.replace(b"\n", b"\r\n") for raw in raws] if crlf else raws


def note(n: int) -> bytes:
    return (
        f"From: office{n}@ipo.example\r\nTo: cws.mail@example.org\r\n"
        f"Subject: Question {n}\r\nMessage-ID: <q{n}@ipo.example>\r\n"
        f"Date: Mon, 02 Oct 2023 10:00:00 +0000\r\n\r\nWhen is the deadline?\r\n"
    ).encode()


def stored(db_url: str) -> list[tuple[str | None, str]]:
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            return [
                (row.message_id, row.status)
                for row in session.scalars(select(InboundMessage).order_by(InboundMessage.id))
            ]
    finally:
        engine.dispose()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> float:
    """Seconds until predicate() held; fails the test after `timeout`."""
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            pytest.fail(f"condition not met within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - started


def imap_settings(
    server: DovecotServer, db_url: str, tmp_path: Path, **options: object
) -> Settings:
    return Settings(
        var_dir=tmp_path,
        database_url=db_url,
        imap_url=server.url("bot"),  # type: ignore[arg-type]
        imap_ca_file=server.ca_file,
        **options,  # type: ignore[arg-type]
    )


@contextmanager
def running(settings: Settings, **options: float) -> Iterator[WorkerStatus]:
    """`run` in a thread with test-sized backoff; stopped and joined at the end."""
    stop = threading.Event()
    status = WorkerStatus()
    options = {
        "backoff_initial_seconds": 0.1,
        "backoff_max_seconds": 0.5,
        "lock_retry_seconds": 0.2,
        "send_interval_seconds": 0.5,
        **options,
    }
    thread = threading.Thread(
        target=run, args=(settings, stop), kwargs={"status": status, **options}, daemon=True
    )
    thread.start()
    try:
        wait_until(lambda: status.passes >= 1 or not thread.is_alive())
        assert thread.is_alive(), "worker died at start"
        yield status
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive(), "worker did not stop within 10 s"


def test_run_once_on_the_embedded_maildir(db_url: str, tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=db_url)
    inbox = settings.effective_maildir / "new"
    inbox.mkdir(parents=True)
    for number, raw in enumerate(samples()):
        (inbox / f"17000000{number:02}.M1P1.test").write_bytes(raw)

    report = run_once(settings)

    assert report.fetch is not None
    assert report.intake is not None
    assert (report.fetch.stored, report.intake.processed + report.intake.failed) == (6, 6)
    assert list(inbox.iterdir()) == []
    assert list((settings.effective_maildir / "cur").iterdir()) == []
    done = [
        path
        for folder in (".Processed", ".Quarantine")
        if (settings.effective_maildir / folder).is_dir()
        for path in (settings.effective_maildir / folder / "cur").iterdir()
    ]
    assert sorted(path.read_bytes() for path in done) == sorted(samples())
    assert all(status != MessageStatus.RECEIVED for _id, status in stored(db_url))
    # A second pass finds nothing to do.
    again = run_once(settings)
    assert again.fetch is not None
    assert (again.fetch.stored, again.fetch.in_folder) == (0, 0)


@pytest.mark.dovecot
def test_run_once_empties_the_imap_inbox(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    for raw in samples():
        server.append("bot", raw)
    report = run_once(imap_settings(server, db_url, tmp_path))
    assert report.fetch is not None
    assert report.fetch.stored == 6
    assert server.messages("bot") == []
    moved = server.messages("bot", "Processed") + server.messages("bot", "Quarantine")
    assert sorted(m.raw for m in moved) == sorted(samples(crlf=True))
    assert len(stored(db_url)) == 6


@pytest.mark.dovecot
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_idle_picks_up_new_mail_within_a_second(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    # A long poll interval: only IDLE can explain a quick pickup.
    settings = imap_settings(server, db_url, tmp_path, poll_interval_seconds=600)
    with running(settings, send_interval_seconds=30) as status:
        time.sleep(0.3)  # let the worker enter IDLE
        server.append("bot", note(1))
        assert wait_until(lambda: len(stored(db_url)) == 1) < 1.0
        wait_until(lambda: server.messages("bot") == [])
        assert status.errors == 0
    assert [m.raw for m in server.messages("bot", "Processed")] == [note(1)]


@pytest.mark.dovecot
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_polls_when_the_server_has_no_idle(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot(idle=False)
    settings = imap_settings(server, db_url, tmp_path, poll_interval_seconds=0.5)
    with running(settings, send_interval_seconds=30):
        server.append("bot", note(1))
        assert wait_until(lambda: len(stored(db_url)) == 1) < 2.0
        wait_until(lambda: server.messages("bot") == [])


@pytest.mark.dovecot
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_reconnects_with_backoff_after_a_server_restart_during_idle(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    server = dovecot()
    settings = imap_settings(server, db_url, tmp_path, poll_interval_seconds=600)
    with running(settings) as status:
        time.sleep(0.3)
        server.stop(kill=True)
        wait_until(lambda: status.errors >= 2)  # it keeps trying while the server is down
        server.start()
        passes = status.passes
        wait_until(lambda: status.passes > passes)  # reconnected: a full pass
        server.append("bot", note(2))
        wait_until(lambda: len(stored(db_url)) == 1)
    assert "SourceError" in status.last_error


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_stop_is_prompt_while_waiting_on_a_maildir(db_url: str, tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=db_url, poll_interval_seconds=600)
    with running(settings, send_interval_seconds=600) as status:
        started = time.monotonic()
        inbox = settings.effective_maildir / "new"
        (inbox / "1700000000.M1P1.test").write_bytes(note(3))
        wait_until(lambda: len(stored(db_url)) == 1, timeout=3)
        assert status.owns_mailbox
    assert time.monotonic() - started < 5


def test_parse_workers_start_for_a_backlog_and_stop_after_it(db_url: str, tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=db_url, parse_workers=2)
    inbox = settings.effective_maildir / "new"
    inbox.mkdir(parents=True)
    for n in range(60):  # more than two groups: parsed in the workers
        (inbox / f"17000001{n:02}.M1P1.test").write_bytes(note(n))
    before = set(multiprocessing.active_children())
    with running(settings) as status:
        wait_until(lambda: len(stored(db_url)) == 60 and status.last_report is not None)
        report = status.last_report
        assert report is not None
        assert report.intake is not None
        assert report.intake.processed == 60
        workers = set(multiprocessing.active_children()) - before
        assert len(workers) == 2
        # One more message: a pass with no backlog lets the workers go.
        (inbox / "1700000200.M1P1.test").write_bytes(note(200))
        wait_until(lambda: len(stored(db_url)) == 61 and status.passes >= 2)
        wait_until(lambda: not any(worker.is_alive() for worker in workers))
    assert all(s != MessageStatus.RECEIVED for _id, s in stored(db_url))


def test_the_service_loads_the_language_models_before_the_first_mail(
    db_url: str, tmp_path: Path
) -> None:
    language._detector.cache_clear()
    assert language._detector.cache_info().currsize == 0
    with running(Settings(var_dir=tmp_path, database_url=db_url)) as status:
        assert status.last_report is not None
        assert status.last_report.intake is not None
        assert status.last_report.intake.processed == 0  # nothing parsed: an empty mailbox
        assert language._detector.cache_info().currsize == 1
