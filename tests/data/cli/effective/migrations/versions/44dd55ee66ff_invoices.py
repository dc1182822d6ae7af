"""invoices

Revision ID: 44dd55ee66ff
Create Date: 2024-06-04 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '44dd55ee66ff'
down_revision = '33cc44dd55ee'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
