"""Staff sign-in: argon2 hashes, throttling, TOTP, sessions, and local-only redirects."""

from __future__ import annotations

import base64
import html
import json
import re
from datetime import timedelta
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.audit import record
from mailbot.auth import (
    LoginError,
    authenticate,
    hash_password,
    new_totp_secret,
    totp_qr_svg,
    totp_qr_text,
    totp_uri,
    verify_password,
)
from mailbot.db.models import StaffUser, utcnow
from mailbot.db.session import transaction
from mailbot.review.security import safe_next
from mailbot.services.users import confirm_totp, set_active
from tests.mailbot.review_factories import (
    PASSWORD,
    csrf_of,
    login,
    make_client,
    make_user,
    review_settings,
)
from tests.qr_codes import decode, svg_modules, terminal_modules


def test_hashes_are_argon2_and_verify() -> None:
    hashed = hash_password("a long password")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "a long password")
    assert not verify_password(hashed, "a long passworD")
    assert not verify_password("not a hash", "a long password")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/nominations/5?html=1", "/nominations/5?html=1"),
        ("//evil.example.com/x", "/queue"),
        ("/\\evil.example.com", "/queue"),
        ("https://evil.example.com/", "/queue"),
        ("javascript:alert(1)", "/queue"),
        ("/ok\r\nSet-Cookie: x=1", "/queue"),
        ("", "/queue"),
        (None, "/queue"),
    ],
)
def test_next_only_goes_to_local_paths(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected


def _attempt(sessions: sessionmaker[Session], password: str, client: str = "192.0.2.1") -> str:
    with transaction(sessions) as session:
        try:
            authenticate(
                session, name="rita", password=password, code="", client=client, now=utcnow()
            )
        except LoginError as exc:
            return str(exc)
    return "ok"


def test_five_failures_lock_the_account(sessions: sessionmaker[Session]) -> None:
    make_user(sessions)
    for _ in range(5):
        assert "wrong password" in _attempt(sessions, "guess")
    # Even the right password is refused while locked.
    assert "locked" in _attempt(sessions, PASSWORD)
    with transaction(sessions) as session:
        user = session.scalars(select(StaffUser)).one()
        assert user.locked_until is not None
        assert user.locked_until > utcnow() + timedelta(minutes=14)
        set_active(session, "rita", active=True, actor="cli")  # an admin unlocks
    assert _attempt(sessions, PASSWORD) == "ok"


def test_many_failures_from_one_address_are_refused(sessions: sessionmaker[Session]) -> None:
    make_user(sessions)
    assert "wrong password" in _attempt(sessions, "guess", client="198.51.100.7")
    # The rest of the burst as authenticate() records it (hashing 20 guesses would be slow).
    with transaction(sessions) as session:
        for index in range(19):
            record(
                session,
                actor="anonymous",
                action="login_failed",
                subject_type="user",
                subject_id=None,
                after={"name": f"nobody{index}"},
                note="198.51.100.7",
            )
    assert "this address" in _attempt(sessions, PASSWORD, client="198.51.100.7")
    assert _attempt(sessions, PASSWORD, client="198.51.100.8") == "ok"


def test_disabled_user_cannot_sign_in(sessions: sessionmaker[Session]) -> None:
    make_user(sessions)
    with transaction(sessions) as session:
        set_active(session, "rita", active=False, actor="cli")
    assert "wrong password" in _attempt(sessions, PASSWORD)


def test_login_redirects_to_next_and_logout_ends_the_session(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions)
    client = make_client(review_settings(tmp_path, db_url), sessions)
    first = client.get("/nominations/3", follow_redirects=False)
    assert first.headers["location"] == "/login?next=%2Fnominations%2F3"
    token = csrf_of(client.get("/login?next=/nominations/3").text)
    wrong = client.post(
        "/login", data={"csrf_token": token, "username": "rita", "password": "nope"}
    )
    assert wrong.status_code == 400
    assert "wrong password" in wrong.text
    response = client.post(
        "/login",
        data={
            "csrf_token": token,
            "username": "rita",
            "password": PASSWORD,
            "next": "//evil.example.com",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/queue"
    page = client.get("/queue")
    assert "rita (reviewer)" in page.text
    new_token = csrf_of(page.text)
    assert new_token != token  # signing in starts a fresh session
    client.post("/logout", data={"csrf_token": new_token})
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_login_needs_csrf(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> None:
    make_user(sessions)
    client = make_client(review_settings(tmp_path, db_url), sessions)
    response = client.post("/login", data={"username": "rita", "password": PASSWORD})
    assert response.status_code == 403


def test_totp_enrolment_then_login_needs_the_code(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions)
    client = make_client(review_settings(tmp_path, db_url), sessions)
    login(client)
    page = client.get("/account/totp").text
    secret = page.split('<code class="secret">', 1)[1].split("<", 1)[0]
    bad = client.post("/account/totp", data={"csrf_token": csrf_of(page), "code": "000000"})
    assert "does not match" in bad.text
    ok = client.post(
        "/account/totp", data={"csrf_token": csrf_of(bad.text), "code": pyotp.TOTP(secret).now()}
    )
    assert "Two-factor authentication is on" in ok.text
    client.post("/logout", data={"csrf_token": csrf_of(ok.text)})
    token = csrf_of(client.get("/login").text)
    without = client.post(
        "/login", data={"csrf_token": token, "username": "rita", "password": PASSWORD}
    )
    assert without.status_code == 400
    login(client, code=pyotp.TOTP(secret).now())


@pytest.mark.parametrize(
    "name", ["rita", "li.wei@cipo.example.org", "Zoë O'Brien <ops>", "x" * 120]
)
def test_totp_qr_codes_read_back_as_the_setup_link(name: str) -> None:
    uri = totp_uri(new_totp_secret(), name)
    assert decode(svg_modules(totp_qr_svg(uri))) == [uri]
    assert decode(terminal_modules(totp_qr_text(uri))) == [uri]


def test_totp_page_shows_the_setup_link_as_a_qr_code(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions)
    client = make_client(review_settings(tmp_path, db_url), sessions)
    assert client.get("/account/totp", follow_redirects=False).status_code == 303
    login(client)
    response = client.get("/account/totp")
    page = response.text
    secret = page.split('<code class="secret">', 1)[1].split("<", 1)[0]
    uri = html.unescape(page.split('<code class="wrap">', 1)[1].split("<", 1)[0])
    assert uri.startswith("otpauth://totp/")
    assert f"secret={secret}&" in uri
    (svg,) = re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
    assert decode(svg_modules(svg)) == [uri]
    # Markup the policy (style-src 'self', script-src 'none', img-src 'self' data:) allows
    # inline: no style attribute or element, no script, nothing fetched from elsewhere.
    for banned in ("style", "<script", "href", "<image", "<foreignobject", "url("):
        assert banned not in svg.lower()
    csp = response.headers["content-security-policy"]
    assert "style-src 'self';" in csp
    assert "script-src 'none'" in csp


def test_admins_must_enrol_when_required(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions, "adam", "admin")
    make_user(sessions, "rita", "reviewer")
    settings = review_settings(tmp_path, db_url, require_admin_totp=True)
    admin = make_client(settings, sessions)
    token = csrf_of(admin.get("/login").text)
    admin.post("/login", data={"csrf_token": token, "username": "adam", "password": PASSWORD})
    response = admin.get("/queue", follow_redirects=False)
    assert response.headers["location"] == "/account/totp"
    secret = pyotp.random_base32()
    with transaction(sessions) as session:
        confirm_totp(session, "adam", secret, pyotp.TOTP(secret).now(), actor="cli")
    assert admin.get("/queue", follow_redirects=False).status_code == 200
    reviewer = make_client(settings, sessions)
    login(reviewer, "rita")
    assert reviewer.get("/queue", follow_redirects=False).status_code == 200


def test_session_of_a_disabled_user_ends(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions)
    client = make_client(review_settings(tmp_path, db_url), sessions)
    login(client)
    with transaction(sessions) as session:
        set_active(session, "rita", active=False, actor="cli")
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_forged_cookie_is_ignored(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions)
    client = make_client(review_settings(tmp_path, db_url), sessions)
    login(client)
    payload, stamp, signature = client.cookies["mailbot_session"].split(".")
    claims = json.loads(base64.b64decode(payload))
    assert claims["uid"] == 1
    forged = base64.b64encode(json.dumps({**claims, "uid": 2}).encode()).decode()
    client.cookies.clear()
    cookie = {"Cookie": f"mailbot_session={forged}.{stamp}.{signature}"}
    assert client.get("/queue", headers=cookie, follow_redirects=False).status_code == 303
    genuine = {"Cookie": f"mailbot_session={payload}.{stamp}.{signature}"}
    assert client.get("/queue", headers=genuine, follow_redirects=False).status_code == 200
