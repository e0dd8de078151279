"""store_raw_batch: a whole fetch batch deduplicated in a few statements, as store_raw would one by one."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import event, func, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import InboundMessage, MessageStatus
from mailbot.db.queries import RawMessage, store_raw, store_raw_batch
from mailbot.db.session import make_engine, make_sessionmaker, transaction


def mail(n: int, *, sender: str = "office@ipo.example", body: str = "Hello.") -> bytes:
    return (
        f"From: Office <{sender}>\r\nTo: cws.mail@example.org\r\n"
        f"Subject: Nomination {n}\r\nMessage-ID: <n{n}@ipo.example>\r\n\r\n{body}\r\n"
    ).encode()


def relayed(raw: bytes) -> bytes:
    """The same message with other bytes, as a relay that adds a header leaves it."""
    return b"Received: from relay.example.net\r\n" + raw


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(InboundMessage)) or 0


def test_batch_recognises_copies_within_itself_and_of_earlier_rows(
    sessions: sessionmaker[Session],
) -> None:
    with transaction(sessions) as session:
        earlier, _ = store_raw(session, raw=mail(0), mailbox="INBOX", uidvalidity=7, uid=1)
    batch = [
        mail(1),  # new
        mail(1),  # the same bytes again
        relayed(mail(1)),  # re-encoded: same Message-ID and From
        mail(0),  # an earlier row's bytes
        relayed(mail(0)),  # an earlier row, re-encoded
        mail(1, sender="other@ipo.example", body="Other."),  # same id, another sender: new
        b"Subject: no id\r\n\r\nA\r\n",  # no Message-ID: only bytes can match
        b"Subject: no id\r\n\r\nB\r\n",
        b"Subject: no id\r\n\r\nA\r\n",
    ]
    with transaction(sessions) as session:
        found = store_raw_batch(
            session,
            [RawMessage(raw, 8, uid) for uid, raw in enumerate(batch, 10)],
            mailbox="INBOX",
        )
    assert [row.is_new for row in found] == [
        True,
        False,
        False,
        False,
        False,
        True,
        True,
        True,
        False,
    ]
    ids = [row.id for row in found]
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] == ids[4] == earlier.id
    assert ids[6] == ids[8] != ids[7]
    assert len({ids[0], ids[5], ids[6], ids[7], earlier.id}) == 5
    assert count(sessions) == 5
    # What fetch needs to decide on each copy: the row's place and status as stored.
    assert (found[3].mailbox, found[3].uidvalidity, found[3].status) == ("INBOX", 7, "received")
    assert (found[1].mailbox, found[1].uidvalidity) == ("INBOX", 8)
    with sessions() as session:
        first = session.get_one(InboundMessage, ids[0])
        assert (first.uid, first.uidvalidity, first.raw) == (10, 8, mail(1))
        # New rows are numbered in batch order.
        assert sorted(ids[i] for i in (0, 5, 6, 7)) == [ids[0], ids[5], ids[6], ids[7]]


def _tricky() -> list[bytes]:
    long_id = "<" + "a" * 1200 + "@ipo.example>"  # stored cut to 998 characters
    no_from = b"Message-ID: <nf@ipo.example>\r\nSubject: x\r\n\r\n"
    return [
        mail(1),
        mail(1),
        relayed(mail(1)),
        mail(0),  # seeded before the batch
        relayed(mail(5)),  # seeded row has a bracketless Message-ID
        mail(1, sender="OFFICE@IPO.EXAMPLE", body="Upper-case sender."),
        mail(1, sender="other@ipo.example"),
        mail(7).replace(b"<n7@ipo.example>", long_id.encode()),
        mail(8).replace(b"<n8@ipo.example>", long_id.encode()),
        mail(9).replace(b"<n9@ipo.example>", b"bare9@ipo.example"),
        mail(10).replace(b"<n10@ipo.example>", b"<bare9@ipo.example>"),
        no_from + b"one\r\n",
        no_from + b"two\r\n",
        b"",
        b"",
    ]


def _seed(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        store_raw(session, raw=mail(0), mailbox="INBOX", uidvalidity=1, uid=1)
        row, _ = store_raw(session, raw=mail(5), mailbox="INBOX", uidvalidity=1, uid=2)
        session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == row.id)
            .values(message_id="n5@ipo.example")
        )


def test_a_batch_decides_as_one_message_at_a_time_would(
    database_factory: Callable[[], str],
) -> None:
    one_by_one, batched = (make_sessionmaker(make_engine(database_factory())) for _ in "ab")
    _seed(one_by_one)
    _seed(batched)
    messages = [RawMessage(raw, 2, uid) for uid, raw in enumerate(_tricky(), 10)]
    with transaction(one_by_one) as session:
        single = [store_raw_batch(session, [m], mailbox="INBOX")[0] for m in messages]
    with transaction(batched) as session:
        together = store_raw_batch(session, messages, mailbox="INBOX")
    # Same rows, same ids, each message recognised the same way.
    assert [(r.id, r.is_new) for r in together] == [(r.id, r.is_new) for r in single]
    # New: n1, n1 from another sender, both cut long ids, bare9, both without From, b"".
    assert sum(r.is_new for r in together) == 8

    def stored(sessions: sessionmaker[Session]) -> list[tuple[object, ...]]:
        with sessions() as session:
            query = select(
                InboundMessage.id,
                InboundMessage.sha256,
                InboundMessage.message_id,
                InboundMessage.from_address,
                InboundMessage.uid,
            ).order_by(InboundMessage.id)
            return [tuple(row) for row in session.execute(query)]

    assert stored(batched) == stored(one_by_one)


def test_oldest_row_wins_and_bracketless_ids_match(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        old, _ = store_raw(session, raw=mail(1), mailbox="INBOX", uidvalidity=1, uid=1)
        newer, _ = store_raw(session, raw=relayed(mail(1)), mailbox="INBOX", uidvalidity=1, uid=2)
        assert newer.id == old.id  # store_raw already folds the relayed copy in
        # A row written by other code without the angle brackets, and a later same-key row.
        session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == old.id)
            .values(message_id="n1@ipo.example")
        )
        later, _ = store_raw(session, raw=mail(2), mailbox="INBOX", uidvalidity=1, uid=3)
        session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == later.id)
            .values(message_id="<n1@ipo.example>")
        )
    with transaction(sessions) as session:
        (found,) = store_raw_batch(
            session, [RawMessage(relayed(relayed(mail(1))), 1, 4)], mailbox="INBOX"
        )
    assert (found.id, found.is_new) == (old.id, False)


def test_statements_do_not_grow_with_the_batch(sessions: sessionmaker[Session]) -> None:
    statements: list[str] = []

    def record(_conn: Connection, _cursor: object, sql: str, *_args: object) -> None:
        statements.append(sql.split(maxsplit=1)[0].upper())

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", record)
    try:
        with transaction(sessions) as session:
            batch = [RawMessage(mail(n), 1, n) for n in range(150)]
            found = store_raw_batch(session, batch + batch[:10], mailbox="INBOX")
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert sum(row.is_new for row in found) == 150
    # By SHA-256, by Message-ID + From, one INSERT (and the transaction's own statements).
    assert statements.count("SELECT") == 2
    assert statements.count("INSERT") == 1
    assert len(statements) <= 5, statements


def test_import_and_fetch_share_the_rules(sessions: sessionmaker[Session]) -> None:
    """store_raw is the one-message batch: oversized and uid-less imports keep working."""
    head = mail(3).split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    with transaction(sessions) as session:
        (big,) = store_raw_batch(
            session,
            [RawMessage(head, None, None, size=90_000_000, oversized=True)],
            mailbox="import:x",
        )
        row, new = store_raw(session, raw=mail(3), mailbox="INBOX", uidvalidity=1, uid=5)
    assert big.is_new
    assert big.status == MessageStatus.OVERSIZED
    assert (row.id, new) == (big.id, False)  # same Message-ID and From as the header kept
    assert row.size == 90_000_000


def _lock_waits(sessions: sessionmaker[Session]) -> int:
    # A fresh transaction each time: pg_stat_activity is a snapshot per transaction.
    with sessions() as session:
        return (
            session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            or 0
        )


@pytest.mark.parametrize("db_backend", ["postgres"])
@pytest.mark.postgres
def test_concurrent_insert_of_the_same_bytes_is_recognised(
    sessions: sessionmaker[Session],
) -> None:
    """Another worker's uncommitted row with the same bytes: the batch waits, then skips it."""
    other = sessions()
    other.begin()
    theirs, _ = store_raw(other, raw=mail(1), mailbox="INBOX", uidvalidity=1, uid=1)
    result: list[list[object]] = []

    def ours() -> None:
        with transaction(sessions) as session:
            found = store_raw_batch(
                session, [RawMessage(mail(1), 1, 1), RawMessage(mail(2), 1, 2)], mailbox="INBOX"
            )
            result.append([(row.id, row.is_new) for row in found])

    worker = threading.Thread(target=ours)
    worker.start()
    try:
        # Our INSERT waits on their unique sha256 entry; only then do they commit.
        deadline = time.monotonic() + 10
        while not _lock_waits(sessions):
            assert time.monotonic() < deadline, "the batch never waited on the other insert"
            time.sleep(0.05)
        other.commit()
    finally:
        other.close()
        worker.join(timeout=10)
    ((first, second),) = result
    assert first == (theirs.id, False)
    assert second[1] is True
    assert count(sessions) == 2
