"""Throughput of `parsers.parse_email` against bare `mailparser.parse_from_bytes`, and peak memory.

Run `python -m bench.parse_speed [--json]` from the repository root. The message set is the
fixture emails plus a fixed sample of "typical" real messages from ../shared/corpus/real
when that folder exists (single messages under --max-bytes; mbox files are left out). The
set is repeated until at least --min-parses messages are parsed by each contender. Both
are warmed up on the whole set first; times come from time.perf_counter. Target: the
ratio parse_email / mailparser is at least 0.40.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import resource
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.parse_accuracy import FIXTURES, ROOT, load_parser

__all__ = ["Timing", "load_messages", "main", "time_parser"]

CORPUS = ROOT / ".." / "shared" / "corpus" / "real"
TARGET_RATIO = 0.40


@dataclass(frozen=True)
class Timing:
    name: str
    parses: int
    errors: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.parses / self.seconds if self.seconds else float("inf")


def load_messages(corpus: Path, sample: int, max_bytes: int, seed: int = 175) -> list[bytes]:
    """The fixture emails, then `sample` corpus messages chosen with a fixed seed."""
    messages = [p.read_bytes() for p in sorted((FIXTURES / "emails").glob("*.eml"))]
    if corpus.is_dir() and sample > 0:
        typical = sorted(
            p for p in corpus.rglob("*.eml") if p.is_file() and p.stat().st_size <= max_bytes
        )
        chosen = random.Random(seed).sample(typical, min(sample, len(typical)))
        messages += [p.read_bytes() for p in chosen]
    return messages


def time_parser(
    name: str, parse: Callable[[bytes], object], messages: Sequence[bytes], rounds: int
) -> Timing:
    """Parse every message `rounds` times; an exception counts as an error and the clock runs on."""
    errors = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for raw in messages:
            try:
                parse(raw)
            except Exception:
                errors += 1
    return Timing(name, rounds * len(messages), errors, time.perf_counter() - start)


def peak_traced_bytes(parse: Callable[[bytes], object], messages: Sequence[bytes]) -> int:
    """Peak Python heap (tracemalloc) over one pass; traced separately because it slows parsing."""
    tracemalloc.start()
    try:
        for raw in messages:
            try:
                parse(raw)
            except Exception:  # noqa: S112 - errors are counted by the timed run
                continue
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of real .eml files")
    ap.add_argument("--sample", type=int, default=500, help="corpus messages to include")
    ap.add_argument(
        "--max-bytes", type=int, default=200_000, help="size limit of a 'typical' message"
    )
    ap.add_argument("--min-parses", type=int, default=2000, help="parses per contender, at least")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = ap.parse_args(argv)

    try:
        parse_contract = load_parser()
    except (ImportError, AttributeError) as exc:
        print(f"parser not available yet: {exc}", file=sys.stderr)
        return 2
    import mailparser  # noqa: PLC0415 - the baseline; only this benchmark uses it directly

    # Both libraries log and warn about malformed corpus mail; that noise is not the result.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")

    messages = load_messages(args.corpus.resolve(), args.sample, args.max_bytes)
    rounds = max(1, -(-args.min_parses // len(messages)))
    contenders: list[tuple[str, Callable[[bytes], object]]] = [
        ("mailparser.parse_from_bytes", mailparser.parse_from_bytes),
        ("parsers.parse_email", parse_contract),
    ]
    for _, parse in contenders:  # warm-up: imports, caches, catalogue, language models
        time_parser("warm-up", parse, messages, 1)
    # Rounds alternate between the contenders so that load from other processes on a shared
    # machine falls on both alike.
    passes: dict[str, list[Timing]] = {name: [] for name, _ in contenders}
    for _ in range(rounds):
        for name, parse in contenders:
            passes[name].append(time_parser(name, parse, messages, 1))
    timings = [
        Timing(
            name,
            sum(t.parses for t in runs),
            sum(t.errors for t in runs),
            sum(t.seconds for t in runs),
        )
        for name, runs in passes.items()
    ]
    base, ours = timings
    ratio = ours.per_second / base.per_second
    peak = peak_traced_bytes(parse_contract, messages)
    # ru_maxrss is in kilobytes on Linux.
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "messages": len(messages),
        "rounds": rounds,
        "timings": [{**asdict(t), "per_second": round(t.per_second, 1)} for t in timings],
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio >= TARGET_RATIO,
        "parse_email_peak_traced_mb": round(peak / 2**20, 1),
        "process_max_rss_mb": round(maxrss_mb, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{len(messages)} distinct messages x {rounds} rounds")
    for t in timings:
        print(
            f"  {t.name:<30} {t.parses:>6} parses {t.seconds:8.2f} s {t.per_second:9.1f} msg/s  ({t.errors} errors)"
        )
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"ratio parse_email / mailparser: {ratio:.3f} ({verdict} the {TARGET_RATIO:.2f} target)")
    print(
        f"peak traced heap in one parse_email pass: {peak / 2**20:.1f} MiB; process max RSS: {maxrss_mb:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
