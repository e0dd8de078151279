"""Pytest plugin: database fixtures."""
