"""outbox_address: each outbox row's recipients, lower-cased, for the reply guards

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The guards looked a recipient up with lower(recipient) LIKE '%address%' over every row
# of the guard window (ix_outbox_history only narrowed it to the window), once per reply:
# quadratic over a backlog. An exact (address, created_at) lookup replaces it, so that
# index goes.
_BATCH = 1000
_OUTBOX = sa.table('outbox', sa.column('id', sa.Integer()), sa.column('recipient', sa.String()))
# created_at is copied in SQL, so it keeps the stored value on every backend.
_COPY = sa.text(
    'INSERT INTO outbox_address (outbox_id, address, created_at) '
    'SELECT id, :address, created_at FROM outbox WHERE id = :outbox_id'
)


def _addresses(recipient: str) -> set[str]:
    # As mailbot.outbox.history writes them (revisions do not import the application).
    return {part.strip().lower() for part in recipient.split(',') if part.strip()}


def _backfill() -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(_OUTBOX.c.id, _OUTBOX.c.recipient)
            .where(_OUTBOX.c.id > last)
            .order_by(_OUTBOX.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        params = [
            {'outbox_id': row_id, 'address': address}
            for row_id, recipient in rows
            for address in sorted(_addresses(recipient or ''))
        ]
        if params:
            bind.execute(_COPY, params)
        last = rows[-1][0]


def upgrade() -> None:
    op.create_table('outbox_address',
    sa.Column('outbox_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_outbox_address_outbox_id_outbox'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('outbox_id', 'address', name=op.f('pk_outbox_address'))
    )
    op.create_index(
        'ix_outbox_address_recent', 'outbox_address', ['address', 'created_at', 'outbox_id'], unique=False
    )
    _backfill()
    op.drop_index('ix_outbox_history', table_name='outbox')


def downgrade() -> None:
    op.create_index(
        'ix_outbox_history', 'outbox', ['kind', 'created_at', 'status', 'recipient'], unique=False
    )
    op.drop_index('ix_outbox_address_recent', table_name='outbox_address')
    op.drop_table('outbox_address')
