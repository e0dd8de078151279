"""Errors of the replies package.

ReplyError                  root
├── TemplateMissingError    no template for a kind, in the language asked nor in English
├── RenderError             a template failed (undefined variable, syntax, sandbox violation)
└── AddressError(ValueError) an address that cannot be written into a header
"""

from __future__ import annotations

__all__ = ["AddressError", "RenderError", "ReplyError", "TemplateMissingError"]


class ReplyError(Exception):
    pass


class TemplateMissingError(ReplyError, LookupError):
    def __init__(self, message: str, *, template: str) -> None:
        super().__init__(message)
        self.template = template


class RenderError(ReplyError):
    def __init__(self, message: str, *, template: str) -> None:
        super().__init__(message)
        self.template = template


class AddressError(ReplyError, ValueError):
    pass
