"""merge heads

Revision ID: d
Revises: ['b', 'c']
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'd'
down_revision = ('b', 'c')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
