"""Shared by the hostile-input tests: the shipped catalogue, a time-bounded parse, seed messages."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import mailbot
from bench.fuzz import Deadline, deadline
from mailbot.campaign import load_catalog
from parsers import parse_email
from parsers.errors import ParseError
from parsers.language import load_language_models
from parsers.models import ParsedEmail, ParseOptions, TaskForceCatalog

__all__ = [
    "CORPUS",
    "FIXTURES",
    "PER_MESSAGE_SECONDS",
    "bounded_parse",
    "catalog",
    "corpus_sample",
    "fixture_messages",
    "round_trips",
]

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "emails"
CORPUS = ROOT / ".." / "shared" / "corpus" / "real"
# parse_email reads a real message in milliseconds; five seconds is a hang, not a slow case.
PER_MESSAGE_SECONDS = 5.0


@lru_cache(maxsize=1)
def catalog() -> TaskForceCatalog:
    return load_catalog(Path(mailbot.__file__).parent / "data" / "taskforces.toml")


@lru_cache(maxsize=1)
def _warm_up() -> None:
    # The language detector loads its models on first use (seconds on a busy machine):
    # a cost of the process, not of the first message. A short text may be settled without
    # the detector, so the models are loaded outright.
    load_language_models()
    parse_email(b"From: a@example.org\r\n\r\nBonjour, merci beaucoup.\r\n", catalog=catalog())


def bounded_parse(raw: bytes, options: ParseOptions | None = None) -> ParsedEmail | ParseError:
    """parse_email under a wall-clock deadline: the result, or the ParseError it raised.

    Any other exception propagates (the test fails with it); running past the deadline
    fails with an AssertionError naming the input size.
    """
    _warm_up()
    try:
        with deadline(PER_MESSAGE_SECONDS):
            return parse_email(raw, catalog=catalog(), options=options)
    except ParseError as exc:
        return exc
    except Deadline as exc:
        raise AssertionError(f"parse_email hung on {len(raw)} bytes: {exc}") from exc


def round_trips(parsed: ParsedEmail) -> None:
    """The result is the `parse --json` contract: JSON-serialisable and read back unchanged."""
    contract = parsed.to_contract()
    text = json.dumps(contract, ensure_ascii=False)
    assert ParsedEmail.model_validate(json.loads(text)) == parsed
    assert set(contract) >= {"kind", "language", "reference", "office", "nominees", "missing"}
    # PostgreSQL text and JSON columns refuse NUL: none may reach the database.
    assert not any("\x00" in s for s in _strings(contract)), "NUL in the parse result"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@lru_cache(maxsize=1)
def fixture_messages() -> tuple[bytes, ...]:
    return tuple(p.read_bytes() for p in sorted(FIXTURES.glob("*.eml")))


@lru_cache(maxsize=1)
def corpus_sample(size: int = 60, seed: int = 175) -> tuple[bytes, ...]:
    """A fixed sample of single-message files of the shared corpus; empty when it is absent."""
    if not CORPUS.is_dir():
        return ()
    files = sorted(p for p in CORPUS.rglob("*.eml") if p.stat().st_size <= 200_000)
    chosen = random.Random(seed).sample(files, min(size, len(files)))
    return tuple(p.read_bytes() for p in chosen)
