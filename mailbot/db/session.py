"""Engines, sessions, transactions and the schema-version gate for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from mailbot.errors import ConfigError, SchemaError

if TYPE_CHECKING:
    from mailbot.config import Settings

__all__ = [
    "alembic_config",
    "check_schema",
    "current_revision",
    "head_revision",
    "make_engine",
    "make_sessionmaker",
    "normalize_url",
    "open_database",
    "transaction",
    "upgrade",
]

ALEMBIC_INI = Path(__file__).parent / "alembic.ini"
SQLITE_BUSY_TIMEOUT_MS = 30_000
FIX = "run `mailbot db upgrade`"


def normalize_url(url: str | URL) -> URL:
    """Parse a database URL, mapping bare PostgreSQL schemes onto psycopg 3.

    >>> normalize_url("postgresql://postgres@127.0.0.1/test").drivername
    'postgresql+psycopg'
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with the URL in it
        raise ConfigError(f"database URL is not valid: {exc}") from exc
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise ConfigError(
            f"unsupported database {parsed.drivername!r}: use sqlite:/// or postgresql://"
        )
    return parsed


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the review UI read while the worker writes; foreign keys are off by
    # default in SQLite and the ON DELETE rules in models.py rely on them.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; safe with WAL
    finally:
        cursor.close()


def make_engine(url: str | URL) -> Engine:
    """An Engine for SQLite (WAL, foreign keys, 30 s busy timeout) or PostgreSQL (psycopg 3)."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # Rows returned from a finished transaction stay readable (the CLI prints them).
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit when the block ends, roll back if it raises."""
    with sessions() as session, session.begin():
        yield session


def alembic_config(engine: Engine | None = None) -> Config:
    """The packaged Alembic configuration; works from an installed wheel, not just the checkout."""
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise SchemaError("no migrations are packaged with mailbot")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic upgrade)."""
    command.upgrade(alembic_config(engine), revision)


def _known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_schema(engine: Engine) -> None:
    """Raise SchemaError with the fix when the database is not at this code's head revision."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    where = engine.url.render_as_string(hide_password=True)
    if current is None:
        raise SchemaError(f"database {where} has no mailbot schema: {FIX}")
    if current not in _known_revisions():
        raise SchemaError(
            f"database {where} is at revision {current}, newer than this mailbot "
            f"(head {head}): install the newer mailbot"
        )
    raise SchemaError(f"database {where} is at revision {current}, code expects {head}: {FIX}")


def open_database(settings: Settings, *, upgrade_schema: bool = False) -> sessionmaker[Session]:
    """Engine and sessions for the configured database, refusing a stale schema.

    With `upgrade_schema` (the embedded `mailbot up`), an old or empty schema is
    upgraded instead; a schema newer than the code is always refused.
    """
    engine = make_engine(settings.effective_database_url)
    if upgrade_schema:
        current = current_revision(engine)
        if current is None or (current != head_revision() and current in _known_revisions()):
            upgrade(engine)
    check_schema(engine)
    return make_sessionmaker(engine)
