"""lookup indexes: lower() of sender, username and account e-mail; reply-guard history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 06:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Without these, intake scanned whole tables once per message (find_thread by sender,
# flag_duplicates by username or e-mail, the reply guards' outbox history): quadratic
# over a backlog. See bench/README.md (backlog).
_LOWER = (
    ('ix_nomination_sender_lower', 'nomination', 'sender_address'),
    ('ix_nominee_username_lower', 'nominee', 'username'),
    ('ix_nominee_account_email_lower', 'nominee', 'account_email'),
)


def upgrade() -> None:
    for name, table, column in _LOWER:
        op.create_index(name, table, [sa.text(f'lower({column})')], unique=False)
    op.create_index(
        'ix_outbox_history', 'outbox', ['kind', 'created_at', 'status', 'recipient'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_outbox_history', table_name='outbox')
    for name, table, _column in reversed(_LOWER):
        op.drop_index(name, table_name=table)
