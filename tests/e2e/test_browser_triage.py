"""A triaged message that is a nomination, taken up in headless Chromium: from the triage list
to a nomination created from the parser's pre-filled reading, corrected by the reviewer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.models import AuditEvent, InboundMessage, Nomination, OutboxItem
from mailbot.db.session import transaction
from tests.e2e.test_browser_review import live_app  # noqa: F401 - the served app fixture
from tests.mailbot.review_factories import PASSWORD, TF_SEQL, TF_XML, make_user
from tests.mailbot.test_services_staff_filing import NOMINATING, mail, triage_message

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("db_backend", ["sqlite"])  # the HTTP tests cover PostgreSQL
def test_create_a_nomination_from_a_triaged_message(
    db_backend: str,
    live_app: str,  # noqa: F811 - the fixture imported above
    sessions: sessionmaker[Session],
    browser_page: Callable[..., Page],
) -> None:
    make_user(sessions, "rita", "reviewer")
    with transaction(sessions) as session:
        message_id = triage_message(session, mail(NOMINATING))
    page = browser_page()

    page.goto(f"{live_app}/triage")
    page.get_by_label("User name").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Triage")
    row = page.locator("tbody tr", has_text="Our representative")
    row.get_by_role("link", name="Create nomination").click()

    # The form holds what the parser read; the reviewer completes and corrects it.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"New nomination from message {message_id}"
    )
    expect(page.locator("#c-0-username")).to_have_value("pt-apereira")
    expect(page.locator("#c-0-account_email")).to_have_value("ana.pereira@office.example.org")
    expect(page.locator("#c-0-title")).to_have_value("Ms")
    expect(page.locator("#c-sender_address")).to_have_value("registry@office.example.org")
    expect(page.locator("mark[title='nominees[0].username']")).to_have_text("pt-apereira")
    page.locator("#c-office").fill("Portuguese Institute of Industrial Property")
    page.locator("#c-0-username").fill("pt apereira")  # a slip the checks must catch
    page.locator("#c-0-task_forces").fill(f"{TF_XML}\n{TF_SEQL}")
    page.get_by_role("button", name="Create nomination").click()

    expect(page.locator(".flash-error")).to_contain_text("WIPO Accounts usernames")
    expect(page.locator("#c-office")).to_have_value("Portuguese Institute of Industrial Property")
    expect(page.locator("#c-0-task_forces")).to_have_value(f"{TF_XML}\n{TF_SEQL}")
    page.locator("#c-0-username").fill("pt-apereira")
    page.locator("#c-office_code").fill("pt")
    page.get_by_role("button", name="Create nomination").click()

    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Nomination #")
    expect(heading).to_contain_text("pending review")
    expect(page.locator(".flash").first).to_contain_text(
        f"created from message {message_id}; nothing was sent"
    )
    expect(page.locator("#f-0-username")).to_have_value("pt-apereira")
    expect(page.locator("section[aria-labelledby='out-h']")).to_contain_text("Nothing sent yet.")
    expect(page.locator("table.audit")).to_contain_text("nomination created")

    page.get_by_role("link", name="Triage").click()
    expect(page.locator(".empty")).to_have_text("Nothing waiting.")

    with transaction(sessions) as session:
        nomination = session.scalars(select(Nomination)).one()
        assert nomination.office_code == "pt"
        assert [m.task_force for m in nomination.nominees[0].memberships] == sorted(
            [TF_XML, TF_SEQL]
        )
        message = session.get(InboundMessage, message_id)
        assert message is not None
        assert (message.triage, message.nomination_id) == ("assigned", nomination.id)
        assert session.scalars(select(OutboxItem)).all() == []
        trail = select(AuditEvent.actor).where(AuditEvent.subject_type != "user")
        assert set(session.scalars(trail)) == {"staff:rita"}
