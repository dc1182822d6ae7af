"""accounts

Revision ID: 11aa22bb33cc
Create Date: 2024-06-01 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '11aa22bb33cc'
down_revision = None
branch_labels = ('accounts',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
