"""The IMAP source against a real Dovecot: fetch, PEEK, flags, moves, TLS, IDLE, reconnect."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mailbot.config import Settings
from mailbot.errors import ConfigError, SourceError
from mailbot.sources import open_source, sent_copier
from mailbot.sources.imap import ImapSource, ImapTarget, parse_imap_url
from tests.servers.dovecot import DovecotServer


def message(n: int, body: str = "Hello.") -> bytes:
    return (
        f"From: office{n}@ipo.example\r\nTo: cws.mail@example.org\r\n"
        f"Subject: Nomination {n}\r\nMessage-ID: <n{n}@ipo.example>\r\n"
        f"Date: Mon, 02 Oct 2023 10:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("imap://bot:secret@127.0.0.1:1143", ("imap", "127.0.0.1", 1143, "bot", "secret", "INBOX")),
        (
            "imaps://bot:pw@mail.example.org",
            ("imaps", "mail.example.org", 993, "bot", "pw", "INBOX"),
        ),
        (
            "imap+starttls://cws.mail%40example.org:p%40ss%2Fw%3Ard@mail.example.org/Nominations%202023",
            (
                "imap+starttls",
                "mail.example.org",
                143,
                "cws.mail@example.org",
                "p@ss/w:rd",
                "Nominations 2023",
            ),
        ),
        (
            "IMAPS://bot@mail.example.org:10993/INBOX/Sub",
            ("imaps", "mail.example.org", 10993, "bot", "", "INBOX/Sub"),
        ),
    ],
)
def test_parse_imap_url(url: str, expected: tuple[object, ...]) -> None:
    assert parse_imap_url(url) == ImapTarget(*expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    ["pop3://bot:pw@mail.example.org", "imaps://mail.example.org/INBOX", "imap://bot@h:99999"],
)
def test_parse_imap_url_refuses(url: str) -> None:
    with pytest.raises(ConfigError):
        parse_imap_url(url)


def source(server: DovecotServer, user: str = "bot", **options: object) -> ImapSource:
    scheme = str(options.pop("scheme", "imap"))
    folder = options.pop("folder", None)
    settings = Settings(
        imap_url=server.url(user, scheme=scheme, folder=folder),  # type: ignore[arg-type]
        imap_ca_file=options.pop("ca_file", server.ca_file),
        **options,  # type: ignore[arg-type]
    )
    opened = open_source(settings)
    assert isinstance(opened, ImapSource)
    return opened


pytestmark = pytest.mark.dovecot


def test_fetch_returns_exact_bytes_in_batches_without_setting_seen(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot()
    uids = [server.append("bot", message(n)) for n in range(5)]
    src = source(server, imap_batch_size=2)
    try:
        snap = src.snapshot()
        assert snap.uids == tuple(uids)
        assert snap.uidvalidity == server.uidvalidity("bot")
        mails = list(src.fetch_new())
    finally:
        src.close()
    assert [m.uid for m in mails] == uids
    assert [m.raw for m in mails] == [message(n) for n in range(5)]
    assert all(not m.oversized and m.size == len(m.raw or b"") for m in mails)
    assert all("\\Seen" not in m.flags for m in server.messages("bot"))


def test_oversized_message_yields_header_only(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot()
    small = server.append("bot", message(1))
    big = server.append("bot", message(2, body="X" * 5000 + "BODYMARK"))
    src = source(server, max_message_bytes=2000)
    try:
        mails = {m.uid: m for m in src.fetch_new()}
    finally:
        src.close()
    assert not mails[small].oversized
    assert mails[big].oversized
    assert mails[big].size == len(message(2, body="X" * 5000 + "BODYMARK"))
    assert mails[big].raw is not None
    assert mails[big].raw.startswith(b"From: office2@ipo.example")
    assert b"BODYMARK" not in mails[big].raw
    assert mails[big].raw.endswith(b"\r\n\r\n")


@pytest.mark.parametrize(
    ("move", "uidplus"),
    [(True, True), (False, True), (False, False)],
    ids=["MOVE", "UIDPLUS", "EXPUNGE"],
)
def test_flag_then_move_to_created_folders(
    dovecot: Callable[..., DovecotServer], move: bool, uidplus: bool
) -> None:
    server = dovecot(move=move, uidplus=uidplus)
    first = server.append("bot", message(1))
    second = server.append("bot", message(2))
    src = source(server)
    try:
        src.snapshot()
        src.mark_stored([first])
        flags = {m.uid: m.flags for m in server.messages("bot")}
        assert "$MailbotStored" in flags[first]
        assert "$MailbotStored" not in flags[second]
        src.mark_done([first], "processed")
        src.mark_done([second], "quarantine")
        assert src.snapshot().uids == ()
    finally:
        src.close()
    assert server.messages("bot") == []
    assert [m.raw for m in server.messages("bot", "Processed")] == [message(1)]
    assert [m.raw for m in server.messages("bot", "Quarantine")] == [message(2)]
    assert "$MailbotStored" in server.messages("bot", "Processed")[0].flags


def test_one_command_moves_a_batch(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot(move=False, uidplus=False)
    uids = [server.append("bot", message(n)) for n in range(4)]
    server.append("bot", message(9), flags=("\\Deleted",))  # someone else's, awaiting expunge
    src = source(server)
    try:
        src.mark_stored(uids[:3])
        src.mark_done(uids[:3], "processed")
        assert src.snapshot().uids == (uids[3],)
    finally:
        src.close()
    assert sorted(m.raw for m in server.messages("bot", "Processed")) == [
        message(n) for n in range(3)
    ]


def test_empty_folder_setting_keeps_message_in_place(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot()
    uid = server.append("bot", message(1))
    other = server.append("bot", message(2))
    src = source(server, imap_processed_folder="")
    try:
        src.mark_done([uid], "processed")
        assert src.snapshot().uids == (other,)
    finally:
        src.close()
    flags = {m.uid: m.flags for m in server.messages("bot")}
    assert {"\\Seen", "$MailbotDone"} <= set(flags[uid])
    assert "Processed" not in server.folders("bot")


@pytest.mark.parametrize("scheme", ["imaps", "imap+starttls"])
def test_tls_verified_with_configured_ca(
    dovecot: Callable[..., DovecotServer], scheme: str
) -> None:
    server = dovecot()
    server.append("bot", message(1))
    src = source(server, scheme=scheme)
    try:
        assert [m.raw for m in src.fetch_new()] == [message(1)]
    finally:
        src.close()


@pytest.mark.parametrize("scheme", ["imaps", "imap+starttls"])
def test_tls_refuses_certificate_from_another_ca(
    dovecot: Callable[..., DovecotServer], scheme: str
) -> None:
    server = dovecot()
    stranger = dovecot()  # its own trustme CA, unrelated to `server`'s
    src = source(server, scheme=scheme, ca_file=stranger.ca_file)
    with pytest.raises(SourceError, match="CERTIFICATE_VERIFY_FAILED"):
        src.snapshot()


def test_percent_encoded_credentials_and_folder(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot(users={"cws.mail@example.org": "p@ss/w rd%?"})
    uid = server.append("cws.mail@example.org", message(1), folder="Nominations 2023")
    src = source(server, "cws.mail@example.org", folder="Nominations 2023")
    try:
        assert src.snapshot().uids == (uid,)
        assert "Nominations 2023" in src.name
    finally:
        src.close()


def test_wrong_password_is_a_source_error(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot()
    server.users["bot"] = "not-the-password"
    with pytest.raises(SourceError):
        source(server).snapshot()


def test_idle_reports_new_mail_within_a_second(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot()
    src = source(server)
    try:
        src.snapshot()
        timer = threading.Timer(0.5, server.append, args=("bot", message(1)))
        started = time.monotonic()
        timer.start()
        assert src.wait_for_news(10.0)
        elapsed = time.monotonic() - started
        timer.join()
        assert 0.4 < elapsed < 1.5
        assert len(src.snapshot().uids) == 1  # the connection is usable after IDLE
    finally:
        src.close()


def test_mail_announced_during_another_command_is_not_left_for_the_next_poll(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot()
    server.append("bot", message(1))
    src = source(server)
    try:
        listed = src.snapshot().uids
        server.append("bot", message(2))  # arrives during the pass
        src.mark_stored(listed)  # its EXISTS comes with this STORE's answer, unread
        started = time.monotonic()
        assert src.wait_for_news(5.0)
        assert time.monotonic() - started < 1.0
        src.mark_stored(src.snapshot().uids)
        assert not src.wait_for_news(0.5)  # everything stored: nothing new
    finally:
        src.close()


def test_idle_times_out_and_honours_stop(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot()
    src = source(server)
    try:
        started = time.monotonic()
        assert not src.wait_for_news(0.5)
        assert 0.4 < time.monotonic() - started < 1.5
        stop = threading.Event()
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        assert not src.wait_for_news(30.0, stop)
        assert time.monotonic() - started < 2.0
    finally:
        src.close()


def test_without_idle_capability_sleeps_then_asks_with_noop(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot(idle=False)
    src = source(server)
    try:
        src.snapshot()
        started = time.monotonic()
        assert not src.wait_for_news(0.3)
        assert time.monotonic() - started >= 0.25
        timer = threading.Timer(0.1, server.append, args=("bot", message(1)))
        timer.start()
        assert src.wait_for_news(0.5)
        timer.join()
    finally:
        src.close()


def test_server_restart_raises_then_reconnects(dovecot: Callable[..., DovecotServer]) -> None:
    server = dovecot()
    uid = server.append("bot", message(1))
    src = source(server)
    try:
        assert src.snapshot().uids == (uid,)
        server.stop(kill=True)
        with pytest.raises(SourceError):
            src.snapshot()
        server.start()
        assert src.snapshot().uids == (uid,)
    finally:
        src.close()


def test_old_uids_are_refused_after_the_folder_was_renumbered(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot()
    uid = server.append("bot", message(1))
    src = source(server)
    try:
        src.snapshot()
        server.change_uidvalidity("bot")  # restarts the server: the connection drops
        with pytest.raises(SourceError):
            src.mark_done([uid], "processed")
        with pytest.raises(SourceError, match="UIDVALIDITY changed"):
            src.mark_done([uid], "processed")  # reconnected, but the UIDs are stale
        assert len(server.messages("bot")) == 1
        fresh = src.snapshot()
        src.mark_done(list(fresh.uids), "processed")
    finally:
        src.close()
    assert server.messages("bot") == []


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A loopback port that accepts connections and never says a word, like a hung server."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not done.is_set():
            with contextlib.suppress(TimeoutError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        done.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def test_imap_timeout_setting_bounds_a_hung_server(silent_server: int, tmp_path: Path) -> None:
    settings = Settings(
        var_dir=tmp_path,
        imap_url=f"imap://bot:secret@127.0.0.1:{silent_server}/INBOX",
        imap_sent_folder="Sent",
        imap_timeout_seconds=0.5,
    )
    source = open_source(settings)
    started = time.monotonic()
    with pytest.raises(SourceError, match="timed out"):
        source.snapshot()
    assert time.monotonic() - started < 5
    copier = sent_copier(settings)
    assert copier is not None
    started = time.monotonic()
    with pytest.raises(SourceError, match="0 of 1 copies"):
        copier([message(1)])
    assert time.monotonic() - started < 5
