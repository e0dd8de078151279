"""The review queue: filtered, searched, sorted, paginated nominations and counts per status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from mailbot.db.models import Membership, Nomination, NominationStatus, Nominee

__all__ = [
    "PER_PAGE",
    "SORTS",
    "NomineeSummary",
    "QueueFilter",
    "QueuePage",
    "QueueRow",
    "list_nominations",
    "status_counts",
    "task_force_names",
]

PER_PAGE = 50
SORTS: dict[str, Any] = {
    "id": Nomination.id,
    "office": Nomination.office,
    "status": Nomination.status,
    "language": Nomination.language,
    "created": Nomination.created_at,
    "updated": Nomination.updated_at,
}


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Every filter is optional; the web UI builds one from GET parameters."""

    status: str | None = None
    task_force: str | None = None
    office: str | None = None
    language: str | None = None
    late: bool | None = None
    warnings: bool = False
    duplicates: bool = False
    q: str = ""
    sort: str = "created"  # a SORTS key, "-" in front for descending
    ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class NomineeSummary:
    id: int
    name: str
    username: str
    account_email: str
    task_forces: tuple[str, ...]
    duplicate: bool


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    office: str
    sender_address: str
    language: str
    status: str
    late: bool
    warning_count: int
    created_at: datetime
    nominees: tuple[NomineeSummary, ...]


@dataclass(frozen=True, slots=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _warning_count(value: dict[str, Any] | None) -> int:
    items = (value or {}).get("items") or []
    return len(items) if isinstance(items, list) else 0


def _filtered(flt: QueueFilter) -> Select[Nomination]:
    query = select(Nomination)
    if flt.ids:
        query = query.where(Nomination.id.in_(flt.ids))
    if flt.status:
        query = query.where(Nomination.status == flt.status)
    if flt.language:
        query = query.where(Nomination.language == flt.language)
    if flt.office:
        query = query.where(Nomination.office.icontains(flt.office, autoescape=True))
    if flt.late is not None:
        query = query.where(Nomination.late.is_(flt.late))
    if flt.warnings:
        # Works on SQLite (json_extract) and PostgreSQL (->) alike; NULL and JSON null fall out.
        items = Nomination.warnings["items"]
        query = query.where(func.json_array_length(items) > 0)
    # Uncorrelated IN (SELECT ...) subqueries: one pass over nominee, where a correlated
    # EXISTS made SQLite scan the nominee table once per nomination (no index on the FK).
    if flt.task_force:
        query = query.where(
            Nomination.id.in_(
                select(Nominee.nomination_id)
                .join(Membership, Membership.nominee_id == Nominee.id)
                .where(Membership.task_force == flt.task_force)
            )
        )
    if flt.duplicates:
        query = query.where(
            Nomination.id.in_(
                select(Nominee.nomination_id).where(Nominee.duplicate_of.is_not(None))
            )
        )
    needle = flt.q.strip()
    if needle:
        on_nominee = [
            Nominee.last_name,
            Nominee.first_name,
            Nominee.username,
            Nominee.account_email,
        ]
        query = query.where(
            or_(
                Nomination.office.icontains(needle, autoescape=True),
                Nomination.office_code.icontains(needle, autoescape=True),
                Nomination.sender_address.icontains(needle, autoescape=True),
                Nomination.sender_name.icontains(needle, autoescape=True),
                Nomination.id.in_(
                    select(Nominee.nomination_id).where(
                        or_(*(col.icontains(needle, autoescape=True) for col in on_nominee))
                    )
                ),
            )
        )
    return query


def _row(nomination: Nomination) -> QueueRow:
    nominees = tuple(
        NomineeSummary(
            id=n.id,
            name=" ".join(filter(None, [n.title, n.first_name, n.last_name])),
            username=n.username or "",
            account_email=n.account_email or "",
            task_forces=tuple(m.task_force for m in n.memberships),
            duplicate=n.duplicate_of is not None,
        )
        for n in nomination.nominees
    )
    return QueueRow(
        id=nomination.id,
        office=nomination.office or "",
        sender_address=nomination.sender_address,
        language=nomination.language,
        status=nomination.status,
        late=nomination.late,
        warning_count=_warning_count(nomination.warnings),
        created_at=nomination.created_at,
        nominees=nominees,
    )


def list_nominations(
    session: Session, flt: QueueFilter | None = None, *, page: int = 1, per_page: int = PER_PAGE
) -> QueuePage:
    """One page of the queue in three queries: count, page rows, then nominees with memberships."""
    flt = flt or QueueFilter()
    query = _filtered(flt)
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    key = flt.sort.lstrip("-")
    column = SORTS.get(key, Nomination.created_at)
    order = column.desc() if flt.sort.startswith("-") else column.asc()
    tiebreak = Nomination.id.desc() if flt.sort.startswith("-") else Nomination.id.asc()
    page = max(1, page)
    rows = session.scalars(
        query.order_by(order, tiebreak)
        .offset((page - 1) * per_page)
        .limit(per_page)
        .options(selectinload(Nomination.nominees).selectinload(Nominee.memberships))
    ).all()
    return QueuePage(tuple(_row(n) for n in rows), total, page, per_page)


def status_counts(session: Session) -> dict[str, int]:
    """Nominations per status, every status present (zero when none)."""
    counts = {status.value: 0 for status in NominationStatus}
    query = select(Nomination.status, func.count(Nomination.id)).group_by(Nomination.status)
    for status, count in session.execute(query):
        counts[status] = int(count)
    return counts


def task_force_names(session: Session) -> list[str]:
    """Task forces that occur in nominations, for the filter list."""
    query = select(Membership.task_force).distinct().order_by(Membership.task_force)
    return list(session.scalars(query))
