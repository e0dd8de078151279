"""Pytest plugin: a fresh migrated database per test, on SQLite and on the local PostgreSQL.

Fixtures
- `db_backend`: "sqlite" or "postgres" (parametrised; the postgres case is marked `postgres`).
- `database_factory`: `make(migrated=True) -> url`, a new throwaway database on that backend.
- `db_url`: one migrated database for the test (a temp SQLite file or a new PostgreSQL database
  dropped afterwards). Pass it as `Settings(database_url=db_url)` to code that opens its own.
- `blank_db_url`: an empty database (no tables), for migration tests.
- `sessions`: a `sessionmaker` bound to `db_url`.

Migrating once per test run and cloning keeps this fast: SQLite copies a migrated template
file, PostgreSQL uses `CREATE DATABASE ... TEMPLATE`. Set MAILBOT_TEST_POSTGRES_URL to use
another server than postgresql://postgres@127.0.0.1:5432/test.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.session import make_engine, make_sessionmaker, normalize_url, upgrade

__all__ = [
    "blank_db_url",
    "database_factory",
    "db_backend",
    "db_url",
    "sessions",
]

DEFAULT_PG_URLS = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
)

DatabaseFactory = Callable[..., str]


_NAME = re.compile(r"^mailbot_(?:tmpl|test)_(\d+)_[0-9a-f]+$")


def _name(kind: str) -> str:
    # The creating pid in the name lets a later run tell a killed run's leftovers
    # from databases another live run on this host is still using.
    return f"mailbot_{kind}_{os.getpid()}_{uuid.uuid4().hex[:10]}"


def _orphaned(name: str) -> bool:
    match = _NAME.match(name)
    if match is None:
        return False
    try:
        os.kill(int(match.group(1)), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _unavailable(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class _Postgres:
    """Creates and drops throwaway databases on the local server through one admin engine."""

    def __init__(self) -> None:
        candidates = (
            (os.environ["MAILBOT_TEST_POSTGRES_URL"],)
            if os.environ.get("MAILBOT_TEST_POSTGRES_URL")
            else DEFAULT_PG_URLS
        )
        self.admin: Engine | None = None
        self.base: URL | None = None
        self.error = ""
        for candidate in candidates:
            url = normalize_url(candidate)
            engine = create_engine(url, isolation_level="AUTOCOMMIT")
            try:
                with engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            except Exception as exc:  # try the next user, then skip
                self.error = f"{url.render_as_string(hide_password=True)}: {exc}"
                engine.dispose()
                continue
            self.admin, self.base = engine, url
            break
        self.template: str | None = None
        self.created: list[str] = []
        if self.admin is not None:
            self._drop_orphans()

    def _drop_orphans(self) -> None:
        """Drop databases left by test runs that were killed (their pid is gone from this host)."""
        assert self.admin is not None
        with self.admin.connect() as connection:
            names = connection.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE 'mailbot\\_t%'")
            ).scalars()
            orphans = [name for name in names if _orphaned(name)]
        for name in orphans:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def url_for(self, name: str) -> str:
        assert self.base is not None
        return self.base.set(database=name).render_as_string(hide_password=False)

    def create(self, *, migrated: bool) -> str:
        assert self.admin is not None
        if migrated and self.template is None:
            self.template = _name("tmpl")
            self._execute(f'CREATE DATABASE "{self.template}"')
            self.created.append(self.template)
            engine = make_engine(self.url_for(self.template))
            try:
                upgrade(engine)
            finally:
                engine.dispose()
        name = _name("test")
        clause = f' TEMPLATE "{self.template}"' if migrated else ""
        self._execute(f'CREATE DATABASE "{name}"{clause}')
        self.created.append(name)
        return self.url_for(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        if name and name in self.created:
            # WITH (FORCE) (PostgreSQL 13+) ends sessions a test left open.
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self.created.remove(name)

    def close(self) -> None:
        for name in reversed(self.created):
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.created.clear()
        if self.admin is not None:
            self.admin.dispose()

    def _execute(self, sql: str) -> None:
        assert self.admin is not None
        with self.admin.connect() as connection:
            connection.execute(text(sql))


@pytest.fixture(scope="session")
def _postgres_server() -> Iterator[_Postgres]:
    server = _Postgres()
    yield server
    server.close()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()  # closing the last connection checkpoints the WAL into the file
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_factory(
    db_backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> Iterator[DatabaseFactory]:
    """`make(migrated=True) -> url`: a new database on this test's backend, removed afterwards."""
    made: list[str] = []
    postgres: _Postgres | None = None
    if db_backend == "postgres":
        postgres = request.getfixturevalue("_postgres_server")
        if postgres.admin is None:
            _unavailable(f"PostgreSQL is not reachable ({postgres.error})")

    def make(*, migrated: bool = True) -> str:
        if postgres is not None:
            url = postgres.create(migrated=migrated)
        else:
            path = tmp_path / f"db-{len(made)}.sqlite3"
            if migrated:
                shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
            url = f"sqlite:///{path}"
        made.append(url)
        return url

    yield make
    if postgres is not None:
        for url in made:
            postgres.drop(url)


@pytest.fixture
def db_url(database_factory: DatabaseFactory) -> str:
    """A migrated throwaway database on this test's backend."""
    return database_factory()


@pytest.fixture
def blank_db_url(database_factory: DatabaseFactory) -> str:
    """An empty throwaway database (no tables) on this test's backend."""
    return database_factory(migrated=False)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on `db_url`; use `with transaction(sessions) as session:` in tests."""
    engine = make_engine(db_url)
    yield make_sessionmaker(engine)
    engine.dispose()
