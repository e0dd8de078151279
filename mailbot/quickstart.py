"""First-run set-up for `mailbot up`: schema, sample inbox and the first admin account."""

from __future__ import annotations

import mailbox
import secrets
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mailbot.config import Settings
from mailbot.db.models import StaffUser
from mailbot.db.session import make_engine, make_sessionmaker, transaction, upgrade
from mailbot.services.users import add_user

__all__ = ["FirstRun", "create_first_admin", "prepare", "seed_sample_inbox"]


@dataclass(frozen=True)
class FirstRun:
    seeded_messages: int
    admin_name: str | None
    admin_password: str | None


def seed_sample_inbox(maildir_path: Path) -> int:
    """Put the shipped sample nominations into a Maildir that does not exist yet.

    An existing Maildir is never touched, so restarting `mailbot up` does not re-seed
    and a real local inbox is never polluted.
    """
    if maildir_path.exists():
        return 0
    box = mailbox.Maildir(maildir_path, create=True)
    count = 0
    samples = resources.files("mailbot") / "data" / "samples"
    for sample in sorted(samples.iterdir(), key=lambda p: p.name):
        if sample.name.endswith(".eml"):
            box.add(mailbox.MaildirMessage(sample.read_bytes()))
            count += 1
    box.close()
    return count


def create_first_admin(sessions: sessionmaker[Session]) -> tuple[str, str] | None:
    """Create `admin` with a random password when there is no staff user at all."""
    with transaction(sessions) as session:
        if session.scalar(select(func.count()).select_from(StaffUser)):
            return None
        password = secrets.token_urlsafe(12)
        add_user(session, "admin", role="admin", password=password, actor="mailbot up")
        return "admin", password


def prepare(settings: Settings) -> tuple[sessionmaker[Session], FirstRun]:
    """Migrate the database, seed the local inbox (embedded defaults only), ensure an admin."""
    Path(settings.var_dir).mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.effective_database_url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    seeded = 0 if settings.imap_url is not None else seed_sample_inbox(settings.effective_maildir)
    admin = create_first_admin(sessions)
    return sessions, FirstRun(
        seeded_messages=seeded,
        admin_name=admin[0] if admin else None,
        admin_password=admin[1] if admin else None,
    )
