"""add email

Revision ID: 2b3c4d5e6f70
Revises: 1a2b3c4d5e6f
Create Date: 2026-01-06 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "2b3c4d5e6f70"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("account") as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(100), nullable=True))
    op.execute("UPDATE account SET email = name || '@example.org'")


def downgrade():
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("email")
