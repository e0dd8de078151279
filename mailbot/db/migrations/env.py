"""Alembic environment: migrates the engine mailbot.db.session passes in (or the ini's URL)."""

from __future__ import annotations

import warnings
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Engine

from mailbot.db.models import Base, UTCDateTime

__all__: list[str] = []

target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Revisions must not import models.py (it changes); the column is a plain
    # timezone-aware DateTime in the database.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations() -> None:
    engine: Engine | None = context.config.attributes.get("engine")
    if engine is None:
        from mailbot.db.session import make_engine  # noqa: PLC0415 - only for hand-run alembic

        engine = make_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_item=render_item,
            compare_type=True,
            # SQLite cannot ALTER most things; batch mode copies the table instead.
            render_as_batch=True,
        )
        with context.begin_transaction(), warnings.catch_warnings():
            # SQLite cannot reflect expression indexes (models.py: ix_*_lower), so
            # `alembic check` skips them on both sides; the notices are not news.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expr")
            context.run_migrations()
        connection.commit()


run_migrations()
