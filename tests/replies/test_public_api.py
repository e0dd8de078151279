"""The public surface of `replies`: adding or removing a name is a deliberate change."""

from __future__ import annotations

from pathlib import Path

import replies


def test_exported_names() -> None:
    assert sorted(replies.__all__) == [
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
    for name in replies.__all__:
        assert hasattr(replies, name), name


def test_replies_does_not_import_the_service() -> None:
    """replies is pure: the service composes it, never the other way round."""
    package = Path(replies.__file__).parent
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import mailbot" not in text, source
        assert "from mailbot" not in text, source
