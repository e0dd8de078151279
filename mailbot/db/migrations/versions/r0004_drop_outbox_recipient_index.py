"""drop ix_outbox_recipient: no query reads outbox.recipient by value any more

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 09:30:00.000000
"""

from collections.abc import Sequence

from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The reply guards and person export/erase find a recipient through outbox_address; the
# index on the comma-separated recipient list was only written, on every queued message.


def upgrade() -> None:
    op.drop_index('ix_outbox_recipient', table_name='outbox')


def downgrade() -> None:
    op.create_index('ix_outbox_recipient', 'outbox', ['recipient'], unique=False)
