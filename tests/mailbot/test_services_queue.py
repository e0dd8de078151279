"""The queue: filters, search, sorting, pagination, counts, constant query count; exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from mailbot.db.session import transaction
from mailbot.services import (
    QueueFilter,
    export_rows,
    list_nominations,
    status_counts,
    to_csv,
    to_xlsx,
)
from mailbot.services.dashboard import dashboard_figures
from tests.mailbot.review_factories import TF_SEQL, TF_XML, NomineeSpec, make_nomination


def _seed(session: Session) -> dict[str, int]:
    base = datetime(2023, 10, 1, tzinfo=UTC)
    ids = {}
    ids["ana"] = make_nomination(session, office="Instituto Nacional", created_at=base).id
    ids["li"] = make_nomination(
        session,
        office="National Intellectual Property Administration",
        language="zh",
        late=True,
        nominees=[
            NomineeSpec(first_name="Li", last_name="Wei", username="cn-lwei", task_forces=[TF_SEQL])
        ],
        created_at=base + timedelta(days=1),
    ).id
    ids["warn"] = make_nomination(
        session,
        office="100%_Office",
        status="awaiting_info",
        warnings=[{"code": "username_format", "message": "odd username"}],
        nominees=[NomineeSpec(first_name="Jean", last_name="Dupont", username="fr-jdupont")],
        created_at=base + timedelta(days=2),
    ).id
    return ids


def _ids(session: Session, flt: QueueFilter) -> list[int]:
    return [row.id for row in list_nominations(session, flt).rows]


def test_filters_and_search(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        ids = _seed(session)
    with transaction(sessions) as session:
        assert _ids(session, QueueFilter()) == [ids["ana"], ids["li"], ids["warn"]]
        assert _ids(session, QueueFilter(status="awaiting_info")) == [ids["warn"]]
        assert _ids(session, QueueFilter(task_force=TF_SEQL)) == [ids["li"]]
        assert _ids(session, QueueFilter(language="zh")) == [ids["li"]]
        assert _ids(session, QueueFilter(late=True)) == [ids["li"]]
        assert _ids(session, QueueFilter(late=False)) == [ids["ana"], ids["warn"]]
        assert _ids(session, QueueFilter(warnings=True)) == [ids["warn"]]
        assert _ids(session, QueueFilter(office="intellectual")) == [ids["li"]]
        # Case-insensitive over nominee names, usernames and addresses.
        assert _ids(session, QueueFilter(q="DUPONT")) == [ids["warn"]]
        assert _ids(session, QueueFilter(q="cn-lw")) == [ids["li"]]
        assert _ids(session, QueueFilter(q="registry@office")) == list(ids.values())
        # LIKE wildcards in the search are literal characters.
        assert _ids(session, QueueFilter(q="100%_")) == [ids["warn"]]
        assert _ids(session, QueueFilter(q="%")) == [ids["warn"]]
        assert _ids(session, QueueFilter(sort="-created")) == [ids["warn"], ids["li"], ids["ana"]]
        assert _ids(session, QueueFilter(sort="office"))[0] == ids["warn"]


def test_duplicates_filter(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        first = make_nomination(session)
        second = make_nomination(session)
        second.nominees[0].duplicate_of = first.nominees[0].id
    with transaction(sessions) as session:
        assert _ids(session, QueueFilter(duplicates=True)) == [second.id]
        (row,) = list_nominations(session, QueueFilter(duplicates=True)).rows
        assert row.nominees[0].duplicate


def test_pagination_and_counts(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        for _ in range(7):
            make_nomination(session)
        make_nomination(session, status="approved")
    with transaction(sessions) as session:
        page = list_nominations(session, QueueFilter(status="pending_review"), page=2, per_page=3)
        assert (page.total, page.pages, len(page.rows)) == (7, 3, 3)
        last = list_nominations(session, QueueFilter(status="pending_review"), page=3, per_page=3)
        assert len(last.rows) == 1
        counts = status_counts(session)
        assert counts["pending_review"] == 7
        assert counts["approved"] == 1
        assert counts["withdrawn"] == 0


@contextmanager
def _count_queries(sessions: sessionmaker[Session]) -> Iterator[list[str]]:
    engine = sessions.kw["bind"]
    statements: list[str] = []

    def remember(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", remember)


def test_queue_page_query_count_does_not_grow_with_rows(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        for index in range(30):
            make_nomination(
                session,
                nominees=[NomineeSpec(username=f"u{index}-{k}") for k in range(3)],
            )
    with transaction(sessions) as session, _count_queries(sessions) as statements:
        page = list_nominations(session, QueueFilter(q="u1"))
        names = [n.task_forces for row in page.rows for n in row.nominees]
    assert len(names) == 11 * 3  # u1-*, u10..u19-*
    # count + page + nominees + memberships, whatever the number of rows.
    assert len(statements) <= 4, statements


def test_export_rows_and_files(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        nomination = make_nomination(
            session,
            nominees=[
                NomineeSpec(
                    last_name='=HYPERLINK("http://x.invalid")', task_forces=[TF_XML, TF_SEQL]
                )
            ],
        )
        for membership in nomination.nominees[0].memberships:
            membership.review_status = "approved" if membership.task_force == TF_XML else "pending"
            membership.decided_at = datetime(2023, 11, 2, 9, 0, tzinfo=UTC)
        make_nomination(session)  # pending: not exported
    with transaction(sessions) as session:
        rows = export_rows(session)
        assert [(r.task_force, r.username, r.approved_at) for r in rows] == [
            (TF_XML, "pt-apereira", "2023-11-02")
        ]
        assert export_rows(session, task_force=TF_SEQL) == []
    text = to_csv(rows).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:4] == ["task_force", "office", "title", "last_name"]
    # A value that Excel would run as a formula is written as text.
    assert table[1][3] == '\'=HYPERLINK("http://x.invalid")'
    sheet = load_workbook(io.BytesIO(to_xlsx(rows))).active
    assert sheet is not None
    assert sheet["D2"].value == '\'=HYPERLINK("http://x.invalid")'
    assert sheet["D2"].data_type == "s"
    assert sheet["G2"].value == "pt-apereira"


def test_dashboard_figures(sessions: sessionmaker[Session]) -> None:
    now = datetime(2023, 10, 20, 12, 0, tzinfo=UTC)
    with transaction(sessions) as session:
        make_nomination(session, created_at=now - timedelta(days=1))
        make_nomination(session, created_at=now - timedelta(days=1), status="approved")
        make_nomination(session, created_at=now - timedelta(days=40))
    with transaction(sessions) as session:
        figures = dashboard_figures(session, now=now)
    assert dict(figures.per_status)["pending_review"] == 2
    assert dict(figures.per_task_force) == {TF_XML: 3}
    assert len(figures.per_day) == 30
    assert dict(figures.per_day)[(now - timedelta(days=1)).date()] == 2
    assert sum(count for _, count in figures.per_day) == 2
    assert figures.per_day[0][0] == (now - timedelta(days=29)).date()
