"""Settings: sources and precedence, secret files, masking, and the README table."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mailbot.config import Settings
from mailbot.logs import RedactingFilter, redact
from mailbot.settings_doc import effective_rows, replace_readme_table

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for key in list(os.environ):
        if key.startswith("MAILBOT_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults_run_on_a_laptop(clean_env: Path) -> None:
    settings = Settings()
    assert settings.effective_database_url == "sqlite:///var/mailbot.sqlite3"
    assert settings.imap_url is None
    assert settings.effective_maildir == Path("var/maildir")
    assert settings.effective_outbox_dir == Path("var/outbox")
    assert settings.from_address == "cws.mail@wipo.int"
    assert settings.campaign_deadline == date(2023, 10, 20)


def test_toml_then_environment_precedence(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (clean_env / "mailbot.toml").write_text(
        'from_address = "toml@example.org"\nport = 9000\ncampaign_deadline = 2024-01-31\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("MAILBOT_PORT", "9100")
    settings = Settings()
    assert settings.from_address == "toml@example.org"
    assert settings.port == 9100  # the environment wins over the file
    assert settings.campaign_deadline == date(2024, 1, 31)


def test_unknown_key_in_toml_is_a_clear_error(clean_env: Path) -> None:
    (clean_env / "mailbot.toml").write_text('form_address = "typo@example.org"\n', "utf-8")
    with pytest.raises(ValueError, match="form_address"):
        Settings()


def test_secret_from_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = clean_env / "imap-url"
    secret.write_text("imaps://bot:pa55@mail.example.org/INBOX\n", encoding="utf-8")
    monkeypatch.setenv("MAILBOT_IMAP_URL_FILE", str(secret))
    settings = Settings()
    assert settings.imap_url is not None
    assert settings.imap_url.get_secret_value() == "imaps://bot:pa55@mail.example.org/INBOX"
    shown = dict(effective_rows(settings))
    assert shown["MAILBOT_IMAP_URL"] == "imaps://bot:********@mail.example.org/INBOX"
    assert "pa55" not in repr(settings)


def test_config_show_masks_secrets(clean_env: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "MAILBOT_SMTP_URL": "smtp://relay:hunter2@smtp.example.org:587",
        "MAILBOT_SECRET_KEY": "0123456789abcdef",
        "MAILBOT_DATABASE_URL": "postgresql://app:dbpass@db.example.org/mailbot",
    }
    out = subprocess.run(
        [sys.executable, "-m", "mailbot", "config", "show"],
        capture_output=True,
        text=True,
        env=env,
        cwd=clean_env,
        check=True,
    ).stdout
    assert "smtp://relay:********@smtp.example.org:587" in out
    assert "postgresql://app:********@db.example.org/mailbot" in out
    for secret in ("hunter2", "0123456789abcdef", "dbpass"):
        assert secret not in out


def test_readme_settings_table_is_current() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert replace_readme_table(readme) == readme, (
        "README settings table is stale: run `mailbot config table --write README.md`"
    )


def test_log_redaction(caplog: pytest.LogCaptureFixture) -> None:
    assert redact("smtps://u:p@relay.example.org:465") == "smtps://***@relay.example.org:465"
    assert redact("from jane.doe@ipo.example") == "from j***@ipo.example"
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "login %s", ("a.b@c.example",), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "login a***@c.example"


def test_example_configuration_is_valid(clean_env: Path) -> None:
    example = (REPO / "deploy" / "mailbot.toml.example").read_text(encoding="utf-8")
    (clean_env / "mailbot.toml").write_text(example, encoding="utf-8")
    settings = Settings()
    assert settings.effective_database_url.startswith("postgresql+psycopg://")
    assert settings.trusted_authserv_ids == ("mx.example.org",)
    assert settings.imap_sent_folder == "Sent"
