"""Pytest plugin: dovecot fixtures."""
