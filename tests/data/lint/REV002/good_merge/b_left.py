"""left

Revision ID: b
Revises: a
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'b'
down_revision = 'a'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_t_id", "t", ["id"])


def downgrade():
    op.drop_index("ix_t_id", table_name="t")
