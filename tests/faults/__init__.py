"""Fault tests: the worker against real Dovecot, SMTP and databases while they fail."""
