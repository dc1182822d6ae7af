"""create account

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2026-01-05 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "1a2b3c4d5e6f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    account = op.create_table(
        "account",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
    )
    # One row per statement: SQLAlchemy 2.0 may batch a multi-row executemany differently.
    op.bulk_insert(account, [{"id": 1, "name": "ada"}])
    op.execute("INSERT INTO account (id, name) VALUES (2, 'grace')")


def downgrade():
    op.drop_table("account")
