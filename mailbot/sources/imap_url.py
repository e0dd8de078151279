"""IMAP URLs: imaps://, imap+starttls:// and imap:// split into an ImapTarget (pure).

  imaps://user:pass@host[:993]/FOLDER          TLS from the first byte (RFC 8314)
  imap+starttls://user:pass@host[:143]/FOLDER  STARTTLS before LOGIN (RFC 3501 6.2.1)
  imap://user:pass@host[:143]/FOLDER           plain text: loopback or trusted networks only
Plain imap:// never upgrades itself to STARTTLS, even when offered: the scheme says what
the operator chose. User, password and folder are percent-decoded; the folder defaults
to INBOX.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from mailbot.errors import ConfigError

__all__ = ["ImapTarget", "parse_imap_url"]

_DEFAULT_PORTS = {"imap": 143, "imap+starttls": 143, "imaps": 993}


@dataclass(frozen=True)
class ImapTarget:
    scheme: str
    host: str
    port: int
    user: str
    password: str = field(repr=False)  # never in logs or tracebacks
    folder: str = "INBOX"

    @property
    def name(self) -> str:
        """Identity without the password: MailboxState key and advisory-lock name."""
        return f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"


def parse_imap_url(url: str) -> ImapTarget:
    """Split an IMAP URL; credentials and folder are percent-decoded.

    >>> parse_imap_url("imaps://cws.mail%40wipo.int:p%2Fw@imap.example.org/Nominations%202023")
    ... # doctest: +NORMALIZE_WHITESPACE
    ImapTarget(scheme='imaps', host='imap.example.org', port=993, user='cws.mail@wipo.int',
               folder='Nominations 2023')
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ConfigError(
            f"MAILBOT_IMAP_URL: scheme {scheme!r} is not imap://, imap+starttls:// or imaps://"
        )
    if not parts.hostname or parts.username is None:
        raise ConfigError("MAILBOT_IMAP_URL needs user and host: imaps://user:pass@host/FOLDER")
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError as exc:
        raise ConfigError(f"MAILBOT_IMAP_URL: bad port ({exc})") from exc
    return ImapTarget(
        scheme=scheme,
        host=parts.hostname,
        port=port,
        user=unquote(parts.username),
        password=unquote(parts.password or ""),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
    )
