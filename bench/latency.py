"""Reply latency: from a nomination's APPEND into Dovecot to its reply accepted by the SMTP server.

Run `python -m bench.latency` from the repository root (see bench/README.md). A private
Dovecot and a recording aiosmtpd server start on loopback; `mailbot.worker.run` serves
the INBOX (IMAP IDLE, production defaults) in a separate process on an SQLite database.
A few warm-up nominations go first (the language detector loads on the first parse);
then --count nominations are APPENDed one at a time, --spacing seconds apart, each from
its own office. Latency = time the SMTP server accepted the reply whose In-Reply-To is
the nomination's Message-ID, minus the time the APPEND completed (one clock: both are
measured in this process). Target: median < 1 s, 95th percentile < 2 s.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from bench.mailgen import nomination

__all__ = ["main"]

TARGET_MEDIAN_S = 1.0
TARGET_P95_S = 2.0


def _serve() -> int:
    """Child: the worker's long-running loop on the MAILBOT_* environment, until SIGTERM."""
    from mailbot.config import Settings  # noqa: PLC0415
    from mailbot.worker import run  # noqa: PLC0415

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    stop = threading.Event()

    def request_stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    run(Settings(), stop)
    return 0


def _wait_for(smtp: Any, message_ids: set[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if message_ids <= {a.in_reply_to for a in smtp.arrivals()}:
            return
        time.sleep(0.05)


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(count: int, spacing: float, warmup: int, seed: int) -> dict[str, Any]:
    from imapclient import IMAPClient  # noqa: PLC0415

    from bench.servers import PASSWORD, USER, private_dovecot, recording_smtp  # noqa: PLC0415
    from mailbot.db.session import make_engine, upgrade  # noqa: PLC0415

    rng = random.Random(seed)
    with (
        private_dovecot() as server,
        recording_smtp() as smtp,
        tempfile.TemporaryDirectory() as work,
    ):
        db_url = f"sqlite:///{Path(work) / 'mailbot.sqlite3'}"
        engine = make_engine(db_url)
        upgrade(engine)
        engine.dispose()
        env = os.environ | {
            "MAILBOT_VAR_DIR": work,
            "MAILBOT_DATABASE_URL": db_url,
            "MAILBOT_IMAP_URL": server.url(USER),
            "MAILBOT_SMTP_URL": smtp.url,
            "MAILBOT_SECRET_KEY": "bench-secret",
        }
        log = (Path(work) / "worker.log").open("w")
        worker = subprocess.Popen(
            [sys.executable, "-m", "bench.latency", "--serve"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        appended: dict[str, float] = {}
        try:
            with IMAPClient(server.host, port=server.port, ssl=False, timeout=30) as imap:
                imap.login(USER, PASSWORD)
                warm: set[str] = set()
                for n in range(warmup):
                    msg = nomination(rng, 100_000 + n)
                    imap.append("INBOX", msg.as_bytes())
                    warm.add(str(msg["Message-ID"]))
                _wait_for(smtp, warm, timeout=120)
                for n in range(count):
                    msg = nomination(rng, n)
                    raw = msg.as_bytes()
                    imap.append("INBOX", raw)
                    appended[str(msg["Message-ID"])] = time.time()
                    time.sleep(spacing)
            _wait_for(smtp, set(appended), timeout=60)
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
            log.close()
            worker_log = (Path(work) / "worker.log").read_text(errors="replace")
        arrivals = {a.in_reply_to: a.at for a in smtp.arrivals()}
    latencies = [arrivals[mid] - at for mid, at in appended.items() if mid in arrivals]
    missing = len(appended) - len(latencies)
    result: dict[str, Any] = {"messages": count, "replied": len(latencies), "missing": missing}
    if latencies:
        result |= {
            "median_s": statistics.median(latencies),
            "p95_s": _percentile(latencies, 0.95),
            "min_s": min(latencies),
            "max_s": max(latencies),
        }
    if missing:
        result["worker_log_tail"] = worker_log[-2000:]
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.latency", description=__doc__)
    parser.add_argument("--count", type=int, help="timed nominations (100; 10 with --quick)")
    parser.add_argument("--spacing", type=float, default=0.3, help="seconds between APPENDs (0.3)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed nominations first (3)")
    parser.add_argument("--seed", type=int, default=175, help="message generator seed (175)")
    parser.add_argument("--quick", action="store_true", help="10 timed nominations")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return _serve()

    from bench.servers import dovecot_available  # noqa: PLC0415

    if not dovecot_available():
        print("dovecot not found: install the Debian package dovecot-imapd", file=sys.stderr)
        return 2
    count = args.count or (10 if args.quick else 100)
    result = measure(count, args.spacing, args.warmup, args.seed)
    print(
        f"{result['replied']} of {result['messages']} nominations answered "
        f"(APPEND every {args.spacing} s; worker on IDLE, production defaults)"
    )
    if result["replied"]:
        ok = result["median_s"] < TARGET_MEDIAN_S and result["p95_s"] < TARGET_P95_S
        print(
            f"  latency median {result['median_s']:.3f} s, p95 {result['p95_s']:.3f} s "
            f"(min {result['min_s']:.3f}, max {result['max_s']:.3f}); target median < "
            f"{TARGET_MEDIAN_S} s, p95 < {TARGET_P95_S} s: {'meets' if ok else 'MISSES'}"
        )
    if result["missing"]:
        print(
            f"  {result['missing']} without a reply; worker log tail:\n{result['worker_log_tail']}"
        )
    if args.json:
        print(json.dumps(result))
    return 0 if result["replied"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
