"""add orders

Revision ID: b7c8d9e0f1a2
Revises: a1b2c3d4e5f6
Create Date: 2024-05-12 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7c8d9e0f1a2'
down_revision = 'a1b2c3d4e5f6'
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
