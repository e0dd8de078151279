"""Request plumbing shared by every route: session user, role check, CSRF, one transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from mailbot.config import Settings
from mailbot.db.session import transaction
from mailbot.errors import ActionError, NotFoundError
from mailbot.review.security import csrf_ok, csrf_token, safe_next
from mailbot.services import status_counts, triage_count
from mailbot.services.users import UserInfo, get_user

__all__ = ["Handler", "Page", "endpoint", "query_url"]

_TOTP_FREE = ("/account/totp", "/logout")


@dataclass
class Page:
    """What a route handler gets: the request, its form, a database session and the user."""

    request: Request
    db: Session
    settings: Settings
    templates: Jinja2Templates
    user: UserInfo | None
    form: FormData | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def actor(self) -> str:
        return f"staff:{self.user.name}" if self.user else "anonymous"

    def field(self, name: str, default: str = "") -> str:
        value = self.form.get(name) if self.form is not None else None
        return value if isinstance(value, str) else default

    def fields(self, name: str) -> list[str]:
        if self.form is None:
            return []
        return [v for v in self.form.getlist(name) if isinstance(v, str)]

    def flash(self, message: str, kind: str = "info") -> None:
        flashes = list(self.request.session.get("flash", []))
        flashes.append([kind, message])
        self.request.session["flash"] = flashes[-5:]

    def redirect(self, url: str) -> Response:
        # 303 turns the browser's POST into a GET of the result (POST/redirect/GET).
        return RedirectResponse(url, status_code=303)

    def back(self, default: str) -> Response:
        return self.redirect(safe_next(self.field("back"), default))

    def render(
        self, name: str, context: Mapping[str, Any] | None = None, status: int = 200
    ) -> Response:
        base: dict[str, Any] = {
            "user": self.user,
            "csrf_token": csrf_token(self.request.session),
            "flashes": self.request.session.pop("flash", []),
            "path": self.request.url.path,
            "full_path": self.request.url.path
            + (f"?{self.request.url.query}" if self.request.url.query else ""),
            "query_url": query_url,
        }
        if self.user is not None:
            base["counts"] = status_counts(self.db)
            base["triage_open"] = triage_count(self.db)
        return self.templates.TemplateResponse(
            self.request, name, {**base, **(context or {})}, status_code=status
        )


Handler = Callable[[Page], Response]


def query_url(path: str, params: Mapping[str, Any], **changes: Any) -> str:
    """`path?params` with `changes` applied; None or "" drops a parameter."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(kept)}" if kept else path


def _session_user(request: Request, db: Session, settings: Settings) -> UserInfo | None:
    uid = request.session.get("uid")
    since = request.session.get("since")
    if not isinstance(uid, int) or not isinstance(since, int | float):
        return None
    if time.time() - since > settings.session_hours * 3600:
        request.session.clear()
        return None
    user = get_user(db, uid)
    if user is None or not user.active:
        request.session.clear()
        return None
    return user


def _run(handler: Handler, role: str | None, request: Request, form: FormData | None) -> Response:
    state = request.app.state
    settings: Settings = state.settings
    sessions: sessionmaker[Session] = state.sessions
    try:
        with transaction(sessions) as db:
            user = _session_user(request, db, settings)
            page = Page(request, db, settings, state.templates, user, form)
            if role is not None:
                if user is None:
                    if request.method == "GET":
                        target = safe_next(page.request.url.path, "/queue")
                        if request.url.query:
                            target += f"?{request.url.query}"
                        return page.redirect(query_url("/login", {"next": target}))
                    return page.redirect("/login")
                if role == "admin" and user.role != "admin":
                    return page.render("error.html", {"message": "Only admins may do this."}, 403)
                must_enrol = settings.require_admin_totp and user.role == "admin"
                if must_enrol and not user.has_totp and request.url.path not in _TOTP_FREE:
                    return page.redirect("/account/totp")
            return handler(page)
    except NotFoundError as exc:
        with transaction(sessions) as db:
            page = Page(
                request, db, settings, state.templates, _session_user(request, db, settings)
            )
            return page.render("error.html", {"message": str(exc)}, 404)
    except ActionError as exc:
        # The action's transaction is rolled back; the reason is shown on the page it came from.
        with transaction(sessions) as db:
            page = Page(request, db, settings, state.templates, None, form)
            page.flash(str(exc), "error")
            return page.back("/queue")


def endpoint(handler: Handler, *, role: str | None = "reviewer") -> Callable[..., Any]:
    """An async Starlette endpoint running `handler` in a worker thread within one transaction.

    Every POST must carry the session's CSRF token, or it is refused with 403 before
    anything else happens.
    """

    async def run(request: Request) -> Response:
        form: FormData | None = None
        if request.method == "POST":
            form = await request.form()
            if not csrf_ok(request.session, form.get("csrf_token")):
                return PlainTextResponse("Missing or wrong CSRF token: reload the page.", 403)
        return await run_in_threadpool(_run, handler, role, request, form)

    run.__name__ = handler.__name__
    return run
