"""step c

Revision ID: c
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'c'
down_revision = None
branch_labels = ('plugin',)
depends_on = None


def upgrade():
    op.create_table("t_c", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("t_c")
