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

from replies.errors import AddressError
from replies.models import Envelope, Mailbox, ReplyKind
from replies.render import Rendered

__all__ = [
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


def _address(mailbox: Mailbox) -> Address:
    addr = clean_header_value(mailbox.address, limit=320)
    name = clean_header_value(mailbox.name)
    if len(name) + len(addr) > _ONE_LINE:
        # Specials (RFC 5322 3.2.3) need a quoted-string, and the email package drops the
        # quotes when it folds a long one: "aaa...: b, c <d@e>" went out as a group with
        # an extra address. A display name is cosmetic, so its specials become spaces.
        name = " ".join(_SPECIALS.sub(" ", name).split())
    try:
        return Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise AddressError(f"not a usable address: {addr!r}") from exc


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


def build_message(rendered: Rendered, envelope: Envelope, *, kind: ReplyKind) -> EmailMessage:
    """The message as it will be sent: multipart/alternative, text first (RFC 2046 §5.1.4)."""
    msg = EmailMessage(policy=_smtp_policy())
    msg["From"] = _address(envelope.sender)
    msg["To"] = [_address(m) for m in envelope.to]
    if envelope.cc:
        msg["Cc"] = [_address(m) for m in envelope.cc]
    if envelope.reply_to:
        msg["Reply-To"] = _address(Mailbox(address=envelope.reply_to))
    subject = reply_subject(envelope.original_subject or "") or rendered.subject
    msg["Subject"] = clean_header_value(subject)
    when = envelope.date if envelope.date.tzinfo else envelope.date.replace(tzinfo=UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = envelope.message_id
    parent, references = thread_ids(envelope.in_reply_to, envelope.references)
    if parent:
        msg["In-Reply-To"] = parent
    if references:
        msg["References"] = references
    if kind.auto_submitted:
        msg["Auto-Submitted"] = kind.auto_submitted  # RFC 3834 §5
    # Exchange: no out-of-office or other auto-replies to us; "All" would also
    # suppress delivery and read receipts staff may want.
    msg["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    msg["X-CWS-Mailbot"] = "1"  # our loop marker, checked on inbound mail
    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    # After add_alternative, which moves every Content-* header into the first part.
    msg["Content-Language"] = rendered.language  # RFC 3282
    return msg
