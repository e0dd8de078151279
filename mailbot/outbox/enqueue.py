"""Queue one outgoing message: render it, apply the loop guards, add the OutboxItem row.

Runs inside the caller's transaction (no commit), so a nomination's state change and the
reply it calls for are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy.orm import Session

from mailbot import audit
from mailbot.config import Settings
from mailbot.db.models import (
    InboundMessage,
    Nomination,
    OutboxItem,
    OutboxStatus,
    utcnow,
)
from mailbot.outbox import guards, history
from mailbot.outbox.contexts import build_context, build_envelope, thread_parent
from replies import ReplyKind, make_message_id, render_reply_bytes

__all__ = ["enqueue", "message_id_domain", "signing_key"]


def signing_key(settings: Settings) -> bytes:
    """The key our Message-IDs are signed with (shared with the review UI's cookies)."""
    configured = settings.secret_key.get_secret_value()
    if configured:
        return configured.encode("utf-8")
    return _stored_key(Path(settings.var_dir))


@lru_cache(maxsize=8)
def _stored_key(var_dir: Path) -> bytes:
    # The generated key never changes once written: read from disk once per process and
    # var_dir, not once per reply. secret_key reads only these two settings.
    from mailbot.secrets import secret_key  # noqa: PLC0415 - keeps file I/O out of import time

    return secret_key(Settings.model_construct(secret_key=SecretStr(""), var_dir=var_dir))


def message_id_domain(settings: Settings) -> str:
    return settings.message_id_domain or settings.from_address.rsplit("@", 1)[-1]


def _default_recipients(
    kind: ReplyKind,
    *,
    nomination: Nomination | None,
    parent: InboundMessage | None,
    extra: Mapping[str, Any],
) -> tuple[list[str], list[str]]:
    if kind is ReplyKind.WIKI_ACCESS and nomination is not None:
        wanted = extra.get("nominee_id")
        emails = [n.account_email for n in nomination.nominees if n.id == wanted]
        office = [nomination.sender_address] if nomination.sender_address else []
        return [e for e in emails if e], office
    if parent is not None:
        headers = (parent.parsed or {}).get("headers") or {}
        # RFC 5322 §3.6.2: replies go to Reply-To when the office set one; a list that
        # relayed the mail (its writer known) is passed over for the writer.
        target = headers.get("author_address") or headers.get("reply_to") or parent.from_address
        if target:
            return [str(target)], []
    if nomination is not None and nomination.sender_address:
        return [nomination.sender_address], []
    return [], []


def _thread_key(nomination: Nomination | None, parent: InboundMessage | None) -> str:
    if nomination is not None and nomination.thread_message_id:
        return nomination.thread_message_id
    if parent is not None:
        refs = (parent.references or "").split()
        return refs[0] if refs else (parent.message_id or "")
    return f"nomination:{nomination.id}" if nomination is not None else ""


def enqueue(
    session: Session,
    *,
    kind: str,
    settings: Settings,
    nomination: Nomination | None = None,
    inbound: InboundMessage | None = None,
    to: list[str] | None = None,
    cc: list[str] | None = None,
    context: dict[str, object] | None = None,
    actor: str = "bot",
    now: datetime | None = None,
) -> OutboxItem | None:
    """Render a `kind` reply and add it to the outbox; None when a guard suppressed it.

    Recipients default to the office (Reply-To, else From, of `inbound` or the nomination's
    latest message) and, for "wiki_access", to the nominee's account e-mail with the office
    in Cc (`context={"nominee_id": ..., "task_forces": [...]}`). A suppressed message is
    still stored, status SUPPRESSED with the reason in last_error, and audited, so staff
    can see what the bot chose not to send.
    """
    reply_kind = ReplyKind(kind)
    now = now or utcnow()
    extra: dict[str, Any] = dict(context or {})
    parent = thread_parent(reply_kind, nomination, inbound)
    default_to, default_cc = _default_recipients(
        reply_kind, nomination=nomination, parent=parent, extra=extra
    )
    wanted_to = list(to) if to is not None else default_to
    wanted_cc = list(cc) if cc is not None else default_cc
    own = (settings.from_address, settings.reply_to)
    to_kept, to_dropped = guards.split_recipients(wanted_to, own_addresses=own)
    cc_kept, cc_dropped = guards.split_recipients(wanted_cc, own_addresses=own)
    cc_kept = [a for a in cc_kept if a.lower() not in {t.lower() for t in to_kept}]

    thread_key = _thread_key(nomination, parent)
    grace = timedelta(hours=settings.reply_grace_hours)
    window = max(grace, *(w for w, _ in guards.RATE_LIMITS))
    earlier = history.recent(session, to_kept, now - window) if reply_kind.automatic else []
    verdict = guards.decide(
        reply_kind.value,
        automatic=reply_kind.automatic,
        to=to_kept,
        thread_key=thread_key,
        history=earlier,
        now=now,
        grace=grace,
    )

    reply_context = build_context(
        reply_kind,
        settings=settings,
        nomination=nomination,
        inbound=parent,
        extra=extra,
        now=now,
    )
    message_id = make_message_id(
        reply_kind.value, key=signing_key(settings), domain=message_id_domain(settings)
    )
    shown_to = to_kept if verdict.allowed else [a for a in wanted_to if a]
    envelope = build_envelope(
        settings=settings,
        message_id=message_id,
        to=shown_to,
        cc=cc_kept,
        nomination=nomination,
        parent=parent,
        now=now,
    )
    subject, raw = "", b""
    if shown_to:
        subject, raw = render_reply_bytes(
            reply_context, envelope, templates_dir=settings.effective_templates_dir
        )
    item = OutboxItem(
        kind=reply_kind.value,
        nomination_id=nomination.id if nomination is not None else None,
        inbound_id=inbound.id if inbound is not None else None,
        recipient=",".join([*shown_to, *cc_kept]),
        message_id=message_id,
        thread_key=thread_key,
        subject=subject,
        raw=raw,
        status=OutboxStatus.QUEUED if verdict.allowed else OutboxStatus.SUPPRESSED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
        created_by=actor,
        last_error=None if verdict.allowed else verdict.reason,
    )
    if nomination is not None:
        item.nomination = nomination
    session.add(item)
    if verdict.allowed:
        return item
    reason = "; ".join([verdict.reason, *to_dropped, *cc_dropped])
    _audit_suppressed(session, item, actor=actor, reason=reason, now=now)
    return None


def _audit_suppressed(
    session: Session, item: OutboxItem, *, actor: str, reason: str, now: datetime
) -> None:
    def event() -> None:
        audit.emit(
            session,
            actor=actor,
            action="suppressed",
            subject_type="outbox",
            subject_id=item.id,
            after={
                "kind": item.kind,
                "recipient": item.recipient,
                "nomination_id": item.nomination_id,
            },
            note=reason,
            at=now,
        )

    # The row's id, for the audit trail: intake's one flush per message gives it later.
    if not audit.is_held(session):
        session.flush()
    audit.later(session, event)
