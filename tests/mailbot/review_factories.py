"""Factories for review tests: nominations with messages and evidence, staff users, a logged-in client."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from mailbot.config import Settings
from mailbot.db.models import InboundMessage, Membership, MessageStatus, Nomination, Nominee
from mailbot.db.session import transaction
from mailbot.review import create_app
from mailbot.services.users import add_user

__all__ = [
    "PASSWORD",
    "NomineeSpec",
    "csrf_of",
    "login",
    "make_client",
    "make_nomination",
    "make_user",
    "nomination_mail",
    "review_settings",
]

PASSWORD = "correct horse battery"
TF_XML = "XML4IP Task Force"
TF_SEQL = "Sequence Listings Task Force"


@dataclass
class NomineeSpec:
    first_name: str | None = "Ana"
    last_name: str | None = "Pereira"
    title: str | None = "Ms"
    position: str | None = "Patent examiner"
    username: str | None = "pt-apereira"
    account_email: str | None = "ana.pereira@office.example.org"
    task_forces: list[str] = field(default_factory=lambda: [TF_XML])


def nomination_mail(
    spec: NomineeSpec, *, html: str | None = None, attachment: bool = False
) -> bytes:
    """A plain nomination e-mail whose body contains the nominee's fields as labels."""
    msg = EmailMessage()
    msg["From"] = "Registry <registry@office.example.org>"
    msg["To"] = "cws.mail@example.com"
    msg["Subject"] = "Nomination C. CWS 175"
    msg["Date"] = "Fri, 13 Oct 2023 10:00:00 +0200"
    msg["Message-ID"] = f"<{spec.username or 'x'}-{id(spec)}@office.example.org>"
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate:\n"
        f"Name: {spec.first_name} {spec.last_name}\n"
        f"Username: {spec.username}\n"
        f"E-mail: {spec.account_email}\n\nKind regards\n"
    )
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attachment:
        msg.add_attachment(
            b"<script>alert(1)</script>", maintype="text", subtype="html", filename="annex.html"
        )
    return msg.as_bytes()


def _evidence(raw: bytes, spec: NomineeSpec) -> dict[str, Any]:
    """Body evidence the way the parser stores it: offsets into the decoded body text."""
    text = raw.split(b"\n\n", 1)[1].decode().replace("\r\n", "\n")
    found = {}
    for name, value in (("username", spec.username), ("account_email", spec.account_email)):
        if value and value in text:
            start = text.index(value)
            found[f"nominees[0].{name}"] = {
                "source": "body",
                "start": start,
                "end": start + len(value),
                "rule": "label",
                "text": value,
            }
    return found


def make_nomination(
    session: Session,
    *,
    office: str = "Example Patent Office",
    status: str = "pending_review",
    language: str = "en",
    late: bool = False,
    warnings: list[dict[str, Any]] | None = None,
    nominees: list[NomineeSpec] | None = None,
    raw: bytes | None = None,
    created_at: datetime | None = None,
) -> Nomination:
    specs = nominees if nominees is not None else [NomineeSpec()]
    nomination = Nomination(
        office=office,
        sender_address="registry@office.example.org",
        sender_name="Registry",
        language=language,
        status=status,
        late=late,
        warnings={"items": warnings} if warnings else None,
        created_at=created_at or datetime(2023, 10, 13, 8, 0, tzinfo=UTC),
    )
    for index, spec in enumerate(specs):
        nominee = Nominee(
            position_index=index,
            title=spec.title,
            first_name=spec.first_name,
            last_name=spec.last_name,
            position=spec.position,
            username=spec.username,
            account_email=spec.account_email,
            evidence={"username": {"source": "body", "rule": "label", "text": spec.username}},
        )
        nominee.memberships = [Membership(task_force=tf) for tf in spec.task_forces]
        nomination.nominees.append(nominee)
    session.add(nomination)
    session.flush()
    if specs:
        body = raw if raw is not None else nomination_mail(specs[0])
        message = InboundMessage(
            mailbox="INBOX",
            message_id=f"<m{nomination.id}@office.example.org>",
            sha256=hashlib.sha256(body + str(nomination.id).encode()).hexdigest(),
            size=len(body),
            raw=body,
            from_address="registry@office.example.org",
            subject="Nomination C. CWS 175",
            kind="nomination",
            status=MessageStatus.PROCESSED,
            parsed={"evidence": _evidence(body, specs[0])},
            nomination_id=nomination.id,
        )
        session.add(message)
        session.flush()
    return nomination


def make_user(
    sessions: sessionmaker[Session],
    name: str = "rita",
    role: str = "reviewer",
    password: str = PASSWORD,
) -> None:
    with transaction(sessions) as session:
        add_user(session, name, role=role, password=password, actor="test")


def review_settings(tmp_path: Path, db_url: str, **overrides: Any) -> Settings:
    return Settings(
        var_dir=tmp_path,
        database_url=db_url,
        secret_key="test-secret-key-for-cookies",
        from_address="cws.mail@example.com",
        **overrides,
    )


def make_client(settings: Settings, sessions: sessionmaker[Session]) -> TestClient:
    return TestClient(create_app(settings, sessions), base_url="http://127.0.0.1")


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client: TestClient, name: str = "rita", password: str = PASSWORD, code: str = "") -> str:
    """Sign in through the form; return the session's CSRF token for later posts."""
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login",
        data={
            "csrf_token": token,
            "username": name,
            "password": password,
            "code": code,
            "next": "/queue",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/queue").text)
