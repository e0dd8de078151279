"""Golden files: every reply kind in every language, rendered from one fixed context.

Regenerate with `UPDATE_GOLDEN=1 pytest tests/replies/test_golden.py`, then read the diff:
these files are the wording offices will receive.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from replies import (
    AcknowledgementContext,
    ClarificationContext,
    LateNoteContext,
    NomineeView,
    RejectionContext,
    ReminderContext,
    ReplyContext,
    ReplyKind,
    RequestMissingContext,
    WikiAccessContext,
    render,
)
from replies.labels import LANGUAGES

GOLDEN = Path(__file__).parent / "golden"

COMPLETE = NomineeView(
    title="Ms",
    last_name="Tremblay",
    first_name="Marie",
    position="Senior Patent Examiner",
    username="ca-mtremblay",
    account_email="marie.tremblay@example.org",
    task_forces=("XML4IP Task Force", "API Task Force"),
)
INCOMPLETE = NomineeView(
    title="Mr",
    last_name="Roy",
    first_name="Jean",
    task_forces=("Legal Status Task Force",),
    missing=("position", "username", "account_email"),
)
COMMON = {
    "reference": "C. CWS 175",
    "campaign_deadline": date(2023, 10, 20),
    "office": "Canadian Intellectual Property Office (CIPO)",
    "sender_address": "cws.mail@example.org",
    "wiki_url": "https://wiki.example.org/display/cwstf",
}
STAFF_TEXT = "The person nominated is not an official of a CWS member or observer."


def context(kind: ReplyKind, language: str) -> ReplyContext:
    common = COMMON | {"language": language}
    match kind:
        case ReplyKind.ACKNOWLEDGEMENT:
            return AcknowledgementContext(nominees=(COMPLETE,), **common)
        case ReplyKind.REQUEST_MISSING:
            return RequestMissingContext(nominees=(COMPLETE, INCOMPLETE), **common)
        case ReplyKind.REMINDER:
            return ReminderContext(
                nominees=(COMPLETE, INCOMPLETE), requested_on=date(2023, 10, 2), **common
            )
        case ReplyKind.WIKI_ACCESS:
            return WikiAccessContext(nominee=COMPLETE, **common)
        case ReplyKind.REJECTION:
            return RejectionContext(nominees=(INCOMPLETE,), staff_text=STAFF_TEXT, **common)
        case ReplyKind.CLARIFICATION:
            return ClarificationContext(staff_text=STAFF_TEXT, **common)
        case ReplyKind.LATE_NOTE:
            return LateNoteContext(received_on=date(2023, 11, 1), **common)
    raise AssertionError(kind)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(ReplyKind))
def test_golden(kind: ReplyKind, language: str) -> None:
    rendered = render(context(kind, language))
    assert rendered.language == language
    actual = f"Subject: {rendered.subject}\n\n{rendered.text}"
    path = GOLDEN / language / f"{kind.value}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == actual
