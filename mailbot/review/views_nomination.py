"""Routes for one nomination: the page, field edits and every decision on it."""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import Route

from mailbot.errors import ActionError
from mailbot.review.message_view import evidence_spans, view_message
from mailbot.review.pages import Page, endpoint
from mailbot.review.views_filing import nominee_from_form
from mailbot.services import (
    approve,
    edit_field,
    merge,
    nomination_detail,
    parse_field_path,
    reject,
    request_info,
    withdraw,
)
from mailbot.services._common import load_nomination
from mailbot.services.catalog import task_force_choices
from mailbot.services.edits import NOMINEE_EDIT_FIELDS
from mailbot.services.nominees import NomineeInput, add_nominee, check_nominee, remove_nominee

__all__ = ["routes"]


def _id(page: Page, name: str = "id") -> int:
    return int(page.request.path_params[name])


def _catalog_names(page: Page) -> list[str]:
    return list(task_force_choices(page.settings))


def detail(page: Page) -> Response:
    return _detail(page)


def _detail(
    page: Page, new: NomineeInput | None = None, error: str = "", status: int = 200
) -> Response:
    data = nomination_detail(page.db, _id(page))
    show_html = {int(v) for v in page.request.query_params.getlist("html") if v.isdigit()}
    views = [(m, view_message(m.raw, evidence_spans(m.parsed))) for m in data.messages]
    context = {
        "d": data,
        "n": data.nomination,
        "views": views,
        "show_html": show_html,
        "task_force_names": _catalog_names(page),
        "nominee_fields": NOMINEE_EDIT_FIELDS,
        "warnings": (data.nomination.warnings or {}).get("items") or [],
        "pending": any(
            m.review_status == "pending" for n in data.nomination.nominees for m in n.memberships
        ),
        "new": new or NomineeInput(),
        "new_error": error,
    }
    return page.render("nomination.html", context, status)


def edit(page: Page) -> Response:
    nomination_id = _id(page)
    catalog = _catalog_names(page)
    changed = 0
    for path in sorted(page.form.keys() if page.form is not None else ()):
        if path in {"csrf_token", "back"}:
            continue
        parse_field_path(path)  # an unknown field is refused before anything changes
        if edit_field(
            page.db, nomination_id, path, page.field(path), actor=page.actor, catalog=catalog
        ):
            changed += 1
    page.flash(f"Saved {changed} change(s)." if changed else "Nothing changed.")
    return page.redirect(f"/nominations/{nomination_id}")


def _memberships(page: Page) -> list[int]:
    chosen = [int(v) for v in page.fields("membership") if v.isdigit()]
    if not chosen:
        raise ActionError("Tick at least one nominee and task force first.")
    return chosen


def approve_view(page: Page) -> Response:
    nomination_id = _id(page)
    result = approve(
        page.db,
        nomination_id,
        actor=page.actor,
        settings=page.settings,
        membership_ids=_memberships(page),
    )
    page.flash(
        f"Approved {len(result.decided)} seat(s); {len(result.outbox_ids)} Wiki-access notice(s) queued."
    )
    return page.redirect(f"/nominations/{nomination_id}")


def reject_view(page: Page) -> Response:
    nomination_id = _id(page)
    result = reject(
        page.db,
        nomination_id,
        actor=page.actor,
        reason=page.field("reason"),
        settings=page.settings,
        send_reply=page.field("send_reply") == "1",
        membership_ids=_memberships(page),
    )
    sent = " and the reply is queued" if result.outbox_ids else ""
    page.flash(f"Rejected {len(result.decided)} seat(s){sent}.")
    return page.redirect(f"/nominations/{nomination_id}")


def request_info_view(page: Page) -> Response:
    nomination_id = _id(page)
    item = request_info(
        page.db,
        nomination_id,
        actor=page.actor,
        message=page.field("message"),
        settings=page.settings,
    )
    page.flash("Request queued." if item else "Not sent: a guard suppressed it (see the trail).")
    return page.redirect(f"/nominations/{nomination_id}")


def withdraw_view(page: Page) -> Response:
    nomination_id = _id(page)
    withdraw(page.db, nomination_id, actor=page.actor, reason=page.field("reason"))
    page.flash("Marked withdrawn.")
    return page.redirect(f"/nominations/{nomination_id}")


def merge_view(page: Page) -> Response:
    nomination_id = _id(page)
    other = page.field("other").strip().lstrip("#")
    if not other.isdigit():
        raise ActionError("Give the number of the nomination to merge in.")
    merge(page.db, nomination_id, int(other), actor=page.actor)
    page.flash(f"Nomination #{other} merged into this one.")
    return page.redirect(f"/nominations/{nomination_id}")


def add_nominee_view(page: Page) -> Response:
    nomination_id = _id(page)
    entry = nominee_from_form(page, "new.")
    nomination = load_nomination(page.db, nomination_id)
    try:
        check_nominee(
            entry,
            settings=page.settings,
            office_code=nomination.office_code,
            sender=nomination.sender_address,
        )
    except ActionError as exc:
        # Shown again as typed, with the reason: nothing has been written.
        return _detail(page, entry, str(exc), 422)
    added = add_nominee(page.db, nomination_id, entry, actor=page.actor, settings=page.settings)
    page.flash(f"Nominee {added.nominee.position_index + 1} added.")
    for warning in added.warnings:
        page.flash(warning.message, "error")
    return page.redirect(f"/nominations/{nomination_id}#nominee-{added.nominee.id}")


def remove_nominee_view(page: Page) -> Response:
    nomination_id = _id(page)
    nominee = page.field("nominee")
    if not nominee.isdigit():
        raise ActionError("Say which nominee to remove.")
    values = remove_nominee(
        page.db, nomination_id, int(nominee), actor=page.actor, reason=page.field("reason")
    )
    name = " ".join(filter(None, [values.get("first_name"), values.get("last_name")]))
    page.flash(f"Removed {name or 'the nominee'}; the audit trail keeps the values.")
    return page.redirect(f"/nominations/{nomination_id}")


routes = [
    Route("/nominations/{id:int}", endpoint(detail), methods=["GET"]),
    Route("/nominations/{id:int}/edit", endpoint(edit), methods=["POST"]),
    Route("/nominations/{id:int}/approve", endpoint(approve_view), methods=["POST"]),
    Route("/nominations/{id:int}/reject", endpoint(reject_view), methods=["POST"]),
    Route("/nominations/{id:int}/request-info", endpoint(request_info_view), methods=["POST"]),
    Route("/nominations/{id:int}/withdraw", endpoint(withdraw_view), methods=["POST"]),
    Route("/nominations/{id:int}/merge", endpoint(merge_view), methods=["POST"]),
    Route("/nominations/{id:int}/nominees", endpoint(add_nominee_view), methods=["POST"]),
    Route("/nominations/{id:int}/nominees/remove", endpoint(remove_nominee_view), methods=["POST"]),
]
