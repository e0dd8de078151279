"""Copies of sent replies in the mailbox's Sent folder: real Dovecot, real SMTP, run_once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import OutboxItem, OutboxStatus
from mailbot.errors import SourceError
from mailbot.sources import sent_copier
from mailbot.sources.imap import parse_imap_url
from mailbot.sources.imap_sent import append_copies
from mailbot.worker import run_once
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

pytestmark = [pytest.mark.dovecot, pytest.mark.smtp]

SAMPLES = Path(__file__).resolve().parents[2] / "mailbot" / "data" / "samples"
# A complete English nomination: the worker answers it with one acknowledgement.
NOMINATION = (SAMPLES / "01-en-complete.eml").read_bytes()


def _settings(
    server: DovecotServer,
    smtp: SmtpServer,
    db_url: str,
    tmp_path: Path,
    *,
    sent_folder: str = "Sent",
    scheme: str = "imap",
) -> Settings:
    return Settings(
        var_dir=tmp_path,
        database_url=db_url,
        imap_url=server.url("bot", scheme=scheme),
        imap_ca_file=server.ca_file,
        imap_sent_folder=sent_folder,
        smtp_url=smtp.url(),
        from_address="cws.mail@example.org",
        secret_key="test-key",
        send_backoff_seconds=0,
    )


def _message_id(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=policy.default)["Message-ID"])


def _everywhere(server: DovecotServer) -> list[str]:
    """Message-IDs of every message in every folder of the bot's mailbox."""
    return [
        _message_id(message.raw)
        for folder in server.folders("bot")
        for message in server.messages("bot", folder)
    ]


def _internal_dates(server: DovecotServer, folder: str) -> list[datetime]:
    with server.client("bot") as imap:
        imap.normalise_times = False  # aware datetimes, not naive local ones
        imap.select_folder(folder, readonly=True)
        data = imap.fetch(imap.search(["ALL"]), ["INTERNALDATE"])
    return [data[uid][b"INTERNALDATE"] for uid in sorted(data)]


def _outbox(sessions: sessionmaker[Session]) -> list[tuple[str, int]]:
    with sessions() as session:
        return [
            (item.status, item.attempts)
            for item in session.scalars(select(OutboxItem).order_by(OutboxItem.id))
        ]


@pytest.mark.parametrize("scheme", ["imap", "imaps"])
def test_a_sent_reply_lands_in_sent_once_seen_and_dated(
    dovecot: Callable[..., DovecotServer],
    smtp_server: Callable[..., SmtpServer],
    *,
    db_url: str,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    scheme: str,
) -> None:
    server, smtp = dovecot(), smtp_server()
    server.append("bot", NOMINATION)
    settings = _settings(server, smtp, db_url, tmp_path, scheme=scheme)

    report = run_once(settings)

    assert report.send is not None
    assert len(smtp.messages) == report.send.sent == 1
    assert (report.send.copied, report.send.copy_failed) == (1, 0)
    assert _outbox(sessions) == [(OutboxStatus.SENT, 1)]
    reply = smtp.messages[0].message
    copies = server.messages("bot", "Sent")
    assert [_message_id(c.raw) for c in copies] == [str(reply["Message-ID"])]
    assert "\\Seen" in copies[0].flags
    assert message_from_bytes(copies[0].raw, policy=policy.default)["Subject"] == reply["Subject"]
    assert _internal_dates(server, "Sent") == [parsedate_to_datetime(str(reply["Date"]))]

    # Later passes send nothing and copy nothing again.
    again = run_once(settings)
    assert again.send is not None
    assert (again.send.sent, again.send.copied) == (0, 0)
    assert [_message_id(c.raw) for c in server.messages("bot", "Sent")] == [
        str(reply["Message-ID"])
    ]


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_an_empty_folder_setting_appends_nothing(
    dovecot: Callable[..., DovecotServer],
    smtp_server: Callable[..., SmtpServer],
    db_url: str,
    tmp_path: Path,
) -> None:
    server, smtp = dovecot(), smtp_server()
    server.append("bot", NOMINATION)

    report = run_once(_settings(server, smtp, db_url, tmp_path, sent_folder=""))

    assert report.send is not None
    assert (report.send.sent, report.send.copied, report.send.copy_failed) == (1, 0, 0)
    reply_id = str(smtp.messages[0].message["Message-ID"])
    assert "Sent" not in server.folders("bot")
    assert reply_id not in _everywhere(server)
    assert _message_id(NOMINATION) in _everywhere(server)  # the search does see messages


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_the_embedded_maildir_copies_nothing(db_url: str, tmp_path: Path) -> None:
    settings = Settings(
        var_dir=tmp_path,
        database_url=db_url,
        imap_sent_folder="Sent",
        from_address="cws.mail@example.org",
        secret_key="test-key",
    )
    assert sent_copier(settings) is None
    inbox = settings.effective_maildir / "new"
    inbox.mkdir(parents=True)
    (inbox / "1700000000.M1P1.test").write_bytes(NOMINATION)

    report = run_once(settings)

    assert report.send is not None
    assert (report.send.sent, report.send.copied, report.send.copy_failed) == (1, 0, 0)
    assert len(list(settings.effective_outbox_dir.glob("*.eml"))) == 1
    assert not (settings.effective_maildir / ".Sent").exists()


@pytest.mark.parametrize("db_backend", ["sqlite"])
def test_dovecot_gone_after_the_send_leaves_the_row_sent_and_logs(
    dovecot: Callable[..., DovecotServer],
    smtp_server: Callable[..., SmtpServer],
    *,
    db_url: str,
    sessions: sessionmaker[Session],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, smtp = dovecot(), smtp_server()
    server.append("bot", NOMINATION)
    settings = _settings(server, smtp, db_url, tmp_path)
    accept = smtp.handler.handle_DATA

    async def accept_then_kill_dovecot(*args: Any) -> str:
        answer = await accept(*args)
        server.stop(kill=True)  # the message is in; the mailbox dies before the copy
        return answer

    monkeypatch.setattr(smtp.handler, "handle_DATA", accept_then_kill_dovecot)

    with caplog.at_level(logging.WARNING, logger="mailbot.outbox.sender"):
        report = run_once(settings)

    assert report.send is not None
    assert (report.send.sent, report.send.copied, report.send.copy_failed) == (1, 0, 1)
    assert _outbox(sessions) == [(OutboxStatus.SENT, 1)]
    warnings = [r for r in caplog.records if r.name == "mailbot.outbox.sender"]
    assert [r.levelno for r in warnings] == [logging.WARNING]
    assert "0 of 1 copies appended to 'Sent'" in warnings[0].getMessage()

    # With the server back, nothing is resent and the lost copy is not retried.
    monkeypatch.setattr(smtp.handler, "handle_DATA", accept)
    server.start()
    again = run_once(settings)
    assert again.send is not None
    assert (again.send.sent, again.send.copied, again.send.copy_failed) == (0, 0, 0)
    assert len(smtp.messages) == 1
    assert server.messages("bot", "Sent") == []
    assert _outbox(sessions) == [(OutboxStatus.SENT, 1)]


def test_append_copies_creates_the_folder_and_fixes_bare_newlines(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot()
    target = parse_imap_url(server.url("bot", scheme="imaps"))
    lf = b"From: a@example.org\nSubject: LF only\nDate: Mon, 02 Oct 2023 10:00:00 -0000\n\nHi\n"
    crlf = lf.replace(b"\n", b"\r\n").replace(b"LF only", b"CRLF")

    assert append_copies(target, "Sent Items", [lf, crlf], ca_file=server.ca_file) == 2
    assert append_copies(target, "Sent Items", [], ca_file=server.ca_file) == 0

    copies = server.messages("bot", "Sent Items")
    assert [c.raw for c in copies] == [lf.replace(b"\n", b"\r\n"), crlf]
    # -0000 (zone unknown, RFC 5322 3.3) is stored as UTC, not the worker's local zone.
    assert {d.isoformat() for d in _internal_dates(server, "Sent Items")} == {
        "2023-10-02T10:00:00+00:00"
    }


def test_append_copies_refuses_an_untrusted_certificate(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot()
    target = parse_imap_url(server.url("bot", scheme="imaps"))
    with pytest.raises(SourceError, match="0 of 1 copies"):
        append_copies(target, "Sent", [NOMINATION], ca_file=None)
    assert "Sent" not in server.folders("bot")
