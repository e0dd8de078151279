"""Errors of the service (our problems: log, retry, alert), as opposed to the sender's.

MailbotError                    root
├── ConfigError                 a setting is missing or wrong; the message says which and how to fix it
├── SchemaError                 the database schema is older or newer than this code
├── SourceError(ConnectionError) the mailbox could not be reached or read
├── SendError                   an outgoing message could not be handed to SMTP
│   ├── TemporarySendError      4xx, refused connection, timeout: retried with backoff
│   └── PermanentSendError      5xx: stops, shown to staff with the server's answer
├── NotFoundError(LookupError)  a staff action named a record that does not exist
└── ActionError                 a staff action is not allowed in the record's current state
"""

from __future__ import annotations

__all__ = [
    "ActionError",
    "ConfigError",
    "MailbotError",
    "NotFoundError",
    "PermanentSendError",
    "SchemaError",
    "SendError",
    "SourceError",
    "TemporarySendError",
]


class MailbotError(Exception):
    pass


class ConfigError(MailbotError):
    pass


class SchemaError(MailbotError):
    pass


class SourceError(MailbotError, ConnectionError):
    pass


class SendError(MailbotError):
    def __init__(
        self, message: str, *, code: int | None = None, recipient: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.recipient = recipient


class TemporarySendError(SendError):
    pass


class PermanentSendError(SendError):
    pass


class NotFoundError(MailbotError, LookupError):
    pass


class ActionError(MailbotError):
    pass
