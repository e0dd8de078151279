"""Pytest plugin: smtp fixtures."""
