"""Pytest plugin: `smtp_server(**options)` starts a real aiosmtpd server on 127.0.0.1, port 0.

Options: tls=None | "implicit" | "starttls" (a trustme CA; `server.ca_file` trusts it),
auth={"user": "password"} (AUTH required), fail_temporary=n (451 to the first n DATA
commands), fail_permanent=True (554 to DATA), drop_before_data=n (the first n sessions are
cut at MAIL FROM), drop_after_data=n (the first n messages are received, then the
connection is cut before the final reply), refuse=("addr",) (550 at RCPT).
The handler records what it accepted in `server.messages`.
"""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

__all__ = ["Received", "RecordingHandler", "SmtpServer", "smtp_server"]


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    fail_temporary: int = 0
    fail_permanent: bool = False
    drop_before_data: int = 0
    drop_after_data: int = 0
    refuse: tuple[str, ...] = ()
    messages: list[Received] = field(default_factory=list)
    sessions_dropped: int = 0
    data_commands: int = 0

    async def handle_MAIL(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.drop_before_data > 0:
            self.drop_before_data -= 1
            self.sessions_dropped += 1
            server.transport.abort()
            return "421 4.4.2 closing"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: SMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:  # noqa: N802
        self.data_commands += 1
        if self.fail_temporary > 0:
            self.fail_temporary -= 1
            return "451 4.3.0 Temporary local problem, try again later"
        if self.fail_permanent:
            return "554 5.7.1 Message rejected: policy violation"
        self.messages.append(
            Received(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.original_content))
        )
        if self.drop_after_data > 0:
            # The message is in; the client never hears so (RFC 1047's lost reply).
            self.drop_after_data -= 1
            self.sessions_dropped += 1
            server.transport.abort()
        return "250 2.0.0 Ok: queued"


class _Controller(Controller):
    """aiosmtpd's Controller, able to listen on port 0 (it learns the port once bound)."""

    def _trigger_server(self) -> None:
        if self.port == 0 and self.server is not None:
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()

    def factory(self) -> SMTP:
        with warnings.catch_warnings():
            # "Requiring AUTH while not requiring TLS": deliberate in the plain AUTH case.
            warnings.simplefilter("ignore")
            return super().factory()


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: RecordingHandler
    tls: str | None
    ca_file: Path | None

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def url(self, user: str | None = None, password: str | None = None) -> str:
        scheme = {None: "smtp", "implicit": "smtps", "starttls": "smtp+starttls"}[self.tls]
        auth = f"{quote(user, safe='')}:{quote(password or '', safe='')}@" if user else ""
        return f"{scheme}://{auth}{self.host}:{self.port}"


def _authenticator(users: dict[str, str]) -> Callable[..., AuthResult]:
    def check(server: SMTP, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and users.get(data.login.decode()) == data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    return check


@pytest.fixture(scope="session")
def smtp_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def smtp_server(smtp_ca: trustme.CA, tmp_path: Path) -> Iterator[Callable[..., SmtpServer]]:
    controllers: list[Controller] = []

    def make(
        *,
        tls: str | None = None,
        auth: dict[str, str] | None = None,
        fail_temporary: int = 0,
        fail_permanent: bool = False,
        drop_before_data: int = 0,
        drop_after_data: int = 0,
        refuse: tuple[str, ...] = (),
    ) -> SmtpServer:
        handler = RecordingHandler(
            fail_temporary=fail_temporary,
            fail_permanent=fail_permanent,
            drop_before_data=drop_before_data,
            drop_after_data=drop_after_data,
            refuse=refuse,
        )
        kwargs: dict[str, Any] = {}
        ca_file: Path | None = None
        server_context: ssl.SSLContext | None = None
        if tls is not None:
            server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            smtp_ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
            ca_file = tmp_path / f"smtp-ca-{len(controllers)}.pem"
            smtp_ca.cert_pem.write_to_path(str(ca_file))
        if tls == "starttls":
            kwargs |= {"tls_context": server_context, "require_starttls": True}
        if auth is not None:
            kwargs |= {
                "authenticator": _authenticator(auth),
                "auth_required": True,
                # aiosmtpd only knows about TLS it negotiated itself (STARTTLS); on
                # implicit TLS the link is encrypted before it sees the first byte.
                "auth_require_tls": tls == "starttls",
            }
        controller = _Controller(
            handler,
            hostname="127.0.0.1",
            port=0,
            ssl_context=server_context if tls == "implicit" else None,
            **kwargs,
        )
        controller.start()
        controllers.append(controller)
        return SmtpServer("127.0.0.1", controller.port, handler, tls, ca_file)

    yield make
    for controller in controllers:
        controller.stop()
