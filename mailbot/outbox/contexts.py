"""Database rows -> the frozen reply contexts and envelope that `replies` renders."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import TypeAdapter

from mailbot.config import Settings
from mailbot.db.models import (
    InboundMessage,
    Nomination,
    Nominee,
    OutboxItem,
    ReviewStatus,
)
from replies import Envelope, Mailbox, NomineeView, ReplyContext, ReplyKind
from replies.labels import NOMINEE_FIELDS

__all__ = [
    "build_context",
    "build_envelope",
    "nominee_view",
    "thread_parent",
]

_CONTEXT: TypeAdapter[ReplyContext] = TypeAdapter(ReplyContext)
_TITLES = {"Mr", "Mrs", "Ms"}


def nominee_view(nominee: Nominee, *, task_forces: Sequence[str] | None = None) -> NomineeView:
    """What a reply may say about `nominee`; `missing` lists the annex fields still empty."""
    if task_forces is None:
        memberships = [m for m in nominee.memberships if m.review_status != ReviewStatus.REJECTED]
        task_forces = [m.task_force for m in memberships]
    view = NomineeView(
        title=nominee.title if nominee.title in _TITLES else None,
        last_name=nominee.last_name,
        first_name=nominee.first_name,
        position=nominee.position,
        username=nominee.username,
        account_email=nominee.account_email,
        task_forces=tuple(task_forces),
    )
    missing = tuple(f for f in NOMINEE_FIELDS if not getattr(view, f))
    return view.model_copy(update={"missing": missing})


def _nominees_from_parsed(parsed: Mapping[str, Any] | None) -> tuple[NomineeView, ...]:
    views = []
    for item in (parsed or {}).get("nominees", []) or []:
        fields = {f: item.get(f) or None for f in NOMINEE_FIELDS if f != "task_forces"}
        if fields.get("title") not in _TITLES:
            fields["title"] = None
        view = NomineeView(**fields, task_forces=tuple(item.get("task_forces") or ()))
        missing = tuple(f for f in NOMINEE_FIELDS if not getattr(view, f))
        views.append(view.model_copy(update={"missing": missing}))
    return tuple(views)


def _selected_nominees(nomination: Nomination, ids: Sequence[int] | None) -> list[Nominee]:
    chosen = [n for n in nomination.nominees if n.duplicate_of is None]
    if ids is not None:
        wanted = {int(i) for i in ids}
        chosen = [n for n in nomination.nominees if n.id in wanted]
    return chosen


def _rejected_views(nomination: Nomination, now: datetime) -> tuple[NomineeView, ...]:
    """Nominees with rejected task forces (those decided at `now` first), listing only those."""
    rejected = [
        (n, m)
        for n in nomination.nominees
        for m in n.memberships
        if m.review_status == ReviewStatus.REJECTED
    ]
    latest = [(n, m) for n, m in rejected if m.decided_at == now] or rejected
    views: dict[int, tuple[Nominee, list[str]]] = {}
    for nominee, membership in latest:
        views.setdefault(nominee.id, (nominee, []))[1].append(membership.task_force)
    return tuple(nominee_view(n, task_forces=tfs) for n, tfs in views.values())


def _as_date(value: object, fallback: date) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return fallback


def _last_request(nomination: Nomination | None) -> OutboxItem | None:
    if nomination is None:
        return None
    requests = [o for o in nomination.outbox if o.kind == ReplyKind.REQUEST_MISSING]
    return max(requests, key=lambda o: o.created_at, default=None)


def build_context(
    kind: ReplyKind,
    *,
    settings: Settings,
    nomination: Nomination | None,
    inbound: InboundMessage | None,
    extra: Mapping[str, Any],
    now: datetime,
) -> ReplyContext:
    """The validated context for `kind`.

    `extra` (the `context` argument of enqueue) may carry: language, nominee_id (wiki_access),
    nominee_ids (rejection: which nominees; default: those with rejected task forces, the
    ones decided at `now` first), task_forces (wiki_access: the approved ones),
    staff_text (rejection, clarification), missing (message-level fields such as "office"),
    requested_on (reminder), received_on (late_note).
    """
    language = str(
        extra.get("language")
        or (nomination.language if nomination else None)
        or (inbound.language if inbound else None)
        or "en"
    )
    data: dict[str, Any] = {
        "kind": kind.value,
        "language": language,
        "reference": (nomination.campaign if nomination else None) or settings.campaign_reference,
        "campaign_deadline": settings.campaign_deadline,
        "office": nomination.office if nomination else None,
        "sender_address": settings.from_address,
        "wiki_url": settings.wiki_url,
    }
    if nomination is not None:
        ids = extra.get("nominee_ids")
        nominees = tuple(nominee_view(n) for n in _selected_nominees(nomination, ids))
        if kind is ReplyKind.REJECTION and ids is None:
            # A whole nomination rejected without task forces lists every nominee.
            nominees = _rejected_views(nomination, now) or nominees
    else:
        nominees = _nominees_from_parsed(inbound.parsed if inbound else None)
    if kind is ReplyKind.WIKI_ACCESS:
        if nomination is None or "nominee_id" not in extra:
            raise ValueError("wiki_access needs a nomination and context['nominee_id']")
        (nominee,) = _selected_nominees(nomination, [int(extra["nominee_id"])])
        task_forces = extra.get("task_forces")
        data["nominee"] = nominee_view(nominee, task_forces=task_forces)
    else:
        data["nominees"] = nominees
    if kind in (ReplyKind.REQUEST_MISSING, ReplyKind.REMINDER):
        default_missing = ("office",) if nomination is not None and not nomination.office else ()
        data["missing"] = tuple(extra.get("missing", default_missing))
    if kind is ReplyKind.REMINDER:
        last = _last_request(nomination)
        fallback = last.created_at.date() if last else now.date()
        data["requested_on"] = _as_date(extra.get("requested_on"), fallback)
    if kind is ReplyKind.LATE_NOTE:
        received = (inbound.received_at or inbound.fetched_at) if inbound else None
        data["received_on"] = _as_date(extra.get("received_on") or received, now.date())
    if kind in (ReplyKind.REJECTION, ReplyKind.CLARIFICATION):
        data["staff_text"] = str(extra.get("staff_text") or "")
    return _CONTEXT.validate_python(data)


def thread_parent(
    kind: ReplyKind, nomination: Nomination | None, inbound: InboundMessage | None
) -> InboundMessage | None:
    """The office message a reply threads on: the one given, else the nomination's latest.

    The Wiki-access notice starts its own conversation with the nominee, who never wrote.
    """
    if kind is ReplyKind.WIKI_ACCESS:
        return None
    if inbound is not None or nomination is None:
        return inbound
    messages = [m for m in nomination.messages if m.message_id]
    return max(messages, key=lambda m: (m.fetched_at, m.id), default=None)


def _names(nomination: Nomination | None) -> dict[str, str]:
    names: dict[str, str] = {}
    if nomination is None:
        return names
    for nominee in nomination.nominees:
        if nominee.account_email:
            full = " ".join(p for p in (nominee.first_name, nominee.last_name) if p)
            names[nominee.account_email.lower()] = full
    if nomination.sender_address:
        names[nomination.sender_address.lower()] = nomination.sender_name or ""
    return names


def build_envelope(
    *,
    settings: Settings,
    message_id: str,
    to: Sequence[str],
    cc: Sequence[str],
    nomination: Nomination | None,
    parent: InboundMessage | None,
    now: datetime,
) -> Envelope:
    names = _names(nomination)
    return Envelope(
        sender=Mailbox(address=settings.from_address, name=settings.from_name),
        to=tuple(Mailbox(address=a, name=names.get(a.lower(), "")) for a in to),
        cc=tuple(Mailbox(address=a, name=names.get(a.lower(), "")) for a in cc),
        reply_to=settings.reply_to or None,
        message_id=message_id,
        date=now,
        in_reply_to=parent.message_id if parent else None,
        references=tuple((parent.references or "").split()) if parent else (),
        original_subject=parent.subject if parent else None,
    )
