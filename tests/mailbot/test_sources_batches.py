"""Both sources hand fetch whole batches: at most the batch size, bounded in bytes, in UID order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.config import Settings
from mailbot.sources import open_source
from mailbot.sources.base import RawMail, batched, header_section
from tests.mailbot.test_sources_imap import message, source
from tests.servers.dovecot import DovecotServer


def test_batched_bounds_count_and_bytes() -> None:
    mails = [RawMail(uid, 1, size, b"x" * size) for uid, size in enumerate([4, 4, 4, 9, 1, 1], 1)]
    assert [[m.uid for m in group] for group in batched(mails, 2, max_bytes=10)] == [
        [1, 2],
        [3],  # 4 + 9 would exceed 10 bytes
        [4, 5],
        [6],
    ]
    assert [[m.uid for m in group] for group in batched(mails[3:4], 5, max_bytes=3)] == [[4]]
    assert list(batched([], 5)) == []


@pytest.mark.dovecot
def test_imap_batches_follow_fetch_commands_with_oversized_headers_in_place(
    dovecot: Callable[..., DovecotServer],
) -> None:
    server = dovecot()
    big = message(3, body="X" * 5000)
    uids = [server.append("bot", big if n == 3 else message(n)) for n in range(1, 6)]
    src = source(server, imap_batch_size=2, max_message_bytes=2000)
    try:
        batches = list(src.fetch_batches())
        flat = list(src.fetch_new())
    finally:
        src.close()
    assert [[m.uid for m in batch] for batch in batches] == [uids[0:2], uids[2:4], uids[4:5]]
    assert [m.oversized for m in batches[1]] == [True, False]
    assert [m.uid for m in flat] == uids


@pytest.mark.dovecot
def test_imap_batch_split_by_bytes(
    dovecot: Callable[..., DovecotServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = dovecot()
    uids = [server.append("bot", message(n)) for n in range(3)]
    monkeypatch.setattr("mailbot.sources.imap.MAX_BATCH_BYTES", 2 * len(message(0)))
    src = source(server, imap_batch_size=10)
    try:
        batches = list(src.fetch_batches())
    finally:
        src.close()
    assert [[m.uid for m in batch] for batch in batches] == [uids[0:2], uids[2:3]]
    assert [m.raw for batch in batches for m in batch] == [message(n) for n in range(3)]


def test_maildir_batches_use_the_configured_size(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, imap_batch_size=2)  # type: ignore[arg-type]
    inbox = settings.effective_maildir / "new"
    src = open_source(settings)
    for n in range(5):
        (inbox / f"170000000{n}.M{n}P1.test").write_bytes(message(n))
    batches = list(src.fetch_batches(src.snapshot().uids))
    assert [len(batch) for batch in batches] == [2, 2, 1]
    assert [m.raw for batch in batches for m in batch] == [message(n) for n in range(5)]


@pytest.mark.parametrize(
    ("data", "head"),
    [
        (b"A: b\r\n\r\nbody\n\nmore", b"A: b\r\n\r\n"),
        (b"A: b\r\n\nbody\r\n\r\nmore", b"A: b\r\n\n"),  # mixed: the earlier blank line
        (b"A: b\nC: d\n\nbody", b"A: b\nC: d\n\n"),
        (b"\r\n\r\nbody", b"\r\n\r\n"),
        (b"A: b\r\nno blank line", b"A: b\r\nno blank line"),
        (b"", b""),
    ],
)
def test_header_section_ends_at_the_first_blank_line(data: bytes, head: bytes) -> None:
    assert header_section(data) == head
