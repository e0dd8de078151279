"""Exports of approved representatives per task force, as CSV or Excel, for the Wiki groups."""

from __future__ import annotations

import csv
import io
from dataclasses import astuple, dataclass, fields
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.db.models import Membership, Nomination, Nominee, ReviewStatus

__all__ = ["EXPORT_HEADERS", "ExportRow", "export_rows", "to_csv", "to_xlsx"]


@dataclass(frozen=True, slots=True)
class ExportRow:
    task_force: str
    office: str
    title: str
    last_name: str
    first_name: str
    position: str
    username: str
    account_email: str
    approved_at: str  # ISO date of the approval


EXPORT_HEADERS = tuple(f.name for f in fields(ExportRow))


def export_rows(session: Session, *, task_force: str | None = None) -> list[ExportRow]:
    """Approved memberships (one row per nominee and task force), ordered for reading."""
    query = (
        select(Membership, Nominee, Nomination)
        .join(Nominee, Membership.nominee_id == Nominee.id)
        .join(Nomination, Nominee.nomination_id == Nomination.id)
        .where(Membership.review_status == ReviewStatus.APPROVED)
        .order_by(Membership.task_force, Nomination.office, Nominee.last_name, Nominee.id)
    )
    if task_force:
        query = query.where(Membership.task_force == task_force)
    rows = []
    for membership, nominee, nomination in session.execute(query):
        decided: datetime | None = membership.decided_at
        rows.append(
            ExportRow(
                task_force=membership.task_force,
                office=nomination.office or "",
                title=nominee.title or "",
                last_name=nominee.last_name or "",
                first_name=nominee.first_name or "",
                position=nominee.position or "",
                username=nominee.username or "",
                account_email=nominee.account_email or "",
                approved_at=decided.date().isoformat() if decided else "",
            )
        )
    return rows


def _inert(value: str) -> str:
    # A cell starting with = + - @ is a formula to Excel and LibreOffice (OWASP "CSV
    # injection"); names and positions come from outside mail, so quote them.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(rows: list[ExportRow]) -> bytes:
    """UTF-8 with a BOM so Excel opens non-Latin names correctly; CRLF rows (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    for row in rows:
        writer.writerow([_inert(value) for value in astuple(row)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(rows: list[ExportRow]) -> bytes:
    """One sheet with a header row; values are written as text, never as formulas."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Approved"
    sheet.append(list(EXPORT_HEADERS))
    for row in rows:
        sheet.append([_inert(value) for value in astuple(row)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
