"""Injection end to end: header CR/LF in replies, HTML/JS in the UI, SQL metacharacters, templates.

Every value here is what an office (or a forger) controls: nominee names, the office,
the sender's display name and the subject. They go through the real outbox (enqueue,
approve, reject render and store the RFC 5322 bytes) and the real review UI.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, Nomination, Nominee, OutboxItem, TriageState
from mailbot.db.session import transaction
from mailbot.outbox.enqueue import enqueue
from mailbot.services import QueueFilter, approve, list_nominations, reject
from tests.mailbot.review_factories import (
    NomineeSpec,
    login,
    make_client,
    make_nomination,
    make_user,
    review_settings,
)

CRLF_PAYLOADS = (
    "Evil\r\nBcc: victim@example.net",
    "Evil\nX-Injected: lf",
    "Evil\rX-Injected: cr",
    "Evil\r\n\r\n<p>smuggled body</p>",
    "Evil\u2028X-Injected: line-separator",
    "Evil\x85X-Injected: nel",
    "Evil\x0bX-Injected: vt",
    "Evil\x0cX-Injected: ff",
    "=?utf-8?q?Evil=0D=0AX-Injected:_encoded?=",
    "=?utf-8?q?Evil=0D=0AX-Injected:_a?= =?utf-8?q?Evil=0D=0AX-Injected:_b?=",
    # Specials in a name long enough to be folded (the email package loses the quotes).
    "a" * 70 + ": b, c <victim@example.net>",
    'Registry; Patents: "Quoted", with commas and: colons (and parens) ' * 2,
)


def _nomination(session: Session, payload: str, n: int) -> Nomination:
    nomination = make_nomination(
        session,
        office=payload,
        nominees=[
            NomineeSpec(
                first_name=payload,
                last_name=payload,
                position=payload,
                username=f"xa-evil{n}",
                account_email=f"evil{n}@office.example.org",
            )
        ],
    )
    nomination.sender_address = f"registry{n}@office.example.org"
    nomination.sender_name = payload
    message = session.scalars(
        select(InboundMessage).where(InboundMessage.nomination_id == nomination.id)
    ).one()
    message.subject = payload
    message.from_address = nomination.sender_address
    session.flush()
    return nomination


def _outgoing(session: Session, nomination_id: int) -> list[EmailMessage]:
    items = session.scalars(
        select(OutboxItem).where(OutboxItem.nomination_id == nomination_id).order_by(OutboxItem.id)
    ).all()
    parsed = []
    for item in items:
        msg = email.message_from_bytes(item.raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        parsed.append(msg)
    return parsed


def _send_everything(session: Session, nomination: Nomination, settings: Settings) -> None:
    """An acknowledgement to the office, then staff approve one seat and reject the other."""
    message = session.scalars(
        select(InboundMessage).where(InboundMessage.nomination_id == nomination.id)
    ).one()
    enqueue(
        session, kind="acknowledgement", settings=settings, nomination=nomination, inbound=message
    )
    approve(session, nomination.id, actor="staff:rita", settings=settings)


@pytest.mark.parametrize("payload", CRLF_PAYLOADS)
def test_crlf_in_any_field_never_adds_a_header(
    payload: str, tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    settings = review_settings(tmp_path, db_url)
    with transaction(sessions) as session:
        clean = _nomination(session, "Helen Carter", 1)
        evil = _nomination(session, payload, 2)
        for nomination in (clean, evil):
            _send_everything(session, nomination, settings)
        baseline = _outgoing(session, clean.id)
        hostile = _outgoing(session, evil.id)
        raws = session.scalars(
            select(OutboxItem.raw).where(OutboxItem.nomination_id == evil.id)
        ).all()
    assert len(hostile) == len(baseline) == 2  # acknowledgement and wiki access
    for good, bad, raw in zip(baseline, hostile, raws, strict=True):
        assert sorted(k.lower() for k in bad) == sorted(k.lower() for k in good)
        assert bad["Bcc"] is None
        assert bad["X-Injected"] is None
        assert [a.addr_spec for a in bad["To"].addresses] == [
            a.addr_spec.replace("registry1", "registry2").replace("evil1", "evil2")
            for a in good["To"].addresses
        ]
        head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        for line in head.split(b"\n"):
            assert not line.lower().startswith((b"bcc:", b"x-injected:")), line
        # The parts are the same shape: nothing smuggled after an early blank line.
        assert [p.get_content_type() for p in bad.walk()] == [
            p.get_content_type() for p in good.walk()
        ]


HTML_PAYLOADS = (
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '"><svg onload=alert(1)>',
)


def _assert_inert(html: str, where: str) -> None:
    for raw in ("<script>alert", "<img src=x onerror", 'href="javascript:', "<svg onload"):
        assert raw not in html, f"{raw!r} unescaped on {where}"


@pytest.fixture
def client(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> TestClient:
    make_user(sessions, "rita", "reviewer")
    client = make_client(review_settings(tmp_path, db_url), sessions)
    login(client, "rita")
    return client


def test_html_and_js_are_inert_on_every_page(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    payload = "".join(HTML_PAYLOADS)
    with transaction(sessions) as session:
        nomination = _nomination(session, payload, 1)
        nomination.warnings = {"items": [{"code": payload, "message": payload, "field": payload}]}
        triaged = InboundMessage(
            mailbox="INBOX",
            message_id="<t1@office.example.org>",
            sha256="0" * 64,
            size=10,
            raw=b"Subject: x\r\n\r\n" + payload.encode(),
            from_address=payload[:300],
            subject=payload,
            kind="other",
            triage=TriageState.OPEN,
            triage_reason=payload,
        )
        session.add(triaged)
        session.add(
            OutboxItem(
                kind="acknowledgement",
                nomination_id=nomination.id,
                recipient=payload[:300],
                message_id="<o1@example.com>",
                subject=payload,
                raw=b"",
                status="failed",
                last_error=payload,
            )
        )
        session.flush()
        nomination_id, message_id = nomination.id, triaged.id
    pages = (
        "/queue",
        f"/queue?q={payload}",
        f"/queue?office={payload}&task_force={payload}",
        f"/nominations/{nomination_id}",
        "/triage",
        "/outbox",
        f"/messages/{message_id}",
        "/dashboard",
    )
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        _assert_inert(response.text, page)
    nomination_page = client.get(f"/nominations/{nomination_id}").text
    assert "&lt;script&gt;" in nomination_page
    assert "&lt;script&gt;" in client.get("/triage").text
    assert "&lt;script&gt;" in client.get("/outbox").text


SQL_VALUES = ("'; DROP TABLE nominee; --", "100%", "under_score", "back\\slash", 'quo"te')


def test_sql_metacharacters_are_data_and_search_finds_the_literal(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    ids: dict[str, int] = {}
    with transaction(sessions) as session:
        for n, value in enumerate(SQL_VALUES):
            nomination = make_nomination(
                session,
                office=f"Office {value}",
                nominees=[NomineeSpec(last_name=value, username=f"xa-sql{n}")],
            )
            ids[value] = nomination.id
        # Look-alikes the LIKE wildcards would match if they were not escaped.
        make_nomination(session, office="Office 1000", nominees=[NomineeSpec(last_name="1000")])
        make_nomination(
            session, office="Office underXscore", nominees=[NomineeSpec(last_name="underXscore")]
        )
        make_nomination(
            session, office="Office back/slash", nominees=[NomineeSpec(last_name="backslash")]
        )
    with transaction(sessions) as session:
        assert session.scalar(select(func.count()).select_from(Nominee)) == len(SQL_VALUES) + 3
        for value, nomination_id in ids.items():
            by_search = list_nominations(session, QueueFilter(q=value))
            assert [r.id for r in by_search.rows] == [nomination_id], value
            by_office = list_nominations(session, QueueFilter(office=value))
            assert [r.id for r in by_office.rows] == [nomination_id], value
    for value, nomination_id in ids.items():
        page = client.get("/queue", params={"q": value}).text
        found = {int(i) for i in re.findall(r'href="/nominations/(\d+)"', page)}
        assert found == {nomination_id}, value


TEMPLATE_NAME = "{{ 7*7 }}"
TEMPLATE_OFFICE = "{% for x in range(3) %}loop{% endfor %} Office {{ config }}"


def test_template_syntax_comes_out_literally(
    client: TestClient, tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    settings = review_settings(tmp_path, db_url)
    with transaction(sessions) as session:
        nomination = make_nomination(
            session,
            office=TEMPLATE_OFFICE,
            nominees=[NomineeSpec(first_name="{% raw %}Ann", last_name=TEMPLATE_NAME)],
        )
        _send_everything(session, nomination, settings)
        messages = _outgoing(session, nomination.id)
        nomination_id = nomination.id
    assert len(messages) == 2
    for msg in messages:
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        assert text is not None
        assert html is not None
        plain, markup = text.get_content(), html.get_content()
        assert TEMPLATE_NAME in plain
        assert TEMPLATE_NAME in markup
        for body in (plain, markup):
            assert "49" not in body.replace(TEMPLATE_NAME, "")
            assert "looploop" not in body
    page = client.get(f"/nominations/{nomination_id}").text
    assert TEMPLATE_NAME in page
    assert "{% for x in range(3) %}loop{% endfor %}" in page
    assert "looploop" not in page


def test_rejection_reason_with_crlf_and_html_stays_in_the_body(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    settings = review_settings(tmp_path, db_url)
    reason = "Not eligible\r\nBcc: victim@example.net\r\n<script>alert(1)</script>"
    with transaction(sessions) as session:
        nomination = _nomination(session, "Helen Carter", 1)
        reject(
            session,
            nomination.id,
            actor="staff:rita",
            settings=settings,
            reason=reason,
            send_reply=True,
        )
        (msg,) = _outgoing(session, nomination.id)
    assert msg["Bcc"] is None
    html = msg.get_body(("html",))
    assert html is not None
    assert "<script>" not in html.get_content()
