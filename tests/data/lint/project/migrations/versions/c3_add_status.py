"""add status

Revision ID: c3
Revises: b2
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'c3'
down_revision = 'b2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("users", sa.Column("status", sa.String(20), nullable=False))  # retort: ignore[NULL001]
    op.alter_column("users", "status", existing_type=sa.String(20), type_=sa.String(10))


def downgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("status")
