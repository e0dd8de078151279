"""Shared fixtures: real servers (Dovecot, SMTP, PostgreSQL, Chromium) are pytest plugins."""

pytest_plugins = [
    "tests.servers.database",
    "tests.servers.smtp",
    "tests.servers.dovecot",
    "tests.servers.browser",
]
