"""The mutation fuzzer (bench/fuzz.py) in a bounded run, its mutators, and its deadline guard."""

from __future__ import annotations

import random
import signal
import time
from contextlib import AbstractContextManager

import pytest

from bench.fuzz import MUTATORS, Deadline, check_one, deadline, fuzz, mutate
from parsers import parse_email
from parsers.errors import MimeStructureError
from parsers.models import Kind, ParsedEmail
from tests.hostile.support import catalog, corpus_sample, fixture_messages

pytestmark = pytest.mark.timeout(180)


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _describe(report_findings: list[object]) -> str:
    return "\n".join(str(f)[:300] for f in report_findings[:5])


def test_a_bounded_fuzz_run_finds_nothing() -> None:
    report = fuzz(fixture_messages(), parse, iterations=600, seed=175, limit=5.0)
    assert report.iterations == 600
    assert not report.findings, _describe(list(report.findings))
    # Some mutants must still be readable mail, or the fuzzer only tests the front door.
    assert report.refused < report.iterations // 2


@pytest.mark.slow
def test_a_longer_run_over_the_real_corpus_finds_nothing() -> None:
    seeds = fixture_messages() + corpus_sample()
    seed = int(time.time()) % 100_000
    report = fuzz(seeds, parse, iterations=1500, seed=seed, limit=5.0)
    # With the same seed messages, the seed replays the run: fuzz(seeds, parse, 1500, seed=SEED).
    assert not report.findings, f"seed {seed}\n" + _describe(list(report.findings))


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_each_mutator_changes_bytes_deterministically(name: str) -> None:
    seeds = fixture_messages()
    raw = seeds[0]
    outputs = {MUTATORS[name](random.Random(n), raw, seeds) for n in range(8)}
    assert all(isinstance(o, bytes) for o in outputs)
    assert outputs != {raw}, f"{name} never changed the message"
    again = MUTATORS[name](random.Random(3), raw, seeds)
    assert again == MUTATORS[name](random.Random(3), raw, seeds)


def test_mutate_names_what_it_did() -> None:
    raw, names = mutate(random.Random(1), fixture_messages()[0], fixture_messages())
    assert 1 <= len(names) <= 4
    assert set(names) <= set(MUTATORS)
    assert isinstance(raw, bytes)


def test_check_one_sorts_outcomes() -> None:
    def crashes(raw: bytes) -> ParsedEmail:
        raise KeyError(raw[:1])

    def refuses(raw: bytes) -> ParsedEmail:
        raise MimeStructureError("too deep")

    def hangs(raw: bytes) -> ParsedEmail:
        while True:
            time.sleep(0.01)

    assert check_one(b"x", crashes, 1.0)[0] == "crash"
    assert check_one(b"x", refuses, 1.0) == ("refused", "too deep")
    assert check_one(b"x", hangs, 0.2)[0] == "hang"
    assert check_one(b"From: a@example.org\r\n\r\nhello\r\n", parse, 5.0) == (
        "parsed",
        Kind.OTHER.value,
    )


def spin_under(guard: AbstractContextManager[None]) -> None:
    with guard:
        while True:
            pass


def test_deadline_interrupts_and_puts_the_outer_timer_back() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, _frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30.0)
        started = time.monotonic()
        with pytest.raises(Deadline):
            spin_under(deadline(0.1))
        assert time.monotonic() - started < 2
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30  # the outer timer (pytest-timeout's, in a real run) is back
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert not fired
