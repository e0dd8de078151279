"""What queuing one reply costs: enqueue() into a SQLite outbox that already holds rows.

Run `python -m bench.enqueue` from the repository root. A fresh SQLite database (migrated)
first gets --prefill replies through enqueue itself, to 1,000 offices, all inside the
guards' window (so a lookup that scanned the window would read every one of them). Then
after 20 untimed replies, each of --rounds rounds queues --replies acknowledgements to new offices, one
transaction each as intake does (the nomination and its message are made untimed), and
times enqueue() alone and enqueue() plus the flush that writes its rows, in wall time
(perf_counter) and in this process's CPU time (process_time, steadier when other work
shares the cores). It prints the mean and median per reply of each round and the
spread over rounds.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, Membership, Nomination, Nominee
from mailbot.db.session import make_engine, make_sessionmaker, transaction, upgrade
from mailbot.outbox.enqueue import enqueue

NOW = datetime(2023, 10, 2, 9, 0, tzinfo=UTC)
LANGUAGES = ("en", "fr", "es")


def _nomination(session: Session, i: int, sender: str) -> tuple[Nomination, InboundMessage]:
    thread = f"<t{i}@office.example.org>"
    nomination = Nomination(
        office=f"Office {i}",
        sender_address=sender,
        sender_name=f"Registry {i}",
        language=LANGUAGES[i % len(LANGUAGES)],
        thread_message_id=thread,
    )
    nominee = Nominee(
        title="Ms",
        first_name="Jane",
        last_name=f"Roe{i}",
        position="Examiner",
        username=f"xx-roe{i}",
        account_email=f"jane{i}@office.example.org",
    )
    nominee.memberships.append(Membership(task_force="XML4IP Task Force"))
    nomination.nominees.append(nominee)
    inbound = InboundMessage(
        sha256=f"{i:064d}",
        message_id=thread,
        subject="RE: Nomination C. CWS 175",
        from_address=sender,
    )
    nomination.messages.append(inbound)
    session.add(nomination)
    session.flush()
    return nomination, inbound


@dataclass
class Round:
    wall_call: list[float] = field(default_factory=list)
    cpu_call: list[float] = field(default_factory=list)
    wall_flushed: list[float] = field(default_factory=list)
    cpu_flushed: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, dict[str, float]]:
        return {
            name: {
                "mean_ms": statistics.mean(values) * 1000,
                "median_ms": statistics.median(values) * 1000,
            }
            for name, values in vars(self).items()
        }


class Bench:
    def __init__(self, sessions: sessionmaker[Session], settings: Settings) -> None:
        self.sessions = sessions
        self.settings = settings
        self.serial = 0

    def queue(self, sender: str, at: datetime, kind: str = "acknowledgement") -> None:
        with transaction(self.sessions) as session:
            nomination, inbound = _nomination(session, self.serial, sender)
            self.serial += 1
            enqueue(
                session,
                kind=kind,
                settings=self.settings,
                nomination=nomination,
                inbound=inbound,
                now=at,
            )

    def timed(self, replies: int, profile: cProfile.Profile | None) -> Round:
        result = Round()
        for j in range(replies):
            with transaction(self.sessions) as session:
                sender = f"new{self.serial}@office.example.org"
                nomination, inbound = _nomination(session, self.serial, sender)
                self.serial += 1
                if profile is not None:
                    profile.enable()
                wall, cpu = time.perf_counter(), time.process_time()
                item = enqueue(
                    session,
                    kind="acknowledgement",
                    settings=self.settings,
                    nomination=nomination,
                    inbound=inbound,
                    now=NOW + timedelta(seconds=j),
                )
                wall_call, cpu_call = time.perf_counter(), time.process_time()
                session.flush()
                wall_end, cpu_end = time.perf_counter(), time.process_time()
                if profile is not None:
                    profile.disable()
                if item is None:
                    raise SystemExit("a reply to a new office was suppressed")
            result.wall_call.append(wall_call - wall)
            result.cpu_call.append(cpu_call - cpu)
            result.wall_flushed.append(wall_end - wall)
            result.cpu_flushed.append(cpu_end - cpu)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefill", type=int, default=5000, help="outbox rows first (5000)")
    parser.add_argument("--replies", type=int, default=300, help="timed replies a round (300)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (3)")
    parser.add_argument("--quick", action="store_true", help="100 rows, 2 rounds of 20")
    parser.add_argument("--profile", help="cProfile the timed enqueue calls into FILE")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    if args.quick:
        args.prefill, args.replies, args.rounds = 100, 20, 2

    folder = Path(tempfile.mkdtemp(prefix="bench-enqueue-"))
    settings = Settings(var_dir=folder, from_address="cws.mail@example.org")
    engine = make_engine(settings.effective_database_url)
    upgrade(engine)
    bench = Bench(make_sessionmaker(engine), settings)

    started = time.perf_counter()
    window = timedelta(hours=9)  # inside the 10-hour ceiling and the 24-hour grace period
    for i in range(args.prefill):
        at = NOW - window + window * i / max(args.prefill, 1)
        kind = ("acknowledgement", "request_missing")[i % 2]
        bench.queue(f"office{i % 1000}@office.example.org", at, kind)
    print(f"{args.prefill:,} outbox rows in {time.perf_counter() - started:.1f} s")
    bench.timed(20, None)  # warm-up: statement caches, templates, the first flushes

    profile = cProfile.Profile() if args.profile else None
    rounds = []
    for number in range(args.rounds):
        summary = bench.timed(args.replies, profile).summary()
        rounds.append(summary)
        print(
            f"round {number + 1}: enqueue {summary['cpu_call']['mean_ms']:.3f} ms CPU "
            f"({summary['wall_call']['mean_ms']:.3f} ms wall), with its flush "
            f"{summary['cpu_flushed']['mean_ms']:.3f} ms CPU "
            f"({summary['wall_flushed']['mean_ms']:.3f} ms wall); medians "
            f"{summary['cpu_call']['median_ms']:.3f} / {summary['cpu_flushed']['median_ms']:.3f} ms CPU"
        )
    for name in ("cpu_call", "cpu_flushed", "wall_call", "wall_flushed"):
        means = [r[name]["mean_ms"] for r in rounds]
        print(f"  {name:13s} mean per reply {min(means):.3f}-{max(means):.3f} ms over rounds")
    if profile is not None:
        profile.dump_stats(args.profile)
    if args.json:
        print(json.dumps({"prefill": args.prefill, "replies": args.replies, "rounds": rounds}))
    engine.dispose()


if __name__ == "__main__":
    main()
