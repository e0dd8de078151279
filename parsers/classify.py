"""Machine mail or a person? Bounces, automatic replies and bulk mail, with the rule that fired."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from parsers import cues, list_relay
from parsers.mime import MimeView
from parsers.models import Kind

__all__ = ["Classification", "classify"]

_DSN_PARTS = frozenset({"message/delivery-status", "message/global-delivery-status"})
_REPORT_PARTS = {
    "message/feedback-report": "feedback report (ARF, RFC 5965)",
    "message/disposition-notification": "read receipt (MDN, RFC 8098)",
    "message/global-disposition-notification": "read receipt (MDN, RFC 8098)",
}
_DAEMON = re.compile(r"^(mailer-daemon|mail-daemon|mailerdaemon|double-bounce)(@|$)", re.I)
_POSTMASTER = re.compile(r"^postmaster@", re.I)
_DAEMON_NAME = re.compile(r"^mail delivery (subsystem|system)$|^mailer[- ]daemon$", re.I)
_LIST_HEADERS = (
    "list-id",
    "list-unsubscribe",
    "list-post",
    "list-help",
    "list-subscribe",
    "list-archive",
    "mailing-list",
    "x-mailing-list",
)
# How much new text an absence notice may have; a long message is a person writing.
_OOO_NEW_TEXT = 1500
_SNS_TOP = 20000
_OOO_TOP = 600
_PHISHING_TOP = 3000
# Where a notification's settings links stand: at the end of its text.
_FOOTER_TAIL = 1500


@dataclass(frozen=True)
class Classification:
    """`kind` None means a person wrote it: the extractor decides nomination or other."""

    kind: Kind | None
    reason: str


Rule = Callable[[MimeView], Classification | None]


def _value(view: MimeView, name: str) -> str:
    return (view.header(name) or "").strip()


def _new_text(view: MimeView) -> str:
    body = view.body_text
    match = cues.QUOTE_START.search(body)
    return body[: match.start()] if match else body


def _failure_text(view: MimeView) -> bool:
    return bool(
        cues.BOUNCE_SUBJECT.search(view.headers.subject)
        or cues.BOUNCE_TEXT.search(view.body_text[:4000])
        or (view.delivery_status and "fail" in view.delivery_status.lower())
    )


def _sns_text(view: MimeView) -> bool:
    # Both SNS patterns name one of these keys: most mail is spared the regex searches.
    body = view.body_text
    return (
        body.find("notificationType", 0, _SNS_TOP) >= 0 or body.find("eventType", 0, _SNS_TOP) >= 0
    )


def _dsn(view: MimeView) -> Classification | None:
    if view.content_type == "multipart/report" and view.report_type in {
        "delivery-status",
        "global-delivery-status",
    }:
        return Classification(Kind.BOUNCE, f"multipart/report; report-type={view.report_type}")
    part = next((t for t in view.part_types if t in _DSN_PARTS), None)
    if part:
        return Classification(Kind.BOUNCE, f"{part} part")
    if view.header("x-failed-recipients"):
        return Classification(Kind.BOUNCE, "header X-Failed-Recipients")
    if _sns_text(view) and cues.SNS_BOUNCE.search(view.body_text[:_SNS_TOP]):
        return Classification(Kind.BOUNCE, "Amazon SES/SNS bounce notification")
    return None


def _reports(view: MimeView) -> Classification | None:
    if view.content_type == "multipart/report" and view.report_type:
        return Classification(Kind.OTHER, f"multipart/report; report-type={view.report_type}")
    for part in view.part_types:
        if part in _REPORT_PARTS:
            return Classification(Kind.OTHER, _REPORT_PARTS[part])
    if _sns_text(view) and cues.SNS_OTHER.search(view.body_text[:_SNS_TOP]):
        return Classification(Kind.OTHER, "Amazon SES/SNS notification")
    return None


def _null_path(view: MimeView) -> bool:
    return _value(view, "return-path").replace(" ", "") in {"<>", "<<>>"}


def _daemon_sender(view: MimeView) -> Classification | None:
    sender = view.headers.from_address or ""
    if _DAEMON.match(sender) or _DAEMON_NAME.match(view.headers.from_name or ""):
        # RFC 3464 section 2: DSNs come from the mail system (FreeScout, RT rule).
        return Classification(Kind.BOUNCE, f"From {sender or view.headers.from_name} (mail system)")
    returned = bool(view.forwarded) or "text/rfc822-headers" in view.part_types
    if _POSTMASTER.match(sender) and (returned or _failure_text(view)):
        return Classification(
            Kind.BOUNCE, "From postmaster@ with a returned message or failure text"
        )
    if not _null_path(view) or cues.OOO_SUBJECT.search(view.headers.subject):
        return None
    if not sender:
        return Classification(Kind.BOUNCE, "Return-Path <> and no From address")
    if _failure_text(view):
        return Classification(Kind.BOUNCE, "Return-Path <> with failure text")
    return None


def _auto_kind(view: MimeView, reason: str) -> Classification:
    # Some MTAs stamp their bounces as automatic replies; failure wording decides.
    if _failure_text(view) and not cues.OOO_SUBJECT.search(view.headers.subject):
        return Classification(Kind.BOUNCE, f"{reason} with failure text")
    return Classification(Kind.AUTO_REPLY, reason)


# A message re-sent unchanged (RFC 5322 section 3.6.6) by a redirecting mail system or a
# person: the writer's From and body stay, these headers name who re-sent it.
_RESENT_HEADERS = ("resent-from", "resent-sender", "resent-to")


def _resent(view: MimeView) -> bool:
    return any(view.header(h) for h in _RESENT_HEADERS)


def _auto_headers(view: MimeView) -> Classification | None:
    subject = view.headers.subject
    auto = _value(view, "auto-submitted").lower()
    # A redirect stamps its own act ("auto-forwarded", "X-Autogenerated: Forward", an
    # Exchange rule's loop header) on the person's mail it re-sends: no program wrote it.
    resent = _resent(view)
    if auto and auto != "no":
        # Mailbox rules mark forwarded mail auto-generated (Zammad #6025): not an auto-reply.
        if auto.startswith("auto-generated") and cues.FORWARD_SUBJECT.match(subject):
            return None
        if auto.startswith("auto-generated"):
            notice = _generated_notice(view)
            if notice is not None or resent:
                return notice
        if auto.startswith("auto-forwarded") and resent:
            return None
        return _auto_kind(view, f"header Auto-Submitted: {auto}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated"):
        value = view.header(name)
        if value is None or (resent and name == "x-autogenerated" and _not_reply(value)):
            continue
        return _auto_kind(view, f"header {name}")
    if (
        view.header("x-auto-response-suppress")
        and view.header("x-ms-exchange-inbox-rules-loop")
        and not resent
    ):
        return _auto_kind(
            view, "Exchange X-Auto-Response-Suppress with X-MS-Exchange-Inbox-Rules-Loop"
        )
    precedence = _precedence(view)
    if precedence == "auto_reply":
        return _auto_kind(view, "header Precedence: auto_reply")
    if precedence in {"bulk", "junk"} and _null_path(view) and not _is_list(view):
        # The vacation(1) program's signature: bulk precedence and a null envelope sender.
        return _auto_kind(view, f"header Precedence: {precedence} and Return-Path <>")
    return None


def _not_reply(value: str) -> bool:
    """An X-Autogenerated value naming anything but a reply ("Forward", "Redirect")."""
    return "reply" not in value.lower()


def _generated_notice(view: MimeView) -> Classification | None:
    """Mail a program sent on its own (RFC 3834 "auto-generated"), answering nobody.

    A digest, a reminder or an invitation is other mail, not an auto-reply. Exchange
    stamps its absence notices "auto-generated" too, so an absence subject or text keeps
    the message an auto-reply.
    """
    subject = view.headers.subject
    if cues.OOO_SUBJECT.search(subject) or cues.REPLY_SUBJECT.match(subject):
        return None
    if cues.OOO_BODY.search(_new_text(view)[:_OOO_TOP]):
        return None
    if _is_list(view) or _precedence(view) == "list":
        return Classification(Kind.OTHER, "mailing list or digest (auto-generated, List-*)")
    if cues.NOTICE_SUBJECT.match(subject):
        return Classification(Kind.OTHER, "automatic notice: a reminder, invitation or digest")
    if cues.NOTIFICATION_SETTINGS.search(view.body_text[-_FOOTER_TAIL:]):
        # A comment on a watched wiki page may welcome new members by name: no nomination.
        return Classification(
            Kind.OTHER, "automatic notice of a watched page (notification settings)"
        )
    return None


def _precedence(view: MimeView) -> str:
    return (view.headers.precedence or _value(view, "x-precedence")).lower()


def _subjects(view: MimeView) -> Classification | None:
    subject = view.headers.subject
    # "Re: Automatic reply: ..." is a person answering an absence notice; machines put
    # their own prefix first ("Automatic reply: Re: ...").
    if cues.FORWARD_SUBJECT.match(subject):
        return None
    if cues.REPLY_SUBJECT.match(subject):
        # Some gateways answer "RE: <subject> : non remis (delivery failed)"; a person
        # replying about a bounce does not open with the failure notice itself.
        top = _new_text(view)[:_OOO_TOP]
        if cues.BOUNCE_SUBJECT.search(subject) and cues.BOUNCE_TEXT.search(top):
            return Classification(Kind.BOUNCE, "delivery-failure subject and text")
        return None
    if cues.OOO_SUBJECT.search(subject):
        return Classification(Kind.AUTO_REPLY, "out-of-office subject")
    if cues.BOUNCE_SUBJECT.search(subject):
        return Classification(Kind.BOUNCE, "delivery-failure subject")
    return None


def _is_list(view: MimeView) -> bool:
    return any(view.header(h) for h in _LIST_HEADERS)


def _list_notice(view: MimeView) -> Classification | None:
    if list_relay.moderation_hold(view):
        # The list holds a post of ours for its moderator: an automatic answer to our mail
        # (unless a server returns that notice undelivered).
        return _auto_kind(view, "list manager's notice: post held for moderation")
    return None


def _bulk(view: MimeView) -> Classification | None:
    if list_relay.relayed_post(view) is not None:
        # A person's answer that a discussion list relayed: read it as that person's mail.
        return None
    if _is_list(view):
        return Classification(Kind.OTHER, "mailing list or newsletter (List-* headers)")
    precedence = _precedence(view)
    if precedence in {"list", "bulk", "junk"}:
        return Classification(Kind.OTHER, f"bulk mail (Precedence: {precedence})")
    if _value(view, "x-spam-flag").lower().startswith("yes"):
        return Classification(Kind.OTHER, "spam (X-Spam-Flag: YES)")
    if _value(view, "x-spam-status").lower().startswith("yes"):
        return Classification(Kind.OTHER, "spam (X-Spam-Status: Yes)")
    if "text/calendar" in view.part_types or view.content_type == "text/calendar":
        return Classification(Kind.OTHER, "calendar invitation (text/calendar)")
    if cues.CALENDAR_SUBJECT.match(view.headers.subject) and any(
        a.filename.lower().endswith(".ics") for a in view.attachments
    ):
        return Classification(Kind.OTHER, "calendar invitation")
    return None


def _phishing(view: MimeView) -> Classification | None:
    # The top of the new text, without searching a long body twice for where quoting starts.
    top = view.body_text[:_PHISHING_TOP]
    match = cues.QUOTE_START.search(top)
    new = top[: match.start()] if match else top
    ask = cues.CREDENTIAL_ASK.search(new)
    if ask and cues.CREDENTIAL_PRESSURE.search(new):
        return Classification(Kind.OTHER, f"credential phishing ({ask.group(0)!r})")
    return None


def _absence_text(view: MimeView) -> Classification | None:
    new = _new_text(view)
    if len(new.strip()) > _OOO_NEW_TEXT:
        return None
    if cues.OOO_BODY.search(new[:_OOO_TOP]):
        return Classification(Kind.AUTO_REPLY, "absence notice in the new text")
    return None


# Order matters: a bounce often carries Auto-Submitted and quotes the original message,
# so structural DSN signals come first and body phrases last.
# Content that only the recipient's private key opens (S/MIME enveloped-data, PGP/MIME).
_ENCRYPTED_PARTS = {
    "application/pkcs7-mime": "S/MIME encrypted or opaque-signed",
    "application/x-pkcs7-mime": "S/MIME encrypted or opaque-signed",
    "multipart/encrypted": "PGP/MIME encrypted",
    "application/pgp-encrypted": "PGP/MIME encrypted",
}


def _encrypted(view: MimeView) -> Classification | None:
    """A message whose only content is encrypted: nothing to read, so staff must ask for it again."""
    if view.body_text.strip() or any(a.text for a in view.attachments):
        return None
    for part in view.part_types:
        if part in _ENCRYPTED_PARTS:
            return Classification(
                Kind.OTHER, f"{_ENCRYPTED_PARTS[part]} message ({part}): its content cannot be read"
            )
    return None


_RULES: tuple[Rule, ...] = (
    _dsn,
    _reports,
    _daemon_sender,
    _list_notice,
    _auto_headers,
    _subjects,
    _bulk,
    _phishing,
    _absence_text,
    _encrypted,
)


def _own_sender(view: MimeView, own_addresses: Iterable[str]) -> Classification | None:
    sender = (view.headers.from_address or "").strip().lower()
    if sender and sender in {a.strip().lower() for a in own_addresses}:
        # Our own mail come back (a loop, a copy to self): reading it would file the
        # Secretariat's own text as an office's nomination.
        return Classification(Kind.OTHER, f"sent from our own address {sender} (mail loop)")
    return None


def classify(view: MimeView, own_addresses: Iterable[str] = ()) -> Classification:
    """Which machine sent this, if any, and the rule that says so.

    The odd cases: a bounce that carries the returned nomination (message/rfc822 inside
    multipart/report) is a BOUNCE, never a nomination; "Re: Automatic reply: ..." is a
    person answering an absence notice (kind None); an Exchange rule-forward stamped
    "Auto-Submitted: auto-generated" with an "FW:" subject is a person's mail too; mail
    from one of `own_addresses` (the Secretariat's) is OTHER, never read for nominees.
    """
    for rule in _RULES:
        result = rule(view)
        if result is not None:
            return result
    own = _own_sender(view, own_addresses)
    if own is not None:
        return own
    return Classification(None, "no machine-mail signal")
