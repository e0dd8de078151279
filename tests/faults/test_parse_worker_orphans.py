"""A service killed outright must not leave its parse worker processes behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

_SERVICE = """
import os, sys
from mailbot.campaign import load_catalog
from mailbot.config import Settings
from mailbot.message_intake import parse_options
from mailbot.parse_pool import ParsePool

settings = Settings()
pool = ParsePool(2, load_catalog(settings.taskforces_file), parse_options(settings))
raw = b"From: a@example.org\\r\\nSubject: hello\\r\\n\\r\\nhello\\r\\n"
pending = [pool.submit([raw]) for _ in range(4)]
for job in pending:
    assert job.outcomes()[0].parsed is not None
print(" ".join(str(pid) for pid in pool._executor._processes), flush=True)
sys.stdin.read()  # wait to be killed
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purpose; its parent (init) reaps it.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:  # reaped between the two looks
        return False


def test_workers_exit_when_the_service_is_killed(tmp_path: Path) -> None:
    service = subprocess.Popen(
        [sys.executable, "-c", _SERVICE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=str(tmp_path),
    )
    assert service.stdout is not None
    workers = [int(pid) for pid in service.stdout.readline().split()]
    assert len(workers) == 2
    assert all(_alive(pid) for pid in workers)
    service.send_signal(signal.SIGKILL)
    service.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "parse workers outlived the service"
