"""all rules

Revision ID: all
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'all'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("users", "legacy")  # retort: ignore -- reviewed in PR 12
    op.drop_table("audit")  # retort: ignored is not a directive


def downgrade():
    op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
    op.add_column("users", sa.Column("legacy", sa.Text(), nullable=True))
