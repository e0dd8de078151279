"""`mailbot doctor`: check database, mailbox, SMTP, templates and task forces; one line each.

Each check is a function of the settings returning a CheckResult(name, ok, detail, hint),
whose `line` says what failed and what to do about it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from mailbot.config import Settings
from mailbot.doctor.database import check_database
from mailbot.doctor.mailbox import check_imap
from mailbot.doctor.results import DEFAULT_TIMEOUT, CheckResult
from mailbot.doctor.smtp import check_smtp
from mailbot.doctor.taskforces import check_taskforces
from mailbot.doctor.templates import check_templates, sample_context

__all__ = [
    "CheckResult",
    "check_database",
    "check_imap",
    "check_smtp",
    "check_taskforces",
    "check_templates",
    "run_checks",
    "sample_context",
]


def run_checks(
    settings: Settings, *, now: datetime | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[CheckResult]:
    """Every check, in the order an operator would fix things; none raises."""
    moment = now or datetime.now(UTC)
    checks: list[Callable[[], CheckResult]] = [
        lambda: check_database(settings, timeout=timeout),
        lambda: check_imap(settings, timeout=timeout),
        lambda: check_smtp(settings, timeout=timeout),
        lambda: check_templates(settings, now=moment),
        lambda: check_taskforces(settings),
    ]
    return [check() for check in checks]
