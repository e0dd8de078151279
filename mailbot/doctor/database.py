"""Doctor check: the database is reachable and its schema is at this code's Alembic head."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from mailbot.config import Settings
from mailbot.db.session import check_schema, make_engine, normalize_url
from mailbot.doctor.results import DEFAULT_TIMEOUT, CheckResult, first_line
from mailbot.errors import ConfigError, SchemaError

__all__ = ["check_database"]

_UPGRADE = "run `mailbot db upgrade`"


def check_database(settings: Settings, *, timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Connect (PostgreSQL with a connect timeout) and compare the schema revision with head."""
    name, fix_url = "Database", "check MAILBOT_DATABASE_URL"
    try:
        url = normalize_url(settings.effective_database_url)
    except ConfigError as exc:
        return CheckResult(name, False, str(exc), fix_url)
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite":
        # Connecting would create an empty file; say what is missing instead.
        if url.database and url.database != ":memory:" and not Path(url.database).exists():
            return CheckResult(name, False, f"no database file at {url.database}", _UPGRADE)
    else:
        url = url.update_query_dict({"connect_timeout": str(max(1, round(timeout)))})
    engine = make_engine(url)
    try:
        check_schema(engine)
    except SchemaError as exc:
        # SchemaError reads "<what>: <fix>"; keep the two apart for the one-line format.
        detail, _, fix = str(exc).rpartition(": ")
        return CheckResult(name, False, detail or fix, fix if detail else _UPGRADE)
    except SQLAlchemyError as exc:
        reason = first_line(getattr(exc, "orig", None) or exc)
        return CheckResult(
            name,
            False,
            f"cannot use {shown}: {reason}",
            f"{fix_url} and that the server is running",
        )
    finally:
        engine.dispose()
    return CheckResult(name, True, f"{shown} reachable, schema at head")
