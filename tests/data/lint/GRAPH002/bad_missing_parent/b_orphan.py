"""step b

Revision ID: b
Revises: zzz
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'b'
down_revision = 'zzz'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("t_b", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("t_b")
