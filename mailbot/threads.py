"""Thread matching: which stored nomination a message continues, and which nominee a follow-up means."""

from __future__ import annotations

import email
import email.policy
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.message import Message

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from mailbot.db.models import Nomination
from mailbot.db.queries import inbound_by_message_ids, outbox_by_message_ids, split_msg_ids
from mailbot.policy import OPEN_STATUSES, NomineeFacts
from parsers.st3 import office_code

__all__ = [
    "ThreadMatch",
    "bounced_message_ids",
    "expect_senders",
    "find_thread",
    "fold",
    "match_nominee",
    "opened",
    "thread_ids",
]


@dataclass(frozen=True, slots=True)
class ThreadMatch:
    nomination: Nomination
    rule: str  # "outbox:<id>", "inbound:<id>" or "sender_office"
    via_outbox: int | None = None  # the OutboxItem.id of ours the message answers


def fold(text: str | None) -> str:
    """Case-, accent- and spacing-insensitive form of a name or address.

    >>> fold("  José  ÁLVAREZ ")
    'jose alvarez'
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def thread_ids(in_reply_to: str | None, references: str | Sequence[str]) -> tuple[str, ...]:
    """In-Reply-To then References newest first, without repeats (RFC 5322 3.6.4 order)."""
    refs = split_msg_ids(references) if isinstance(references, str) else tuple(references)
    ordered = [*split_msg_ids(in_reply_to), *reversed(refs)]
    return tuple(dict.fromkeys(ordered))


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and fold(a) == fold(b))


def _names(facts: NomineeFacts) -> frozenset[str]:
    return frozenset(part for part in (fold(facts.last_name), fold(facts.first_name)) if part)


def match_nominee(existing: Sequence[NomineeFacts], incoming: NomineeFacts) -> int | None:
    """Index of the stored nominee a follow-up's nominee means, or None for a new person.

    By username, then account e-mail, then name (either order, since offices
    swap family and given names); a follow-up naming nobody ("the username is
    ca-jroe") applies to the one nominee still missing what it supplies, or to
    the only nominee there is.
    """
    for key in ("username", "account_email"):
        for index, facts in enumerate(existing):
            if _same(getattr(facts, key), getattr(incoming, key)):
                return index
    names = _names(incoming)
    if len(names) == 2:
        for index, facts in enumerate(existing):
            if _names(facts) == names:
                return index
    elif names:
        hits = [i for i, facts in enumerate(existing) if names <= _names(facts)]
        if len(hits) == 1:
            return hits[0]
    if names:
        return None
    supplied = [
        name
        for name in ("title", "position", "username", "account_email", "task_forces")
        if getattr(incoming, name)
    ]
    lacking = [
        i for i, facts in enumerate(existing) if any(not getattr(facts, f) for f in supplied)
    ]
    if len(lacking) == 1:
        return lacking[0]
    return 0 if len(existing) == 1 else None


_QUOTED_ID = re.compile(r"^\s*Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


def bounced_message_ids(raw: bytes) -> tuple[str, ...]:
    """Message-IDs of the returned original inside a bounce (RFC 3464 DSN or a plain one).

    A DSN carries the original as message/rfc822 or text/rfc822-headers; older
    MTAs paste its headers into the text, so quoted "Message-ID:" lines count too.
    """
    found: list[str] = []
    try:
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # a bounce we cannot walk still has its In-Reply-To
        return ()
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                found.extend(split_msg_ids(str(inner.get("Message-ID", ""))))
        elif part.get_content_maintype() == "text":  # text/rfc822-headers included
            body = part.get_payload(decode=True)
            if isinstance(body, bytes):
                text = body.decode("utf-8", "replace")
                found.extend(match.group(1) for match in _QUOTED_ID.finditer(text))
    own = split_msg_ids(str(message.get("Message-ID", "")))
    return tuple(dict.fromkeys(mid for mid in found if mid not in own))


# Built once, not per message (statement construction cost more than running it).
_BY_SENDER = (
    select(Nomination)
    .where(func.lower(Nomination.sender_address) == bindparam("sender"))
    .where(Nomination.campaign == bindparam("campaign"))
    .where(Nomination.status.in_(sorted(OPEN_STATUSES)))
    .order_by(Nomination.id.desc())
)


_OPEN_SENDERS = (
    select(func.lower(Nomination.sender_address))
    .where(func.lower(Nomination.sender_address).in_(bindparam("senders", expanding=True)))
    .where(Nomination.campaign == bindparam("campaign"))
    .where(Nomination.status.in_(sorted(OPEN_STATUSES)))
    .distinct()
)
_SENDERS = "mailbot.threads.senders"


@dataclass(slots=True)
class _Senders:
    campaign: str
    asked: set[str]  # lower-cased senders looked up
    open: set[str]  # those with an open nomination in `campaign`


def expect_senders(session: Session, senders: Iterable[str | None], *, campaign: str) -> None:
    """Find which of `senders` have an open nomination, in one query for a whole group.

    Until the session ends, find_thread skips its sender query for the others: it would
    find nothing, unless a nomination opened since (see `opened`).
    """
    wanted = sorted({s.strip().lower() for s in senders if s})
    found = session.connection().execute(_OPEN_SENDERS, {"senders": wanted, "campaign": campaign})
    session.info[_SENDERS] = _Senders(campaign, set(wanted), set(found.scalars()))


def opened(session: Session, nomination: Nomination) -> None:
    """`nomination` was just added: its sender now has an open nomination (expect_senders)."""
    known: _Senders | None = session.info.get(_SENDERS)
    if known is not None and nomination.campaign == known.campaign:
        known.open.add(nomination.sender_address.lower())


def _known_without_open(session: Session, sender: str, campaign: str) -> bool:
    """True when expect_senders looked `sender` up and found no open nomination."""
    known: _Senders | None = session.info.get(_SENDERS)
    if known is None or known.campaign != campaign:
        return False
    return sender in known.asked and sender not in known.open


def find_thread(
    session: Session,
    *,
    ids: Sequence[str],
    sender: str | None,
    office: str | None,
    campaign: str,
    exclude_inbound: int | None = None,
    open_only: bool = True,
) -> ThreadMatch | None:
    """The nomination a message continues.

    First by its In-Reply-To/References: one of our requests (OutboxItem) or the
    office's earlier mail (InboundMessage). Failing that, an open nomination of
    the same campaign from the same sender address, whose office agrees when
    the message names one.
    """
    for item in outbox_by_message_ids(session, ids):
        if item.nomination is not None and _usable(item.nomination, open_only):
            return ThreadMatch(item.nomination, f"outbox:{item.id}", item.id)
    for earlier in inbound_by_message_ids(session, ids):
        if earlier.id == exclude_inbound or earlier.nomination is None:
            continue
        if _usable(earlier.nomination, open_only):
            return ThreadMatch(earlier.nomination, f"inbound:{earlier.id}")
    if not sender:
        return None
    key = sender.strip().lower()
    if _known_without_open(session, key, campaign):
        return None
    candidates = session.scalars(_BY_SENDER, {"sender": key, "campaign": campaign})
    code = office_code(office) if office else None
    for nomination in candidates:
        # "USPTO" and "United States Patent and Trademark Office" share the ST.3 code US.
        same_code = code is not None and code == nomination.office_code
        if not office or not nomination.office or same_code or _same(office, nomination.office):
            return ThreadMatch(nomination, "sender_office")
    return None


def _usable(nomination: Nomination, open_only: bool) -> bool:
    return not open_only or nomination.status in OPEN_STATUSES
