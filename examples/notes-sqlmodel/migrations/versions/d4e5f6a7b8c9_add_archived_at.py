"""add archived_at

Revision ID: d4e5f6a7b8c9
Revises: b2c4e6f8a0d1
Create Date: 2024-07-02 08:30:00.000000

"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision = 'd4e5f6a7b8c9'
down_revision = 'b2c4e6f8a0d1'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('note', sa.Column('archived_at', sa.DateTime(), nullable=True))


def downgrade():
    copy_from = None
    if op.get_context().as_sql:
        # Offline there is no table to reflect: describe it for batch mode's copy.
        copy_from = sa.Table(
            'note',
            sa.MetaData(),
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('notebook_id', sa.Integer(), nullable=False),
            sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
            sa.Column('body', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
            sa.Column('pinned', sa.Boolean(), server_default=sa.text('0'), nullable=False),
            sa.Column('archived_at', sa.DateTime(), nullable=True),
            sa.ForeignKeyConstraint(
                ['notebook_id'], ['notebook.id'], name='fk_note_notebook_id_notebook'
            ),
            sa.PrimaryKeyConstraint('id', name='pk_note'),
            sa.Index('ix_note_title', 'title'),
        )
    with op.batch_alter_table('note', schema=None, copy_from=copy_from) as batch_op:
        batch_op.drop_column('archived_at')
