"""Real servers for the load benchmarks, outside pytest: a private Dovecot and a recording SMTP server.

Dovecot is the test suite's own instance (tests.servers.dovecot: same config, mail_uid 8
when run as root, temp dir under /tmp), started and killed here without pytest fixtures.
A backlog can be written straight into the user's Maildir before Dovecot starts, which is
far quicker than 10,000 APPENDs; Dovecot assigns the UIDs on the first SELECT.
"""

from __future__ import annotations

import os
import pwd
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

# The test plugin's instance writer: one config for tests and benchmarks, so a fix to the
# Dovecot setup (uids, chroot, capabilities) reaches both.
from tests.servers.dovecot import DovecotServer, _write_instance

__all__ = ["Arrival", "RecordingSmtp", "dovecot_available", "private_dovecot", "recording_smtp"]

USER = "bot"
PASSWORD = "secret"  # noqa: S105 - a throwaway Dovecot on loopback


def dovecot_available() -> bool:
    return bool(shutil.which("dovecot") or Path("/usr/sbin/dovecot").exists())


def _mail_owner() -> tuple[int, int]:
    if os.geteuid() == 0:
        mail = pwd.getpwnam("mail")  # Dovecot refuses mail access as uid 0
        return mail.pw_uid, mail.pw_gid
    return os.getuid(), os.getgid()


def _fill_maildir(root: Path, messages: Iterable[bytes]) -> int:
    """Write messages into the user's Maildir new/ (Maildir spec: tmp/ then rename)."""
    uid, gid = _mail_owner()
    home = root / "home" / USER
    maildir = home / "Maildir"
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    stamp = int(time.time())
    for count, raw in enumerate(messages, 1):
        # As Dovecot's own delivery names them: S= the file size, W= the size with CRLF
        # line ends (RFC 3501 2.2: what RFC822.SIZE reports), so FETCH need not count lines.
        crlf = len(raw) + raw.count(b"\n") - raw.count(b"\r\n")
        name = f"{stamp}.M{count}P{os.getpid()}.bench,S={len(raw)},W={crlf}"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(raw)
        tmp.rename(maildir / "new" / name)
    for path in (home, *home.rglob("*")):
        os.chown(path, uid, gid)
    return count


@contextmanager
def private_dovecot(messages: Iterable[bytes] = ()) -> Iterator[DovecotServer]:
    """A Dovecot on loopback with user bot/secret whose INBOX holds `messages`; killed at exit."""
    root = Path(tempfile.mkdtemp(prefix="mailbot-bench-", dir="/tmp"))
    root.chmod(0o755)  # the mail user must traverse it
    server = _write_instance(root, {USER: PASSWORD}, None)
    try:
        _fill_maildir(root, messages)
        server.start()
        yield server
    finally:
        server.stop(kill=True)
        shutil.rmtree(root, ignore_errors=True)


@dataclass(frozen=True)
class Arrival:
    at: float  # time.time() when DATA was accepted
    in_reply_to: str
    recipients: tuple[str, ...]
    size: int


@dataclass
class _Handler:
    arrivals: list[Arrival] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:  # noqa: N802
        data = bytes(envelope.original_content or b"")
        head = message_from_bytes(data.split(b"\r\n\r\n", 1)[0], policy=policy.compat32)
        arrival = Arrival(
            time.time(),
            str(head.get("In-Reply-To", "")).strip(),
            tuple(envelope.rcpt_tos),
            len(data),
        )
        with self.lock:
            self.arrivals.append(arrival)
        return "250 2.0.0 Ok: queued"


class _Controller(Controller):
    """Controller on port 0: learn the port once bound (as tests/servers/smtp.py does)."""

    def _trigger_server(self) -> None:
        if self.port == 0 and self.server is not None:
            self.port = self.server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        super()._trigger_server()  # type: ignore[no-untyped-call]


@dataclass
class RecordingSmtp:
    host: str
    port: int
    handler: _Handler

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    def arrivals(self) -> list[Arrival]:
        with self.handler.lock:
            return list(self.handler.arrivals)


@contextmanager
def recording_smtp() -> Iterator[RecordingSmtp]:
    """aiosmtpd on 127.0.0.1 that accepts everything and records when each message arrived."""
    handler = _Handler()
    controller = _Controller(handler, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        yield RecordingSmtp("127.0.0.1", controller.port, handler)
    finally:
        controller.stop()
