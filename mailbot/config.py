"""Settings: one typed object built at the edge from MAILBOT_* variables and mailbot.toml."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

__all__ = ["Settings", "load_settings"]

DEFAULT_TASKFORCES = Path(__file__).parent / "data" / "taskforces.toml"


class Settings(BaseSettings):
    """Every setting has a default that runs on a laptop with nothing else installed."""

    model_config = SettingsConfigDict(
        env_prefix="MAILBOT_",
        toml_file="mailbot.toml",
        extra="forbid",
        validate_default=True,
    )

    # Storage and mailbox
    var_dir: Path = Field(
        Path("var"), description="Folder for the embedded defaults (database, Maildir, outbox)."
    )
    database_url: str = Field(
        "", description="SQLAlchemy URL; empty means sqlite:///<var_dir>/mailbot.sqlite3."
    )
    imap_url: SecretStr | None = Field(
        None,
        description="imap://user:pass@host:port/FOLDER or imaps://...; unset means the local Maildir.",
    )
    imap_ca_file: Path | None = Field(
        None, description="CA bundle to verify the IMAP server's certificate."
    )
    imap_processed_folder: str = Field(
        "Processed",
        description="Folder processed mail is moved to; empty keeps it in place (flagged).",
    )
    imap_quarantine_folder: str = Field(
        "Quarantine", description="Folder for mail that failed to parse or was oversized."
    )
    imap_sent_folder: str = Field(
        "",
        description=(
            "IMAP folder on the MAILBOT_IMAP_URL account that gets a copy of each sent message "
            "(flagged \\Seen, dated by its Date header, folder created if absent), so staff see "
            "the replies in their mail client; empty means no copies, and so does the local "
            "Maildir. A failed copy is logged as a warning and not retried; the message stays sent."
        ),
    )
    imap_batch_size: int = Field(
        200,
        description="Messages per IMAP FETCH command (files per batch from a Maildir); each batch is stored in one transaction.",
    )
    max_message_bytes: int = Field(
        25 * 1024 * 1024,
        description="Larger messages are recorded and quarantined without being downloaded (bytes).",
    )
    maildir_path: Path | None = Field(
        None, description="Local Maildir inbox; empty means <var_dir>/maildir."
    )
    parse_workers: int | None = Field(
        None,
        ge=0,
        description=(
            "Processes that parse a backlog ahead of intake; empty means one per CPU core "
            "(at most 4; none on a single core), 0 parses in the service's own process. "
            "Up to 25 waiting messages are always parsed in-process."
        ),
    )
    poll_interval_seconds: float = Field(
        300.0, description="Full poll as a fallback to IDLE (seconds)."
    )
    idle_timeout_seconds: float = Field(
        240.0, description="IDLE is renewed after this long (seconds; RFC 2177 says under 29 min)."
    )
    imap_timeout_seconds: float = Field(
        30.0,
        gt=0,
        description=(
            "IMAP connect and command timeout (seconds); a command that takes longer drops "
            "the connection and the pass is retried after a backoff."
        ),
    )

    # Outbound mail
    smtp_url: SecretStr | None = Field(
        None,
        description="smtp://host:port, smtps://..., smtp+starttls://...; unset means .eml files in <var_dir>/outbox.",
    )
    smtp_ca_file: Path | None = Field(
        None, description="CA bundle to verify the SMTP server's certificate."
    )
    smtp_timeout_seconds: float = Field(
        30.0, description="SMTP connect and command timeout (seconds)."
    )
    outbox_dir: Path | None = Field(
        None, description="Where the file transport writes .eml; empty means <var_dir>/outbox."
    )
    from_address: str = Field(
        "cws.mail@wipo.int", description="From address of every message the bot sends."
    )
    from_name: str = Field("WIPO CWS Secretariat", description="Display name on outgoing mail.")
    reply_to: str = Field("", description="Reply-To on outgoing mail; empty means none.")
    message_id_domain: str = Field(
        "", description="Domain of our Message-IDs; empty means the From address's domain."
    )
    secret_key: SecretStr = Field(
        SecretStr(""),
        description="Signs Message-IDs and session cookies; empty means a key generated once into <var_dir>.",
    )
    send_max_attempts: int = Field(
        8, description="Attempts for a temporary SMTP failure before it is shown to staff."
    )
    send_backoff_seconds: float = Field(
        30.0, description="First retry delay; doubles each attempt (seconds)."
    )

    # Campaign
    campaign_reference: str = Field("C. CWS 175", description="Circular the nominations answer.")
    campaign_deadline: date = Field(
        date(2023, 10, 20), description="Nominations after this date are accepted and flagged late."
    )
    taskforces_file: Path = Field(
        DEFAULT_TASKFORCES, description="TOML list of task forces and their aliases."
    )
    languages: tuple[str, ...] = Field(
        ("en", "fr", "es", "ru", "zh", "ar"),
        description="Languages replies are written in; others get English.",
    )
    templates_dir: Path | None = Field(
        None,
        description="Folder whose templates override the shipped ones; empty means <var_dir>/templates.",
    )
    wiki_url: str = Field(
        "https://www3.wipo.int/confluence/display/cwstf",
        description="Wiki address given in access notifications.",
    )

    # Automatic replies
    reply_grace_hours: float = Field(
        24.0,
        description="At most one automatic reply of a kind per sender and thread within this window (hours).",
    )
    reminder_after_days: int = Field(
        7, description="Remind an office that has not answered a request after this many days."
    )
    reminder_max: int = Field(2, description="Reminders per nomination at most.")
    trusted_authserv_ids: tuple[str, ...] = Field(
        (), description="Authentication-Results authserv-ids added by our own receiving servers."
    )

    # Review UI and operation
    host: str = Field("127.0.0.1", description="Review UI listen address.")
    port: int = Field(8000, description="Review UI port.")
    cookie_secure: bool = Field(
        False,
        description="Mark the review UI's session cookie Secure; set it when served over HTTPS.",
    )
    session_hours: float = Field(12.0, description="A staff login lasts this long (hours).")
    require_admin_totp: bool = Field(
        False, description="Admins must enrol a TOTP authenticator app before using the review UI."
    )
    log_format: str = Field("text", description="text or json.")
    log_level: str = Field("INFO", description="Python logging level name.")
    retention_days: int = Field(
        0,
        description="Purge raw messages this many days after a nomination is decided; 0 keeps them.",
    )

    @model_validator(mode="before")
    @classmethod
    def _read_secret_files(cls, data: Any) -> Any:
        """MAILBOT_<NAME>_FILE points at a file holding the secret (Docker/systemd style)."""
        if not isinstance(data, dict):
            return data
        for name in ("imap_url", "smtp_url", "secret_key", "database_url"):
            path = os.environ.get(f"MAILBOT_{name.upper()}_FILE")
            if path and name not in data:
                data[name] = Path(path).read_text(encoding="utf-8").strip()
        return data

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Precedence: explicit arguments, then environment, then mailbot.toml.
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.var_dir / 'mailbot.sqlite3'}"

    @property
    def effective_maildir(self) -> Path:
        return self.maildir_path or self.var_dir / "maildir"

    @property
    def effective_outbox_dir(self) -> Path:
        return self.outbox_dir or self.var_dir / "outbox"

    @property
    def effective_parse_workers(self) -> int:
        if self.parse_workers is not None:
            return self.parse_workers
        cores = os.cpu_count() or 1
        return 0 if cores < 2 else min(4, cores)  # one core: a pool would only add overhead

    @property
    def effective_templates_dir(self) -> Path:
        """Where staff overrides of reply templates live (the review UI writes them there)."""
        return self.templates_dir or self.var_dir / "templates"


def load_settings(**overrides: Any) -> Settings:
    return Settings(**overrides)
