"""Backlog throughput: the bare imapclient + mail-parser floor against cws-mailbot end to end.

Run `python -m bench.backlog` from the repository root (see bench/README.md). For each
mailbox size (default 1,000 and 10,000 campaign-like messages, bench.mailgen) a private
Dovecot is filled through its Maildir, then, each in a fresh subprocess:

  floor  imapclient: SELECT, SEARCH, then BODY.PEEK[] in batches of --batch-size, and
         mailparser.parse_from_bytes on every message;
  e2e    mailbot.worker.run_once on an empty SQLite database: fetch and store each
         message (committed before it is flagged), parse (ahead, in the parse workers),
         intake, replies enqueued, messages moved to Processed/Quarantine; then the
         replies are written as .eml (file transport), timed apart.

Rates are messages in the mailbox per second of wall time; the e2e rate is the issue's
"end to end": up to the replies enqueued and the messages moved out (the rate with the
replies also written is printed beside it). Peak memory is the subprocess's ru_maxrss,
and the largest parse worker's. Targets: e2e/floor >= 0.5, and peak memory flat as the
mailbox grows tenfold.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import logging
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.mailgen import mailbox

__all__ = ["main"]

TARGET_RATIO = 0.5


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _children_peak_mb() -> float:
    """The largest RSS any waited-for child reached (the parse workers, once shut down)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _floor(url: str, batch: int) -> dict[str, Any]:
    import mailparser  # noqa: PLC0415 - children import what they measure
    from imapclient import IMAPClient  # noqa: PLC0415

    from mailbot.sources.imap import parse_imap_url  # noqa: PLC0415

    target = parse_imap_url(url)
    fetch_s = parse_s = 0.0
    count = errors = 0
    started = time.perf_counter()
    with IMAPClient(target.host, port=target.port, ssl=False, timeout=60) as client:
        client.login(target.user, target.password)
        client.select_folder(target.folder, readonly=True)
        uids = sorted(client.search(["NOT", "DELETED"]))
        for start in range(0, len(uids), batch):
            t0 = time.perf_counter()
            data = client.fetch(uids[start : start + batch], ["BODY.PEEK[]"])
            t1 = time.perf_counter()
            for item in data.values():
                try:
                    mailparser.parse_from_bytes(item[b"BODY[]"])
                except Exception:  # a broken real message: counted, as the service would
                    errors += 1
                count += 1
            fetch_s += t1 - t0
            parse_s += time.perf_counter() - t1
    seconds = time.perf_counter() - started
    return {
        "messages": count,
        "errors": errors,
        "seconds": seconds,
        "fetch_seconds": fetch_s,
        "parse_seconds": parse_s,
        "peak_mb": _peak_mb(),
    }


def _timed(phases: dict[str, float], name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            phases[name] = phases.get(name, 0.0) + time.perf_counter() - t0

    return wrapper


def _e2e(url: str, batch: int, work: Path, profile: Path | None) -> dict[str, Any]:
    from sqlalchemy import func, select  # noqa: PLC0415

    from mailbot import worker  # noqa: PLC0415
    from mailbot.config import Settings  # noqa: PLC0415
    from mailbot.db.models import InboundMessage, OutboxItem  # noqa: PLC0415
    from mailbot.db.session import make_engine, make_sessionmaker, upgrade  # noqa: PLC0415

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    db_url = f"sqlite:///{work / 'mailbot.sqlite3'}"
    engine = make_engine(db_url)
    upgrade(engine)
    settings = Settings(
        var_dir=work,
        database_url=db_url,
        imap_url=url,
        imap_batch_size=batch,
        secret_key="bench-secret",  # noqa: S106 - a throwaway database
    )
    # Phase times: wrap the worker's own references to the four steps (measurement only).
    phases: dict[str, float] = {}
    for name in ("fetch_new", "process_pending", "settle", "send_due"):
        setattr(worker, name, _timed(phases, name, getattr(worker, name)))
    # CPU time, not wall time: the profile then holds under load from other processes.
    profiler = cProfile.Profile(time.process_time) if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = worker.run_once(settings)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    if profiler and profile:
        profiler.dump_stats(str(profile))
    with make_sessionmaker(engine)() as session:
        statuses = dict(
            session.execute(
                select(InboundMessage.status, func.count()).group_by(InboundMessage.status)
            ).all()
        )
        outbox = session.scalar(select(func.count()).select_from(OutboxItem)) or 0
    assert report.fetch is not None
    assert report.intake is not None
    assert report.send is not None
    return {
        "messages": report.fetch.in_folder,
        "stored": report.fetch.stored,
        "duplicates": report.fetch.duplicates,
        "processed": report.intake.processed,
        "failed": report.intake.failed,
        "replies": report.intake.replies,
        "outbox_rows": int(outbox),
        "sent": report.send.sent,
        "statuses": {str(k): int(v) for k, v in statuses.items()},
        "seconds": seconds,
        # The end to end: fetch, store, parse, intake, replies enqueued (and the
        # messages moved out); sending the replies is timed apart.
        "enqueued_seconds": seconds - phases.get("send_due", 0.0),
        "phases": phases,
        "peak_mb": _peak_mb(),
        "workers_peak_mb": _children_peak_mb(),
        # CPU, unlike wall time, barely moves with other load on the machine.
        "cpu_seconds": _cpu_seconds(resource.RUSAGE_SELF),
        "workers_cpu_seconds": _cpu_seconds(resource.RUSAGE_CHILDREN),
        "parse_workers": settings.effective_parse_workers,
    }


def _child(args: Sequence[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.backlog", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"benchmark child {args[:2]} failed with exit code {done.returncode}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _warm(url: str, batch: int) -> None:
    """Let Dovecot scan new/ and read every file once, so neither contender pays for it."""
    _child(["--child", "floor", "--imap-url", url, "--batch-size", str(batch)])


def run_size(messages: list[bytes], batch: int, profile: Path | None) -> dict[str, Any]:
    from bench.servers import private_dovecot  # noqa: PLC0415

    with private_dovecot(messages) as server, tempfile.TemporaryDirectory() as work:
        url = server.url("bot")
        _warm(url, batch)
        floor = _child(["--child", "floor", "--imap-url", url, "--batch-size", str(batch)])
        e2e_args = ["--child", "e2e", "--imap-url", url, "--batch-size", str(batch)]
        e2e_args += ["--work", work] + (["--profile-out", str(profile)] if profile else [])
        e2e = _child(e2e_args)
    floor_rate = floor["messages"] / floor["seconds"]
    e2e_rate = e2e["messages"] / e2e["enqueued_seconds"]
    with_sending = e2e["messages"] / e2e["seconds"]
    return {
        "size": len(messages),
        "megabytes": sum(map(len, messages)) / 1e6,
        "floor": floor | {"rate": floor_rate},
        "e2e": e2e | {"rate": e2e_rate, "rate_with_sending": with_sending},
        "ratio": e2e_rate / floor_rate,
    }


def _print(results: list[dict[str, Any]]) -> None:
    for r in results:
        f, e = r["floor"], r["e2e"]
        print(f"\n{r['size']:,} messages ({r['megabytes']:.1f} MB)")
        print(
            f"  floor  {f['rate']:8.0f} msg/s  ({f['seconds']:.1f} s; fetch alone "
            f"{f['messages'] / f['fetch_seconds']:.0f}/s, mail-parser alone "
            f"{f['messages'] / f['parse_seconds']:.0f}/s; peak RSS {f['peak_mb']:.0f} MB)"
        )
        phases = ", ".join(f"{k} {v:.1f} s" for k, v in e["phases"].items())
        print(
            f"  e2e    {e['rate']:8.0f} msg/s  to replies enqueued; {e['rate_with_sending']:.0f} "
            f"msg/s with the replies written ({e['seconds']:.1f} s: {phases}; peak RSS "
            f"{e['peak_mb']:.0f} MB, each of {e['parse_workers']} parse workers "
            f"<= {e['workers_peak_mb']:.0f} MB)"
        )
        print(
            f"         CPU per message: service {e['cpu_seconds'] / e['messages'] * 1000:.2f} ms, "
            f"parse workers {e['workers_cpu_seconds'] / e['messages'] * 1000:.2f} ms"
        )
        print(
            f"         {e['stored']} stored, {e['duplicates']} duplicates, {e['processed']} "
            f"processed, {e['failed']} failed, {e['replies']} replies enqueued, "
            f"{e['sent']} written"
        )
        verdict = "meets" if r["ratio"] >= TARGET_RATIO else "MISSES"
        print(f"  ratio  {r['ratio']:.2f} (target >= {TARGET_RATIO}: {verdict})")
    if len(results) > 1:
        first, last = results[0], results[-1]
        growth = last["e2e"]["peak_mb"] / first["e2e"]["peak_mb"]
        print(
            f"\npeak RSS e2e {first['e2e']['peak_mb']:.0f} MB at {first['size']:,} -> "
            f"{last['e2e']['peak_mb']:.0f} MB at {last['size']:,} (x{growth:.2f}; target: flat); "
            f"parse workers {first['e2e']['workers_peak_mb']:.0f} -> "
            f"{last['e2e']['workers_peak_mb']:.0f} MB each"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backlog", description=__doc__)
    parser.add_argument("--sizes", help="mailbox sizes, comma separated (1000,10000)")
    parser.add_argument("--quick", action="store_true", help="one small mailbox (200 messages)")
    parser.add_argument("--batch-size", type=int, default=200, help="messages per FETCH (200)")
    parser.add_argument("--seed", type=int, default=175, help="message generator seed (175)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--profile", type=Path, help="cProfile the largest e2e run into FILE")
    parser.add_argument("--child", choices=("floor", "e2e"), help=argparse.SUPPRESS)
    parser.add_argument("--imap-url", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "floor":
        print(json.dumps(_floor(args.imap_url, args.batch_size)))
        return 0
    if args.child == "e2e":
        print(json.dumps(_e2e(args.imap_url, args.batch_size, args.work, args.profile_out)))
        return 0

    from bench.servers import dovecot_available  # noqa: PLC0415

    if not dovecot_available():
        print("dovecot not found: install the Debian package dovecot-imapd", file=sys.stderr)
        return 2
    default = "200" if args.quick else "1000,10000"
    sizes = sorted(int(s) for s in (args.sizes or default).split(","))
    started = time.perf_counter()
    messages = list(mailbox(max(sizes), seed=args.seed))
    print(f"generated {len(messages):,} messages in {time.perf_counter() - started:.0f} s")
    results = []
    for size in sizes:
        profile = args.profile if size == max(sizes) else None
        results.append(run_size(messages[:size], args.batch_size, profile))
    _print(results)
    if args.profile:
        print(f"\nprofile of the {max(sizes):,}-message e2e run ({args.profile}):")
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(30)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
