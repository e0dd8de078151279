"""The key that signs session cookies (and Message-IDs): from settings, else generated once."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from mailbot.config import Settings

__all__ = ["secret_key"]

_KEY_FILE = "secret_key"


def secret_key(settings: Settings) -> bytes:
    """Settings.secret_key, or a random key kept in <var_dir>/secret_key across restarts.

    The file is created with mode 0600 and exclusively, so two processes starting at
    once agree on one key: the loser of the race reads the winner's file.
    """
    configured = settings.secret_key.get_secret_value()
    if configured:
        return configured.encode("utf-8")
    path = Path(settings.var_dir) / _KEY_FILE
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48).encode("ascii")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key
