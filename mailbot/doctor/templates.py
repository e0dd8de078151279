"""Doctor check: every reply kind renders in every configured language with a sample context."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, get_args

from pydantic import TypeAdapter

from mailbot.config import Settings
from mailbot.doctor.results import CheckResult, first_line
from replies import Envelope, Mailbox, ReplyContext, ReplyError, ReplyKind, render, render_reply
from replies.compose import make_message_id

__all__ = ["check_templates", "sample_context"]

_CONTEXTS: TypeAdapter[ReplyContext] = TypeAdapter(ReplyContext)
# ReplyContext is Annotated[Union[...], discriminator]: the union's members, by kind.
_FIELDS: dict[ReplyKind, frozenset[str]] = {
    ReplyKind(model.model_fields["kind"].default): frozenset(model.model_fields)
    for model in get_args(get_args(ReplyContext)[0])
}
_NOMINEE: dict[str, Any] = {
    "title": "Ms",
    "last_name": "Example",
    "first_name": "Ada",
    "position": "Examiner",
    "username": "xx-aexample",
    "account_email": "ada.example@example.org",
    "task_forces": ["XML4IP Task Force"],
}
# What each kind needs beyond the common fields; unknown keys are dropped per model.
_EXTRAS: dict[str, dict[str, Any]] = {
    "acknowledgement": {"nominees": [_NOMINEE]},
    "request_missing": {"nominees": [{**_NOMINEE, "username": None, "missing": ["username"]}]},
    "reminder": {"nominees": [{**_NOMINEE, "position": None, "missing": ["position"]}]},
    "wiki_access": {"nominee": _NOMINEE},
    "rejection": {"nominees": [_NOMINEE], "staff_text": "Sample reason."},
    "clarification": {"nominees": [_NOMINEE], "staff_text": "Sample question."},
    "late_note": {"nominees": [_NOMINEE]},
}


def sample_context(kind: str, language: str, settings: Settings, *, today: date) -> ReplyContext:
    """A context of `kind` filled with harmless sample values, for a trial render."""
    values: dict[str, Any] = {
        "kind": kind,
        "language": language,
        "reference": settings.campaign_reference,
        "campaign_deadline": settings.campaign_deadline,
        "office": "Example Patent Office",
        "sender_address": settings.from_address,
        "wiki_url": settings.wiki_url,
        "requested_on": today - timedelta(days=7),
        "received_on": today,
        **_EXTRAS.get(kind, {}),
    }
    # The context models forbid extra keys; keep only those the kind's model declares.
    fields = _FIELDS[ReplyKind(kind)]
    return _CONTEXTS.validate_python({k: v for k, v in values.items() if k in fields})


def _problems(settings: Settings, envelope: Envelope, today: date) -> list[str]:
    """One entry per language with trouble: languages without templates, then kinds."""
    problems: list[str] = []
    absent: list[str] = []
    for language in settings.languages:
        missing: list[str] = []
        for kind in ReplyKind:
            context = sample_context(kind, language, settings, today=today)
            try:
                rendered = render(context, templates_dir=settings.effective_templates_dir)
                render_reply(context, envelope, templates_dir=settings.effective_templates_dir)
            except ReplyError as exc:
                problems.append(f"{language}/{kind} ({first_line(exc)})")
                continue
            if rendered.language != language:
                missing.append(kind)
        if len(missing) == len(ReplyKind):
            absent.append(language)
        elif missing:
            problems.append(f"{language}/{'+'.join(missing)} (missing: English would be sent)")
    if absent:
        problems.insert(0, f"no templates for {', '.join(absent)} (English would be sent)")
    return problems


def check_templates(settings: Settings, *, now: datetime) -> CheckResult:
    """Render each (language, kind); a language that would fall back to English fails too."""
    envelope = Envelope(
        sender=Mailbox(address=settings.from_address, name=settings.from_name),
        to=(Mailbox(address="office@example.org"),),
        message_id=make_message_id("doctor", key=b"doctor", domain="example.invalid"),
        date=now,
    )
    problems = _problems(settings, envelope, now.date())
    total = len(settings.languages) * len(ReplyKind)
    if not problems:
        return CheckResult("Templates", True, f"{total} kind/language pairs render")
    return CheckResult(
        "Templates",
        False,
        "; ".join(problems),
        "add the templates (replies/templates/<lang>/ or MAILBOT_TEMPLATES_DIR) "
        "or drop the language from MAILBOT_LANGUAGES",
    )
