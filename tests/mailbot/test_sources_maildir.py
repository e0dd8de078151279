"""The local Maildir source: created if absent, new/ and cur/ read, atomic moves after commit."""

from __future__ import annotations

import mailbox
import threading
import time
from pathlib import Path

from mailbot.config import Settings
from mailbot.sources import open_source
from mailbot.sources.maildir import MaildirSource


def message(n: int, body: str = "Hello.") -> bytes:
    return (
        f"From: office{n}@ipo.example\nSubject: Nomination {n}\n"
        f"Message-ID: <m{n}@ipo.example>\n\n{body}\n"
    ).encode()


def deliver(root: Path, raw: bytes, *, seen: bool = False) -> str:
    for sub in ("tmp", "new", "cur"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(root)
    msg = mailbox.MaildirMessage(raw)
    if seen:
        msg.set_subdir("cur")
        msg.add_flag("S")
    return box.add(msg)


def test_open_source_defaults_to_a_created_maildir(tmp_path: Path) -> None:
    src = open_source(Settings(var_dir=tmp_path))
    assert isinstance(src, MaildirSource)
    assert src.snapshot().uids == ()
    assert all((tmp_path / "maildir" / sub).is_dir() for sub in ("new", "cur", "tmp"))
    assert src.name == f"maildir:{(tmp_path / 'maildir').resolve()}"


def test_reads_new_and_cur_and_moves_after_commit(tmp_path: Path) -> None:
    root = tmp_path / "mail"
    deliver(root, message(1))
    deliver(root, message(2), seen=True)
    src = MaildirSource(root, max_message_bytes=10_000)
    snap = src.snapshot()
    mails = list(src.fetch_new(snap.uids))
    assert sorted(m.raw or b"" for m in mails) == [message(1), message(2)]
    # Fetching changed nothing on disk.
    assert len(list((root / "new").iterdir())) == 1

    src.mark_stored([mail.uid for mail in mails])
    assert list((root / "new").iterdir()) == []
    assert len(list((root / "cur").iterdir())) == 2
    assert src.snapshot().uids == snap.uids  # stored is not done: still in the inbox

    src.mark_done([mails[0].uid], "processed")
    src.mark_done([mails[1].uid], "quarantine")
    assert src.snapshot().uids == ()
    box = mailbox.Maildir(root, create=False)
    assert sorted(box.list_folders()) == ["Processed", "Quarantine"]
    assert [m.as_bytes() for m in box.get_folder("Processed")] == [mails[0].raw]
    seen = [*box.get_folder("Quarantine"), *box.get_folder("Processed")]
    assert any("S" in m.get_flags() for m in seen)  # existing flags survive the move


def test_uids_are_stable_across_instances(tmp_path: Path) -> None:
    deliver(tmp_path, message(1))
    first = MaildirSource(tmp_path, max_message_bytes=10_000).snapshot()
    src = MaildirSource(tmp_path, max_message_bytes=10_000)
    src.mark_stored(first.uids)
    assert src.snapshot() == first


def test_oversized_message_yields_header_only(tmp_path: Path) -> None:
    deliver(tmp_path, message(1, body="X" * 5000 + "BODYMARK"))
    mail = next(MaildirSource(tmp_path, max_message_bytes=1000).fetch_new())
    assert mail.oversized
    assert mail.size == len(message(1, body="X" * 5000 + "BODYMARK"))
    assert (
        mail.raw
        == b"From: office1@ipo.example\nSubject: Nomination 1\nMessage-ID: <m1@ipo.example>\n\n"
    )


def test_wait_for_news_sees_a_delivery_quickly(tmp_path: Path) -> None:
    deliver(tmp_path, message(1))
    src = MaildirSource(tmp_path, max_message_bytes=10_000, poll_step_seconds=0.05)
    assert src.wait_for_news(0.2)  # never fetched: the waiting file is news
    list(src.fetch_new(src.snapshot().uids))
    assert not src.wait_for_news(0.2)
    src.snapshot()  # a later listing (settle's) must not swallow the next delivery
    threading.Timer(0.2, deliver, args=(tmp_path, message(3))).start()
    started = time.monotonic()
    assert src.wait_for_news(5.0)
    assert time.monotonic() - started < 1.0
    stop = threading.Event()
    list(src.fetch_new())
    threading.Timer(0.1, stop.set).start()
    started = time.monotonic()
    assert not src.wait_for_news(30.0, stop)
    assert time.monotonic() - started < 1.0


def test_package_exports_only_what_callers_need() -> None:
    import mailbot.sources  # noqa: PLC0415

    assert sorted(mailbot.sources.__all__) == [
        "MailSource",
        "Outcome",
        "RawMail",
        "Snapshot",
        "open_source",
        "sent_copier",
    ]
