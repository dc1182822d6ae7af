"""account flags

Revision ID: 22bb33cc44dd
Create Date: 2024-06-02 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '22bb33cc44dd'
down_revision = '11aa22bb33cc'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
