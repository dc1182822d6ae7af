"""one rule

Revision ID: one
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'one'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("users", "legacy")  # retort: ignore[SQLITE002]


def downgrade():
    op.add_column("users", sa.Column("legacy", sa.Text(), nullable=True))  # retort: ignore[SQLITE002]
