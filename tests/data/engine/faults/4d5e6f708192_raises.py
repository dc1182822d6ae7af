"""raises midway

Revision ID: 4d5e6f708192
Revises: 3c4d5e6f7081
Create Date: 2026-01-08 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "4d5e6f708192"
down_revision = "3c4d5e6f7081"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("audit", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("DELETE FROM account WHERE id = 2")
    raise RuntimeError("injected failure in the middle of a migration")


def downgrade():
    op.drop_table("audit")
