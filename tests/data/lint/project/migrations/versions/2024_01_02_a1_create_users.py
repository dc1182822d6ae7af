"""create users

Revision ID: a1
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'a1'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nickname", sa.String(40), nullable=True),
        sa.UniqueConstraint("nickname"),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
    )


def downgrade():
    op.drop_table("users")
