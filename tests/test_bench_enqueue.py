"""bench.enqueue still runs (--quick) and prints its per-reply figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_enqueue_bench_prints_costs_per_reply() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.enqueue", "--quick", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "100 outbox rows in" in done.stdout
    figures = json.loads(done.stdout.splitlines()[-1])
    assert len(figures["rounds"]) == 2
    for result in figures["rounds"]:
        assert 0 < result["cpu_call"]["mean_ms"] <= result["cpu_flushed"]["mean_ms"]
