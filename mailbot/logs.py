"""Log setup: text or JSON lines on stderr, with credentials and addresses redacted."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

__all__ = ["RedactingFilter", "redact", "setup_logging"]

# user:password@ in URLs (imap://, smtp://, postgresql://...).
_URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/@\s:]+(?::[^/@\s]*)?@", re.I)
# Local part of e-mail addresses: keep the first character and the domain, enough to
# tell offices apart in a log without writing personal data into it.
_ADDRESS = re.compile(r"\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")


def redact(text: str) -> str:
    """Hide URL credentials and the local part of e-mail addresses.

    >>> redact("imaps://bot:s3cret@mail.example.org/INBOX from jane.doe@ipo.example")
    'imaps://***@mail.example.org/INBOX from j***@ipo.example'
    """
    text = _URL_CREDENTIALS.sub(lambda m: f"{m['scheme']}***@", text)
    return _ADDRESS.sub(lambda m: f"{m[1]}***@{m[2]}", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str = "INFO", fmt: str = "text") -> None:
    """Configure the root logger once; logs go to stderr so stdout stays machine-readable."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
