"""Figures for the dashboard: nominations per status, per task force and per day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot.db.models import Membership, Nomination
from mailbot.services.queue import status_counts

__all__ = ["DashboardFigures", "dashboard_figures"]


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    per_status: tuple[tuple[str, int], ...]
    per_task_force: tuple[tuple[str, int], ...]  # memberships, i.e. seats asked for
    per_day: tuple[tuple[date, int], ...]  # nominations created, oldest first, gaps filled


def dashboard_figures(session: Session, *, now: datetime, days: int = 30) -> DashboardFigures:
    per_tf = session.execute(
        select(Membership.task_force, func.count(Membership.id))
        .group_by(Membership.task_force)
        .order_by(func.count(Membership.id).desc(), Membership.task_force)
    ).all()
    since = datetime.combine((now - timedelta(days=days - 1)).date(), time.min, now.tzinfo)
    # Bucketing by day in Python keeps one query that works on both SQLite and PostgreSQL.
    created = session.scalars(
        select(Nomination.created_at).where(Nomination.created_at >= since)
    ).all()
    buckets = {since.date() + timedelta(days=i): 0 for i in range(days)}
    for moment in created:
        day = moment.date()
        if day in buckets:
            buckets[day] += 1
    return DashboardFigures(
        per_status=tuple(status_counts(session).items()),
        per_task_force=tuple((str(name), int(count)) for name, count in per_tf),
        per_day=tuple(sorted(buckets.items())),
    )
