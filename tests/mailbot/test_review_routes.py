"""Every route over HTTP: sign-in required, admin-only pages, CSRF, headers, inert mail content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.routing import Route
from starlette.testclient import TestClient

from mailbot.db.models import Nominee, OutboxItem
from mailbot.db.session import transaction
from mailbot.review import create_app
from tests.mailbot.review_factories import (
    TF_SEQL,
    NomineeSpec,
    login,
    make_client,
    make_nomination,
    make_user,
    nomination_mail,
    review_settings,
)

PUBLIC = {"/login", "/health", "/healthz", "/logout"}
ADMIN_ONLY = {"/users", "/users/{change:str}", "/templates", "/templates/{lang}/{name}"}


def _routes(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> list[tuple[str, str]]:
    app = create_app(review_settings(tmp_path, db_url), sessions)
    return [
        (method, route.path)
        for route in app.routes
        if isinstance(route, Route)
        for method in sorted((route.methods or set()) - {"HEAD"})
    ]


def _concrete(path: str) -> str:
    return (
        path.replace("{id:int}", "1")
        .replace("{index:int}", "0")
        .replace("{change:str}", "disable")
        .replace("{lang}", "en")
        .replace("{name}", "acknowledgement.txt")
    )


@pytest.fixture
def client(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> TestClient:
    make_user(sessions, "rita", "reviewer")
    make_user(sessions, "adam", "admin")
    with transaction(sessions) as session:
        make_nomination(session)
    return make_client(review_settings(tmp_path, db_url), sessions)


def test_every_route_but_login_and_health_needs_a_session(
    client: TestClient, tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    routes = _routes(tmp_path, db_url, sessions)
    assert len(routes) > 25
    for method, path in routes:
        if path in PUBLIC:
            continue
        response = client.request(method, _concrete(path), follow_redirects=False)
        if method == "GET":
            assert response.status_code == 303, (method, path)
            assert response.headers["location"].startswith("/login?next=")
        else:
            # Without a session there is no CSRF token either: refused before anything runs.
            assert response.status_code == 403, (method, path)


def test_every_post_needs_the_csrf_token(
    client: TestClient, tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    login(client, "adam")
    posts = [p for m, p in _routes(tmp_path, db_url, sessions) if m == "POST"]
    assert "/nominations/{id:int}/approve" in posts
    for path in posts:
        for data in ({}, {"csrf_token": "forged"}):
            response = client.post(_concrete(path), data=data, follow_redirects=False)
            assert response.status_code == 403, path
    with transaction(sessions) as session:
        assert session.scalars(select(OutboxItem)).all() == []


def test_reviewers_cannot_manage_users(client: TestClient) -> None:
    token = login(client, "rita")
    assert client.get("/users").status_code == 403
    response = client.post(
        "/users", data={"csrf_token": token, "name": "eve", "role": "admin", "password": "x" * 12}
    )
    assert response.status_code == 403
    assert "Users</a>" not in client.get("/queue").text


def test_admin_adds_a_user(client: TestClient) -> None:
    token = login(client, "adam")
    response = client.post(
        "/users",
        data={"csrf_token": token, "name": "sam", "role": "reviewer", "password": "long enough pw"},
    )
    assert response.status_code == 200
    assert "User sam added." in response.text
    assert "<td>sam</td>" in response.text


def test_public_routes(client: TestClient) -> None:
    assert client.get("/health").json()["database"] == "ok"
    assert client.get("/login").status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_security_headers_and_cookie_flags(client: TestClient) -> None:
    response = client.get("/login")
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" not in cookie


def test_cookie_is_secure_when_configured(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    client = make_client(review_settings(tmp_path, db_url, cookie_secure=True), sessions)
    assert "; secure" in client.get("/login").headers["set-cookie"].lower()


def test_html_in_extracted_fields_is_inert(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with transaction(sessions) as session:
        nomination = make_nomination(
            session,
            office=evil,
            warnings=[{"code": "w", "message": evil}],
            nominees=[NomineeSpec(first_name=evil, position=evil)],
        )
    login(client, "rita")
    for page in (f"/nominations/{nomination.id}", "/queue", f"/queue?q={evil}"):
        html = client.get(page).text
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;" in html


def test_html_mail_is_sanitised_and_attachments_download(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    html = (
        '<p onclick="steal()">Hello <b>there</b></p><script>alert(1)</script>'
        '<img src="https://tracker.example.com/pixel.gif"><a href="javascript:alert(1)">x</a>'
    )
    spec = NomineeSpec()
    with transaction(sessions) as session:
        nomination = make_nomination(session, raw=nomination_mail(spec, html=html, attachment=True))
    login(client, "rita")
    page = client.get(f"/nominations/{nomination.id}?html={nomination.id}").text
    shown = page.split('class="mail-html">', 1)[1].split("</div>", 1)[0]
    assert "<b>there</b>" in shown
    for banned in ("<script", "onclick", "tracker.example.com", "javascript:", "<img"):
        assert banned not in shown
    (href,) = re.findall(r'href="(/messages/\d+/attachments/0)"', page)
    download = client.get(href)
    assert download.status_code == 200
    assert download.headers["content-disposition"].startswith('attachment; filename="annex.html"')
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["x-content-type-options"] == "nosniff"


def test_evidence_is_highlighted(client: TestClient) -> None:
    login(client, "rita")
    page = client.get("/nominations/1").text
    assert '<mark title="nominees[0].username">pt-apereira</mark>' in page
    assert '<mark title="nominees[0].account_email">ana.pereira@office.example.org</mark>' in page


def test_correct_then_approve_over_http(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = login(client, "rita")
    response = client.post(
        "/nominations/1/edit",
        data={
            "csrf_token": token,
            "nominees[0].username": "pt-apereira9",
            "nominees[0].task_forces": f"XML4IP Task Force\n{TF_SEQL}",
        },
    )
    assert "Saved 2 change(s)." in response.text
    ids = re.findall(r'name="membership" value="(\d+)"', response.text)
    assert len(ids) == 2
    response = client.post(
        "/nominations/1/approve", data={"csrf_token": token, "membership": ids[:1]}
    )
    assert "Approved 1 seat(s); 1 Wiki-access notice(s) queued." in response.text
    assert "wiki access" in response.text  # the "Messages sent" table
    with transaction(sessions) as session:
        nominee = session.scalars(select(Nominee)).one()
        assert nominee.username == "pt-apereira9"
        (item,) = session.scalars(select(OutboxItem)).all()
        assert item.kind == "wiki_access"
        assert item.created_by == "staff:rita"


def test_failed_action_explains_and_changes_nothing(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = login(client, "rita")
    response = client.post(
        "/nominations/1/reject", data={"csrf_token": token, "membership": "1", "reason": ""}
    )
    assert "a rejection needs a reason" in response.text
    response = client.post(
        "/nominations/1/edit", data={"csrf_token": token, "nominees[0].account_email": "nope"}
    )
    assert "is not an e-mail address" in response.text
    assert client.get("/nominations/999").status_code == 404


def test_bulk_approve_from_the_queue(client: TestClient, sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        second = make_nomination(session).id
        broken = make_nomination(session, nominees=[NomineeSpec(account_email=None)]).id
    token = login(client, "rita")
    response = client.post(
        "/queue/approve",
        data={
            "csrf_token": token,
            "ids": ["1", str(second), str(broken)],
            "back": "/queue?status=approved",
        },
    )
    assert "Approved 2 nomination(s)" in response.text
    assert f"#{broken}: " in response.text
    with transaction(sessions) as session:
        assert len(session.scalars(select(OutboxItem)).all()) == 2


def test_queue_filters_sort_and_counts(client: TestClient, sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        make_nomination(
            session,
            office="Office of Zed",
            nominees=[NomineeSpec(last_name="Zed", username="zz-zed", task_forces=[TF_SEQL])],
        )
    login(client, "rita")
    page = client.get("/queue", params={"task_force": TF_SEQL, "sort": "-office"}).text
    assert "Office of Zed" in page
    assert "Example Patent Office" not in page
    nav = client.get("/queue").text
    assert re.search(r"Pending review <span class=\"count\">2</span>", nav)


def test_exports_download(client: TestClient) -> None:
    login(client, "rita")
    csv_response = client.get("/export.csv")
    assert csv_response.headers["content-disposition"].startswith("attachment;")
    assert csv_response.text.lstrip("\ufeff").startswith("task_force,office,title")
    xlsx = client.get("/export.xlsx")
    assert xlsx.content[:2] == b"PK"


def test_triage_outbox_and_dashboard_pages(client: TestClient) -> None:
    login(client, "rita")
    assert "Nothing waiting." in client.get("/triage").text
    assert "Every message went out." in client.get("/outbox").text
    dashboard = client.get("/dashboard").text
    assert dashboard.count("<svg") == 3
    assert "XML4IP Task Force" in dashboard
