"""Parsing ahead of intake: parse_email on groups of messages, inline or in worker processes.

parse_email is pure and CPU-bound, and intake's database work runs in one process, so
on a backlog the two overlap: intake hands the next group's raw bytes to a process pool
while it files the current group. A parse that raises comes back as that message's
outcome (intake marks it FAILED as before); a worker process that dies (a crash, the OOM
killer) breaks the pool, so the groups sent to it are parsed inline and the next
submit starts a fresh pool.

Worker processes are started with "spawn": the service has threads (the review UI, the
IDLE watcher), and forking a threaded process can copy a held lock into the child.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from parsers import parse_email
from parsers.language import load_language_models
from parsers.models import ParsedEmail, ParseOptions, TaskForceCatalog

__all__ = ["Outcome", "ParsePool", "PendingParse", "parse_group"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One message's parse: the result, or the error parse_email raised (as text if unpicklable)."""

    parsed: ParsedEmail | None
    error: BaseException | None = None


def parse_group(
    raws: Sequence[bytes], catalog: TaskForceCatalog, options: ParseOptions
) -> list[Outcome]:
    """Parse each message; an exception is that message's outcome, never the group's."""
    outcomes = []
    for raw in raws:
        try:
            outcomes.append(Outcome(parse_email(raw, catalog=catalog, options=options)))
        except Exception as exc:  # reported per message, like an inline parse
            outcomes.append(Outcome(None, _portable(exc)))
    return outcomes


def _portable(exc: Exception) -> BaseException:
    # The outcome crosses a process boundary: keep the exception if it pickles, else its text.
    import pickle  # noqa: PLC0415 - only on the error path

    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own bytes, just made
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


_worker_catalog: TaskForceCatalog | None = None
_worker_options: ParseOptions | None = None


def _init_worker(catalog: TaskForceCatalog, options: ParseOptions) -> None:
    # Sent once per worker process, not with every group.
    global _worker_catalog, _worker_options
    _worker_catalog, _worker_options = catalog, options
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    load_language_models()  # while the service is still storing and filing, not on a group


def _exit_with_parent() -> None:
    # A service killed outright (SIGKILL, the OOM killer) never shuts its pool down, and
    # its workers would wait for work forever, each holding a parser's memory.
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)


def _parse_in_worker(raws: Sequence[bytes]) -> list[Outcome]:
    if _worker_catalog is None or _worker_options is None:  # pragma: no cover - initializer ran
        raise RuntimeError("parse worker started without its catalog")
    return parse_group(raws, _worker_catalog, _worker_options)


class PendingParse:
    """A group being parsed; `outcomes()` waits for it (inline groups are already done)."""

    def __init__(
        self,
        raws: Sequence[bytes],
        future: Future[list[Outcome]] | None,
        pool: ParsePool,
        done: list[Outcome] | None = None,
        executor: ProcessPoolExecutor | None = None,
    ) -> None:
        self._raws = raws
        self._future = future
        self._pool = pool
        self._done = done
        self._executor = executor

    def outcomes(self) -> list[Outcome]:
        if self._done is None:
            if self._future is None:  # pragma: no cover - submit sets one or the other
                raise RuntimeError("nothing was submitted")
            try:
                self._done = self._future.result()
            except (BrokenProcessPool, CancelledError):
                log.warning("a parse worker process died; parsing this group inline")
                self._pool.discard(self._executor)
                self._done = self._pool.parse_inline(self._raws)
        self._raws = ()  # the bytes are no longer needed once parsed
        return self._done


class ParsePool:
    """`workers` processes (0: parse in this process); started on first use, closed by close()."""

    def __init__(self, workers: int, catalog: TaskForceCatalog, options: ParseOptions) -> None:
        self.workers = max(0, workers)
        self.catalog = catalog
        self.options = options
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, raws: Sequence[bytes], *, inline: bool = False) -> PendingParse:
        """Start parsing `raws`; with `inline` (or no workers) parse now, in this process."""
        if inline or self.workers == 0:
            return PendingParse(raws, None, self, self.parse_inline(raws))
        executor = self._pool()
        try:
            future = executor.submit(_parse_in_worker, list(raws))
        except BrokenProcessPool:
            self.discard(executor)
            return PendingParse(raws, None, self, self.parse_inline(raws))
        return PendingParse(raws, future, self, executor=executor)

    def parse_inline(self, raws: Sequence[bytes]) -> list[Outcome]:
        return parse_group(raws, self.catalog, self.options)

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.catalog, self.options),
            )
        return self._executor

    def discard(self, executor: ProcessPoolExecutor | None) -> None:
        """Drop a broken `executor` (the next submit starts a fresh one); a newer one stays."""
        if executor is not None and executor is self._executor:
            self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
