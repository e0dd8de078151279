"""SIGKILL `mailbot poll --once` over and over during fetch, intake and SMTP sending.

A campaign mailbox of 300 messages (complete and incomplete nominations, out-of-office
replies, bounces, unrelated questions) in a real Dovecot; replies go to a real SMTP server
in this process, which records every DATA. Each run is killed at a point chosen at random
in the stage it has reached: after some messages were stored, after some were through
intake, or inside an SMTP DATA (before or after the message was recorded: the worst
moment for "sent exactly once"), or simply at a random moment. Then runs go on until a
pass finds nothing to do. Rows left in SENDING by a killed sender are handed to staff by
the product's own stale-claim rule, applied here without waiting its ten minutes.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.config import Settings
from tests.faults.campaign_mail import campaign
from tests.faults.harness import (
    Mailroom,
    SmtpHost,
    append_all,
    hand_stale_claims_to_staff,
    worker_env,
)
from tests.servers.dovecot import DovecotServer

pytestmark = [pytest.mark.slow, pytest.mark.dovecot, pytest.mark.smtp]

COUNT = 300
# SQLite, the embedded default, gets the longer run; PostgreSQL a shorter one.
KILLS = {"sqlite": 20, "postgres": 15}
QUOTA = {"fetch": 4, "intake": 4, "send": 5}


def _poll(env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mailbot", "poll", "--once", "--json"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def _idle(report: dict[str, dict[str, int] | None]) -> bool:
    """A pass that stored, processed, moved and sent nothing."""
    fetch, intake, settle, send = (
        report.get(k) or {} for k in ("fetch", "intake", "settle", "send")
    )
    return not any(
        (
            fetch.get("stored"),
            intake.get("processed"),
            intake.get("failed"),
            settle.get("processed"),
            settle.get("quarantined"),
            send.get("sent"),
            send.get("retried"),
        )
    )


@pytest.mark.timeout(240)
@pytest.mark.parametrize(
    "db_backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_sigkill_during_fetch_intake_and_send(
    dovecot: Callable[..., DovecotServer], db_url: str, db_backend: str, tmp_path: Path
) -> None:
    seed = int(os.environ.get("MAILBOT_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    print(f"seed {seed} (set MAILBOT_CRASH_SEED to repeat)")
    server = dovecot()
    mails = campaign(COUNT)
    append_all(server, (m.raw for m in mails))
    smtp = SmtpHost()
    smtp.start()
    env = worker_env(
        tmp_path,
        db_url=db_url,
        imap_url=server.url("bot"),
        smtp_url=smtp.url,
        imap_batch_size="10",
        send_backoff_seconds="0",
    )
    room = Mailroom(db_url, server)
    kills: Counter[str] = Counter()
    try:
        started = time.monotonic()
        for _ in range(KILLS[db_backend]):
            stored, processed = room.stored(), room.processed()
            # The stage a run reaches first, unless that stage has had its share of kills:
            # then the run is let through it and killed in a later one.
            if stored < COUNT and kills["fetch"] < QUOTA["fetch"]:
                stage, target = "fetch", min(stored + rng.randint(3, 40), COUNT - 1)
            elif processed < COUNT and kills["intake"] < QUOTA["intake"]:
                stage, target = "intake", min(processed + rng.randint(10, 80), COUNT - 1)
            else:
                stage, target = "send", 0
            # Random moments too, but never instead of a stage's first kill: a lucky random
            # run could finish the whole stage (fetching 300 messages takes about a second)
            # and leave nothing of it to interrupt.
            first_of_stage = kills[stage] == 0
            if kills["send"] >= QUOTA["send"] or (
                stage != "send" and not first_of_stage and rng.random() < 0.15
            ):
                stage = "random"
            process = _poll(env, tmp_path)
            if stage == "send":
                smtp.handler.kill_pid = process.pid
                smtp.handler.kill_countdown = rng.randint(1, 8)
                smtp.handler.kill_recorded = rng.random() < 0.5
            deadline = time.monotonic() + (rng.uniform(0.5, 2.5) if stage == "random" else 30)
            while process.poll() is None and time.monotonic() < deadline:
                if stage == "fetch" and room.stored() >= target:
                    break
                if stage == "intake" and room.processed() >= target:
                    break
                time.sleep(0.01)
            if process.poll() is None:
                process.kill()
            process.wait()
            if stage == "send":
                if smtp.handler.kill_pid == 0:
                    kills["send"] += 1
                smtp.handler.kill_pid = 0
            elif process.returncode == -9:
                kills[stage] += 1
            print(
                f"run: {stage}, exit {process.returncode}, {room.stored()} stored, {room.processed()} processed, {len(smtp.handler.messages)} sent"
            )
            if process.returncode == 0 and room.inbox() == 0 and room.unsent() == 0:
                break  # nothing left to kill
        print(f"kills: {dict(kills)} in {time.monotonic() - started:.1f} s")
        assert min(kills["fetch"], kills["intake"], kills["send"]) > 0, kills

        # Runs go on until one finds nothing to do.
        for _ in range(5):
            finished = _poll(env, tmp_path)
            out, _err = finished.communicate(timeout=120)
            assert finished.returncode == 0
            if _idle(json.loads(out)):
                break
        else:
            pytest.fail("five passes after the last kill still found work")

        # What the stale-claim rule does ten minutes later: every row a killed sender left in
        # SENDING goes to staff as "unknown: may have been sent" (nothing is running now).
        hand_stale_claims_to_staff(
            Settings(var_dir=tmp_path / "var", database_url=db_url, smtp_url=smtp.url)
        )
        room.assert_campaign_settled(mails, smtp.handler)
        unknown = [row for row in room.outbox() if row[2] == "failed"]
        print(f"{len(smtp.handler.messages)} replies delivered, {len(unknown)} handed to staff")
    finally:
        room.close()
        smtp.stop()
