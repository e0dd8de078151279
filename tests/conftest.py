"""Shared fixtures: real servers (Dovecot, SMTP, PostgreSQL, Chromium) are pytest plugins."""

pytest_plugins: list[str] = []
