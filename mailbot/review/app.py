"""The review web application: create_app(settings, sessions) -> Starlette."""

from __future__ import annotations

from pathlib import Path

import jinja2
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from mailbot.config import Settings
from mailbot.review import (
    views_account,
    views_desk,
    views_filing,
    views_nomination,
    views_ops,
    views_queue,
    views_templates,
)
from mailbot.review.security import SecurityHeadersMiddleware
from mailbot.secrets import secret_key

__all__ = ["create_app"]

HERE = Path(__file__).parent


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value from mail or staff is escaped unless marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dt"] = lambda value: value.strftime("%Y-%m-%d %H:%M") if value else ""
    env.filters["d"] = lambda value: value.strftime("%Y-%m-%d") if value else ""
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    return Jinja2Templates(env=env)


def create_app(settings: Settings, sessions: sessionmaker[Session]) -> Starlette:
    """The staff UI over `sessions`; `mailbot serve` runs it with uvicorn.

    Sessions live in a signed cookie (HttpOnly, SameSite=Lax, Secure when
    settings.cookie_secure) that expires after settings.session_hours.
    """
    max_age = int(settings.session_hours * 3600)
    middleware = [
        Middleware(SecurityHeadersMiddleware),
        Middleware(
            SessionMiddleware,
            secret_key=secret_key(settings).decode("utf-8", "replace"),
            session_cookie="mailbot_session",
            max_age=max_age,
            same_site="lax",
            https_only=settings.cookie_secure,
        ),
    ]
    routes = [
        *views_account.routes,
        *views_queue.routes,
        *views_nomination.routes,
        *views_desk.routes,
        *views_filing.routes,
        *views_ops.routes,
        *views_templates.routes,
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.templates = _templates()
    return app
