"""The staff-filing routes over HTTP: sign-in, CSRF, escaping, and each job done through a form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from mailbot.db.models import AuditEvent, InboundMessage, Nomination, Nominee, OutboxItem
from mailbot.db.session import transaction
from tests.mailbot.review_factories import (
    TF_SEQL,
    TF_XML,
    NomineeSpec,
    login,
    make_client,
    make_nomination,
    make_user,
    review_settings,
)
from tests.mailbot.test_services_staff_filing import FOLLOW_UP, NOMINATING, mail, triage_message


@pytest.fixture
def client(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> TestClient:
    make_user(sessions, "rita", "reviewer")
    return make_client(review_settings(tmp_path, db_url), sessions)


def _message(sessions: sessionmaker[Session], raw: bytes | None) -> int:
    with transaction(sessions) as session:
        return triage_message(session, raw)


def _form(token: str, **fields: str) -> dict[str, str]:
    base = {
        "csrf_token": token,
        "rows": "2",
        "office": "Portuguese Institute of Industrial Property",
        "office_code": "pt",
        "language": "en",
        "sender_address": "registry@office.example.org",
        "sender_name": "Registry",
        "nominees[0].title": "Ms",
        "nominees[0].first_name": "Ana",
        "nominees[0].last_name": "Pereira",
        "nominees[0].position": "Patent examiner",
        "nominees[0].username": "pt-apereira",
        "nominees[0].account_email": "ana.pereira@office.example.org",
        "nominees[0].task_forces": f"{TF_XML}\n{TF_SEQL}",
    }
    return {**base, **fields}


def test_the_new_routes_need_a_session_and_the_csrf_token(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    message_id = _message(sessions, mail(NOMINATING))
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    gets = [f"/messages/{message_id}/create", f"/messages/{message_id}/offers"]
    posts = [
        f"/messages/{message_id}/create",
        f"/messages/{message_id}/apply",
        f"/nominations/{nomination_id}/nominees",
        f"/nominations/{nomination_id}/nominees/remove",
    ]
    for path in gets:
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")
    token = login(client, "rita")
    untokened = {k: v for k, v in _form("").items() if k != "csrf_token"}
    for path in posts:
        for data in (untokened, _form("forged")):
            response = client.post(path, data=data, follow_redirects=False)
            assert response.status_code == 403, path
    with transaction(sessions) as session:
        assert len(session.scalars(select(Nomination)).all()) == 1
        assert len(session.scalars(select(Nominee)).all()) == 1
    # The same form with the session's token goes through.
    response = client.post(f"/messages/{message_id}/create", data=_form(token))
    assert response.status_code == 200
    assert f"created from message {message_id}" in response.text


def test_create_form_is_prefilled_and_escaped(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    evil = '<script>alert("x")</script>'
    raw = mail(NOMINATING).replace(b"From: Registry", f'From: "{evil}"'.encode())
    message_id = _message(sessions, raw)
    login(client, "rita")
    page = client.get(f"/messages/{message_id}").text
    assert f'href="/messages/{message_id}/create"' in page
    form = client.get(f"/messages/{message_id}/create").text
    assert 'id="c-0-username" name="nominees[0].username" value="pt-apereira"' in form
    assert 'value="ana.pereira@office.example.org"' in form
    assert "<option selected>Ms</option>" in form
    assert 'name="rows" value="2"' in form  # the read nominee and one spare block
    assert "<script>alert" not in form
    assert "&lt;script&gt;" in form


def test_create_over_http_files_the_message_and_sends_nothing(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    message_id = _message(sessions, mail(NOMINATING))
    token = login(client, "rita")
    response = client.post(
        f"/messages/{message_id}/create", data=_form(token), follow_redirects=False
    )
    assert response.status_code == 303
    nomination_id = int(response.headers["location"].rsplit("/", 1)[1])
    page = client.get(response.headers["location"]).text
    assert f"Nomination #{nomination_id} created from message {message_id}" in page
    assert "Pending review" in page
    with transaction(sessions) as session:
        message = session.get(InboundMessage, message_id)
        assert message is not None
        assert (message.triage, message.nomination_id) == ("assigned", nomination_id)
        created = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "nomination_created")
        ).one()
        assert created.actor == "staff:rita"
        assert session.scalars(select(OutboxItem)).all() == []
    assert "Nothing waiting." in client.get("/triage").text


def test_a_refused_create_shows_the_form_again_as_typed(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    message_id = _message(sessions, mail(NOMINATING))
    token = login(client, "rita")
    data = _form(token, **{"nominees[0].username": "a b", "nominees[0].position": "Chief <b>"})
    response = client.post(f"/messages/{message_id}/create", data=data)
    assert response.status_code == 422
    assert "WIPO Accounts usernames are at least 4" in response.text
    assert 'value="Chief &lt;b&gt;"' in response.text
    assert 'value="a b"' in response.text
    with transaction(sessions) as session:
        assert session.scalars(select(Nomination)).all() == []


def test_filing_a_message_leads_to_its_fields(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(
            session, status="awaiting_info", nominees=[NomineeSpec(account_email=None)]
        ).id
    message_id = _message(sessions, mail(FOLLOW_UP, subject="Re: missing"))
    token = login(client, "rita")
    response = client.post(
        f"/messages/{message_id}/assign",
        data={"csrf_token": token, "nomination": f"#{nomination_id}"},
        follow_redirects=False,
    )
    assert response.headers["location"] == f"/messages/{message_id}/offers"
    page = client.get(f"/messages/{message_id}/offers").text
    assert 'name="fill" value="nominees[0].account_email"' in page
    assert 'name="replace" value="nominees[0].position"' in page  # not ticked, not "fill"
    assert "Head of division" in page
    keys = re.findall(r'name="fill" value="([^"]+)" id="[^"]+" checked', page)
    response = client.post(
        f"/messages/{message_id}/apply",
        data={"csrf_token": token, "fill": keys},
        follow_redirects=False,
    )
    assert response.headers["location"] == f"/nominations/{nomination_id}"
    assert "Applied 1 value(s)" in client.get(response.headers["location"]).text
    with transaction(sessions) as session:
        nominee = session.scalars(select(Nominee)).one()
        assert nominee.account_email == "ana.pereira@office.example.org"
        assert nominee.position == "Patent examiner"
    # A key for a value already there, sent as a plain fill, is refused with the reason.
    response = client.post(
        f"/messages/{message_id}/apply",
        data={"csrf_token": token, "fill": "nominees[0].position", "back": "/triage"},
    )
    assert "tick “replace” to overwrite it" in response.text


def test_a_message_with_nothing_new_returns_where_it_came_from(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        nomination_id = make_nomination(session).id
    message_id = _message(sessions, b"Subject: question\r\n\r\nWhen is the deadline?\r\n")
    token = login(client, "rita")
    response = client.post(
        f"/messages/{message_id}/assign",
        data={"csrf_token": token, "nomination": str(nomination_id)},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/triage"


def test_add_and_remove_a_nominee_over_http(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        nomination = make_nomination(session)
        nomination.office_code = "pt"
        nomination_id = nomination.id
    token = login(client, "rita")
    page = client.get(f"/nominations/{nomination_id}").text
    assert 'name="new.username"' in page
    bad = {
        "csrf_token": token,
        "new.last_name": "Martin",
        "new.first_name": "<i>Luc</i>",
        "new.username": "lm",
    }
    response = client.post(f"/nominations/{nomination_id}/nominees", data=bad)
    assert response.status_code == 422
    assert "WIPO Accounts usernames" in response.text
    assert 'id="a-first_name" name="new.first_name" value="&lt;i&gt;Luc&lt;/i&gt;"' in response.text
    good = {
        **bad,
        "new.first_name": "Luc",
        "new.username": "es-lmartin",
        "new.task_forces": TF_SEQL,
    }
    response = client.post(f"/nominations/{nomination_id}/nominees", data=good)
    assert response.status_code == 200
    assert "Nominee 2 added." in response.text
    assert "is not the office&#39;s ST.3 code" in response.text  # kept, with the warning
    with transaction(sessions) as session:
        added = session.scalars(select(Nominee).where(Nominee.username == "es-lmartin")).one()
        added_id = added.id
    response = client.post(
        f"/nominations/{nomination_id}/nominees/remove",
        data={"csrf_token": token, "nominee": str(added_id), "reason": "typed twice"},
    )
    assert "Removed Luc Martin" in response.text
    assert "nominee removed" in response.text  # the audit trail on the page
    with transaction(sessions) as session:
        assert session.get(Nominee, added_id) is None
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "nominee_removed")
        ).one()
        assert (event.actor, event.note) == ("staff:rita", "typed twice")
