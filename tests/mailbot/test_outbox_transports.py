"""SmtpTransport against a real aiosmtpd server: TLS, STARTTLS, AUTH, and each failure class."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
import trustme

from mailbot.config import Settings
from mailbot.errors import ConfigError, PermanentSendError, TemporarySendError
from mailbot.outbox.sender import build_transport
from mailbot.outbox.transports import (
    ConsoleTransport,
    DeliveryUnknownError,
    FileTransport,
    SmtpTransport,
)
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.smtp

MESSAGE = (
    b"From: cws.mail@example.org\r\nTo: office@example.org\r\nSubject: test\r\n"
    b"Message-ID: <t1@example.org>\r\n\r\nHello\r\n"
)
SENDER = "cws.mail@example.org"

ServerFactory = Callable[..., SmtpServer]


def _send(transport: SmtpTransport, *recipients: str) -> None:
    transport.send(MESSAGE, sender=SENDER, recipients=list(recipients) or ["office@example.org"])


def test_plain_smtp_delivers_envelope_and_bytes(smtp_server: ServerFactory) -> None:
    server = smtp_server()
    _send(SmtpTransport.from_url(server.url()), "office@example.org", "cc@example.org")
    (got,) = server.messages
    assert got.sender == SENDER
    assert got.recipients == ("office@example.org", "cc@example.org")
    assert got.message["Message-ID"] == "<t1@example.org>"


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_tls_verified_with_the_configured_ca(smtp_server: ServerFactory, tls: str) -> None:
    server = smtp_server(tls=tls)
    _send(SmtpTransport.from_url(server.url(), ca_file=server.ca_file))
    assert len(server.messages) == 1


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_tls_with_an_untrusted_certificate_fails(
    smtp_server: ServerFactory, tls: str, tmp_path: Path
) -> None:
    server = smtp_server(tls=tls)
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    with pytest.raises(TemporarySendError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify"):
        _send(SmtpTransport.from_url(server.url(), ca_file=other_ca, timeout=5))
    assert server.messages == []


def test_auth_over_starttls(smtp_server: ServerFactory) -> None:
    server = smtp_server(tls="starttls", auth={"bot@example.org": "p@ss:w/rd"})
    url = server.url("bot@example.org", "p@ss:w/rd")
    _send(SmtpTransport.from_url(url, ca_file=server.ca_file))
    assert len(server.messages) == 1


def test_wrong_password_is_permanent(smtp_server: ServerFactory) -> None:
    server = smtp_server(tls="implicit", auth={"bot": "right"})
    with pytest.raises(PermanentSendError) as info:
        _send(SmtpTransport.from_url(server.url("bot", "wrong"), ca_file=server.ca_file))
    assert info.value.code == 535
    assert server.messages == []


def test_4xx_is_temporary_with_the_servers_answer(smtp_server: ServerFactory) -> None:
    server = smtp_server(fail_temporary=1)
    with pytest.raises(TemporarySendError) as info:
        _send(SmtpTransport.from_url(server.url()))
    assert info.value.code == 451
    assert "Temporary local problem" in str(info.value)


def test_5xx_is_permanent_with_the_servers_answer(smtp_server: ServerFactory) -> None:
    server = smtp_server(fail_permanent=True)
    with pytest.raises(PermanentSendError) as info:
        _send(SmtpTransport.from_url(server.url()))
    assert info.value.code == 554
    assert "policy violation" in str(info.value)
    assert not isinstance(info.value, DeliveryUnknownError)


def test_all_recipients_refused_is_permanent(smtp_server: ServerFactory) -> None:
    server = smtp_server(refuse=("ghost@example.org",))
    with pytest.raises(PermanentSendError) as info:
        _send(SmtpTransport.from_url(server.url()), "ghost@example.org")
    assert info.value.code == 550
    assert info.value.recipient == "ghost@example.org"


def test_one_refused_recipient_does_not_stop_the_others(smtp_server: ServerFactory) -> None:
    server = smtp_server(refuse=("ghost@example.org",))
    _send(SmtpTransport.from_url(server.url()), "ghost@example.org", "office@example.org")
    assert server.messages[0].recipients == ("office@example.org",)


def test_drop_before_data_is_temporary(smtp_server: ServerFactory) -> None:
    server = smtp_server(drop_before_data=1)
    with pytest.raises(TemporarySendError):
        _send(SmtpTransport.from_url(server.url(), timeout=5))
    assert server.messages == []
    _send(SmtpTransport.from_url(server.url(), timeout=5))
    assert len(server.messages) == 1


def test_drop_after_data_is_unknown_not_temporary(smtp_server: ServerFactory) -> None:
    server = smtp_server(drop_after_data=1)
    with pytest.raises(DeliveryUnknownError, match="may have been sent"):
        _send(SmtpTransport.from_url(server.url(), timeout=5))
    assert len(server.messages) == 1  # the server did get it: a retry would duplicate


def test_refused_connection_is_temporary(smtp_server: ServerFactory) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TemporarySendError):
        _send(SmtpTransport.from_url(f"smtp://127.0.0.1:{port}", timeout=2))


def test_url_parsing() -> None:
    t = SmtpTransport.from_url("smtps://u%40x:p%3Aw@mail.example.org")
    assert (t.hostname, t.port, t.use_tls, t.start_tls) == ("mail.example.org", 465, True, False)
    assert (t.username, t.password) == ("u@x", "p:w")
    t = SmtpTransport.from_url("smtp+starttls://mail.example.org")
    assert (t.port, t.use_tls, t.start_tls) == (587, False, True)
    assert SmtpTransport.from_url("smtp://mail.example.org").port == 25
    with pytest.raises(ConfigError):
        SmtpTransport.from_url("http://mail.example.org")


def test_file_transport_writes_whole_files(tmp_path: Path) -> None:
    transport = FileTransport(tmp_path / "outbox")
    transport.send(MESSAGE, sender=SENDER, recipients=["office@example.org"])
    (written,) = (tmp_path / "outbox").iterdir()
    assert written.suffix == ".eml"
    assert not written.name.startswith(".tmp")
    assert written.read_bytes() == MESSAGE


def test_build_transport_defaults_to_files(tmp_path: Path) -> None:
    transport = build_transport(Settings(var_dir=tmp_path))
    assert transport == FileTransport(tmp_path / "outbox")
    assert isinstance(build_transport(Settings(smtp_url="console://")), ConsoleTransport)
    smtp = build_transport(Settings(smtp_url="smtp+starttls://h.example.org:2525"))
    assert isinstance(smtp, SmtpTransport)
    assert (smtp.port, smtp.start_tls) == (2525, True)
