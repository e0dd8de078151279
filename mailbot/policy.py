"""Pure intake decisions: required fields, status, lateness, loop guards, sender trust, which reply.

Required fields. The annex asks seven things per representative. Six block
review: task forces, last name, first name, position, WIPO username and the
account e-mail (without them staff cannot grant Wiki access to the right
account, or judge the nomination). The title (Mr/Ms/...) is asked for again
whenever a request goes out anyway, but missing it alone does not hold a
nomination back: it only shapes the salutation, which the templates can write
without it, and a round trip to an office just for "Mr/Ms" costs days for
nothing staff need. At message level the office must be known.

Late nominations are accepted and flagged. The deadline is a calendar date
and offices write from every time zone, so a message is late only once that
date has ended everywhere (UTC-12, "anywhere on Earth").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import authres

from mailbot.db.models import NominationStatus
from parsers.models import NOMINEE_FIELDS

__all__ = [
    "ASKED_NOMINEE_FIELDS",
    "OPEN_STATUSES",
    "REQUIRED_NOMINATION_FIELDS",
    "REQUIRED_NOMINEE_FIELDS",
    "NomineeFacts",
    "ReplyDecision",
    "ReplyFacts",
    "arrival_time",
    "decide_reply",
    "dmarc_failed",
    "is_late",
    "is_out_of_office",
    "loop_guard",
    "nomination_missing",
    "nominee_asked",
    "nominee_missing",
    "status_after_intake",
]

# The annex asks for these, in its order; the parser reports missing ones the same way.
ASKED_NOMINEE_FIELDS: tuple[str, ...] = NOMINEE_FIELDS
REQUIRED_NOMINEE_FIELDS: tuple[str, ...] = tuple(f for f in ASKED_NOMINEE_FIELDS if f != "title")
REQUIRED_NOMINATION_FIELDS: tuple[str, ...] = ("office",)
OPEN_STATUSES: frozenset[str] = frozenset(
    {NominationStatus.AWAITING_INFO, NominationStatus.PENDING_REVIEW}
)

ANYWHERE_ON_EARTH = timezone(timedelta(hours=-12))
# A Date header this far ahead of our own clock is not believed (RFC 5322 3.6.1
# says it is the time the sender finished writing, never a later one).
CLOCK_SKEW = timedelta(hours=26)


@dataclass(frozen=True, slots=True)
class NomineeFacts:
    """The stored values of one representative, as policy sees them."""

    title: str | None = None
    last_name: str | None = None
    first_name: str | None = None
    position: str | None = None
    username: str | None = None
    account_email: str | None = None
    task_forces: tuple[str, ...] = ()


def _absent(facts: NomineeFacts, name: str) -> bool:
    value = getattr(facts, name)
    return not value or (isinstance(value, str) and not value.strip())


def nominee_missing(facts: NomineeFacts) -> tuple[str, ...]:
    """Fields that keep this representative from review, in annex order."""
    return tuple(name for name in REQUIRED_NOMINEE_FIELDS if _absent(facts, name))


def nominee_asked(facts: NomineeFacts) -> tuple[str, ...]:
    """Fields to ask the office for when a request goes out (the title included)."""
    return tuple(name for name in ASKED_NOMINEE_FIELDS if _absent(facts, name))


def nomination_missing(office: str | None, nominees: Sequence[NomineeFacts]) -> tuple[str, ...]:
    """Dotted paths still blocking review, in the parser's notation.

    >>> nomination_missing(None, [NomineeFacts(last_name="Roe")])[:2]
    ('office', 'nominees[0].task_forces')
    """
    missing = [name for name in REQUIRED_NOMINATION_FIELDS if not (office or "").strip()]
    if not nominees:
        missing.append("nominees")
    for index, facts in enumerate(nominees):
        missing.extend(f"nominees[{index}].{name}" for name in nominee_missing(facts))
    return tuple(missing)


def status_after_intake(current: str | None, missing: Sequence[str]) -> str:
    """awaiting_info while anything blocks review, else pending_review; staff decisions stay."""
    if current is not None and current not in OPEN_STATUSES:
        return current
    return NominationStatus.AWAITING_INFO if missing else NominationStatus.PENDING_REVIEW


def arrival_time(date_header: datetime | None, fetched_at: datetime) -> datetime:
    """When the office sent it: the Date header unless it is absent or in the future."""
    if date_header is None or date_header > fetched_at + CLOCK_SKEW:
        return fetched_at
    return date_header


def is_late(arrived: datetime, deadline: date) -> bool:
    """True once `deadline` has ended everywhere on Earth.

    >>> is_late(datetime(2023, 10, 21, 11, 0, tzinfo=UTC), date(2023, 10, 20))
    False
    >>> is_late(datetime(2023, 10, 21, 12, 0, tzinfo=UTC), date(2023, 10, 20))
    True
    """
    cutoff = datetime.combine(deadline + timedelta(days=1), time(0), tzinfo=ANYWHERE_ON_EARTH)
    moment = arrived if arrived.tzinfo else arrived.replace(tzinfo=UTC)
    return moment >= cutoff


# RFC 3834 section 2: never answer mailer daemons, list owners or request addresses.
_NO_REPLY_LOCAL = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|noreply-.*|bounces?(\+.*)?|"
    r"owner-.*|.*-request|.*-owner|listserv|majordomo)$",
    re.IGNORECASE,
)


def loop_guard(
    *,
    kind: str,
    from_address: str | None,
    auto_submitted: str | None,
    precedence: str | None,
    list_id: str | None,
    own_addresses: Iterable[str],
    own_message: bool = False,
) -> str | None:
    """Why no automatic reply may go to this message, or None when one may.

    >>> loop_guard(kind="nomination", from_address="jroe@example.org",
    ...            auto_submitted="auto-replied", precedence=None, list_id=None, own_addresses=())
    'auto_submitted:auto-replied'
    """
    if kind in {"auto_reply", "bounce"}:
        return f"kind:{kind}"
    # RFC 3834 section 5: any value but "no" marks automatic mail.
    if auto_submitted and auto_submitted.strip().split(";")[0].strip().lower() != "no":
        return f"auto_submitted:{auto_submitted.strip().lower()}"
    if precedence and precedence.strip().lower() in {"bulk", "list", "junk"}:
        return f"precedence:{precedence.strip().lower()}"
    if list_id:  # RFC 2919: mailing-list traffic
        return "list_id"
    if not from_address or "@" not in from_address:
        return "no_sender"
    address = from_address.strip().lower()
    if address in {own.strip().lower() for own in own_addresses}:
        return "own_address"
    if _NO_REPLY_LOCAL.match(address.rsplit("@", 1)[0]):
        return "no_reply_sender"
    if own_message:
        return "own_message_id"
    return None


def _parse_authres(value: str) -> Any:
    body = value.split(":", 1)[1] if value.lower().startswith("authentication-results:") else value
    try:
        return authres.AuthenticationResultsHeader.parse_value(" ".join(body.split()))
    except Exception:  # authres raises its own SyntaxError variants on junk
        return None


def dmarc_failed(results: Iterable[str], trusted_authserv_ids: Iterable[str]) -> bool:
    """True when one of our own receiving servers recorded dmarc=fail.

    Only Authentication-Results fields whose authserv-id is ours count (RFC 8601
    section 5): anyone can write the header into the message they send.
    """
    trusted = {ident.strip().lower() for ident in trusted_authserv_ids if ident.strip()}
    if not trusted:
        return False
    for value in results:
        header = _parse_authres(value)
        if header is None or str(header.authserv_id).lower() not in trusted:
            continue
        for result in header.results:
            if str(result.method).lower() == "dmarc" and str(result.result).lower() == "fail":
                return True
    return False


_OUT_OF_OFFICE = re.compile(
    r"out[ -]of[ -](the[ -])?office|\booo\b|vacation|holiday|absence|absent|away from|"
    r"automatic reply|auto(matic)?[- ]?reply|abwesend|abwesenheit|"
    r"absent du bureau|hors du bureau|r[ée]ponse automatique|"
    r"fuera de la oficina|ausente|respuesta autom[áa]tica|"
    r"вне офиса|отсутств|автоответ|不在办公室|自动回复|休假|خارج المكتب|رد تلقائي",
    re.IGNORECASE,
)


def is_out_of_office(kind: str, kind_reason: str, subject: str) -> bool:
    """An auto-reply that only says someone is away: nothing for staff to do."""
    return kind == "auto_reply" and bool(
        _OUT_OF_OFFICE.search(kind_reason) or _OUT_OF_OFFICE.search(subject)
    )


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    """What intake knows once a message has been applied."""

    kind: str
    applied: bool  # the message created or changed a nomination
    status: str | None  # the nomination's status after intake
    late: bool = False
    held: bool = False  # unverified sender (dmarc_fail) on the nomination
    loop_reason: str | None = None
    failed: bool = False


@dataclass(frozen=True, slots=True)
class ReplyDecision:
    kind: str | None  # an outbox kind, or None for no automatic reply
    reason: str


def decide_reply(facts: ReplyFacts) -> ReplyDecision:
    """The one automatic reply (if any) a processed message calls for.

    Late nominations get one mail, not two: while fields are missing the
    request goes out as usual; once complete the "late_note" takes the place
    of the acknowledgement (it acknowledges receipt and says the nomination
    arrived after the deadline), since the acknowledgement context has no
    place for a lateness flag.
    """
    if facts.failed:
        return ReplyDecision(None, "failed: staff handle it")
    if facts.kind != "nomination" or not facts.applied:
        return ReplyDecision(None, f"not a nomination ({facts.kind})")
    if facts.loop_reason:
        return ReplyDecision(None, f"loop guard: {facts.loop_reason}")
    if facts.held:
        return ReplyDecision(None, "held: sender not verified (dmarc_fail)")
    if facts.status == NominationStatus.AWAITING_INFO:
        return ReplyDecision("request_missing", "annex fields missing")
    if facts.status == NominationStatus.PENDING_REVIEW:
        if facts.late:
            return ReplyDecision("late_note", "complete, after the deadline")
        return ReplyDecision("acknowledgement", "complete")
    return ReplyDecision(None, f"nomination already {facts.status}")
