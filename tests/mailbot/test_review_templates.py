"""Admins override reply templates in the review UI: roles, trial render, save, reset, audit."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from markupsafe import escape
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from mailbot.config import Settings
from mailbot.db.models import AuditEvent, OutboxItem
from mailbot.db.session import transaction
from mailbot.errors import NotFoundError
from mailbot.outbox.enqueue import enqueue
from mailbot.review.template_edits import TemplateRef, editable_names, resolve
from replies import ReplyKind
from tests.mailbot.review_factories import (
    login,
    make_client,
    make_nomination,
    make_user,
    review_settings,
)

ACK = "/templates/en/acknowledgement.txt"
CUSTOM = (
    '{% from "shared/macros.txt" import details with context %}\n'
    '{% set subject = "Custom acknowledgement" %}\n'
    "Custom body for {{ office }}.\n"
)


@pytest.fixture
def settings(tmp_path: Path, db_url: str, sessions: sessionmaker[Session]) -> Settings:
    make_user(sessions, "rita", "reviewer")
    make_user(sessions, "adam", "admin")
    return review_settings(tmp_path, db_url)


@pytest.fixture
def admin(settings: Settings, sessions: sessionmaker[Session]) -> tuple[TestClient, str]:
    client = make_client(settings, sessions)
    return client, login(client, "adam")


def _events(sessions: sessionmaker[Session]) -> list[AuditEvent]:
    with transaction(sessions) as session:
        query = select(AuditEvent).where(AuditEvent.subject_type == "template")
        return list(session.scalars(query.order_by(AuditEvent.id)))


def _acknowledge(sessions: sessionmaker[Session], settings: Settings, to: str) -> str:
    """Queue an acknowledgement the way intake does and return its text part as stored."""
    with transaction(sessions) as session:
        nomination = make_nomination(session)
        now = datetime(2023, 10, 13, 9, 0, tzinfo=UTC)
        item = enqueue(
            session,
            kind="acknowledgement",
            settings=settings,
            nomination=nomination,
            to=[to],
            now=now,
        )
        assert item is not None
        session.flush()
        raw = session.scalars(select(OutboxItem.raw).where(OutboxItem.id == item.id)).one()
    body = message_from_bytes(bytes(raw), policy=policy.default).get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def test_reviewers_are_refused(settings: Settings, sessions: sessionmaker[Session]) -> None:
    client = make_client(settings, sessions)
    token = login(client, "rita")
    assert client.get("/templates").status_code == 403
    assert client.get(ACK).status_code == 403
    response = client.post(ACK, data={"csrf_token": token, "text": CUSTOM, "action": "save"})
    assert response.status_code == 403
    assert not (settings.effective_templates_dir / "en" / "acknowledgement.txt").exists()
    assert 'href="/templates"' not in client.get("/queue").text
    assert _events(sessions) == []


def test_list_shows_every_kind_and_language(admin: tuple[TestClient, str]) -> None:
    client, _ = admin
    assert 'href="/templates"' in client.get("/queue").text
    page = client.get("/templates").text
    assert "MAILBOT_TEMPLATES_DIR is not set" in page
    for kind in ReplyKind:
        for lang in ("en", "fr", "es", "ru", "zh", "ar"):
            assert f'href="/templates/{lang}/{kind.value}.html"' in page
            assert f'href="/templates/{lang}/{kind.value}.txt"' in page
    assert 'href="/templates/en/_signature.txt"' in page
    assert page.count(">shipped</a>") == 6 * len(editable_names())


def test_saved_override_is_used_by_the_next_reply_and_audited(
    admin: tuple[TestClient, str], settings: Settings, sessions: sessionmaker[Session]
) -> None:
    client, token = admin
    # Render once first, so a process that already loaded the shipped text must notice the edit.
    assert "acknowledges receipt" in _acknowledge(sessions, settings, "first@example.org")
    response = client.post(ACK, data={"csrf_token": token, "text": CUSTOM, "action": "save"})
    assert response.status_code == 200
    assert "en/acknowledgement.txt saved" in response.text
    assert "Custom body for Example Patent Office." in response.text  # the preview
    saved = settings.var_dir / "templates" / "en" / "acknowledgement.txt"
    assert saved.read_text(encoding="utf-8") == CUSTOM
    text = _acknowledge(sessions, settings, "second@example.org")
    assert text == "Custom body for Example Patent Office.\n"
    (event,) = _events(sessions)
    assert (event.action, event.actor, event.note) == (
        "template_save",
        "staff:adam",
        "en/acknowledgement.txt",
    )
    assert event.before == {"path": "en/acknowledgement.txt", "text": None}
    assert event.after == {"path": "en/acknowledgement.txt", "text": CUSTOM}
    assert "<strong>overridden</strong>" in client.get("/templates").text


@pytest.mark.parametrize(
    ("path", "text", "line", "message"),
    [
        (ACK, '{% set subject = "S" %}\nfine\n{% for x in %}\n', 3, "Expected an expression"),
        (
            ACK,
            '{% set subject = "S" %}\n{{ nominee_secret }}\n',
            2,
            "'nominee_secret' is undefined",
        ),
        (ACK, '{% set subject = "S" %}\n\n{{ office|nosuchfilter }}\n', 3, "nosuchfilter"),
        (
            "/templates/fr/_signature.html",
            "<p>Secrétariat</p>\n<p>{{ signature_secret }}</p>\n",
            2,
            "'signature_secret' is undefined",
        ),
        (ACK, '{% set subject = "S" %}\n{{ office.__class__.__mro__ }}\n', 2, "unsafe"),
    ],
    ids=["syntax", "undefined", "filter", "partial", "sandbox"],
)
def test_broken_template_is_refused_with_its_line(
    admin: tuple[TestClient, str],
    settings: Settings,
    sessions: sessionmaker[Session],
    *,
    path: str,
    text: str,
    line: int,
    message: str,
) -> None:
    client, token = admin
    response = client.post(path, data={"csrf_token": token, "text": text, "action": "save"})
    assert response.status_code == 422
    assert "Not saved" in response.text
    name = path.removeprefix("/templates/")
    assert f"Error on line {line} of {name}" in response.text
    assert str(escape(message)) in response.text
    assert not settings.effective_templates_dir.exists()
    assert _events(sessions) == []


def test_template_without_subject_is_refused(
    admin: tuple[TestClient, str], settings: Settings
) -> None:
    client, token = admin
    response = client.post(ACK, data={"csrf_token": token, "text": "Hello\n", "action": "save"})
    assert response.status_code == 422
    assert "sets no subject" in response.text
    assert not settings.effective_templates_dir.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/templates/en/..%2F..%2Fsecret_key",
        "/templates/en/..%5Csecret.txt",
        "/templates/en/%2e%2e",
        "/templates/shared/macros.txt",
        "/templates/..%2Fen/acknowledgement.txt",
        "/templates/de/acknowledgement.txt",
        "/templates/en/acknowledgement.py",
        "/templates/en/base.html",
    ],
)
def test_names_outside_the_whitelist_are_not_found(
    admin: tuple[TestClient, str], settings: Settings, path: str
) -> None:
    client, token = admin
    assert client.get(path).status_code in {400, 404}
    response = client.post(path, data={"csrf_token": token, "text": CUSTOM, "action": "save"})
    assert response.status_code in {400, 404}
    assert not settings.effective_templates_dir.exists()
    assert [p for p in settings.var_dir.rglob("*") if p.suffix in {".txt", ".html", ".py"}] == []


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "../en/acknowledgement.txt"), ("en/..", "acknowledgement.txt"), ("en", "")],
)
def test_resolve_takes_only_shipped_names(tmp_path: Path, language: str, name: str) -> None:
    settings = Settings(var_dir=tmp_path)
    with pytest.raises(NotFoundError):
        resolve(settings, language, name)
    assert resolve(settings, "ar", "_missing.html") == TemplateRef("ar", "_missing.html")


def test_reset_restores_the_shipped_text(
    admin: tuple[TestClient, str], settings: Settings, sessions: sessionmaker[Session]
) -> None:
    client, token = admin
    client.post(ACK, data={"csrf_token": token, "text": CUSTOM, "action": "save"})
    assert "Custom body" in _acknowledge(sessions, settings, "first@example.org")
    response = client.post(ACK, data={"csrf_token": token, "action": "reset"})
    assert "override removed" in response.text
    assert not (settings.effective_templates_dir / "en" / "acknowledgement.txt").exists()
    shipped = re.search(r'<pre class="mail-text" id="shipped">(.*?)</pre>', response.text, re.S)
    # One newline after <textarea> is eaten by HTML parsers (HTML §13.2.6.4.7).
    textarea = re.search(r'<textarea id="text"[^>]*>\n(.*?)</textarea>', response.text, re.S)
    assert shipped
    assert textarea
    assert textarea.group(1) == shipped.group(1)
    assert "acknowledges receipt" in _acknowledge(sessions, settings, "second@example.org")
    save, reset = _events(sessions)
    assert save.action == "template_save"
    assert (reset.action, reset.before, reset.after) == (
        "template_reset",
        {"path": "en/acknowledgement.txt", "text": CUSTOM},
        {"path": "en/acknowledgement.txt", "text": None},
    )
    again = client.post(ACK, data={"csrf_token": token, "action": "reset"})
    assert "already uses the shipped text" in again.text
    assert len(_events(sessions)) == 2


def test_preview_is_escaped_and_saves_nothing(
    admin: tuple[TestClient, str], settings: Settings, sessions: sessionmaker[Session]
) -> None:
    client, token = admin
    text = '{% set subject = "S" %}<script>alert(1)</script> {{ office }}\n'
    response = client.post(ACK, data={"csrf_token": token, "text": text, "action": "preview"})
    assert response.status_code == 200
    preview = re.search(r'<pre class="mail-text" id="preview">(.*?)</pre>', response.text, re.S)
    assert preview
    assert preview.group(1) == "&lt;script&gt;alert(1)&lt;/script&gt; Example Patent Office\n"
    assert "<script>" not in response.text
    assert not settings.effective_templates_dir.exists()
    assert _events(sessions) == []


def test_configured_folder_is_used(
    tmp_path: Path, db_url: str, sessions: sessionmaker[Session]
) -> None:
    make_user(sessions, "adam", "admin")
    folder = tmp_path / "staff-templates"
    settings = review_settings(tmp_path, db_url, templates_dir=folder)
    client = make_client(settings, sessions)
    token = login(client, "adam")
    assert "MAILBOT_TEMPLATES_DIR is not set" not in client.get("/templates").text
    text = "<p>{{ field_label('office', language) }}: CWS Secretariat</p>\n"
    response = client.post(
        "/templates/es/_signature.html", data={"csrf_token": token, "text": text}
    )
    assert response.status_code == 200, response.text
    assert "Preview: es/acknowledgement.html" in response.text
    assert (folder / "es" / "_signature.html").read_text(encoding="utf-8") == text
    assert not (tmp_path / "templates").exists()
