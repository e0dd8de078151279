"""Plain address headers read directly give exactly what mail-parser gives; the rest go to it."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email.policy import compat32
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mailparser.utils import get_addresses

from parsers.plain_addresses import plain_addresses

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".." / "shared" / "corpus" / "real"
ADDRESS_HEADERS = {"from", "to", "cc", "bcc", "reply-to", "sender"}


@pytest.mark.parametrize(
    ("header", "pairs"),
    [
        ("cws.mail@wipo.int", [("", "cws.mail@wipo.int")]),
        ("Jane  Doe <Jane.Doe@Example.org>", [("Jane Doe", "Jane.Doe@Example.org")]),
        ('"Doe, Jane" <jane@example.org>', [("Doe, Jane", "jane@example.org")]),
        ("Jane Doe<jane@example.org>", [("Jane Doe", "jane@example.org")]),
        ("<jane@example.org>", [("", "jane@example.org")]),
        (
            'a@example.org, "Roe, R." <r@example.org>, ',
            [("", "a@example.org"), ("Roe, R.", "r@example.org")],
        ),
        ("O'Neil <o@example.org>", [("O'Neil", "o@example.org")]),
    ],
)
def test_plain_forms_are_read_directly(header: str, pairs: list[tuple[str, str]]) -> None:
    assert plain_addresses(header) == pairs
    assert get_addresses(header, decode_names=True) == pairs


@pytest.mark.parametrize(
    "header",
    [
        "jane@example.org (Jane Doe)",  # a comment
        "Undisclosed recipients:;",  # a group
        "=?utf-8?b?5byg5LyfIA==?= <zw@example.org>",  # an encoded word
        '"Doe \\"JD\\" Jane" <jane@example.org>',  # an escape in a quoted name
        "José <jose@example.org>",  # 8-bit text
        "jane@example.org <jane@example.org>",  # an address as the name
        ".jane@example.org",  # not a dot-atom
        "jane@example..org",
        "",
        " , ",
    ],
)
def test_other_forms_are_left_to_mail_parser(header: str) -> None:
    assert plain_addresses(header) is None


_PLAIN_PIECES = st.sampled_from(
    [*"ab.@<>,\" \t-_'=?", "x@y.org", "<a@b.example>", '"N, M"', " Jane ", "..", "A.B", "é"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PLAIN_PIECES, min_size=1, max_size=12).map("".join))
def test_a_direct_reading_always_equals_mail_parser(header: str) -> None:
    pairs = plain_addresses(header)
    if pairs is not None:
        assert pairs == get_addresses(header, decode_names=True)


def _header_values() -> Iterator[str]:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".tsv")
    files += sorted((ROOT / "tests" / "fixtures").rglob("*.eml"))
    for path in files:
        message = email.message_from_bytes(path.read_bytes())
        for name, raw in message.raw_items():
            value = compat32.header_fetch_parse("", str(raw))
            if name.strip().lower() in ADDRESS_HEADERS and isinstance(value, str):
                yield value


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_real_headers_read_directly_equal_mail_parser() -> None:
    values = list(_header_values())
    direct = [(v, pairs) for v in values if (pairs := plain_addresses(v)) is not None]
    assert [v for v, pairs in direct if pairs != get_addresses(v, decode_names=True)] == []
    # Most real headers are plain: the direct reading is what makes parsing cheaper.
    assert len(direct) > len(values) * 0.7
