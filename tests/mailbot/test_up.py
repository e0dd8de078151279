"""`mailbot up` on embedded defaults: seeds, answers, serves the UI, and stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from mailbot.config import Settings
from mailbot.quickstart import prepare

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def test_up_runs_the_whole_service_and_stops_cleanly(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "up", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        outbox = tmp_path / "var" / "outbox"

        def login_page_answers() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as r:
                    return bool(r.status == 200)
            except OSError:
                return False

        assert _wait_for(login_page_answers, 60), "review UI never answered"
        # Every seeded sample gets an automatic reply written to the file outbox.
        samples = len(list((tmp_path / "var" / "maildir").glob("**/*")))
        assert samples > 0
        assert _wait_for(lambda: len(list(outbox.glob("*.eml"))) >= 6, 60)
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, output
    assert "Seeded 6 sample nominations" in output
    assert "Created the first staff account: user 'admin'" in output
    replies = [p.read_bytes() for p in outbox.glob("*.eml")]
    assert all(b"Auto-Submitted: auto-replied" in raw for raw in replies)


def test_second_start_does_not_reseed_or_recreate_admin(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path / "var")
    _, first = prepare(settings)
    assert first.seeded_messages == 6
    assert first.admin_name == "admin"
    assert first.admin_password
    _, second = prepare(settings)
    assert second.seeded_messages == 0
    assert second.admin_password is None
