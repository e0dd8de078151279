"""Pytest plugin: a private Dovecot IMAP server on loopback, started per test by a factory.

`dovecot()` starts an instance with its own config, passwd-file users and Maildirs in a
temp dir, listening on plain IMAP (STARTTLS offered) and implicit TLS (imaps) ports with a
trustme certificate. Options switch off IDLE, MOVE or UIDPLUS in the advertised capabilities
to exercise the client's fallbacks. Never touches /etc/dovecot: the system-wide config and
its includes are not read.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
import trustme
from imapclient import IMAPClient

from tests.servers import require_binary

__all__ = ["DovecotServer", "StoredMessage", "dovecot", "tls_context"]

# Dovecot 2.3's own list (from CAPABILITY after login), used when a test removes one entry.
_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
    "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
    "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW "
    "STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE"
)

_CONFIG = """\
# Private test instance; nothing from /etc/dovecot is included.
instance_name = {instance}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/tls/cert.pem
ssl_key = <{root}/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
mail_uid = {mail_uid}
mail_gid = {mail_gid}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
mail_location = maildir:~/Maildir
mail_max_userip_connections = 100
{capability}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
{login_chroot}
}}
{extra}
"""


@dataclass(frozen=True)
class StoredMessage:
    uid: int
    flags: tuple[str, ...]
    raw: bytes


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class DovecotServer:
    """One running instance; every helper logs in as `user` with the factory's passwords."""

    root: Path
    users: dict[str, str]
    capabilities: str | None
    ca: trustme.CA
    host: str = "127.0.0.1"
    port: int = field(default_factory=_free_port)
    tls_port: int = field(default_factory=_free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def ca_file(self) -> Path:
        return self.root / "tls" / "ca.pem"

    def url(self, user: str, *, scheme: str = "imap", folder: str | None = None) -> str:
        """imap://user:pass@127.0.0.1:PORT[/FOLDER] for the worker's settings."""
        port = self.tls_port if scheme == "imaps" else self.port
        userinfo = f"{quote(user, safe='')}:{quote(self.users[user], safe='')}"
        path = f"/{quote(folder, safe='')}" if folder else ""
        return f"{scheme}://{userinfo}@{self.host}:{port}{path}"

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        binary = require_binary("dovecot", "dovecot-imapd")
        log = (self.root / "master.out").open("ab")
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(self.root / "dovecot.conf")],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,  # the master keeps stderr open; own group for killpg
        )
        log.close()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited at start:\n{self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start:\n{self.log()}")

    def stop(self, *, kill: bool = False) -> None:
        """Stop the whole process group (SIGKILL with kill=True: a crash, not a shutdown)."""
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if kill:
            # Children (imap, auth) die with the group; give the kernel a moment to reap them.
            time.sleep(0.1)
        self.process = None

    def restart(self) -> None:
        """Same port, same data."""
        self.stop()
        self.start()

    def log(self) -> str:
        parts = []
        for name in ("dovecot.log", "master.out"):
            path = self.root / name
            if path.exists():
                parts.append(path.read_text(errors="replace"))
        return "\n".join(parts)

    # -- mailbox helpers (test side; the product never imports these) ---------------------
    @contextmanager
    def client(self, user: str) -> Iterator[IMAPClient]:
        with IMAPClient(self.host, port=self.port, ssl=False, timeout=10) as imap:
            imap.login(user, self.users[user])
            yield imap

    def append(
        self,
        user: str,
        raw: bytes,
        *,
        folder: str = "INBOX",
        flags: tuple[str, ...] = (),
    ) -> int:
        """APPEND one message; returns its UID (Dovecot answers APPENDUID, RFC 4315)."""
        with self.client(user) as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            answer = imap.append(folder, raw, flags=flags)
        # b"[APPENDUID <uidvalidity> <uid>] Append completed."
        return int(answer.split(b"]")[0].split()[-1])

    def folders(self, user: str) -> list[str]:
        with self.client(user) as imap:
            return sorted(name for _flags, _sep, name in imap.list_folders())

    def messages(self, user: str, folder: str = "INBOX") -> list[StoredMessage]:
        with self.client(user) as imap:
            if not imap.folder_exists(folder):
                return []
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["NOT", "DELETED"])
            data = imap.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [
            StoredMessage(
                uid=uid,
                flags=tuple(
                    f.decode() if isinstance(f, bytes) else str(f) for f in data[uid][b"FLAGS"]
                ),
                raw=data[uid][b"BODY[]"],
            )
            for uid in sorted(data)
        ]

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as imap:
            return int(imap.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def change_uidvalidity(self, user: str, folder: str = "INBOX") -> None:
        """Make Dovecot renumber the folder: drop its UID list and indexes while stopped."""
        maildir = self.root / "home" / user / "Maildir"
        if folder != "INBOX":
            maildir = maildir / f".{folder}"
        running = self.process is not None
        self.stop()
        for path in maildir.iterdir():
            if path.name == "dovecot-uidlist" or path.name.startswith("dovecot.index"):
                path.unlink()
        if running:
            self.start()


def _write_instance(root: Path, users: dict[str, str], capabilities: str | None) -> DovecotServer:
    ca = trustme.CA()
    server = DovecotServer(root=root, users=users, capabilities=capabilities, ca=ca)
    tls = root / "tls"
    tls.mkdir()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert.private_key_pem.write_to_path(str(tls / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(tls / "cert.pem"))
    ca.cert_pem.write_to_path(str(tls / "ca.pem"))

    if os.geteuid() == 0:
        # Dovecot refuses mail access as uid 0; Debian's `mail` user owns the Maildirs.
        mail = pwd.getpwnam("mail")
        uid, gid = mail.pw_uid, mail.pw_gid
        login_user, internal_user, chroot = "dovenull", "dovecot", ""
    else:
        uid, gid = os.getuid(), os.getgid()
        login_user = internal_user = pwd.getpwuid(uid).pw_name
        chroot = "  chroot ="  # an unprivileged master cannot chroot its login processes
    (root / "home").mkdir()
    os.chown(root / "home", uid, gid)
    (root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{p}\n" for u, p in users.items()))
    (root / "passwd").chmod(0o644)
    extra = "" if os.geteuid() == 0 else "service anvil {\n  chroot =\n}\n"
    (root / "dovecot.conf").write_text(
        _CONFIG.format(
            instance=f"mailbot-test-{server.port}",
            root=root,
            login_user=login_user,
            internal_user=internal_user,
            mail_uid=uid,
            mail_gid=gid,
            capability=f"imap_capability = {capabilities}" if capabilities else "",
            port=server.port,
            tls_port=server.tls_port,
            login_chroot=chroot,
            extra=extra,
        )
    )
    return server


@pytest.fixture
def dovecot() -> Iterator[Callable[..., DovecotServer]]:
    """Factory: dovecot(users={"bot": "secret"}, idle=True, move=True, uidplus=True).

    Each call starts a fresh instance; all are killed (process group) at teardown even
    when the test failed, and their temp dirs removed.
    """
    started: list[DovecotServer] = []

    def make(
        users: dict[str, str] | None = None,
        *,
        idle: bool = True,
        move: bool = True,
        uidplus: bool = True,
    ) -> DovecotServer:
        require_binary("dovecot", "dovecot-imapd")
        # Not pytest's tmp_path: /tmp/pytest-of-root is 0700 and the `mail` user must
        # traverse every parent of the Maildirs.
        root = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-", dir="/tmp"))
        root.chmod(0o755)
        removed = {"IDLE": not idle, "MOVE": not move, "UIDPLUS": not uidplus}
        capabilities = None
        if any(removed.values()):
            capabilities = " ".join(c for c in _CAPABILITIES.split() if not removed.get(c, False))
        server = _write_instance(root, users or {"bot": "secret"}, capabilities)
        started.append(server)
        server.start()
        return server

    yield make
    for server in started:
        server.stop(kill=True)
        shutil.rmtree(server.root, ignore_errors=True)


def tls_context(server: DovecotServer) -> ssl.SSLContext:
    """Client context trusting only this instance's CA."""
    return ssl.create_default_context(cafile=str(server.ca_file))
