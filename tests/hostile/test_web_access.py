"""Every route of the review UI by role, and CSRF tokens bound to their session.

Sign-in, CSRF on every POST, cookie flags and throttling are covered route by route in
tests/mailbot/test_review_routes.py and test_review_auth.py; this adds what they leave
out: reviewers refused on every admin route (GET, and POST with a valid token) and let
into every other page, admins refused nowhere, one session's token refused in another,
and a signed-out session's token refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.routing import Route
from starlette.testclient import TestClient

from mailbot.db.models import StaffUser
from mailbot.db.session import transaction
from mailbot.review import create_app
from tests.mailbot.review_factories import (
    login,
    make_client,
    make_nomination,
    make_user,
    review_settings,
)

PUBLIC = {"/login", "/logout", "/health", "/healthz", "/metrics"}
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
def app_routes(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> list[tuple[str, str]]:
    make_user(sessions, "rita", "reviewer")
    make_user(sessions, "adam", "admin")
    with transaction(sessions) as session:
        make_nomination(session)
    return _routes(tmp_path, db_url, sessions)


def _client(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> TestClient:
    return make_client(review_settings(tmp_path, db_url), sessions)


def test_reviewers_are_refused_on_every_admin_route_and_admins_nowhere(
    app_routes: list[tuple[str, str]], tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    reviewer = _client(tmp_path, db_url, sessions)
    reviewer_token = login(reviewer, "rita")
    admin = _client(tmp_path, db_url, sessions)
    login(admin, "adam")
    for method, path in app_routes:
        if path in PUBLIC or method != "GET":
            continue
        as_reviewer = reviewer.get(_concrete(path), follow_redirects=False)
        as_admin = admin.get(_concrete(path), follow_redirects=False)
        assert as_admin.status_code != 403, path
        if path in ADMIN_ONLY:
            assert as_reviewer.status_code == 403, path
        else:
            assert as_reviewer.status_code in {200, 303, 404}, (path, as_reviewer.status_code)
    for method, path in app_routes:
        if method == "POST" and path in ADMIN_ONLY:
            data = {
                "csrf_token": reviewer_token,
                "name": "rita",
                "role": "admin",
                "password": "x" * 14,
            }
            response = reviewer.post(_concrete(path), data=data, follow_redirects=False)
            assert response.status_code == 403, path
    roles = {u.name: u.role for u in _users(sessions)}
    assert roles == {"rita": "reviewer", "adam": "admin"}
    assert all(u.active for u in _users(sessions))


def _users(sessions: sessionmaker[Session]) -> list[StaffUser]:
    with transaction(sessions) as session:
        return list(session.scalars(select(StaffUser)))


def test_a_token_from_another_session_is_refused(
    app_routes: list[tuple[str, str]], tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    first = _client(tmp_path, db_url, sessions)
    stolen = login(first, "rita")
    second = _client(tmp_path, db_url, sessions)
    own = login(second, "adam")
    assert stolen != own
    posts = [p for m, p in app_routes if m == "POST" and p not in PUBLIC]
    assert posts
    for path in posts:
        response = second.post(_concrete(path), data={"csrf_token": stolen}, follow_redirects=False)
        assert response.status_code == 403, path


def test_signing_out_ends_the_session_and_its_token(
    app_routes: list[tuple[str, str]], tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    client = _client(tmp_path, db_url, sessions)
    token = login(client, "rita")
    assert (
        client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code
        == 303
    )
    assert client.get("/queue", follow_redirects=False).status_code == 303
    response = client.post(
        "/nominations/1/approve", data={"csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 403
