"""The held-out emails (tests/fixtures/heldout), parsed end to end, against a clerk's reading.

These 38 emails in six languages were written apart from the fixtures the parser was
developed on (notes verbales, unlabelled numbered lists, ";"-separated rows, tables with
their columns in another order, labels worded otherwise, quoted circulars, top-posted
replies...), so that this test measures how the parser generalises. The comparison is the
one of tests/parsers/test_fixture_emails.py (`bench.parse_accuracy.compare`). Rebuild the
files with `python -m tests.fixtures.heldout.build`; score them with
`python -m bench.parse_heldout`.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import tomllib
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from bench.parse_accuracy import compare, load_parser

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
STEMS = sorted(p.stem for p in HELDOUT.glob("*.eml"))
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
NOMINEE_KEYS = {
    "title",
    "last_name",
    "first_name",
    "position",
    "username",
    "account_email",
    "task_forces",
}
ADDRESS = re.compile(r"([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")  # RFC 2606, RFC 6761
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")  # RFC 2606 section 3


def _reserved(domain: str) -> bool:
    return domain.endswith(RESERVED_SUFFIXES) or any(
        domain == d or domain.endswith("." + d) for d in RESERVED_DOMAINS
    )


def expected_for(stem: str, root: Path = HELDOUT) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / f"{stem}.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def parse() -> Any:
    return load_parser()


def test_six_nominations_in_every_language() -> None:
    counts = dict.fromkeys(LANGUAGES, 0)
    for stem in STEMS:
        exp = expected_for(stem)
        if exp["kind"] == "nomination":
            counts[exp["language"]] += 1
    assert all(n >= 6 for n in counts.values()), counts
    assert {p.stem for p in HELDOUT.glob("*.json")} == set(STEMS)


@pytest.mark.parametrize("stem", STEMS)
def test_expectation_is_well_formed(stem: str) -> None:
    check_expectation(expected_for(stem))


def check_expectation(exp: dict[str, Any]) -> None:
    with (ROOT / "mailbot" / "data" / "taskforces.toml").open("rb") as fh:
        names = [tf["name"] for tf in tomllib.load(fh)["taskforce"]]
    assert exp["why"].strip()
    for nominee in exp["nominees"]:
        assert nominee.keys() == NOMINEE_KEYS
        assert nominee["title"] in ("Mr", "Mrs", "Ms", None)
        assert nominee["task_forces"] == sorted(nominee["task_forces"], key=names.index)
    assert (exp["kind"] == "nomination") == bool(exp["nominees"])


@pytest.mark.parametrize("stem", STEMS)
def test_heldout_uses_reserved_domains_only(stem: str) -> None:
    check_reserved_domains(HELDOUT / f"{stem}.eml")


_CONTENT_ID = re.compile(r"\bcid:[^\s\"'<>()\[\]]+", re.IGNORECASE)


def check_reserved_domains(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    texts = [str(v) for v in msg.values()]
    texts += [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    # "cid:image001.png@01D9FC1A.6B2E4D30" names a part of the message (RFC 2392), as
    # Outlook writes it: no address, nothing to keep to reserved domains.
    texts = [_CONTENT_ID.sub(" ", text) for text in texts]
    found = {(m[1], m[2].lower()) for text in texts for m in ADDRESS.finditer(text)}
    bad = [
        f"{local}@{domain}"
        for local, domain in found
        if not _reserved(domain) and f"{local}@{domain}" != "cws.mail@wipo.int"
    ]
    assert found
    assert bad == []


@pytest.mark.parametrize("stem", STEMS)
def test_parser_reads_heldout_email_as_a_clerk_would(stem: str, parse: Any) -> None:
    expected = expected_for(stem)
    got = parse((HELDOUT / f"{stem}.eml").read_bytes())
    mismatches = compare(expected, got)
    assert not mismatches, f"{stem} ({expected['why']})\n" + "\n".join(f"  {m}" for m in mismatches)
