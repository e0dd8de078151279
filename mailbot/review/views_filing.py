"""Routes for taking up a message by hand: a nomination created from it, its fields applied."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response
from starlette.routing import Route

from mailbot.errors import ActionError
from mailbot.merge import SCALAR_FIELDS
from mailbot.review.message_view import evidence_spans, view_message
from mailbot.review.pages import Page, endpoint
from mailbot.services.catalog import task_force_choices
from mailbot.services.from_message import (
    NominationDraft,
    Reading,
    check_draft,
    create_from_message,
    draft_from,
    read_stored,
)
from mailbot.services.nominees import NomineeInput
from mailbot.services.offers import apply_offers, followup_offers

__all__ = ["nominee_from_form", "routes"]

MAX_ROWS = 30  # nominee blocks a create form may carry
FIELDS = (*SCALAR_FIELDS, "task_forces")


def _id(page: Page) -> int:
    return int(page.request.path_params["id"])


def nominee_from_form(page: Page, prefix: str) -> NomineeInput:
    """One nominee block of a form: `{prefix}title` ... `{prefix}task_forces` (one per line)."""
    values = {name: page.field(f"{prefix}{name}") for name in SCALAR_FIELDS}
    return NomineeInput(**values, task_forces=(page.field(f"{prefix}task_forces"),))


def _draft_from_form(page: Page) -> NominationDraft:
    rows = page.field("rows")
    count = min(int(rows), MAX_ROWS) if rows.isdigit() else 0
    return NominationDraft(
        office=page.field("office"),
        office_code=page.field("office_code"),
        language=page.field("language"),
        sender_address=page.field("sender_address"),
        sender_name=page.field("sender_name"),
        nominees=[nominee_from_form(page, f"nominees[{i}].") for i in range(count)],
    )


def _render_form(
    page: Page, reading: Reading, draft: NominationDraft, error: str = "", status: int = 200
) -> Response:
    # One spare block, so a person the parser missed can be typed in without script.
    rows = [*draft.nominees, NomineeInput()]
    parsed = reading.parsed.to_contract() if reading.parsed else reading.message.parsed
    context: dict[str, Any] = {
        "m": reading.message,
        "view": view_message(reading.message.raw, evidence_spans(parsed)),
        "reading_error": reading.error,
        "draft": draft,
        "rows": rows,
        "fields": FIELDS,
        "error": error,
        "task_force_names": task_force_choices(page.settings),
    }
    return page.render("create.html", context, status)


def create_form(page: Page) -> Response:
    reading = read_stored(page.db, _id(page), page.settings)
    return _render_form(page, reading, draft_from(reading))


def create(page: Page) -> Response:
    message_id = _id(page)
    draft = _draft_from_form(page)
    try:
        check_draft(draft, settings=page.settings)
    except ActionError as exc:
        # Shown again as typed, with the reason: nothing has been written.
        reading = read_stored(page.db, message_id, page.settings)
        return _render_form(page, reading, draft, str(exc), 422)
    created = create_from_message(
        page.db, message_id, draft, actor=page.actor, settings=page.settings
    )
    nomination = created.nomination
    page.flash(f"Nomination #{nomination.id} created from message {message_id}; nothing was sent.")
    for warning in created.warnings:
        page.flash(warning.message, "error")
    return page.redirect(f"/nominations/{nomination.id}")


def offers(page: Page) -> Response:
    follow = followup_offers(page.db, _id(page), page.settings)
    context = {"m": follow.reading.message, "f": follow, "reading_error": follow.reading.error}
    return page.render("offers.html", context)


def apply(page: Page) -> Response:
    message_id = _id(page)
    applied = apply_offers(
        page.db,
        message_id,
        fill=page.fields("fill"),
        replace=page.fields("replace"),
        actor=page.actor,
        settings=page.settings,
    )
    follow = followup_offers(page.db, message_id, page.settings)
    count = len(applied.keys)
    page.flash(
        f"Applied {count} value(s) from message {message_id}." if count else "Nothing applied."
    )
    for warning in applied.warnings:
        page.flash(warning.message, "error")
    return page.redirect(f"/nominations/{follow.nomination.id}")


routes = [
    Route("/messages/{id:int}/create", endpoint(create_form), methods=["GET"]),
    Route("/messages/{id:int}/create", endpoint(create), methods=["POST"]),
    Route("/messages/{id:int}/offers", endpoint(offers), methods=["GET"]),
    Route("/messages/{id:int}/apply", endpoint(apply), methods=["POST"]),
]
