"""Build the RFC 5322 message: headers, signed Message-ID, threading, text + HTML parts."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC
from email import policy
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache

from replies import wire
from replies.errors import AddressError
from replies.models import Envelope, Mailbox, ReplyKind
from replies.render import Rendered

__all__ = [
    "build_bytes",
    "build_message",
    "clean_header_value",
    "is_own_message_id",
    "make_message_id",
    "reply_subject",
    "thread_ids",
]

_OWN_ID = re.compile(r"^cws\.([a-z_]+)\.([0-9a-f]{8,64})\.([0-9a-f]{10})@[^\s<>@]+$")
_MSG_ID = re.compile(r"^<[^\s<>]+@[^\s<>]+>$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,"]')
# A mailbox this long may be folded (RFC 5322 2.1.1: 78 characters a line, "To: " and
# the quotes and brackets included).
_ONE_LINE = 60
# "Re:", "RE :", "AW:", "Réf. :", "Отв:", "回复：", "رد:" ... any number, any case.
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|réf|ref|rif|tr|ответ|отв|回复|答复|回覆|رد)\s*(?:\[\d+\])?\s*\.?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_MAX_REFERENCES = 20
_MAX_SUBJECT = 250


def _key_bytes(key: bytes | str) -> bytes:
    return key.encode("utf-8") if isinstance(key, str) else key


def _signature(kind: str, token: str, key: bytes | str) -> str:
    digest = hmac.new(_key_bytes(key), f"{kind}.{token}".encode(), hashlib.sha256)
    return digest.hexdigest()[:10]


def make_message_id(kind: str, *, key: bytes | str, domain: str, token: str | None = None) -> str:
    """A fresh Message-ID the bot can later prove is its own.

    >>> make_message_id("acknowledgement", key=b"k", domain="wipo.int", token="00ff00ff00ff00ff")
    '<cws.acknowledgement.00ff00ff00ff00ff.e6d0b45f11@wipo.int>'
    """
    token = token or secrets.token_hex(8)
    return f"<cws.{kind}.{token}.{_signature(kind, token, key)}@{domain}>"


def is_own_message_id(message_id: str, key: bytes | str) -> bool:
    """True if `message_id` was made by `make_message_id` with this key (brackets optional)."""
    match = _OWN_ID.match(message_id.strip().removeprefix("<").removesuffix(">"))
    if match is None:
        return False
    kind, token, mac = match.groups()
    return hmac.compare_digest(mac, _signature(kind, token, key))


def clean_header_value(value: str, *, limit: int = _MAX_SUBJECT) -> str:
    """Control characters (CR/LF above all) become spaces, so no value can add a header line.

    >>> clean_header_value("Nomination\\r\\nBcc: victim@example.org")
    'Nomination Bcc: victim@example.org'

    Encoded-word syntax is broken up too: the email package decodes RFC 2047 words in
    the values it is given, so "=?utf-8?q?x=0D=0ABcc:_y?=" would come back as a CR LF
    and a header line of its own (CPython before 3.11.10 writes it out as is).

    >>> clean_header_value("=?utf-8?q?x=0D=0ABcc:_victim@example.org?=")
    '= ?utf-8?q?x=0D=0ABcc:_victim@example.org?='
    """
    return " ".join(_CONTROL.sub(" ", value).replace("=?", "= ?").split())[:limit]


def reply_subject(original: str) -> str:
    """ "Re: " + the office's subject, without stacking prefixes ("Re: RE: AW:" -> "Re:")."""
    stripped = _REPLY_PREFIX.sub("", clean_header_value(original))
    return f"Re: {stripped}" if stripped else ""


def _message_id(value: str | None) -> str | None:
    if not value:
        return None
    value = clean_header_value(value, limit=998)
    if not value.startswith("<"):
        value = f"<{value}>"
    return value if _MSG_ID.match(value) else None


def thread_ids(in_reply_to: str | None, references: tuple[str, ...]) -> tuple[str | None, str]:
    """In-Reply-To and References for a reply (RFC 5322 §3.6.4); malformed ids are dropped.

    References keeps the first id (the thread root) and the most recent ones.
    """
    parent = _message_id(in_reply_to)
    ids = [mid for ref in references if (mid := _message_id(ref))]
    if parent and parent not in ids:
        ids.append(parent)
    if len(ids) > _MAX_REFERENCES:
        ids = [ids[0], *ids[-(_MAX_REFERENCES - 1) :]]
    return parent, " ".join(ids)


def _mailbox(mailbox: Mailbox) -> tuple[str, str]:
    """(display name, address) as they go into a header: cleaned, specials dropped if long."""
    addr = clean_header_value(mailbox.address, limit=320)
    name = clean_header_value(mailbox.name)
    if len(name) + len(addr) > _ONE_LINE:
        # Specials (RFC 5322 3.2.3) need a quoted-string, and the email package drops the
        # quotes when it folds a long one: "aaa...: b, c <d@e>" went out as a group with
        # an extra address. A display name is cosmetic, so its specials become spaces.
        name = " ".join(_SPECIALS.sub(" ", name).split())
    return name, addr


def _address(name: str, addr: str) -> Address:
    try:
        return Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise AddressError(f"not a usable address: {addr!r}") from exc


# A header's value: text, or (display name, address) pairs for an address header.
_Value = str | tuple[tuple[str, str], ...]


def _headers(envelope: Envelope, subject: str, kind: ReplyKind) -> list[tuple[str, _Value]]:
    """The message's headers before the MIME ones, in order, values cleaned."""
    headers: list[tuple[str, _Value]] = [
        ("From", (_mailbox(envelope.sender),)),
        ("To", tuple(_mailbox(m) for m in envelope.to)),
    ]
    if envelope.cc:
        headers.append(("Cc", tuple(_mailbox(m) for m in envelope.cc)))
    if envelope.reply_to:
        headers.append(("Reply-To", (_mailbox(Mailbox(address=envelope.reply_to)),)))
    headers.append(("Subject", clean_header_value(subject)))
    when = envelope.date if envelope.date.tzinfo else envelope.date.replace(tzinfo=UTC)
    headers.append(("Date", format_datetime(when)))
    headers.append(("Message-ID", envelope.message_id))
    parent, references = thread_ids(envelope.in_reply_to, envelope.references)
    if parent:
        headers.append(("In-Reply-To", parent))
    if references:
        headers.append(("References", references))
    if kind.auto_submitted:
        headers.append(("Auto-Submitted", kind.auto_submitted))  # RFC 3834 §5
    # Exchange: no out-of-office or other auto-replies to us; "All" would also
    # suppress delivery and read receipts staff may want.
    headers.append(("X-Auto-Response-Suppress", "OOF, AutoReply"))
    headers.append(("X-CWS-Mailbot", "1"))  # our loop marker, checked on inbound mail
    return headers


def _stored(value: _Value) -> str | list[Address]:
    """The value as EmailMessage is given it."""
    if isinstance(value, str):
        return value
    return [_address(name, addr) for name, addr in value]


class _ReusedHeaderClasses(HeaderRegistry):
    """The stdlib registry builds a new header class for every header it makes; this one keeps them.

    The classes are the same as the stdlib's, so the headers and their folding are too.
    """

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = super().__getitem__(name)
        return made


@lru_cache(maxsize=1)
def _smtp_policy() -> policy.EmailPolicy[EmailMessage]:
    # policy.SMTP with a header factory reused across messages (one per process).
    return policy.SMTP.clone(header_factory=_ReusedHeaderClasses())


def _subject(rendered: Rendered, envelope: Envelope) -> str:
    return reply_subject(envelope.original_subject or "") or rendered.subject


def build_message(rendered: Rendered, envelope: Envelope, *, kind: ReplyKind) -> EmailMessage:
    """The message as it will be sent: multipart/alternative, text first (RFC 2046 §5.1.4)."""
    msg = EmailMessage(policy=_smtp_policy())
    for name, value in _headers(envelope, _subject(rendered, envelope), kind):
        msg[name] = _stored(value)
    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    # After add_alternative, which moves every Content-* header into the first part.
    msg["Content-Language"] = rendered.language  # RFC 3282
    return msg


def _line(name: str, value: _Value) -> tuple[str, bytes]:
    """(decoded value, folded header line); the email package only when folding is needed."""
    if isinstance(value, str):
        plain = wire.plain_line(name, value)
        if plain is not None:
            return value, plain
    else:
        listed = wire.plain_address_list(value)
        plain = wire.plain_line(name, listed) if listed is not None else None
        if plain is not None and listed is not None:
            return listed, plain
    policy = _smtp_policy()
    header_name, header = policy.header_store_parse(name, _stored(value))
    return str(header), policy.fold_binary(header_name, header)


def build_bytes(rendered: Rendered, envelope: Envelope, *, kind: ReplyKind) -> tuple[str, bytes]:
    """(Subject, message bytes): build_message(...).as_bytes() at a fraction of the cost.

    Only the MIME boundary differs (it is random in both).
    """
    subject = ""
    lines = []
    for name, value in _headers(envelope, _subject(rendered, envelope), kind):
        decoded, line = _line(name, value)
        subject = decoded if name == "Subject" else subject
        lines.append(line)
    _, language = _line("Content-Language", rendered.language)
    raw = wire.alternative(b"".join(lines), rendered.text, rendered.html, trailer=language)
    return subject, raw
