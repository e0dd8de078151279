"""The public surface of mailbot.services, pinned so a removal is a deliberate change."""

from __future__ import annotations

import inspect

from mailbot import services


def test_exported_members() -> None:
    assert sorted(services.__all__) == [
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
    for name in services.__all__:
        assert hasattr(services, name), name


def test_approve_keeps_the_agreed_signature() -> None:
    params = inspect.signature(services.approve).parameters
    assert list(params)[:2] == ["session", "nomination_id"]
    for keyword in ("actor", "nominee_ids", "task_forces", "settings"):
        assert params[keyword].kind is inspect.Parameter.KEYWORD_ONLY
