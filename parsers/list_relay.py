"""A discussion list's relay of one person's post, and a list manager's notice about ours.

A list adds its headers (List-Id, Precedence: list, Sender: ...-bounces) to every post it
relays. When an office answers our circular through a list the Secretariat's address is
subscribed to, the mail is still that office's answer, not a bulk mailing: the list only
rewrote From ("Name via List", RFC 7960's DMARC mitigation) or kept the writer in
X-Original-From. A newsletter (Precedence: bulk) or a digest sent by the list's own robot
address is the list's own mail and stays bulk.
"""

from __future__ import annotations

import re
from email.utils import parseaddr
from typing import NamedTuple

from parsers.mime import MimeView
from parsers.reference import find_reference

__all__ = ["Writer", "moderation_hold", "relayed_post"]


class Writer(NamedTuple):
    """Who wrote a post a list relayed under its own From."""

    name: str
    address: str


# "Jane Roe via Standards-L" (Mailman, Sympa), "'Jane Roe' via Group" (Google Groups).
_VIA = re.compile(r"^\W*(?P<name>\S.*?)\W*\s+via\s+\S", re.IGNORECASE)
# The list's own robot addresses: digests, reminders and notices come from these.
_ROBOT = re.compile(
    r"^[^@]*(?:-request|-bounces?|-owner|-admin|-confirm|-digest|\+noreply|no-?reply)(?:\+[^@]*)?@"
    r"|^(?:mailman|sympa|listserv|majordomo|owner-[^@]*)@",
    re.IGNORECASE,
)
_LIST_SENDER = re.compile(r"-(?:bounces?|owner|request)(?:\+[^@]*)?@|^owner-", re.IGNORECASE)
_DIGEST = re.compile(r"\bdigest\b|\babridged\b|дайджест|résumé\s+du\s+jour|resumen", re.I)
# Where a writer answering our circular cites it.
_TOP = 3000
_LIST_MARKS = (
    "list-id",
    "list-post",
    "list-unsubscribe",
    "list-archive",
    "x-beenthere",
    "x-mailman-version",
)


def _listed(view: MimeView) -> bool:
    return any(view.header(name) for name in _LIST_MARKS)


def relayed_post(view: MimeView) -> Writer | None:
    """The writer when a discussion list relayed their answer to our circular.

    None for the list's own mail (newsletters, digests, notices) and for list mail that
    shows no writer apart from the list: one List-* header alone never makes a post.
    """
    headers = view.headers
    precedence = (headers.precedence or "").strip().lower()
    if not (_listed(view) or precedence == "list"):
        return None
    if precedence not in {"", "list"} or view.content_type == "multipart/digest":
        return None
    listed_from = (headers.from_address or "").lower()
    if _ROBOT.search(listed_from) or _DIGEST.search(headers.subject):
        return None
    writer = _writer(view)
    if writer is None:
        return None
    # The writer answers the Secretariat: our circular is cited where a reply cites it.
    if find_reference(headers.subject) is None and find_reference(view.body_text[:_TOP]) is None:
        return None
    return writer


def _relayed_by_sender(view: MimeView) -> bool:
    sender = parseaddr(view.header("sender") or "")[1].lower()
    return bool(_LIST_SENDER.search(sender)) and sender != (view.headers.from_address or "").lower()


def _writer(view: MimeView) -> Writer | None:
    headers = view.headers
    name, address = parseaddr(view.header("x-original-from") or "")
    if "@" in address:
        return Writer(name, address.lower())
    via = _VIA.match(headers.from_name or "")
    if via is not None:
        # DMARC munging: the list's address stands in From; Reply-To or Cc keeps the writer's.
        listed = (headers.from_address or "").lower()
        for candidate in (headers.reply_to, *headers.cc):
            if candidate and "@" in candidate and not _same_domain(candidate, listed):
                return Writer(via.group("name"), candidate.lower())
        return None
    if _relayed_by_sender(view) and headers.from_address:
        return Writer(headers.from_name or "", headers.from_address.lower())
    return None


def _same_domain(address: str, other: str) -> bool:
    return address.lower().rsplit("@", 1)[-1] == other.lower().rsplit("@", 1)[-1]


# "Your message to X awaits moderator approval", "Votre message ... attend l'approbation du
# modérateur", "Su mensaje ... espera la aprobación del moderador", "ожидает одобрения
# модератора", "等待版主批准", "بانتظار موافقة المشرف": the list holds a post of ours.
_HOLD = re.compile(
    r"\bawaits?\s+moderat|\bheld\s+for\s+(?:moderat|approval)|\bpending\s+moderat"
    r"|\bmoderator(?:'s)?\s+(?:approval|review)|\bawaiting\s+(?:moderat|approval)"
    r"|\bapprobation\s+du\s+mod[ée]rateur|\ben\s+attente\s+de\s+mod[ée]ration"
    r"|\baprobaci[óo]n\s+del\s+moderador|\bpendiente\s+de\s+moderaci[óo]n"
    r"|(?<!\w)одобрени\w+\s+модератор|(?<!\w)модератор\w*\s+(?:не\s+)?(?:рассмотр|одобр)"
    r"|(?:等待|待)(?:版主|管理员|主持人)?(?:批准|审核|審核)"
    r"|(?:موافقة|مراجعة)\s+(?:المشرف|المراقب)",
    re.IGNORECASE,
)


def moderation_hold(view: MimeView) -> bool:
    """A list manager's notice that a post we sent waits for its moderator."""
    headers = view.headers
    administrivia = (view.header("x-list-administrivia") or "").strip().lower() == "yes"
    robot = bool(_ROBOT.search(headers.from_address or "")) and _listed(view)
    if not (administrivia or robot):
        return False
    return bool(_HOLD.search(headers.subject) or _HOLD.search(view.body_text[:_TOP]))
