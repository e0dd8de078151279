"""Properties of parse_email over arbitrary, generated and mutated mail (hypothesis).

For every input: parse_email returns a ParsedEmail that survives its own JSON contract,
or raises a parsers.errors.ParseError; never anything else, and never past the deadline
(support.PER_MESSAGE_SECONDS, enforced with SIGALRM). A message whose headers mark it as
an automatic reply, a bounce or bulk mail never comes out as a nomination, whatever its
body says. Example counts keep the module under a minute on two cores; bench/fuzz.py
runs the mutation side for as long as you like.
"""

from __future__ import annotations

import base64
import quopri
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fuzz import CHARSET_LABELS, MUTATORS
from parsers.errors import ParseError
from parsers.models import Kind, ParsedEmail
from tests.hostile.support import bounded_parse, corpus_sample, fixture_messages, round_trips

pytestmark = pytest.mark.timeout(120)

PROPERTY = settings(
    deadline=None,  # the SIGALRM guard bounds each example; hypothesis's deadline cannot
    database=None,  # keeps the checkout clean; a failure prints its @reproduce_failure blob
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HEADER_NAMES = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "Auto-Submitted",
    "Precedence",
    "Return-Path",
    "List-Id",
    "Authentication-Results",
    "X-Failed-Recipients",
    "Received",
)
ODD_VALUES = (
    "",
    "<>",
    "=?utf-8?B?w6k=?=",
    "=?utf-8?B?broken base64?=",
    "=?x-unknown?Q?=FF=FE?=",
    "=?base64?B?QUJD?=",
    "=?idna?Q?xn--?=",
    '"=?utf-8?q?Caf=C3=A9?=" <office@example.org>',
    "a@b@c, <<x@example.org>>, (comment (nested)) y@example.org",
    "undisclosed-recipients:;",
    "multipart/mixed",
    'multipart/mixed; boundary=""',
    'multipart/report; report-type=delivery-status; boundary="r"',
    "text/plain; charset=rot13",
    "text/html; charset*=utf-8''%FF",
    "message/rfc822",
    "base64",
    "quoted-printable",
    "x-uuencode",
    "Thu, 31 Feb 2023 25:61:61 +9999",
    "Mon, 16 Oct 10000 10:00:00 +0000",
    "C. CWS 175 / C.CWS 170",
    "mx.example.com; dmarc=fail header.from=example.org",
)
header_value = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.text(max_size=200),
    st.text(alphabet='=?"<>@,;:\\()[] \t\r\n\x00aé中', max_size=80),
)
header_line = st.tuples(
    st.one_of(
        st.sampled_from(HEADER_NAMES), st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,20}", fullmatch=True)
    ),
    header_value,
)
newline = st.sampled_from((b"\r\n", b"\n", b"\r"))


@st.composite
def leaf_part(draw: st.DrawFn) -> bytes:
    """One body part: a text (any script) in a declared charset and transfer encoding."""
    text = draw(st.text(max_size=600))
    label = draw(st.sampled_from(CHARSET_LABELS))
    try:
        body = text.encode(label.decode("ascii", "replace"), errors="replace")
    except (LookupError, ValueError):
        body = text.encode("utf-8", errors="surrogatepass")
    cte = draw(st.sampled_from(("8bit", "base64", "quoted-printable", "7bit", "bogus")))
    if cte == "base64":
        body = base64.encodebytes(body)
    elif cte == "quoted-printable":
        body = quopri.encodestring(body)
    ctype = draw(st.sampled_from((b"text/plain", b"text/html", b"application/octet-stream")))
    head = b"Content-Type: " + ctype + b"; charset=" + label + b"\r\n"
    if draw(st.booleans()):
        head += (
            b'Content-Disposition: attachment; filename="'
            + draw(
                st.sampled_from(
                    (b"a.docx", b"b.pdf", b"c.xlsx", b"d.txt", b"e.eml", b"winmail.dat")
                )
            )
            + b'"\r\n'
        )
    return head + b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n\r\n" + body


def _multipart(children: list[bytes], subtype: bytes, boundary: bytes) -> bytes:
    out = b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary + b'"\r\n\r\n'
    for child in children:
        out += b"--" + boundary + b"\r\n" + child + b"\r\n"
    return out + b"--" + boundary + b"--\r\n"


@st.composite
def mime_body(draw: st.DrawFn) -> bytes:
    """A MIME tree of up to a dozen parts: mixed, alternative, report and embedded messages."""
    tree = st.recursive(
        leaf_part(),
        lambda inner: st.builds(
            _multipart,
            st.lists(inner, min_size=0, max_size=4),
            st.sampled_from((b"mixed", b"alternative", b"related", b"report")),
            st.from_regex(rb"[A-Za-z0-9'()+_,./:=?-]{1,40}", fullmatch=True),
        ),
        max_leaves=12,
    )
    return draw(tree)


@st.composite
def built_message(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(header_line, max_size=25))
    head = b"".join(
        name.encode() + b": " + value.encode("utf-8", "surrogatepass") + b"\r\n"
        for name, value in lines
    )
    body = draw(mime_body())
    raw = head + b"MIME-Version: 1.0\r\n" + body
    eol = draw(newline)
    return raw if eol == b"\r\n" else raw.replace(b"\r\n", eol)


def check(raw: bytes) -> ParsedEmail | None:
    result = bounded_parse(raw)
    if isinstance(result, ParseError):
        return None
    assert isinstance(result, ParsedEmail)
    round_trips(result)
    return result


@settings(PROPERTY, max_examples=300)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(raw: bytes) -> None:
    check(raw)


@settings(PROPERTY, max_examples=150)
@given(st.lists(header_line, max_size=30), newline, st.binary(max_size=3000))
def test_arbitrary_headers_over_arbitrary_bytes(
    lines: list[tuple[str, str]], eol: bytes, body: bytes
) -> None:
    head = eol.join(n.encode() + b": " + v.encode("utf-8", "surrogatepass") for n, v in lines)
    check(head + eol + eol + body)


@settings(PROPERTY, max_examples=200)
@given(built_message())
def test_generated_mime_messages(raw: bytes) -> None:
    check(raw)


SEEDS = fixture_messages() + corpus_sample()


@settings(PROPERTY, max_examples=250)
@given(
    st.sampled_from(SEEDS),
    st.lists(st.sampled_from(sorted(MUTATORS)), min_size=1, max_size=4),
    st.integers(0, 2**32),
)
def test_mutated_real_messages(seed: bytes, mutations: list[str], rng_seed: int) -> None:
    rng = random.Random(rng_seed)
    raw = seed
    for name in mutations:
        raw = MUTATORS[name](rng, raw, SEEDS)
    check(raw)


_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    match = _HEADER_END.search(raw)
    return (raw, b"") if match is None else (raw[: match.start()], raw[match.start() :])


def _without(head: bytes, names: tuple[bytes, ...]) -> bytes:
    """The header block minus every field named in `names` (with its folded lines)."""
    kept: list[bytes] = []
    dropping = False
    for line in re.split(rb"(?<=\n)", head):
        if line[:1] in (b" ", b"\t") and dropping:
            continue
        dropping = line.split(b":", 1)[0].strip().lower() in names
        if not dropping:
            kept.append(line)
    return b"".join(kept)


# Header fields that say "a machine sent this" (RFC 3834, RFC 3464, RFC 2076, vacation(1)).
MACHINE_SIGNALS: tuple[tuple[bytes, ...], ...] = (
    (b"Auto-Submitted: auto-replied",),
    (b"Auto-Submitted: auto-notified",),
    (b"Auto-Submitted: auto-replied; owner-email=office@example.org",),
    (b"X-Autoreply: yes",),
    (b"X-Autorespond: Out of office",),
    (b"Precedence: auto_reply",),
    (b"Precedence: bulk",),
    (b"Precedence: junk",),
    (b"Precedence: list",),
    (b"List-Id: <circulars.example.org>",),
    (b"X-Failed-Recipients: office@example.org",),
    (b"From: Mail Delivery System <MAILER-DAEMON@mx.example.com>",),
    (b"From: MAILER-DAEMON@mx.example.com",),
)
NOMINATIONS = tuple(
    raw
    for raw in fixture_messages()
    if (p := bounded_parse(raw)) and not isinstance(p, ParseError) and p.kind is Kind.NOMINATION
)


@settings(PROPERTY, max_examples=150)
@given(
    st.sampled_from(NOMINATIONS),
    st.sampled_from(MACHINE_SIGNALS),
    st.lists(
        st.sampled_from(("flip_bytes", "insert_token", "delete_chunk", "charset_label")), max_size=2
    ),
    st.integers(0, 2**32),
)
def test_machine_mail_is_never_a_nomination(
    nomination: bytes, signal: tuple[bytes, ...], mutations: list[str], rng_seed: int
) -> None:
    head, body = _split(nomination)
    rng = random.Random(rng_seed)
    for name in mutations:  # the body may be anything; the headers stay as they are
        body = MUTATORS[name](rng, body, NOMINATIONS)
    names = tuple(s.split(b":", 1)[0].lower() for s in signal)
    eol = b"\r\n" if b"\r\n" in head else b"\n"
    raw = eol.join(signal) + eol + _without(head, names) + body
    result = check(raw)
    assert result is None or result.kind is not Kind.NOMINATION, result.kind_reason


def test_the_signal_set_is_exercised() -> None:
    # The property above is only as good as its inputs: real nominations, and without the
    # signal each of them is one.
    assert len(NOMINATIONS) >= 20


@settings(PROPERTY, max_examples=40)
@given(st.sampled_from(NOMINATIONS), st.text(max_size=40))
def test_a_bounce_returning_a_nomination_is_a_bounce(nomination: bytes, note: str) -> None:
    # RFC 3464: the returned message rides inside multipart/report; it must not be re-read
    # as the office's own nomination.
    raw = (
        b"From: postmaster@mx.example.com\r\nTo: cws.mail@example.com\r\n"
        b"Subject: "
        + note.encode("utf-8", "surrogatepass").replace(b"\r", b"").replace(b"\n", b"")
        + b"\r\nMIME-Version: 1.0\r\n"
        + b'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\r\n\r\n'
        + b"--R\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
        + b"--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n"
        + b"Final-Recipient: rfc822; x@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        + b"--R\r\nContent-Type: message/rfc822\r\n\r\n"
        + nomination
        + b"\r\n--R--\r\n"
    )
    result = check(raw)
    assert result is not None
    assert result.kind is Kind.BOUNCE
