"""Pure loop and noise decisions for outgoing mail: who may be written to, and how often.

Header rules on inbound mail (auto-replies, bounces, lists) live in mailbot.policy; these
are the recipient rules that apply whatever the trigger was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = [
    "RATE_LIMITS",
    "History",
    "Verdict",
    "blocked_reason",
    "check_grace",
    "check_rate",
    "decide",
    "split_recipients",
]

# Per-recipient ceilings on automatic mail over sliding windows, as Zammad ships them
# (PostmasterFilter / auto-response limits): a looping peer gets at most this many.
RATE_LIMITS: tuple[tuple[timedelta, int], ...] = (
    (timedelta(minutes=10), 10),
    (timedelta(minutes=30), 15),
    (timedelta(minutes=60), 25),
    (timedelta(hours=3), 50),
    (timedelta(hours=10), 100),
)

# RFC 3834 §2: never respond to these role accounts; no-reply boxes go unread.
_ROLE = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster)(?:[-_.+].*)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class History:
    """One earlier outbox row, as the guards need it."""

    kind: str
    recipients: tuple[str, ...]
    thread_key: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    reason: str = ""


def _norm(address: str) -> str:
    return address.strip().lower()


def blocked_reason(address: str, *, own_addresses: Iterable[str]) -> str | None:
    """Why `address` must not receive our mail, or None.

    >>> blocked_reason("MAILER-DAEMON@example.org", own_addresses=["cws.mail@wipo.int"])
    'role address mailer-daemon@example.org'
    """
    addr = _norm(address)
    if not addr or "@" not in addr:
        return f"not an address: {address!r}"
    if addr in {_norm(own) for own in own_addresses if own}:
        return f"our own address {addr}"
    if _ROLE.match(addr.rsplit("@", 1)[0]):
        return f"role address {addr}"
    return None


def split_recipients(
    addresses: Sequence[str], *, own_addresses: Iterable[str]
) -> tuple[list[str], list[str]]:
    """(kept, dropped-with-reason) with duplicates removed, order kept."""
    own = tuple(own_addresses)
    kept: list[str] = []
    dropped: list[str] = []
    for address in addresses:
        reason = blocked_reason(address, own_addresses=own)
        if reason:
            dropped.append(reason)
        elif _norm(address) not in {_norm(k) for k in kept}:
            kept.append(address.strip())
    return kept, dropped


def check_grace(
    kind: str,
    recipient: str,
    thread_key: str,
    history: Iterable[History],
    *,
    now: datetime,
    grace: timedelta,
) -> str | None:
    """At most one automatic reply of a kind per recipient and thread within `grace`."""
    addr = _norm(recipient)
    for item in history:
        if (
            item.kind == kind
            and item.thread_key == thread_key
            and addr in {_norm(r) for r in item.recipients}
            and now - item.created_at < grace
        ):
            return f"{kind} already sent to {addr} in this thread at {item.created_at:%Y-%m-%d %H:%M} UTC"
    return None


def check_rate(
    recipient: str,
    history: Iterable[History],
    *,
    now: datetime,
    limits: Sequence[tuple[timedelta, int]] = RATE_LIMITS,
) -> str | None:
    """The first sliding-window ceiling `recipient` has reached, or None."""
    addr = _norm(recipient)
    times = [h.created_at for h in history if addr in {_norm(r) for r in h.recipients}]
    for window, ceiling in limits:
        count = sum(1 for t in times if now - t < window)
        if count >= ceiling:
            return f"rate limit: {count} automatic messages to {addr} within {window}"
    return None


def decide(
    kind: str,
    *,
    automatic: bool,
    to: Sequence[str],
    thread_key: str,
    history: Sequence[History],
    now: datetime,
    grace: timedelta,
) -> Verdict:
    """Whether a message of `kind` to `to` may go out. Staff-initiated kinds are never limited."""
    if not to:
        return Verdict(False, "no recipient left after the loop guards")
    if not automatic:
        return Verdict(True)
    for recipient in to:
        reason = check_grace(kind, recipient, thread_key, history, now=now, grace=grace)
        reason = reason or check_rate(recipient, history, now=now)
        if reason:
            return Verdict(False, reason)
    return Verdict(True)
