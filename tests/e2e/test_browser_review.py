"""A reviewer's day in headless Chromium: sign in, filter, open, correct, approve, see the notice."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import OutboxItem
from mailbot.db.session import transaction
from mailbot.review import create_app
from tests.mailbot.review_factories import (
    PASSWORD,
    TF_SEQL,
    TF_XML,
    NomineeSpec,
    make_nomination,
    make_user,
    review_settings,
)

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "docs" / "screenshots"


def _seed(session: Session) -> int:
    """A believable queue: several offices, languages and states; returns the one to review."""
    day = datetime(2023, 10, 2, 9, 30, tzinfo=UTC)
    people = [
        (
            "Canadian Intellectual Property Office",
            "en",
            "Ms",
            "Tremblay",
            "Julie",
            "ca-jtremblay",
            [TF_XML],
        ),
        (
            "Institut national de la propriété industrielle",
            "fr",
            "Mr",
            "Martin",
            "Luc",
            "fr-lmartin",
            [TF_XML, TF_SEQL],
        ),
        (
            "Oficina Española de Patentes y Marcas",
            "es",
            "Ms",
            "García",
            "Lucía",
            "es-lgarcia",
            [TF_SEQL],
        ),
        (
            "Federal Service for Intellectual Property",
            "ru",
            "Mr",
            "Ivanov",
            "Pavel",
            "ru-pivanov",
            [TF_XML],
        ),
        ("Japan Patent Office", "en", "Mr", "Sato", "Kenji", "jp-ksato", [TF_SEQL]),
    ]
    chosen = 0
    for index, (office, lang, title, last, first, username, forces) in enumerate(people):
        spec = NomineeSpec(
            title=title,
            last_name=last,
            first_name=first,
            username=username,
            account_email=f"{first.lower()}.{last.lower()}@office.example.org",
            position="Patent examiner",
            task_forces=forces,
        )
        nomination = make_nomination(
            session,
            office=office,
            language=lang,
            late=index == 3,
            warnings=[
                {"code": "username_format", "message": "Username does not start with the ST.3 code"}
            ]
            if index == 2
            else None,
            nominees=[spec],
            created_at=day + timedelta(days=index),
        )
        if index == 1:
            chosen = nomination.id
    make_nomination(session, status="awaiting_info", office="Korean Intellectual Property Office")
    make_nomination(session, status="approved", office="European Patent Office")
    return chosen


@pytest.fixture
def live_app(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> Iterator[str]:
    """The review app served by uvicorn on a free loopback port, in a thread."""
    app = create_app(review_settings(tmp_path, db_url), sessions)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def _shoot(page: Page, name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, SCREENSHOTS / name)


@pytest.mark.parametrize("db_backend", ["sqlite"])  # the HTTP tests cover PostgreSQL
def test_review_a_nomination_in_the_browser(
    db_backend: str,
    live_app: str,
    sessions: sessionmaker[Session],
    browser_page: Callable[..., Page],
    tmp_path: Path,
) -> None:
    make_user(sessions, "rita", "reviewer")
    with transaction(sessions) as session:
        nomination_id = _seed(session)
    page = browser_page()

    # Signing in returns to the page first asked for.
    page.goto(f"{live_app}/queue?status=pending_review")
    expect(page).to_have_url(f"{live_app}/login?next=%2Fqueue%3Fstatus%3Dpending_review")
    page.get_by_label("User name").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pending review")
    expect(page.locator("table.queue tbody tr")).to_have_count(5)
    _shoot(page, "queue.png", tmp_path)

    # Filter by task force with the keyboard-reachable form (no script on the page).
    page.get_by_label("Task force").select_option(TF_SEQL)
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("table.queue tbody tr")).to_have_count(3)
    page.get_by_label("Search").fill("martin")
    page.get_by_label("Search").press("Enter")
    expect(page.locator("table.queue tbody tr")).to_have_count(1)

    page.get_by_role("link", name=f"#{nomination_id}").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Nomination #{nomination_id}")
    expect(page.locator("mark[title='nominees[0].username']")).to_have_text("fr-lmartin")

    # Correct the position, then approve both task forces.
    page.locator("#f-0-position").fill("Head of the Patent Information Division")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.locator(".flash")).to_have_text("Saved 1 change(s).")
    expect(page.locator("#f-0-position")).to_have_value("Head of the Patent Information Division")
    page.get_by_role("button", name="Approve ticked").click()
    expect(page.locator(".flash")).to_contain_text("1 Wiki-access notice(s) queued")
    sent = page.locator("section[aria-labelledby='out-h'] tbody tr")
    expect(sent).to_have_count(1)
    expect(sent).to_contain_text("wiki access")
    expect(sent).to_contain_text("luc.martin@office.example.org")
    expect(sent).to_contain_text("queued")
    _shoot(page, "nomination.png", tmp_path)

    with transaction(sessions) as session:
        (item,) = session.scalars(select(OutboxItem)).all()
        assert item.kind == "wiki_access"
        assert item.created_by == "staff:rita"

    # Narrow window: the layout folds into one column instead of scrolling sideways.
    page.set_viewport_size({"width": 400, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
