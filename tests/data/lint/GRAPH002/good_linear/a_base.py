"""step a

Revision ID: a
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("t_a", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("t_a")
