"""Routes for the triage list, single messages and attachments, failed sends and staff users."""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import Response
from starlette.routing import Route

from mailbot.errors import ActionError, NotFoundError
from mailbot.review.message_view import attachment_file, download_type, evidence_spans, view_message
from mailbot.review.pages import Page, endpoint
from mailbot.services import (
    assign_message,
    dismiss_message,
    failed_outbox,
    retry_outbox,
    triage_list,
)
from mailbot.services.details import load_message_detail
from mailbot.services.offers import followup_offers
from mailbot.services.users import ROLES, add_user, list_users, reset_totp, set_active

__all__ = ["routes"]


def _id(page: Page) -> int:
    return int(page.request.path_params["id"])


def triage(page: Page) -> Response:
    return page.render("triage.html", {"rows": triage_list(page.db)})


def message(page: Page) -> Response:
    item = load_message_detail(page.db, _id(page))
    view = view_message(item.raw, evidence_spans(item.parsed))
    show_html = page.request.query_params.get("html") == "1"
    return page.render("message.html", {"m": item, "view": view, "show_html": show_html})


def attachment(page: Page) -> Response:
    item = load_message_detail(page.db, _id(page))
    found = attachment_file(item.raw, int(page.request.path_params["index"])) if item.raw else None
    if found is None:
        raise NotFoundError("no such attachment")
    filename, content_type, data = found
    # RFC 6266 with an RFC 8187 filename*: non-ASCII names survive, and no browser renders it.
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    headers = {"Content-Disposition": disposition}
    return Response(data, media_type=download_type(content_type), headers=headers)


def raw_message(page: Page) -> Response:
    item = load_message_detail(page.db, _id(page))
    if item.raw is None:
        raise NotFoundError("the raw message is no longer stored")
    headers = {"Content-Disposition": f'attachment; filename="message-{item.id}.eml"'}
    return Response(item.raw, media_type="application/octet-stream", headers=headers)


def assign(page: Page) -> Response:
    target = page.field("nomination").strip().lstrip("#")
    if not target.isdigit():
        raise ActionError("Give the number of the nomination this message belongs to.")
    message_id = _id(page)
    assign_message(page.db, message_id, int(target), actor=page.actor)
    page.flash(f"Message filed under nomination #{target}.")
    # What the message says is offered next, rather than left for staff to retype.
    if followup_offers(page.db, message_id, page.settings).offers:
        return page.redirect(f"/messages/{message_id}/offers")
    return page.back("/triage")


def dismiss(page: Page) -> Response:
    dismiss_message(page.db, _id(page), actor=page.actor, note=page.field("note"))
    page.flash("Message dismissed.")
    return page.back("/triage")


def outbox(page: Page) -> Response:
    return page.render("outbox.html", {"items": failed_outbox(page.db)})


def retry(page: Page) -> Response:
    retry_outbox(page.db, _id(page), actor=page.actor)
    page.flash("Queued to be sent again.")
    return page.back("/outbox")


def users(page: Page) -> Response:
    return page.render("users.html", {"users": list_users(page.db), "roles": ROLES})


def user_add(page: Page) -> Response:
    name = page.field("name").strip()
    add_user(
        page.db, name, role=page.field("role"), password=page.field("password"), actor=page.actor
    )
    page.flash(f"User {name} added.")
    return page.redirect("/users")


def user_change(page: Page) -> Response:
    name = page.field("name")
    change = page.request.path_params["change"]
    if page.user is not None and name == page.user.name and change == "disable":
        raise ActionError("You cannot disable your own account.")
    if change in {"disable", "enable"}:
        set_active(page.db, name, active=change == "enable", actor=page.actor)
    elif change == "reset-totp":
        reset_totp(page.db, name, actor=page.actor)
    else:
        raise NotFoundError(f"unknown change {change!r}")
    page.flash(f"User {name}: {change.replace('-', ' ')} done.")
    return page.redirect("/users")


routes = [
    Route("/triage", endpoint(triage), methods=["GET"]),
    Route("/messages/{id:int}", endpoint(message), methods=["GET"]),
    Route("/messages/{id:int}/raw", endpoint(raw_message), methods=["GET"]),
    Route("/messages/{id:int}/attachments/{index:int}", endpoint(attachment), methods=["GET"]),
    Route("/messages/{id:int}/assign", endpoint(assign), methods=["POST"]),
    Route("/messages/{id:int}/dismiss", endpoint(dismiss), methods=["POST"]),
    Route("/outbox", endpoint(outbox), methods=["GET"]),
    Route("/outbox/{id:int}/retry", endpoint(retry), methods=["POST"]),
    Route("/users", endpoint(users, role="admin"), methods=["GET"]),
    Route("/users", endpoint(user_add, role="admin"), methods=["POST"]),
    Route("/users/{change:str}", endpoint(user_change, role="admin"), methods=["POST"]),
]
