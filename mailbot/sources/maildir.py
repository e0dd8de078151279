"""A local Maildir as the mail source: the embedded default that needs no mail server.

Layout (Maildir++): the inbox is the Maildir root (`new/` and `cur/`); finished messages
are renamed into the `.Processed` or `.Quarantine` subfolder (names from settings). The
mailbox module creates the structure; messages are moved with os.rename, which is atomic
within one filesystem, so a crash leaves a file in exactly one place. Keys are the unique
part of the file name (before ":2,"), hashed to integer UIDs under a fixed UIDVALIDITY.
"""

from __future__ import annotations

import logging
import mailbox
import os
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from mailbot.sources.base import (
    Outcome,
    RawMail,
    Snapshot,
    batched,
    header_section,
    stable_uid,
)

__all__ = ["MaildirSource"]

log = logging.getLogger(__name__)

# A Maildir has no UIDVALIDITY; keys never change meaning, so one constant era suffices.
MAILDIR_UIDVALIDITY = 1
_INFO_SEPARATOR = ":"  # RFC-less convention from cr.yp.to/proto/maildir.html: "key:2,FLAGS"


class MaildirSource:
    """Reads a Maildir; created with its subfolders if absent."""

    def __init__(
        self,
        path: Path,
        *,
        max_message_bytes: int,
        batch_size: int = 200,
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        poll_step_seconds: float = 0.2,
    ) -> None:
        self._root = path.resolve()
        # mailbox.Maildir creates tmp/new/cur only for a missing root; an empty one is fine too.
        for sub in ("tmp", "new", "cur"):
            (self._root / sub).mkdir(parents=True, exist_ok=True)
        self._box = mailbox.Maildir(self._root, create=False)
        self._max = max_message_bytes
        self._batch = batch_size
        self._folders: dict[Outcome, str] = {
            "processed": processed_folder or "Processed",
            "quarantine": quarantine_folder or "Quarantine",
        }
        self._step = poll_step_seconds
        self._files: dict[int, Path] = {}
        self._known_new: set[str] = set()

    @property
    def name(self) -> str:
        return f"maildir:{self._root}"

    def _scan(self) -> dict[int, Path]:
        files: dict[int, Path] = {}
        for subdir in ("new", "cur"):
            with os.scandir(self._root / subdir) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_file():
                        continue
                    files[stable_uid(entry.name.split(_INFO_SEPARATOR, 1)[0])] = Path(entry.path)
        # Oldest first: Maildir names start with the delivery time in seconds.
        self._files = dict(sorted(files.items(), key=lambda item: item[1].name))
        return self._files

    def _new_names(self) -> set[str]:
        return {n for n in os.listdir(self._root / "new") if not n.startswith(".")}

    def snapshot(self) -> Snapshot:
        return Snapshot(MAILDIR_UIDVALIDITY, tuple(self._scan()))

    def fetch_new(self, uids: Sequence[int] | None = None) -> Iterator[RawMail]:
        files = self._scan() if uids is None else self._files
        # wait_for_news reports files in new/ that this fetch did not get to see.
        self._known_new = {p.name for p in files.values() if p.parent.name == "new"}
        wanted = set(files if uids is None else uids)
        for uid, path in list(files.items()):
            if uid not in wanted:
                continue
            try:
                with path.open("rb") as handle:
                    size = os.fstat(handle.fileno()).st_size
                    if size > self._max:
                        # Read just enough for the header: the body stays on disk.
                        head = handle.read(min(size, 1024 * 1024))
                        yield RawMail(uid, MAILDIR_UIDVALIDITY, size, header_section(head), True)
                        continue
                    data = handle.read()
            except FileNotFoundError:
                log.info("maildir message %s vanished before it was read", path.name)
                continue
            yield RawMail(uid, MAILDIR_UIDVALIDITY, len(data), data)

    def fetch_batches(self, uids: Sequence[int] | None = None) -> Iterator[list[RawMail]]:
        # Files are read one by one; a batch only groups them for the database.
        return batched(self.fetch_new(uids), self._batch)

    def _current_path(self, uid: int) -> Path | None:
        path = self._files.get(uid)
        if path is None or not path.exists():
            path = self._scan().get(uid)
        return path

    def mark_stored(self, uids: Sequence[int]) -> None:
        # new/ -> cur/ says "a reader has seen it"; flags stay untouched.
        for uid in uids:
            path = self._current_path(uid)
            if path is None or path.parent.name != "new":
                continue
            target = self._root / "cur" / f"{path.name}{_INFO_SEPARATOR}2,"
            os.rename(path, target)
            self._files[uid] = target

    def mark_done(self, uids: Sequence[int], outcome: Outcome) -> None:
        folder = self._folders[outcome]
        if uids and folder not in self._box.list_folders():
            self._box.add_folder(folder)
        for uid in uids:
            path = self._current_path(uid)
            if path is None:
                log.info("maildir message uid %s already moved", uid)
                continue
            name = path.name if _INFO_SEPARATOR in path.name else f"{path.name}{_INFO_SEPARATOR}2,"
            os.rename(path, self._root / f".{folder}" / "cur" / name)
            self._files.pop(uid, None)

    def wait_for_news(self, timeout: float, stop: threading.Event | None = None) -> bool:
        # Polls new/ every few hundred ms: cheap, and needs no inotify dependency.
        deadline = time.monotonic() + timeout
        while True:
            if self._new_names() - self._known_new:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if stop is not None:
                if stop.wait(min(self._step, remaining)):
                    return False
            else:
                time.sleep(min(self._step, remaining))

    def close(self) -> None:
        self._files = {}
