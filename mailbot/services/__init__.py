"""Staff actions shared by the review web UI and the CLI; every state change is audited.

Each function takes the caller's Session (one transaction per action) and raises
mailbot.errors.NotFoundError or ActionError for a request that cannot be carried out.
"""

from __future__ import annotations

from mailbot.services.decisions import Decision, approve, reject, request_info, withdraw
from mailbot.services.details import NominationDetail, nomination_detail
from mailbot.services.edits import edit_field, merge, parse_field_path
from mailbot.services.exports import ExportRow, export_rows, to_csv, to_xlsx
from mailbot.services.messages import (
    assign_message,
    dismiss_message,
    failed_outbox,
    retry_outbox,
    triage_count,
    triage_list,
)
from mailbot.services.queue import (
    QueueFilter,
    QueuePage,
    QueueRow,
    list_nominations,
    status_counts,
)

__all__ = [
    "Decision",
    "ExportRow",
    "NominationDetail",
    "QueueFilter",
    "QueuePage",
    "QueueRow",
    "approve",
    "assign_message",
    "dismiss_message",
    "edit_field",
    "export_rows",
    "failed_outbox",
    "list_nominations",
    "merge",
    "nomination_detail",
    "parse_field_path",
    "reject",
    "request_info",
    "retry_outbox",
    "status_counts",
    "to_csv",
    "to_xlsx",
    "triage_count",
    "triage_list",
    "withdraw",
]
