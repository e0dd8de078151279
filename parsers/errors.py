"""Errors raised by the parsers.

ParseError                      root: the message could not be understood at all
├── MessageTooLargeError             over ParseOptions.max_message_bytes
├── MimeStructureError          nesting or part count over the limits (MIME bombs)
└── AttachmentError             one attachment could not be read (kept per attachment,
    └── ArchiveBombError        raised only when the caller asks for strict handling)
                                a zip container that unpacks past the ceiling
"""

from __future__ import annotations

__all__ = [
    "ArchiveBombError",
    "AttachmentError",
    "MessageTooLargeError",
    "MimeStructureError",
    "ParseError",
]


class ParseError(ValueError):
    """The message is the sender's problem: keep it raw, show it to staff, answer nothing."""


class MessageTooLargeError(ParseError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"message is {size} bytes, over the {limit}-byte limit")
        self.size = size
        self.limit = limit


class MimeStructureError(ParseError):
    pass


class AttachmentError(ParseError):
    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"attachment {filename!r}: {reason}")
        self.filename = filename
        self.reason = reason


class ArchiveBombError(AttachmentError):
    pass
