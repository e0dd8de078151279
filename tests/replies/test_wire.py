"""render_reply_bytes writes exactly what render_reply(...).as_bytes() writes, boundary aside.

The outbox stores the fast bytes; the EmailMessage builder is the reference (and what the
header-injection tests in test_compose.py and tests/hostile read), so equality here carries
every one of those guarantees over.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email import quoprimime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replies import (
    AddressError,
    Envelope,
    Mailbox,
    ReplyKind,
    make_message_id,
    render,
    render_reply,
    render_reply_bytes,
    wire,
)
from replies.compose import build_bytes, build_message
from replies.labels import LANGUAGES
from replies.render import Rendered
from tests.replies.test_golden import context

_BOUNDARY = re.compile(rb'boundary="([^"]+)"')


def _same_boundary(raw: bytes) -> bytes:
    match = _BOUNDARY.search(raw)
    assert match is not None
    return raw.replace(match.group(1), b"BOUNDARY")


def envelope(**changes: object) -> Envelope:
    values: dict[str, object] = {
        "sender": Mailbox(address="cws.mail@example.org", name="WIPO CWS Secretariat"),
        "to": (Mailbox(address="office@example.com", name="Registry"),),
        "message_id": make_message_id("acknowledgement", key=b"k", domain="example.org"),
        "date": datetime(2023, 10, 2, 9, 30, tzinfo=UTC),
        "in_reply_to": "<abc@example.com>",
        "references": ("<root@example.com>",),
        "original_subject": "Nomination C. CWS 175",
    }
    return Envelope(**(values | changes))


ENVELOPES = {
    "plain": envelope(),
    "accents": envelope(to=(Mailbox(address="Office@Example.com", name="Société Générale"),)),
    "crlf and specials": envelope(
        to=(Mailbox(address="o@example.com", name="Registry\r\nBcc: victim@example.net"),),
        cc=(Mailbox(address="c@example.com", name="J. Doe, Esq."),),
    ),
    "encoded-word smuggling": envelope(
        original_subject="Désignation =?utf-8?q?x=0D=0ABcc:_y?= " + "x" * 100
    ),
    "long display name": envelope(
        to=(Mailbox(address="registry@example.com", name="Aaaa: bbb, ccc <d@e> " * 4),)
    ),
    "long thread": envelope(
        references=tuple(f"<ref{i}.{'a' * 30}@example.com>" for i in range(30))
    ),
    "reply-to, naive date": envelope(reply_to="desk@example.org", date=datetime(2023, 10, 2, 9)),
    "other zone": envelope(date=datetime(2023, 10, 2, 9, tzinfo=timezone(timedelta(hours=5.5)))),
    "quoted local part": envelope(to=(Mailbox(address='"o.k"@example.com'),)),
    "several": envelope(
        to=tuple(Mailbox(address=f"o{i}@example.com", name=f"Office {i}") for i in range(5))
    ),
    "no original subject": envelope(original_subject=""),
    "sender with accents": envelope(
        sender=Mailbox(address="cws.mail@example.org", name="Secrétariat du CWS")
    ),
}


def _both(rendered: Rendered, env: Envelope, kind: ReplyKind) -> None:
    message = build_message(rendered, env, kind=kind)
    subject, raw = build_bytes(rendered, env, kind=kind)
    assert _same_boundary(raw) == _same_boundary(message.as_bytes())
    assert subject == str(message["Subject"])


@pytest.mark.parametrize("kind", list(ReplyKind))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_and_language_in_every_envelope(kind: ReplyKind, language: str) -> None:
    rendered = render(context(kind, language))
    for name, env in ENVELOPES.items():
        try:
            _both(rendered, env, kind)
        except AssertionError as exc:
            raise AssertionError(f"envelope {name!r}") from exc


def test_the_public_function_agrees_with_render_reply() -> None:
    ctx = context(ReplyKind.REQUEST_MISSING, "zh")
    subject, raw = render_reply_bytes(ctx, ENVELOPES["accents"])
    message = render_reply(ctx, ENVELOPES["accents"])
    assert _same_boundary(raw) == _same_boundary(message.as_bytes())
    assert subject == str(message["Subject"])


def _words(size: int) -> str:
    text = ("word " * 30)[:size]
    return text[:-1] + "z" if text.endswith(" ") else text


@pytest.mark.parametrize("length", range(74, 84))
def test_lines_at_the_folding_limit(length: int) -> None:
    # "Subject: " and "To: " lines of 74 to 83 characters: the policy folds from 79 on.
    subject = _words(length - len("Subject: "))
    name = _words(length - len("To:  <office@example.com>"))
    rendered = Rendered(language="en", subject=subject, text="Hi\n", html="<p>Hi</p>\n")
    env = envelope(original_subject="", to=(Mailbox(address="office@example.com", name=name),))
    assert len(f"Subject: {subject}") == len(f"To: {name} <office@example.com>") == length
    _both(rendered, env, ReplyKind.CLARIFICATION)


def test_an_unusable_address_is_refused_by_both() -> None:
    env = envelope(to=(Mailbox(address="office@example.com>, victim@example.net <x"),))
    rendered = render(context(ReplyKind.ACKNOWLEDGEMENT, "en"))
    with pytest.raises(AddressError):
        build_message(rendered, env, kind=ReplyKind.ACKNOWLEDGEMENT)
    with pytest.raises(AddressError):
        build_bytes(rendered, env, kind=ReplyKind.ACKNOWLEDGEMENT)


def test_a_boundary_found_in_a_part_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = iter([7, 7, 8])
    monkeypatch.setattr(wire.secrets, "randbelow", lambda _n: next(tokens))
    taken = f"--{'=' * 15}{7:019d}=="
    raw = wire.alternative(b"", f"{taken}\n", "<p>x</p>\n", trailer=b"")
    assert f'boundary="{"=" * 15}{8:019d}=="'.encode() in raw


# Pieces, not characters: runs of "x" make the lines long enough to need folding.
_TEXT = st.lists(
    st.sampled_from([*"ab XY.,:;<>@()\"'=?-\t\r\n\x0b\x85\u2028éд中ع", "x" * 30]), max_size=60
).map("".join)
_NAME = st.lists(st.sampled_from([*"ab XY.,:;<>@()\"'=?-\r\néд", "x" * 12]), max_size=12).map(
    "".join
)
_ADDRESS = st.sampled_from(
    ["a@example.com", "x.y+z@ex-ample.org", "a" * 70 + "@example.com", "bad", "é@example.com"]
)


@settings(max_examples=300, deadline=None)
@given(
    text=_TEXT,
    html=_TEXT,
    subject=_NAME,
    original=_NAME,
    name=_NAME,
    address=_ADDRESS,
    references=st.lists(st.sampled_from(["<a@b.c>", "<" + "r" * 50 + "@example.com>"]), max_size=4),
    kind=st.sampled_from(list(ReplyKind)),
    language=st.sampled_from(LANGUAGES),
)
def test_any_values(
    *,
    text: str,
    html: str,
    subject: str,
    original: str,
    name: str,
    address: str,
    references: list[str],
    kind: ReplyKind,
    language: str,
) -> None:
    rendered = Rendered(language=language, subject=subject or "s", text=text, html=html)
    env = envelope(
        to=(Mailbox(address=address, name=name),),
        original_subject=original,
        references=tuple(references),
    )
    try:
        expected = build_message(rendered, env, kind=kind)
    except AddressError:
        with pytest.raises(AddressError):
            build_bytes(rendered, env, kind=kind)
        return
    subject_out, raw = build_bytes(rendered, env, kind=kind)
    assert _same_boundary(raw) == _same_boundary(expected.as_bytes())
    assert subject_out == str(expected["Subject"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.binary(max_size=200).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
        min_size=1,
        max_size=6,
    )
)
def test_quoted_printable_is_quoprimime(lines: list[bytes]) -> None:
    body = (b"\r\n".join(lines) + b"\r\n").decode("latin-1")
    assert wire.quoted_printable(lines) == quoprimime.body_encode(body, wire.MAX_LINE)
