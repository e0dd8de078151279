"""The load benchmarks still run: each in --quick mode, as a subprocess, printing its figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import require_binary

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.slow, pytest.mark.dovecot, pytest.mark.smtp]


def run_bench(module: str, *args: str, timeout: float = 120, codes: tuple[int, ...] = (0,)) -> str:
    done = subprocess.run(
        [sys.executable, "-m", module, "--quick", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode in codes, done.stdout + done.stderr[-3000:]
    return done.stdout


def test_backlog_prints_both_rates_their_ratio_and_peak_memory() -> None:
    require_binary("dovecot", "dovecot-imapd")
    out = run_bench("bench.backlog", "--sizes", "40")
    assert re.search(r"floor\s+\d+ msg/s", out), out
    assert re.search(r"e2e\s+\d+ msg/s", out), out
    assert re.search(r"ratio\s+\d+\.\d\d", out), out
    assert re.search(r"peak RSS \d+ MB", out), out
    # Every message of the quick mailbox went through intake, and none failed.
    stored = re.search(r"(\d+) stored, (\d+) duplicates, (\d+) processed, (\d+) failed", out)
    assert stored, out
    assert int(stored[1]) + int(stored[2]) == 40
    assert int(stored[4]) == 0


def test_latency_prints_median_and_p95() -> None:
    require_binary("dovecot", "dovecot-imapd")
    out = run_bench("bench.latency", "--count", "4", "--warmup", "1")
    assert "4 of 4 nominations answered" in out, out
    assert re.search(r"median \d+\.\d+ s, p95 \d+\.\d+ s", out), out


def test_review_ui_prints_median_and_p95_per_page() -> None:
    # Exit status 1 means "over target": a verdict on speed, which a smoke test leaves alone.
    out = run_bench("bench.review_ui", codes=(0, 1))
    assert "300 nominations on sqlite, 5 requests per page" in out, out
    timed = re.findall(r"median\s+\d+\.\d ms\s+p95\s+\d+\.\d ms", out)
    assert len(timed) >= 8, out
