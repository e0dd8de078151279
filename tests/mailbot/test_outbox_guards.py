"""Pure recipient, grace-period and sliding-window decisions (mailbot.outbox.guards)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mailbot.outbox.guards import (
    History,
    blocked_reason,
    check_grace,
    check_rate,
    decide,
    split_recipients,
)

NOW = datetime(2023, 10, 2, 12, 0, tzinfo=UTC)
OWN = ("cws.mail@wipo.int", "")
GRACE = timedelta(hours=24)


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("office@example.org", False),
        ("CWS.Mail@WIPO.int", True),
        ("noreply@example.org", True),
        ("no-reply@example.org", True),
        ("No_Reply+abc@example.org", True),
        ("do-not-reply@example.org", True),
        ("donotreply@example.org", True),
        ("MAILER-DAEMON@example.org", True),
        ("postmaster@example.org", True),
        ("noreplyx@example.org", False),  # a person called Noreplyx is still a person
        ("replies@example.org", False),
        ("not an address", True),
    ],
)
def test_blocked_recipients(address: str, blocked: bool) -> None:
    assert (blocked_reason(address, own_addresses=OWN) is not None) is blocked


def test_split_keeps_order_and_drops_duplicates() -> None:
    kept, dropped = split_recipients(
        ["a@example.org", "noreply@example.org", "A@example.org", "b@example.org"],
        own_addresses=OWN,
    )
    assert kept == ["a@example.org", "b@example.org"]
    assert dropped == ["role address noreply@example.org"]


def _sent(
    minutes_ago: float,
    *,
    kind: str = "acknowledgement",
    to: str = "a@example.org",
    thread: str = "t",
) -> History:
    return History(kind, (to,), thread, NOW - timedelta(minutes=minutes_ago))


def test_grace_is_per_kind_recipient_and_thread() -> None:
    history = [_sent(60)]
    assert check_grace("acknowledgement", "A@example.org", "t", history, now=NOW, grace=GRACE)
    assert not check_grace("request_missing", "a@example.org", "t", history, now=NOW, grace=GRACE)
    assert not check_grace("acknowledgement", "b@example.org", "t", history, now=NOW, grace=GRACE)
    assert not check_grace("acknowledgement", "a@example.org", "u", history, now=NOW, grace=GRACE)
    old = [_sent(24 * 60 + 1)]
    assert not check_grace("acknowledgement", "a@example.org", "t", old, now=NOW, grace=GRACE)


@pytest.mark.parametrize(
    ("count", "spread_minutes", "limited"),
    [
        (9, 9, False),  # 9 in 10 min: the tenth may go
        (10, 9, True),  # 10 in 10 min: ceiling reached
        (14, 29, False),
        (15, 29, True),  # 15 in 30 min
        (24, 59, False),
        (25, 59, True),  # 25 in 60 min
        (50, 179, True),  # 50 in 3 h
        (99, 599, False),
        (100, 599, True),  # 100 in 10 h
        (100, 610, False),  # spread over more than 10 h: fine
    ],
)
def test_sliding_windows(count: int, spread_minutes: float, limited: bool) -> None:
    step = spread_minutes / max(count - 1, 1)
    history = [_sent(i * step, thread=f"t{i}") for i in range(count)]
    assert (check_rate("a@example.org", history, now=NOW) is not None) is limited


def test_staff_kinds_are_never_limited_but_need_a_recipient() -> None:
    flood = [_sent(i * 0.1, thread="t") for i in range(200)]
    assert decide(
        "rejection",
        automatic=False,
        to=["a@example.org"],
        thread_key="t",
        history=flood,
        now=NOW,
        grace=GRACE,
    ).allowed
    verdict = decide(
        "acknowledgement",
        automatic=True,
        to=["a@example.org"],
        thread_key="t",
        history=flood,
        now=NOW,
        grace=GRACE,
    )
    assert not verdict.allowed
    assert "acknowledgement already sent" in verdict.reason
    empty = decide(
        "rejection", automatic=False, to=[], thread_key="t", history=[], now=NOW, grace=GRACE
    )
    assert not empty.allowed
