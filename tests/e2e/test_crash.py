"""Crash test: SIGKILL `mailbot poll --once` at random points; every message ends up stored once.

A mailbox of 100 messages in a real Dovecot; each run is killed at a different stage
(while fetching, during intake, while moving mail out, or at a random moment), then the
next run carries on. At the end every message is stored exactly once, none is lost, and
none is left in INBOX.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailbot.db.models import InboundMessage, MessageStatus
from mailbot.db.session import make_engine, make_sessionmaker
from tests.servers.dovecot import DovecotServer

pytestmark = [pytest.mark.slow, pytest.mark.dovecot]


SAMPLES = sorted(
    (Path(__file__).resolve().parents[2] / "mailbot" / "data" / "samples").glob("*.eml")
)
COUNT = 100


def mailbox_of(count: int) -> list[bytes]:
    """The sample nominations, each copy with its own Message-ID."""
    out = []
    for n in range(count):
        raw = SAMPLES[n % len(SAMPLES)].read_bytes()
        raw = re.sub(
            rb"Message-ID: <[^>]+>",
            f"Message-ID: <crash-{n}@samples.example>".encode(),
            raw,
            count=1,
        )
        out.append(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    return out


def counts(db_url: str) -> tuple[int, int]:
    """(rows stored, rows past intake)."""
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            total = session.scalar(select(func.count()).select_from(InboundMessage)) or 0
            done = (
                session.scalar(
                    select(func.count())
                    .select_from(InboundMessage)
                    .where(InboundMessage.status != MessageStatus.RECEIVED)
                )
                or 0
            )
            return total, done
    finally:
        engine.dispose()


def inbox_size(server: DovecotServer) -> int:
    with server.client("bot") as imap:
        return int(imap.folder_status("INBOX", ["MESSAGES"])[b"MESSAGES"])


@pytest.mark.timeout(240)
# One backend keeps the run short: SQLite, the embedded default, where a killed writer
# leaves its WAL behind; the fetch and worker tests cover PostgreSQL.
@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_sigkill_at_random_points_loses_and_duplicates_nothing(
    dovecot: Callable[..., DovecotServer], db_url: str, tmp_path: Path
) -> None:
    seed = int(os.environ.get("MAILBOT_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    print(f"crash test seed {seed} (set MAILBOT_CRASH_SEED to repeat)")
    server = dovecot()
    messages = mailbox_of(COUNT)
    with server.client("bot") as imap:
        for raw in messages:
            imap.append("INBOX", raw)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update(
        {
            "MAILBOT_VAR_DIR": str(tmp_path / "var"),
            "MAILBOT_DATABASE_URL": db_url,
            "MAILBOT_IMAP_URL": server.url("bot"),
            "MAILBOT_IMAP_CA_FILE": str(server.ca_file),
            "MAILBOT_IMAP_BATCH_SIZE": "10",
        }
    )
    # Kill triggers, one per run: mid-fetch, mid-intake, mid-move, then at random moments.
    fetch_at, intake_at, move_at = rng.randint(5, 60), rng.randint(5, 60), rng.randint(10, 60)
    triggers: list[tuple[str, Callable[[], bool]]] = [
        ("fetch", lambda: counts(db_url)[0] >= fetch_at),
        ("intake", lambda: counts(db_url)[1] >= intake_at),
        ("move", lambda: inbox_size(server) <= move_at),
        ("random", lambda: False),
        ("random", lambda: False),
    ]
    kills: list[str] = []
    for stage, trigger in triggers:
        process = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "poll", "--once"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + (rng.uniform(1.0, 6.0) if stage == "random" else 60)
        while process.poll() is None and time.monotonic() < deadline and not trigger():
            time.sleep(0.01)
        if process.poll() is None:
            process.kill()
            kills.append(stage)
        process.wait()
        if inbox_size(server) == 0 and counts(db_url)[1] == COUNT:
            break
    # Runs until one finishes on its own (it must not need more than a few).
    for _ in range(3):
        finished = subprocess.run(
            [sys.executable, "-m", "mailbot", "poll", "--once"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert finished.returncode == 0, finished.stderr.decode(errors="replace")[-3000:]
        if inbox_size(server) == 0:
            break
    print(f"killed during: {kills}")
    assert kills, "no run was killed: the test proved nothing"

    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as session:
            rows = list(session.execute(select(InboundMessage.message_id, InboundMessage.status)))
    finally:
        engine.dispose()
    ids = Counter(message_id for message_id, _status in rows)
    assert len(rows) == COUNT
    assert set(ids) == {f"<crash-{n}@samples.example>" for n in range(COUNT)}
    assert max(ids.values()) == 1
    assert all(status != MessageStatus.RECEIVED for _id, status in rows)
    assert inbox_size(server) == 0
    moved = server.messages("bot", "Processed") + server.messages("bot", "Quarantine")
    assert Counter(m.raw for m in moved) == Counter(messages)
