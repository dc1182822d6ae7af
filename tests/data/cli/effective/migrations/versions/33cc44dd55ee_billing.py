"""billing

Revision ID: 33cc44dd55ee
Create Date: 2024-06-03 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '33cc44dd55ee'
down_revision = None
branch_labels = 'billing'
depends_on = '22bb33cc44dd'


def upgrade():
    pass


def downgrade():
    pass
