"""Reply and notification templates in six languages, rendered into email messages. Pure."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from replies.compose import build_message, is_own_message_id, make_message_id, reply_subject
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
