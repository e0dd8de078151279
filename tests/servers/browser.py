"""Pytest plugin: browser fixtures."""
