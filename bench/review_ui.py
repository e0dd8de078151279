"""Latency of the review UI's queue, search and nomination pages with thousands of nominations.

Run `python -m bench.review_ui [--nominations 5000] [--database-url URL] [--json]` from the
repository root. Without --database-url a temporary SQLite file is used; a PostgreSQL URL
must name an empty database (it is migrated here). Nominations are inserted in bulk (one
to three nominees each, one or two task forces each), one staff user signs in through the
login form, then each page is fetched over HTTP (Starlette's TestClient, the full
middleware stack) --repeat times after one warm-up. Target: median under 250 ms for the
queue and search. --quick (300 nominations, 5 requests a page) is for the smoke test.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import Membership, Nomination, Nominee
from mailbot.db.session import make_engine, make_sessionmaker, transaction, upgrade
from mailbot.review import create_app
from mailbot.services.users import add_user

__all__ = ["PageTiming", "main", "seed"]

TARGET_MS = 250.0
TASK_FORCES = (
    "XML4IP Task Force",
    "Sequence Listings Task Force",
    "Legal Status Task Force",
    "API Task Force",
)
STATUSES = ("pending_review",) * 6 + ("awaiting_info", "approved", "rejected", "withdrawn")
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
PASSWORD = "benchmark password"  # noqa: S105 - a throwaway account in a temp database


@dataclass(frozen=True)
class PageTiming:
    name: str
    path: str
    median_ms: float
    p95_ms: float
    bytes: int


def seed(sessions: sessionmaker[Session], count: int) -> None:
    """`count` nominations with one to three nominees each, inserted with executemany."""
    rng = random.Random(175)
    start = datetime(2023, 9, 1, tzinfo=UTC)
    nominations, nominees, memberships = [], [], []
    for index in range(1, count + 1):
        nominations.append(
            {
                "id": index,
                "office": f"Office {index % 180} of Example",
                "sender_address": f"registry{index % 180}@office{index % 180}.example.org",
                "sender_name": "Registry",
                "language": rng.choice(LANGUAGES),
                "status": rng.choice(STATUSES),
                "late": rng.random() < 0.1,
                "warnings": {"items": [{"code": "w", "message": "check"}]}
                if rng.random() < 0.2
                else None,
                "created_at": start + timedelta(minutes=17 * index),
                "updated_at": start + timedelta(minutes=17 * index),
            }
        )
        for k in range(rng.choice((1, 1, 2, 3))):
            nominee_id = index * 3 + k
            nominees.append(
                {
                    "id": nominee_id,
                    "nomination_id": index,
                    "position_index": k,
                    "title": "Ms",
                    "last_name": f"Surname{nominee_id}",
                    "first_name": f"Given{nominee_id}",
                    "position": "Examiner",
                    "username": f"xx-user{nominee_id}",
                    "account_email": f"user{nominee_id}@office.example.org",
                }
            )
            memberships.extend(
                {"nominee_id": nominee_id, "task_force": tf}
                for tf in rng.sample(TASK_FORCES, rng.choice((1, 2)))
            )
    with transaction(sessions) as session:
        session.execute(insert(Nomination), nominations)
        session.execute(insert(Nominee), nominees)
        session.execute(insert(Membership), memberships)
        add_user(session, "bench", role="reviewer", password=PASSWORD, actor="bench")


def _time(client: object, path: str, repeat: int) -> tuple[list[float], int]:
    get = client.get  # type: ignore[attr-defined]
    response = get(path)  # warm-up
    assert response.status_code == 200, (path, response.status_code)
    samples = []
    for _ in range(repeat):
        begin = time.perf_counter()
        response = get(path)
        samples.append((time.perf_counter() - begin) * 1000)
    return samples, len(response.content)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nominations", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="300 nominations, 5 requests a page")
    args = parser.parse_args(argv)
    if args.quick:
        args.nominations, args.repeat = min(args.nominations, 300), min(args.repeat, 5)

    from starlette.testclient import TestClient  # noqa: PLC0415 - a dev dependency

    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        sessions = make_sessionmaker(engine)
        seed(sessions, args.nominations)
        settings = Settings(var_dir=Path(tmp), database_url=url, secret_key="bench-secret")  # noqa: S106 - temp database
        client = TestClient(create_app(settings, sessions), base_url="http://127.0.0.1")
        token = client.get("/login").text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        client.post("/login", data={"csrf_token": token, "username": "bench", "password": PASSWORD})
        middle = args.nominations // 2
        pages = [
            ("queue, first page", "/queue?status=pending_review"),
            (
                "queue, page 40 sorted by office",
                "/queue?status=pending_review&sort=-office&page=40",
            ),
            ("queue, task force + late", "/queue?task_force=API+Task+Force&late=1"),
            ("queue, with warnings", "/queue?warnings=1"),
            ("search by surname", f"/queue?q=Surname{middle * 3}"),
            ("search by address fragment", "/queue?q=office17.example"),
            ("search, no hit", "/queue?q=nothing-matches-this"),
            ("nomination page", f"/nominations/{middle}"),
            ("dashboard", "/dashboard"),
        ]
        timings = []
        for name, path in pages:
            samples, size = _time(client, path, args.repeat)
            quantiles = statistics.quantiles(samples, n=20)
            timings.append(PageTiming(name, path, statistics.median(samples), quantiles[-1], size))
        engine.dispose()
    backend = "postgresql" if url.startswith("postgres") else "sqlite"
    if args.json:
        print(
            json.dumps(
                {
                    "backend": backend,
                    "nominations": args.nominations,
                    "pages": [asdict(t) for t in timings],
                }
            )
        )
    else:
        print(f"{args.nominations} nominations on {backend}, {args.repeat} requests per page")
        for t in timings:
            flag = "" if t.median_ms <= TARGET_MS else "  (over target)"
            print(f"  {t.name:<34} median {t.median_ms:7.1f} ms   p95 {t.p95_ms:7.1f} ms{flag}")
    slow = [t for t in timings if t.path.startswith("/queue") and t.median_ms > TARGET_MS]
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
