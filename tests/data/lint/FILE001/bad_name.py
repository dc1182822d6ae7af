"""A revision

Revision ID: c0ffee
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'c0ffee'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_a_b", "a", ["b"])


def downgrade():
    op.drop_index("ix_a_b", table_name="a")
