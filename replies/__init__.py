"""Reply and notification templates in six languages, rendered into email messages. Pure."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from replies.compose import (
    build_bytes,
    build_message,
    is_own_message_id,
    make_message_id,
    reply_subject,
)
from replies.errors import AddressError, RenderError, ReplyError, TemplateMissingError
from replies.models import (
    AcknowledgementContext,
    ClarificationContext,
    Envelope,
    LateNoteContext,
    Mailbox,
    NomineeView,
    RejectionContext,
    ReminderContext,
    ReplyContext,
    ReplyKind,
    RequestMissingContext,
    WikiAccessContext,
)
from replies.render import Rendered, render

__all__ = [
    "AcknowledgementContext",
    "AddressError",
    "ClarificationContext",
    "Envelope",
    "LateNoteContext",
    "Mailbox",
    "NomineeView",
    "RejectionContext",
    "ReminderContext",
    "RenderError",
    "Rendered",
    "ReplyContext",
    "ReplyError",
    "ReplyKind",
    "RequestMissingContext",
    "TemplateMissingError",
    "WikiAccessContext",
    "is_own_message_id",
    "make_message_id",
    "render",
    "render_reply",
    "render_reply_bytes",
    "reply_subject",
]


def render_reply(
    context: ReplyContext, envelope: Envelope, *, templates_dir: Path | None = None
) -> EmailMessage:
    """The finished message for `context`, in its language (English when none is written).

    >>> ctx = AcknowledgementContext(language="de", ...)  # doctest: +SKIP
    >>> render_reply(ctx, envelope)["Content-Language"]  # doctest: +SKIP
    'en'
    """
    rendered = render(context, templates_dir=templates_dir)
    return build_message(rendered, envelope, kind=ReplyKind(context.kind))


def render_reply_bytes(
    context: ReplyContext, envelope: Envelope, *, templates_dir: Path | None = None
) -> tuple[str, bytes]:
    """(Subject, bytes) of the message `render_reply` gives, without building it: what the
    outbox stores. Same bytes as render_reply(...).as_bytes(), but for the random MIME
    boundary, several times faster."""
    rendered = render(context, templates_dir=templates_dir)
    return build_bytes(rendered, envelope, kind=ReplyKind(context.kind))
