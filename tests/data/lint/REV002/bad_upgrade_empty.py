"""bad upgrade empty

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
    pass


def downgrade():
    pass
