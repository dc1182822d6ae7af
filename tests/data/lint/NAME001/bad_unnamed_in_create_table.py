"""bad unnamed in create table

Revision ID: bad
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'bad'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"]),
        sa.UniqueConstraint("org_id", "id"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("memberships")
