"""Email bytes in, structured and evidenced nomination fields out. Pure: no I/O, no clock."""

from parsers.errors import ParseError
from parsers.extract import parse_email
from parsers.models import (
    Evidence,
    Kind,
    Nominee,
    ParsedEmail,
    ParseOptions,
    ParseWarning,
    TaskForce,
    TaskForceCatalog,
)

__all__ = [
    "Evidence",
    "Kind",
    "Nominee",
    "ParseError",
    "ParseOptions",
    "ParseWarning",
    "ParsedEmail",
    "TaskForce",
    "TaskForceCatalog",
    "parse_email",
]
