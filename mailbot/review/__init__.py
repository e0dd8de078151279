"""The Secretariat's review desk in the browser: queue, nomination pages, triage, exports."""

from __future__ import annotations

from mailbot.review.app import create_app

__all__ = ["create_app"]
