"""A mutation fuzzer for `parsers.parse_email`: mutated real messages must parse, be refused, or fail loudly.

Run `python -m bench.fuzz --iterations 100000` from the repository root for a long run;
`tests/hostile/test_fuzz.py` runs a few hundred iterations of the same loop. Seeds are the
fixture emails plus a fixed sample of ../shared/corpus/real when that folder exists. Each
iteration applies one to four mutations (bit flips, truncation, duplicated or dangling
boundaries, random charset and transfer-encoding labels, spliced seeds, repeated headers,
extra nesting, hostile tokens) and parses the result under a wall-clock deadline.

An input is a finding when parsing raises anything but a `parsers.errors.ParseError`,
runs past the deadline (interrupted by SIGALRM), or returns a result that does not
survive `to_contract()` -> JSON -> `ParsedEmail.model_validate`. Findings are written to
--out (default bench/out/fuzz/) as `<kind>-<sha1>.eml`, so a crash is one file to replay
with `mailbot parse FILE --json`. Exit status 1 when anything was found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from parsers.errors import ParseError
from parsers.models import ParsedEmail

__all__ = [
    "CHARSET_LABELS",
    "MUTATORS",
    "Deadline",
    "Finding",
    "FuzzReport",
    "check_one",
    "deadline",
    "fuzz",
    "load_seeds",
    "main",
    "mutate",
]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "emails"
CORPUS = ROOT / ".." / "shared" / "corpus" / "real"

# Real, legacy, misspelt, dangerous and absurd charset labels (RFC 2046 4.1.2 leaves the
# registry open, so mail carries all of these).
CHARSET_LABELS: tuple[bytes, ...] = (
    b"utf-8",
    b"utf-7",
    b"utf-16",
    b"utf-32-be",
    b"us-ascii",
    b"iso-8859-1",
    b"windows-1252",
    b"cp1251",
    b"koi8-r",
    b"gb2312",
    b"gb18030",
    b"big5",
    b"shift_jis",
    b"iso-2022-jp",
    b"euc-kr",
    b"x-unknown",
    b"unicode-1-1-utf-7",
    b"idna",
    b"rot13",
    b"base64",
    b"zlib",
    b"punycode",
    b"raw-unicode-escape",
    b"unicode_escape",
    b"",
    b'"',
    b"utf-8\x00",
    b"../../etc/passwd",
    b"x" * 300,
)
_ENCODINGS = (b"base64", b"quoted-printable", b"7bit", b"8bit", b"binary", b"x-uuencode", b"bogus")
_TOKENS = (
    b"\x00",
    b"\r",
    b"\n",
    b"\r\n\r\n",
    b"--",
    b"=?",
    b"?=",
    b"=?utf-8?b?",
    b"=?x-bogus?q?=FF?=",
    b"=\r\n",
    b"=FF=FE",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"boundary=",
    b'Content-Type: multipart/mixed; boundary="x"\r\n',
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"begin 644 x.txt\r\n",
    b"<html><table><tr><td>",
    b"Auto-Submitted: no\r\n",
    b"From: <>\r\n",
    b"C. CWS 175",
    b"Username: ",
    b"\t" * 64,
    b"a" * 4096,
)
_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^"\s;]{1,200})"?', re.IGNORECASE)
_CHARSET = re.compile(rb'charset\s*=\s*"?([^"\s;]*)"?', re.IGNORECASE)
_CTE = re.compile(rb"(Content-Transfer-Encoding:[ \t]*)([^\r\n]*)", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n", re.MULTILINE)

Mutator = Callable[[random.Random, bytes, Sequence[bytes]], bytes]


def _flip_bytes(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    if not raw:
        return bytes([rng.randrange(256)])
    data = bytearray(raw)
    for _i in range(rng.randint(1, 16)):
        at = rng.randrange(len(data))
        data[at] = rng.randrange(256) if rng.random() < 0.5 else data[at] ^ (1 << rng.randrange(8))
    return bytes(data)


def _truncate(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def _duplicate_boundary(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    names = _BOUNDARY.findall(raw)
    name = rng.choice(names) if names else b"b" * rng.randint(1, 5)
    line = rng.choice((b"--" + name + b"\r\n", b"--" + name + b"--\r\n", b"\r\n--" + name))
    data = raw
    for _i in range(rng.randint(1, 50)):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + line + data[at:]
    return data


def _charset_label(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    label = rng.choice(CHARSET_LABELS)
    if not _CHARSET.search(raw):
        return raw.replace(
            b"Content-Type: text/plain", b"Content-Type: text/plain; charset=" + label, 1
        )
    return _CHARSET.sub(lambda _m: b"charset=" + label, raw, count=rng.randint(0, 3))


def _transfer_encoding(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    return _CTE.sub(lambda m: m.group(1) + rng.choice(_ENCODINGS), raw, count=rng.randint(0, 3))


def _insert_token(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + rng.choice(_TOKENS) * rng.choice((1, 1, 2, 100)) + raw[at:]


def _delete_chunk(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    if not raw:
        return raw
    at = rng.randrange(len(raw))
    return raw[:at] + raw[at + rng.randint(1, 512) :]


def _splice(rng: random.Random, raw: bytes, seeds: Sequence[bytes]) -> bytes:
    other = rng.choice(seeds)
    return raw[: rng.randrange(len(raw) + 1)] + other[rng.randrange(len(other) + 1) :]


def _repeat_header(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    lines: list[bytes] = _HEADER_LINE.findall(raw[:8192])
    if not lines:
        return raw
    line = rng.choice(lines)
    return line * rng.choice((2, 10, 1000)) + raw


def _nest(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    for level in range(rng.choice((1, 3, 30))):
        name = b"fz%d" % level
        raw = (
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="'
            + name
            + b'"\r\n\r\n--'
            + name
            + b"\r\nContent-Type: message/rfc822\r\n\r\n"
            + raw
            + b"\r\n--"
            + name
            + b"--\r\n"
        )
    return raw


def _line_endings(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    flat = raw.replace(b"\r\n", b"\n")
    return flat.replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\r", b"\n")))


MUTATORS: dict[str, Mutator] = {
    "flip_bytes": _flip_bytes,
    "truncate": _truncate,
    "duplicate_boundary": _duplicate_boundary,
    "charset_label": _charset_label,
    "transfer_encoding": _transfer_encoding,
    "insert_token": _insert_token,
    "delete_chunk": _delete_chunk,
    "splice": _splice,
    "repeat_header": _repeat_header,
    "nest": _nest,
    "line_endings": _line_endings,
}


def mutate(rng: random.Random, raw: bytes, seeds: Sequence[bytes]) -> tuple[bytes, list[str]]:
    """One to four mutations of `raw`, and the names of those applied (for the report)."""
    names = [rng.choice(tuple(MUTATORS)) for _ in range(rng.randint(1, 4))]
    for name in names:
        raw = MUTATORS[name](rng, raw, seeds)
    return raw, names


class Deadline(Exception):  # noqa: N818 - reads as "the deadline passed"
    """The code under the deadline ran past it (raised from the SIGALRM handler)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Deadline in the running code after `seconds` of wall-clock time (main thread only).

    SIGALRM interrupts pure-Python loops and the `re` engine alike. The previous handler
    and any timer already running (pytest-timeout's, for one) are put back afterwards.
    """

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise Deadline(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    outer, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            left = max(outer - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, interval)


def check_one(raw: bytes, parse: Callable[[bytes], ParsedEmail], limit: float) -> tuple[str, str]:
    """(outcome, detail): "parsed" or "refused" (a ParseError) are fine; "crash", "hang",
    "invalid" (the result does not survive its own JSON contract) are findings."""
    try:
        with deadline(limit):
            result = parse(raw)
    except ParseError as exc:
        return "refused", str(exc)
    except Deadline as exc:
        return "hang", str(exc)
    except Exception as exc:  # the finding this fuzzer is after
        return "crash", f"{type(exc).__name__}: {exc}"[:500]
    try:
        again = ParsedEmail.model_validate(json.loads(json.dumps(result.to_contract())))
    except Exception as exc:  # an invalid result is a finding too
        return "invalid", f"{type(exc).__name__}: {exc}"[:500]
    if again != result:
        return "invalid", "the result changes through to_contract and JSON"
    return "parsed", result.kind.value


@dataclass(frozen=True)
class Finding:
    kind: str  # "crash", "hang" or "invalid"
    detail: str
    mutations: tuple[str, ...]
    raw: bytes


@dataclass
class FuzzReport:
    iterations: int = 0
    refused: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    findings: list[Finding] = field(default_factory=list)


def load_seeds(corpus: Path = CORPUS, sample: int = 0, seed: int = 175) -> list[bytes]:
    """The fixture emails, then `sample` single-message corpus files chosen with `seed`."""
    seeds = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
    if sample > 0 and corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*.eml") if p.stat().st_size <= 200_000)
        chosen = random.Random(seed).sample(files, min(sample, len(files)))
        seeds += [p.read_bytes() for p in chosen]
    return seeds


def fuzz(
    seeds: Sequence[bytes],
    parse: Callable[[bytes], ParsedEmail],
    *,
    iterations: int,
    seed: int = 0,
    limit: float = 5.0,
) -> FuzzReport:
    """Mutate random seeds `iterations` times and check each result with check_one."""
    rng = random.Random(seed)
    report = FuzzReport()
    started = time.perf_counter()
    for _ in range(iterations):
        raw, names = mutate(rng, rng.choice(seeds), seeds)
        one = time.perf_counter()
        outcome, detail = check_one(raw, parse, limit)
        report.slowest = max(report.slowest, time.perf_counter() - one)
        report.iterations += 1
        if outcome == "refused":
            report.refused += 1
        elif outcome != "parsed":
            report.findings.append(Finding(outcome, detail, tuple(names), raw))
    report.seconds = time.perf_counter() - started
    return report


def _parser() -> Callable[[bytes], ParsedEmail]:
    import mailbot  # noqa: PLC0415 - the catalogue loader lives in the service
    from mailbot.campaign import load_catalog  # noqa: PLC0415
    from parsers import parse_email  # noqa: PLC0415

    catalog = load_catalog(Path(mailbot.__file__).parent / "data" / "taskforces.toml")
    return lambda raw: parse_email(raw, catalog=catalog)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--corpus-sample", type=int, default=200)
    parser.add_argument("--limit", type=float, default=5.0, help="seconds per input")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "fuzz")
    args = parser.parse_args(argv)
    # mail-parser and pypdf log every oddity they meet; mutated mail is nothing but oddities.
    logging.disable(logging.CRITICAL)
    seeds = load_seeds(sample=args.corpus_sample)
    parse = _parser()
    parse(b"From: a@example.org\r\n\r\nBonjour, merci.\r\n")  # language models load once
    report = fuzz(seeds, parse, iterations=args.iterations, seed=args.seed, limit=args.limit)
    rate = report.iterations / report.seconds if report.seconds else 0.0
    print(
        f"seed {args.seed}: {report.iterations} inputs from {len(seeds)} seeds in "
        f"{report.seconds:.1f} s ({rate:.0f}/s), {report.refused} refused (ParseError), "
        f"slowest {report.slowest:.2f} s, {len(report.findings)} finding(s)"
    )
    if report.findings:
        args.out.mkdir(parents=True, exist_ok=True)
    for finding in report.findings:
        digest = hashlib.sha1(finding.raw, usedforsecurity=False).hexdigest()[:12]
        path = args.out / f"{finding.kind}-{digest}.eml"
        path.write_bytes(finding.raw)
        print(f"{path}: {finding.detail} after {'+'.join(finding.mutations)}")
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main())
