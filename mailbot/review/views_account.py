"""Routes for signing in and out, two-factor enrolment, and the health check."""

from __future__ import annotations

import time

from markupsafe import Markup
from starlette.responses import Response
from starlette.routing import Route

from mailbot.auth import LoginError, authenticate, new_totp_secret, totp_qr_svg, totp_uri
from mailbot.db.models import utcnow
from mailbot.errors import ActionError
from mailbot.review.pages import Page, endpoint
from mailbot.review.security import safe_next
from mailbot.services.users import confirm_totp

__all__ = ["routes"]


def login_form(page: Page) -> Response:
    if page.user is not None:
        return page.redirect(safe_next(page.request.query_params.get("next")))
    return page.render("login.html", {"next": safe_next(page.request.query_params.get("next"))})


def login(page: Page) -> Response:
    name = page.field("username").strip()
    client = page.request.client.host if page.request.client else "unknown"
    target = safe_next(page.field("next"))
    try:
        result = authenticate(
            page.db,
            name=name,
            password=page.field("password"),
            code=page.field("code"),
            client=client,
            now=utcnow(),
        )
    except LoginError as exc:
        # The failure is recorded in this transaction, so it must commit: no exception here.
        context = {"next": target, "error": str(exc), "username": name}
        return page.render("login.html", context, status=400)
    session = page.request.session
    session.clear()  # a fresh session (and CSRF token) for the signed-in user
    session.update({"uid": result.user_id, "since": int(time.time())})
    return page.redirect(target)


def logout(page: Page) -> Response:
    page.request.session.clear()
    return page.redirect("/login")


def totp_form(page: Page) -> Response:
    assert page.user is not None  # noqa: S101 - endpoint() requires a user
    secret = page.request.session.get("totp_pending")
    if not isinstance(secret, str):
        secret = new_totp_secret()
        page.request.session["totp_pending"] = secret
    uri = totp_uri(secret, page.user.name)
    # segno escapes the title and writes only numbers and colours besides it.
    context = {"secret": secret, "uri": uri, "qr": Markup(totp_qr_svg(uri))}  # noqa: S704
    return page.render("totp.html", context)


def totp_confirm(page: Page) -> Response:
    assert page.user is not None  # noqa: S101 - endpoint() requires a user
    secret = page.request.session.get("totp_pending")
    if not isinstance(secret, str):
        return page.redirect("/account/totp")
    try:
        confirm_totp(page.db, page.user.name, secret, page.field("code"), actor=page.actor)
    except ActionError as exc:
        page.flash(str(exc), "error")
        return page.redirect("/account/totp")
    page.request.session.pop("totp_pending", None)
    page.flash("Two-factor authentication is on for your account.")
    return page.redirect("/queue")


routes = [
    Route("/login", endpoint(login_form, role=None), methods=["GET"]),
    Route("/login", endpoint(login, role=None), methods=["POST"]),
    Route("/logout", endpoint(logout, role=None), methods=["POST"]),
    Route("/account/totp", endpoint(totp_form), methods=["GET"]),
    Route("/account/totp", endpoint(totp_confirm), methods=["POST"]),
]
