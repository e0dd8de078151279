"""The outbox: queue rendered replies in the intake transaction, send them later, safely."""

from __future__ import annotations

__all__: list[str] = []
