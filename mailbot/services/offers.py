"""A message filed under a nomination: the values it supplies, offered next to the stored ones.

Staff tick which to apply; a value already there changes only when they tick "replace".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.audit import record
from mailbot.config import Settings
from mailbot.db.models import Nomination, Nominee
from mailbot.errors import ActionError
from mailbot.merge import SCALAR_FIELDS, facts_of
from mailbot.services._common import load_nomination, moment
from mailbot.services.catalog import task_force_choices
from mailbot.services.details import load_message_detail
from mailbot.services.edits import edit_field
from mailbot.services.from_message import Reading, input_of, read_message
from mailbot.services.nominees import add_nominee
from mailbot.services.status import refresh_status
from mailbot.threads import match_nominee
from parsers.models import Nominee as ParsedNominee
from parsers.models import ParsedEmail, ParseWarning
from parsers.st3 import office_code

__all__ = ["Applied", "FollowUp", "Offer", "apply_offers", "followup_offers"]


@dataclass(frozen=True, slots=True)
class Offer:
    """One value the message supplies for a nomination it was filed under.

    key: "office", "nominees[1].username" (the nomination's own field path) or "new[0]"
    (the message's first nominee, matching nobody stored). `replaces` is True when the
    nomination already holds another value: applied only when staff tick "replace".
    """

    key: str
    who: str
    field: str
    current: str
    offered: str
    replaces: bool = False
    source: int | None = None  # the reading's nominee the value comes from


@dataclass(frozen=True, slots=True)
class FollowUp:
    reading: Reading
    nomination: Nomination
    offers: list[Offer]


@dataclass(frozen=True, slots=True)
class Applied:
    keys: list[str]
    warnings: list[ParseWarning]


def _who(index: int, nominee: Nominee) -> str:
    name = " ".join(filter(None, [nominee.first_name, nominee.last_name]))
    return f"Nominee {index + 1}" + (f" ({name})" if name else "")


def _summary(nominee: ParsedNominee) -> str:
    parts = [
        " ".join(filter(None, [nominee.title, nominee.first_name, nominee.last_name])),
        nominee.position,
        nominee.username,
        nominee.account_email,
        "; ".join(nominee.task_forces),
    ]
    return ", ".join(p for p in parts if p)


def _offers(nomination: Nomination, parsed: ParsedEmail) -> list[Offer]:
    offers: list[Offer] = []
    # Offices restate their name in many spellings; only an unknown office is offered.
    if parsed.office and not nomination.office:
        offers.append(Offer("office", "Office", "office", "", parsed.office))
    stored = list(nomination.nominees)
    facts = [facts_of(n) for n in stored]
    seen: set[str] = set()
    for k, incoming in enumerate(parsed.nominees):
        match = match_nominee(facts, facts_of(incoming))
        if match is None:
            offers.append(
                Offer(f"new[{k}]", "New nominee", "nominee", "", _summary(incoming), source=k)
            )
            continue
        nominee = stored[match]
        for name in SCALAR_FIELDS:
            offered = getattr(incoming, name)
            current = getattr(nominee, name) or ""
            key = f"nominees[{match}].{name}"
            if not offered or offered == current or key in seen:
                continue
            seen.add(key)
            who = _who(match, nominee)
            offers.append(Offer(key, who, name, current, offered, bool(current), k))
        have = [m.task_force for m in nominee.memberships]
        extra = [tf for tf in incoming.task_forces if tf not in have]
        key = f"nominees[{match}].task_forces"
        if extra and key not in seen:
            seen.add(key)
            current, offered = "; ".join(have), "; ".join(extra)
            offers.append(
                Offer(key, _who(match, nominee), "task_forces", current, offered, False, k)
            )
    return offers


def followup_offers(session: Session, message_id: int, settings: Settings) -> FollowUp:
    """What the message says next to the values of the nomination it is filed under."""
    message = load_message_detail(session, message_id)
    if message.nomination_id is None:
        raise ActionError(f"message {message_id} is not filed under a nomination yet")
    nomination = load_nomination(session, message.nomination_id)
    reading = read_message(message, settings)
    offers = _offers(nomination, reading.parsed) if reading.parsed else []
    return FollowUp(reading, nomination, offers)


def _keep_evidence(
    nomination: Nomination,
    key: str,
    *,
    offer: Offer,
    parsed: ParsedEmail,
    message_id: int,
    actor: str,
) -> None:
    # edit_field marks the value as typed by staff; it was read from the message, so the
    # page keeps showing where, with who applied it.
    found = parsed.evidence.get(f"nominees[{offer.source}].{offer.field}")
    if found is None:
        return
    nominee = nomination.nominees[int(key[len("nominees[") : key.index("]")])]
    evidence = dict(nominee.evidence or {})
    evidence[offer.field] = {
        **found.model_dump(mode="json"),
        "inbound_id": message_id,
        "applied_by": actor,
    }
    nominee.evidence = evidence


def apply_offers(
    session: Session,
    message_id: int,
    *,
    fill: Collection[str],
    replace: Collection[str] = (),
    actor: str,
    settings: Settings,
    now: datetime | None = None,
) -> Applied:
    """Apply the offers staff chose; a value already there changes only when in `replace`.

    The offers are worked out again here from the stored message, so the form only
    says which keys, never which values. Task forces are only ever added.
    """
    now = moment(now)
    follow = followup_offers(session, message_id, settings)
    nomination, parsed = follow.nomination, follow.reading.parsed
    by_key = {offer.key: offer for offer in follow.offers}
    chosen = list(dict.fromkeys([*fill, *replace]))
    unknown = [key for key in chosen if key not in by_key]
    if unknown:
        raise ActionError(f"the message offers nothing for {', '.join(unknown)} (any more)")
    for key in chosen:
        offer = by_key[key]
        if offer.replaces and key not in replace:
            raise ActionError(
                f"{key} already holds {offer.current!r}: tick “replace” to overwrite it"
            )
    catalog = task_force_choices(settings)
    warnings: list[ParseWarning] = []
    added: list[ParsedNominee] = []
    for key in chosen:
        offer = by_key[key]
        if key.startswith("new[") and parsed is not None:
            added.append(parsed.nominees[int(key[4:-1])])
            continue
        value = offer.offered
        if offer.field == "task_forces":
            value = "\n".join([*offer.current.split("; "), *offer.offered.split("; ")]).strip()
        edit_field(session, nomination.id, key, value, actor=actor, catalog=catalog, now=now)
        if key == "office" and not nomination.office_code:
            nomination.office_code = office_code(value)
        if offer.source is not None and parsed is not None:
            _keep_evidence(
                nomination, key, offer=offer, parsed=parsed, message_id=message_id, actor=actor
            )
    for incoming in added:
        result = add_nominee(
            session,
            nomination.id,
            input_of(incoming),
            actor=actor,
            settings=settings,
            note=f"from message {message_id}",
            now=now,
        )
        warnings.extend(result.warnings)
    if chosen:
        record(
            session,
            actor=actor,
            action="fields_applied",
            subject_type="message",
            subject_id=message_id,
            after={"nomination_id": nomination.id, "keys": chosen},
            at=now,
        )
        refresh_status(session, nomination, actor=actor, now=now)
    return Applied(chosen, warnings)
