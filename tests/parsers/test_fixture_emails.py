"""The fixture emails, parsed end to end, against the expectations a clerk wrote for them.

Each `tests/fixtures/emails/NAME.eml` is parsed with the shipped task-force catalogue and
compared with `tests/fixtures/expected/NAME.json`. Tolerances (implemented once, in
`bench.parse_accuracy.same_value`, so the benchmark scores what this test asserts):

- kind, language, reference, title, username and task_forces must be exactly as expected
  (task forces: official English names, in catalogue order);
- last_name and first_name must match after Unicode NFC and whitespace collapsing only;
- position: also case-insensitive, ignoring trailing punctuation;
- account_email: case-insensitive;
- office: case-insensitive after whitespace collapsing, and accepted when either value
  contains the other ("Japan Patent Office (JPO)" vs "Japan Patent Office");
- nominees are paired by order and their number must match;
- for kinds other than nomination only kind (and language, when expected) is compared;
- an expected `missing` path must appear in the parser's `missing`; an expected
  `warnings_on` path must be the `field` of one of the parser's warnings.

Until `parsers.parse_email` and `mailbot.campaign.load_catalog` exist, the parsing test
is skipped; once they exist, every wrong field fails it.
"""

from __future__ import annotations

import email
import email.policy
import importlib.util
import io
import json
import re
import tomllib
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

import pytest

from bench.parse_accuracy import compare, load_parser

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
EMAILS = FIXTURES / "emails"
EXPECTED = FIXTURES / "expected"
STEMS = sorted(p.stem for p in EMAILS.glob("*.eml"))

KINDS = {"nomination", "auto_reply", "bounce", "other"}
LANGUAGES = {"en", "fr", "es", "ru", "zh", "ar"}
TITLES = {"Mr", "Mrs", "Ms", None}
TOP_KEYS = {"why", "kind", "language", "reference", "office", "nominees"}
OPTIONAL_KEYS = {"missing", "warnings_on"}
NOMINEE_KEYS = {
    "title",
    "last_name",
    "first_name",
    "position",
    "username",
    "account_email",
    "task_forces",
}

# Local part, then "@" or an obfuscation such as " [at] ", then the domain.
ADDRESS = re.compile(
    r"([A-Za-z0-9._%+-]+)\s*(?:@|\[at\]|\(at\))\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")  # RFC 2606, RFC 6761
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")


def expected_for(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def catalogue_names() -> list[str]:
    with (ROOT / "mailbot" / "data" / "taskforces.toml").open("rb") as fh:
        return [tf["name"] for tf in tomllib.load(fh)["taskforce"]]


def test_there_are_enough_fixtures() -> None:
    nominations: dict[str, int] = {}
    for stem in STEMS:
        exp = expected_for(stem)
        if exp["kind"] == "nomination":
            nominations[exp["language"]] = nominations.get(exp["language"], 0) + 1
    assert len(STEMS) >= 48
    assert all(nominations.get(lang, 0) >= 6 for lang in LANGUAGES), nominations


def test_every_email_has_an_expectation_and_back() -> None:
    emails = set(STEMS)
    expectations = {p.stem for p in EXPECTED.glob("*.json")}
    assert emails - expectations == set(), "emails without expected JSON"
    assert expectations - emails == set(), "expected JSON without an email"


@pytest.mark.parametrize("stem", STEMS)
def test_expectation_is_well_formed(stem: str, catalogue_names: list[str]) -> None:
    exp = expected_for(stem)
    assert TOP_KEYS <= exp.keys() <= TOP_KEYS | OPTIONAL_KEYS
    assert exp["kind"] in KINDS
    assert exp["why"].strip()
    assert exp["language"] in LANGUAGES | {None}
    if exp["kind"] != "nomination":
        assert exp["nominees"] == []
        return
    assert exp["language"] in LANGUAGES
    assert exp["nominees"], "a nomination names at least one nominee"
    for nominee in exp["nominees"]:
        assert nominee.keys() == NOMINEE_KEYS
        assert nominee["title"] in TITLES
        tfs = nominee["task_forces"]
        assert set(tfs) <= set(catalogue_names), tfs
        assert tfs == sorted(tfs, key=catalogue_names.index), "task forces in catalogue order"
        mail = nominee["account_email"]
        assert mail is None or (mail == mail.lower().strip() and "@" in mail)


def _zip_texts(data: bytes) -> Iterator[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                yield re.sub(r"<[^>]+>", " ", archive.read(name).decode("utf-8", "replace"))


def _texts(msg: Message) -> Iterator[str]:
    """Every header value and decoded body, attachment and nested message of `msg`."""
    for part in msg.walk():
        yield from (str(value) for value in part.values())
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        if data.startswith(b"PK\x03\x04"):
            yield from _zip_texts(data)
        else:
            yield data.decode(part.get_content_charset() or "latin-1", "replace")


def _allowed(local: str, domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    if domain == "wipo.int":
        return local.lower().startswith("cws.")
    return domain.endswith(RESERVED_SUFFIXES) or any(
        domain == d or domain.endswith("." + d) for d in RESERVED_DOMAINS
    )


@pytest.mark.parametrize("stem", STEMS)
def test_fixture_uses_reserved_domains_only(stem: str) -> None:
    msg = email.message_from_bytes(
        (EMAILS / f"{stem}.eml").read_bytes(), policy=email.policy.default
    )
    assert isinstance(msg, EmailMessage)
    texts = [*_texts(msg), (EXPECTED / f"{stem}.json").read_text(encoding="utf-8")]
    found = {(m[1], m[2]) for text in texts for m in ADDRESS.finditer(text)}
    assert found, "every fixture carries at least its sender's address"
    bad = sorted(f"{local}@{domain}" for local, domain in found if not _allowed(local, domain))
    assert bad == [], "addresses outside the reserved domains"


@pytest.fixture(scope="module")
def parse() -> Any:
    import parsers  # noqa: PLC0415 - the parser may not have landed yet

    if not hasattr(parsers, "parse_email"):
        pytest.skip("parsers.parse_email has not landed yet")
    if importlib.util.find_spec("mailbot.campaign") is None:
        pytest.skip("mailbot.campaign.load_catalog has not landed yet")
    # From here on any import or attribute error is a failure, not a skip.
    return load_parser()


@pytest.mark.parametrize("stem", STEMS)
def test_parser_reads_fixture_as_a_clerk_would(stem: str, parse: Any) -> None:
    expected = expected_for(stem)
    got = parse((EMAILS / f"{stem}.eml").read_bytes())
    mismatches = compare(expected, got)
    assert not mismatches, f"{stem} ({expected['why']})\n" + "\n".join(f"  {m}" for m in mismatches)
