"""Two-factor enrolment in headless Chromium: scan the QR code on screen, then sign in with it."""

from __future__ import annotations

import io
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pyotp
import pytest
from PIL import Image
from playwright.sync_api import ConsoleMessage, Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import StaffUser
from mailbot.db.session import transaction
from tests.e2e.test_browser_review import live_app  # noqa: F401 - the served app fixture
from tests.mailbot.review_factories import PASSWORD, make_user
from tests.qr_codes import decode

pytestmark = pytest.mark.browser


def _sign_in(page: Page, base: str, code: str = "") -> None:
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    if code:
        page.get_by_label("Authentication code").fill(code)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.parametrize("db_backend", ["sqlite"])  # the HTTP tests cover PostgreSQL
def test_enrol_by_scanning_the_qr_code(
    db_backend: str,
    live_app: str,  # noqa: F811 - the fixture imported above
    sessions: sessionmaker[Session],
    browser_page: Callable[..., Page],
) -> None:
    make_user(sessions, "rita", "reviewer")
    page = browser_page()
    console: list[str] = []

    def keep(message: ConsoleMessage) -> None:
        console.append(message.text)

    page.on("console", keep)
    _sign_in(page, live_app)
    expect(page.get_by_role("heading", level=1)).to_contain_text("nominations")

    page.goto(f"{live_app}/account/totp")
    qr = page.get_by_role("img", name="QR code of the setup link")
    expect(qr).to_be_visible()
    # What Chromium drew, read by a QR decoder as a phone's camera would.
    (scanned,) = decode(Image.open(io.BytesIO(qr.screenshot())))
    shown = page.locator("code.wrap").text_content()
    assert scanned == shown
    secret = parse_qs(urlsplit(scanned).query)["secret"][0]
    expect(page.locator("code.secret")).to_have_text(secret)
    assert not [text for text in console if "Content Security Policy" in text]

    page.get_by_label("Code").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Turn on").click()
    expect(page.locator(".flash")).to_have_text("Two-factor authentication is on for your account.")
    with transaction(sessions) as session:
        assert session.scalars(select(StaffUser.totp_secret)).one() == secret

    page.get_by_role("button", name="Log out").click()
    _sign_in(page, live_app, pyotp.TOTP(secret).now())
    expect(page.get_by_role("heading", level=1)).to_contain_text("nominations")
