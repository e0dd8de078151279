"""Intake in groups: one transaction per group, parsed ahead in worker processes, same results."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import MessageStatus, NominationStatus
from mailbot.intake import GROUP_SIZE, process_pending
from mailbot.message_intake import parse_options
from mailbot.parse_pool import ParsePool
from tests.mailbot.intake_env import NOW, Desk, make_desk
from tests.mailbot.intake_mail import nomination_mail, reply_mail


@pytest.fixture
def desk(sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(sessions, tmp_path, monkeypatch)


@pytest.fixture
def pool(desk: Desk) -> Iterator[ParsePool]:
    workers = ParsePool(2, desk.catalog, parse_options(desk.settings))
    yield workers
    workers.close()


def _office(n: int) -> bytes:
    """Nomination n: its own office and sender; every third one lacks the username."""
    fields = (
        {"WIPO Accounts username": None} if n % 3 == 0 else {"WIPO Accounts username": f"xa-u{n}"}
    )
    return nomination_mail(
        f"<nom-{n}@ipo{n}.example.org>",
        sender=f"registry@ipo{n}.example.org",
        office=f"Example Office Number {n}",
        fields={
            **fields,
            "E-mail address used for the WIPO Account": f"person{n}@ipo{n}.example.org",
        },
    )


def _commits(desk: Desk) -> list[int]:
    counted: list[int] = []
    event.listen(desk.sessions, "after_commit", lambda _session: counted.append(1))
    return counted


def test_a_group_is_committed_once(desk: Desk) -> None:
    ids = [desk.store(_office(n)) for n in range(GROUP_SIZE)]
    commits = _commits(desk)
    report = desk.run()
    assert (report.processed, report.failed) == (GROUP_SIZE, 0)
    # The pending list, then one transaction for the whole group (not one per message).
    assert len(commits) == 2
    assert all(desk.message(i).status == MessageStatus.PROCESSED for i in ids)
    assert len(desk.outbox()) == GROUP_SIZE


def test_an_answer_in_the_same_group_completes_the_nomination(desk: Desk) -> None:
    first = desk.store(nomination_mail(fields={"WIPO Accounts username": None}))
    # The office answers its own mail before the bot ran: both wait in one group.
    answer = desk.store(
        reply_mail(
            "<nom-1@ipo.example.org>",
            "Dear Secretariat,\n\nWIPO Accounts username: xa-hcarter\n\nBest regards,\n",
        )
    )
    report = desk.run()
    assert report.processed == 2
    (nomination,) = desk.nominations()
    assert nomination.status == NominationStatus.PENDING_REVIEW
    assert nomination.nominees[0].username == "xa-hcarter"
    assert desk.message(first).nomination_id == desk.message(answer).nomination_id == nomination.id


def test_one_bad_message_fails_alone_and_the_group_is_kept(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [desk.store(_office(n)) for n in range(1, 8)]
    culprit = ids[3]
    from mailbot import message_intake  # noqa: PLC0415

    real = message_intake.file_nomination

    def explode_on_culprit(session: Session, inbound: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if getattr(inbound, "id", None) == culprit:
            raise RuntimeError("injected fault")
        return real(session, inbound, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(message_intake, "file_nomination", explode_on_culprit)
    report = desk.run()
    assert (report.processed, report.failed_ids) == (6, (culprit,))
    assert desk.message(culprit).status == MessageStatus.FAILED
    assert "injected fault" in (desk.message(culprit).error or "")
    assert len(desk.nominations()) == 6
    # The culprit is never answered; every other office is, once.
    answered = sorted(o.inbound_id for o in desk.outbox())
    assert answered == sorted(i for i in ids if i != culprit)


def test_parsing_in_worker_processes_gives_the_same_results(
    desk: Desk, pool: ParsePool, sessions: sessionmaker[Session]
) -> None:
    count = 2 * GROUP_SIZE + 7  # three groups: the pool is used
    ids = [desk.store(_office(n)) for n in range(count)]
    report = process_pending(
        desk.sessions, catalog=desk.catalog, settings=desk.settings, now=NOW, pool=pool
    )
    assert (report.processed, report.failed) == (count, 0)
    assert pool._executor is not None  # the groups went through worker processes
    by_status = sorted(n.status for n in desk.nominations())
    incomplete = len([n for n in range(count) if n % 3 == 0])
    assert by_status.count(NominationStatus.AWAITING_INFO) == incomplete
    assert by_status.count(NominationStatus.PENDING_REVIEW) == count - incomplete
    kinds = [o.kind for o in desk.outbox()]
    assert kinds.count("request_missing") == incomplete
    assert kinds.count("acknowledgement") == count - incomplete
    # Same parse as in-process: the stored contract of each message is identical.
    inline = pool.parse_inline([desk.message(i).raw or b"" for i in ids[:5]])
    for inbound_id, outcome in zip(ids[:5], inline, strict=True):
        assert outcome.parsed is not None
        assert desk.message(inbound_id).parsed == outcome.parsed.to_contract()


def test_a_dead_parse_worker_costs_nothing(desk: Desk, pool: ParsePool) -> None:
    raws = [_office(n) for n in range(4)]
    expected = [o.parsed for o in pool.parse_inline(raws)]
    assert [o.parsed for o in pool.submit(raws).outcomes()] == expected  # workers running
    executor = pool._executor
    assert executor is not None
    for process in list(executor._processes.values()):
        process.kill()
        process.join()
    # Broken at submit or at result: either way the group is parsed inline, then the pool
    # is rebuilt for the next group.
    assert [o.parsed for o in pool.submit(raws).outcomes()] == expected
    assert [o.parsed for o in pool.submit(raws).outcomes()] == expected
    assert pool._executor is not None
    assert pool._executor is not executor


def test_a_parse_error_fails_that_message_only(desk: Desk, pool: ParsePool) -> None:
    tiny = desk.with_settings(max_message_bytes=600)
    small = b"From: a@example.org\r\nSubject: hi\r\nMessage-ID: <s@example.org>\r\n\r\nhello\r\n"
    big_id = tiny.store(_office(1))  # over 600 bytes: parse_email refuses it
    small_id = tiny.store(small)
    outcomes = (
        ParsePool(0, desk.catalog, parse_options(tiny.settings))
        .submit([_office(1), small])
        .outcomes()
    )
    assert outcomes[0].error is not None
    assert outcomes[1].parsed is not None
    report = tiny.run()
    assert report.failed_ids == (big_id,)
    assert tiny.message(big_id).status == MessageStatus.FAILED
    assert tiny.message(small_id).status == MessageStatus.PROCESSED


def test_stop_is_honoured_between_groups(desk: Desk) -> None:
    ids = [desk.store(_office(n)) for n in range(2 * GROUP_SIZE)]
    stop = threading.Event()
    commits = _commits(desk)

    def stop_after_first_group(_session: Session) -> None:
        if len(commits) == 2:  # the pending list, then the first group
            stop.set()

    event.listen(desk.sessions, "after_commit", stop_after_first_group)
    report = process_pending(
        desk.sessions, catalog=desk.catalog, settings=desk.settings, now=NOW, stop=stop
    )
    assert report.processed == GROUP_SIZE
    statuses = [desk.message(i).status for i in ids]
    assert (
        statuses == [MessageStatus.PROCESSED] * GROUP_SIZE + [MessageStatus.RECEIVED] * GROUP_SIZE
    )


def test_groups_in_flight_when_a_worker_dies_spare_the_new_pool(
    desk: Desk, pool: ParsePool
) -> None:
    raws = [_office(n) for n in range(3)]
    expected = [o.parsed for o in pool.parse_inline(raws)]
    assert [o.parsed for o in pool.submit(raws).outcomes()] == expected  # workers running
    old = pool._executor
    assert old is not None
    slow = raws * 100  # long enough to be in flight when the workers die
    first, second = pool.submit(slow), pool.submit(slow)
    for process in list(old._processes.values()):
        process.kill()
        process.join()
    assert [o.parsed for o in first.outcomes()] == expected * 100  # parsed inline
    later = pool.submit(raws)  # a fresh pool
    fresh = pool._executor
    assert fresh is not None
    assert fresh is not old
    # The second group's failure belongs to the old pool: the fresh one and its work stay.
    assert [o.parsed for o in second.outcomes()] == expected * 100
    assert pool._executor is fresh
    assert [o.parsed for o in later.outcomes()] == expected
