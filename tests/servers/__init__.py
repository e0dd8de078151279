"""Pytest plugins that start real servers on loopback for the tests."""

from __future__ import annotations

import os
import shutil

import pytest

__all__ = ["require_binary"]


def require_binary(name: str, package: str) -> str:
    """Path of `name`; skip the test on a laptop without it, but fail in CI where it must exist."""
    path = shutil.which(name) or (
        f"/usr/sbin/{name}" if os.path.exists(f"/usr/sbin/{name}") else None
    )
    if path:
        return path
    message = f"{name} not found: install the Debian package {package} (the CI script does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
